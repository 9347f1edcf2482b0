// Japanese is the source language: every key here must also exist in en.ts (the type checker enforces it).
const ja = {
  site: {
    name: "しおじり共創ハブ",
    tagline: "塩尻市と関係人口がともに地域課題に挑むプラットフォーム",
    operator: "塩尻市",
    cityImage: "多彩な暮らし、叶えるまち。",
    cityImageSub: "— 田園都市しおじり —",
    purpose: "私たちは、地方創新のパイオニアになる",
  },
  nav: {
    skipToContent: "本文へスキップ",
    primary: "メインメニュー",
    home: "ホーム",
    strategies: "基本戦略",
    about: "共創のしくみ",
    breadcrumb: "パンくずリスト",
  },
  language: {
    label: "表示言語",
    switchTo: "English",
    switchToLong: "Switch to English",
    ja: "日本語",
    en: "English",
  },
  home: {
    title: "しおじり共創ハブ — 多彩な暮らし、叶えるまち。",
    description:
      "塩尻市の地域課題に、市外の個人・団体（関係人口）が協働を提案し、コーディネーターがつなぐ共創のプラットフォームです。",
    lead:
      "塩尻に関わりたい人や組織と、まちの課題をつなぎます。市が地域課題を公開し、市内外の個人・団体が協働を提案し、コーディネーターがマッチングして取り組みが生まれます。",
    aboutCta: "共創のしくみを知る",
    strategiesHeading: "3つの基本戦略",
    strategiesLead: "しおじり未来投資戦略（2024〜2032年度）が優先して投資する3つの分野です。",
    strategyCode: "基本戦略 {{code}}",
    fieldsOf: "戦略分野",
    openChallenges: "募集中の地域課題",
    initiatives: "取り組み",
    partners: "関心を寄せるパートナー",
    countUnit: "{{count}}件",
    partnerCountUnit: "{{count}}人・団体",
    viewStrategy: "基本戦略 {{code}} を見る",
    indicatorsHeading: "まちの最上位指標",
    indicatorsLead: "総合計画が最終的な成果として掲げる2つの指標と、その目標です。",
    stepsHeading: "共創の流れ",
  },
  indicator: {
    baseline: "基準値",
    baselineAt: "基準値（{{year}}年）",
    target: "目標（{{year}}年）",
    atLeast: "{{value}}{{unit}}以上",
    atMost: "{{value}}{{unit}}以下",
    projection: "政策なしの推計（{{year}}年）",
    latest: "最新値（{{year}}年）",
    latestLabel: "最新値",
    noValueYet: "最新値は未登録です",
  },
  strategy: {
    title: "基本戦略 {{code}}：{{name}}",
    promisedValue: "約束する価値（ありたい姿）",
    context: "取り巻く環境",
    fieldsHeading: "戦略分野",
    challengesHeading: "募集中の地域課題",
    initiativesHeading: "進行中の取り組み",
    noChallenges: "この基本戦略で募集中の地域課題はまだありません。",
    noInitiatives: "この基本戦略の取り組みはまだありません。",
  },
  field: {
    title: "戦略分野 {{mark}} {{name}}",
    numberLabel: "戦略分野 {{mark}}",
    vision: "ありたい姿",
    partOf: "基本戦略 {{code}}「{{name}}」の分野",
    challengesHeading: "この分野の地域課題",
    initiativesHeading: "この分野の取り組み",
    noChallenges: "この分野で募集中の地域課題はまだありません。",
    noInitiatives: "この分野の取り組みはまだありません。",
    otherFields: "同じ基本戦略のほかの分野",
  },
  about: {
    title: "共創のしくみ",
    description: "しおじり共創ハブで、地域課題の公開から取り組みの成果までがどうつながるかを説明します。",
    lead:
      "塩尻市は第六次総合計画「しおじり未来投資戦略」で、市内外の多様な主体との連繋と共創を、都市像「多彩な暮らし、叶えるまち。」を実現する方法に位置づけています。このハブは、これまでメールや個人のつながりで進んでいた共創を、誰もが見える流れにします。",
    whoHeading: "関わる人",
    who: {
      partner: {
        title: "パートナー（関係人口）",
        body: "塩尻出身の方、通勤・通学や観光で訪れる方、ふるさと納税で応援する方、リモートで働く方、フィールドを探す企業など、市外から塩尻に関わりたい個人・団体です。",
      },
      coordinator: {
        title: "コーディネーター",
        body: "市職員やシビック・イノベーション拠点「スナバ」などの中間支援組織。課題を公開し、提案を受け止め、双方をつなぎます。",
      },
      resident: {
        title: "市民",
        body: "住んでいる地区で何が起きているかを知り、関心のある課題や取り組みをフォローして応援できます。",
      },
    },
    stepsHeading: "5つのステップ",
    steps: {
      post: { title: "課題を公開", body: "市が基本戦略A・B・Cと戦略分野に沿って地域課題を公開します。" },
      propose: { title: "提案する", body: "パートナーが課題に協働を提案します。課題にとらわれない自由提案もできます。" },
      match: { title: "つなぐ", body: "コーディネーターが提案を検討し、相性の良いパートナーと課題を引き合わせます。" },
      initiative: { title: "取り組む", body: "合意したマッチングは「取り組み」として公開され、進捗や成果が共有されます。" },
      follow: { title: "見守る・応援する", body: "市民は地区や分野をフォローし、進捗の通知を受け取り、取り組みを応援できます。" },
    },
    privacyHeading: "連絡先とプライバシー",
    privacy:
      "パートナーのメールアドレスや連絡先は公開されません。コーディネーターが確認し、相手側に伝わるのは紹介のとき、本人の同意がある場合だけです。",
    planHeading: "計画との関係",
    plan: "掲載する課題と取り組みは、中期戦略の期間（1期：2024〜2026年度、2期：2027〜2029年度、3期：2030〜2032年度）ごとに整理され、行政評価で毎年振り返ります。",
  },
  notFound: {
    title: "ページが見つかりません",
    body: "お探しのページは移動または削除されたか、URLが間違っている可能性があります。",
    home: "ホームへ戻る",
  },
  error: {
    title: "エラーが発生しました",
    body: "ページを表示できませんでした。時間をおいてもう一度お試しください。",
    status: "ステータス {{status}}",
  },
  footer: {
    plan: "計画の出典：しおじり未来投資戦略（第六次塩尻市総合計画）長期戦略",
    about: "このサイトについて",
    copyright: "© 塩尻市",
  },
};

export default ja;
export type Translation = typeof ja;
