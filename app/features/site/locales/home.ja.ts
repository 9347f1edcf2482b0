// Strings of the home page (merged into ja.ts under "home"); home.en.ts mirrors every key.
const home = {
  title: "しおじり共創ハブ — 多彩な暮らし、叶えるまち。",
  description: "塩尻市の地域課題に、市外の個人・団体（関係人口）が協働を提案し、コーディネーターがつなぐ共創のプラットフォームです。",
  lead: "塩尻に関わりたい人や組織と、まちの課題をつなぎます。市が地域課題を公開し、市内外の個人・団体が協働を提案し、コーディネーターがマッチングして取り組みが生まれます。",
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
  newestHeading: "新着の募集中の地域課題",
  indicatorsHeading: "まちの最上位指標",
  indicatorsLead: "総合計画が最終的な成果として掲げる2つの指標と、その目標です。",
  stepsHeading: "共創の流れ",
};

export default home;
