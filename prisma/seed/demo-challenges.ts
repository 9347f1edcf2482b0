// Demo content for the Shiojiri Co-creation Hub (しおじり共創ハブ).
// Fictional local challenges written in the style of the city's calls for partners.
// Data only: the seed script turns these into Challenge rows. No real people, phone numbers or e-mail addresses.

export type DemoChallenge = {
  key: string; // stable kebab-case id, unique
  titleJa: string;
  titleEn: string;
  summaryJa: string; // 1–2 sentences
  summaryEn: string;
  bodyJa: string; // Markdown: 背景 / やりたいこと / 求める協力
  bodyEn: string; // Markdown: Background / What we want to do / How you can help
  strategyCode: "A" | "B" | "C";
  fieldNumbers: number[]; // 1–9, first is primary and belongs to strategyCode
  areaSlug: string;
  skillSlugs: string[]; // 2–4
  engagementModes: Array<"REMOTE" | "ON_SITE" | "HYBRID">; // 1–2
  engagementTypes: Array<"VOLUNTEER" | "PAID_SIDE_JOB" | "COMPANY_PARTNERSHIP" | "RESEARCH">; // 1–2
  capacity: number; // partners wanted, 1–5
  deadlineInDays: number | null; // relative to seeding day, or null for rolling
  periodNumber: 1 | 2;
  ownerDepartmentJa: string;
  ownerDepartmentEn: string;
  status: "OPEN" | "MATCHING" | "IN_PROGRESS" | "COMPLETED" | "DRAFT" | "ARCHIVED";
};

export const demoChallenges: DemoChallenge[] = [
  // ── Strategy A · ① パートナーシップ・子育て ─────────────────────────────
  {
    key: "hirooka-after-school-programming",
    titleJa: "広丘の放課後児童クラブでプログラミング体験を続けたい",
    titleEn: "Keeping a programming club going at after-school care in Hirooka",
    summaryJa:
      "広丘地区の放課後児童クラブで、小学生がプログラミングに触れる活動を月2回続けるため、教材づくりと当日の進行を一緒に担ってくださる方を募集します。",
    summaryEn:
      "We are looking for people to help design materials and run twice-monthly programming sessions for primary school children at after-school care in Hirooka.",
    bodyJa: `## 背景
広丘地区は市内でも子育て世帯が多い地域で、放課後児童クラブの利用児童数は年々増えています。昨年度、地元企業の協力で試行したプログラミング体験会には「また参加したい」という声が多く寄せられましたが、担当していた社員の方の異動により、今年度以降の継続が難しくなりました。クラブの支援員は日々の見守りで手一杯で、ICTに詳しい人材も限られているのが現状です。一方で、保護者からは「家庭ではなかなか教えられないので、クラブで続けてほしい」という要望が多く届いています。

## やりたいこと
子どもたちが遊びの延長でプログラミングに触れられる場を、特定の人に頼らず続けられる形にしたいと考えています。
- 低学年向け・高学年向けの教材を、それぞれ6回分程度用意する
- 月2回、夕方1時間のクラブ活動として実施する
- 支援員だけでも進行できるよう、手順書と機材チェックリストを整える
- 年度末に、保護者も参加できる小さな発表会を開く

## 求める協力
- Scratchなどビジュアルプログラミングを使った教材づくりの経験がある方
- 子どもと接することが好きで、月1回以上現地に来られる方
- 教材のレビューや手順書づくりなど、オンラインのみでの参加も歓迎します

児童クラブ内での活動となるため、参加前に市の事前説明（約1時間）を受けていただきます。交通費は市の規定に基づきお支払いします。将来的には、ほかの地区の児童クラブにも同じ教材を広げていきたいと考えています。`,
    bodyEn: `## Background
Hirooka has one of the largest numbers of families with young children in the city, and the number of children using after-school care keeps rising. Last year a local company helped us trial programming sessions, and many children asked to take part again. However, the staff member who led them has since been transferred, so we cannot continue on our own. Care staff are fully occupied with supervision, and few have IT experience. Meanwhile, many parents have asked us to keep the sessions going because they find it hard to teach programming at home.

## What we want to do
We want a place where children can try programming as an extension of play, run in a way that does not depend on any one person.
- Prepare about six sessions of material each for younger and older pupils
- Hold a one-hour session twice a month in the late afternoon
- Write a facilitation guide and equipment checklist so care staff can run sessions themselves
- Hold a small showcase for parents at the end of the school year

## How you can help
- Experience creating learning materials with Scratch or other visual programming tools
- Enjoy working with children and able to visit at least once a month
- Online-only help, such as reviewing materials or drafting the guide, is also welcome

As the activity takes place within after-school care, participants attend a one-hour briefing by the city beforehand. Travel expenses are paid in line with city rules. In future we hope to share the same materials with after-school care in other districts.`,
    strategyCode: "A",
    fieldNumbers: [1, 2],
    areaSlug: "hirooka",
    skillSlugs: ["education", "childcare", "it-training"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "IN_PROGRESS",
  },
  {
    key: "parenting-info-line-redesign",
    titleJa: "子育て情報のLINE配信を、本当に届く形に作り直したい",
    titleEn: "Redesigning our parenting information on LINE so it actually reaches families",
    summaryJa:
      "市の公式LINEで配信している子育て情報が「多すぎて読まれない」という課題があります。利用者の声をもとに、配信内容とメニュー構成を見直すパートナーを募集します。",
    summaryEn:
      "Parents tell us the city's LINE messages on child-rearing are too many to read. We are looking for partners to rethink the content and menu structure based on user feedback.",
    bodyJa: `## 背景
市では公式LINEアカウントを通じて、健診や予防接種の案内、子育て支援センターのイベント、給付金の情報などを配信しています。登録者は増えている一方で、保護者アンケートでは「通知が多く、自分に関係ある情報が埋もれてしまう」「知りたいときにどこを見ればよいかわからない」という意見が目立ちます。担当課ごとに配信しているため、全体としての設計ができていないことも課題です。その結果、ブロックや通知オフにする方も一定数おり、せっかくの情報が届かなくなっています。

## やりたいこと
子どもの年齢や状況に合わせて、必要な情報が必要なときに届く仕組みに作り直したいと考えています。
- 保護者へのインタビューやアンケートで、情報の受け取り方の実態を把握する
- 子どもの年齢に応じたセグメント配信の設計案をつくる
- リッチメニューと配信ルールを見直し、庁内向けのガイドラインにまとめる
- 見直し後の開封率やブロック率を比較し、効果を検証する

## 求める協力
- UXデザインやサービスデザインの経験がある方
- LINE公式アカウントの運用や、メッセージ配信の設計に詳しい方
- 子育て中の当事者としての視点から、試作の評価に参加してくださる方

打ち合わせは基本的にオンラインで行い、週2〜3時間程度の関わりを想定しています。謝礼は副業人材としての業務委託で支払う予定です。`,
    bodyEn: `## Background
Through its official LINE account the city sends information on health check-ups and vaccinations, events at child-rearing support centres, and benefits. The number of followers is growing, but in our parent survey many said that "there are so many notifications that the ones relevant to me get buried" and "I don't know where to look when I need something". Each division sends its own messages, so nobody designs the service as a whole. As a result, a fair number of people block the account or mute notifications, and useful information no longer reaches them.

## What we want to do
We want to rebuild the service so that the right information reaches each family at the right time, according to their child's age and situation.
- Interview and survey parents to understand how they actually receive information
- Draft a design for segmented messages by child's age
- Review the rich menu and sending rules and summarise them in internal guidelines
- Compare open and block rates before and after the changes to measure the effect

## How you can help
- Experience in UX or service design
- Knowledge of running LINE official accounts or designing message flows
- Parents willing to test prototypes and share their view as users

Meetings will mainly be online, and we expect about two to three hours a week. Work will be paid as a side job under a service contract.`,
    strategyCode: "A",
    fieldNumbers: [1, 6],
    areaSlug: "citywide",
    skillSlugs: ["ux-design", "research", "writing"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["PAID_SIDE_JOB"],
    capacity: 2,
    deadlineInDays: 30,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "OPEN",
  },
  {
    key: "dads-childcare-workshops",
    titleJa: "えんぱーくで、父親が気軽に集まれる子育て講座をつくりたい",
    titleEn: "Creating relaxed parenting sessions for fathers at Enpark",
    summaryJa:
      "父親の育児参加を後押しするため、えんぱーくを会場に、土曜日に親子で参加できる講座シリーズを企画・運営してくださる方を募集します。",
    summaryEn:
      "To encourage fathers to take part in child-rearing, we are looking for people to plan and run a Saturday series of parent-and-child sessions at Enpark.",
    bodyJa: `## 背景
市の子育て支援講座の参加者は、平日開催が多いこともあり、9割以上が母親です。一方で、育児休業を取得する父親は少しずつ増えており、「何をすればよいかわからない」「同じ立場の父親と話す機会がない」という声も聞かれます。大門地区の市民交流センター「えんぱーく」は駅から近く、土日も多くの親子連れが訪れる場所ですが、父親向けの企画はほとんど行われていません。また、転勤などで市外から移り住んだ家庭では、身近に相談できる相手がいないことも少なくありません。

## やりたいこと
父親が肩ひじ張らずに参加でき、自然と父親同士のつながりが生まれる講座シリーズを試行したいと考えています。
- 土曜日午前に、全4回程度の親子参加型講座を開く
- 絵本の読み聞かせ、外遊び、簡単な料理など、体験型のテーマを中心にする
- 講座後も続く、父親同士の緩やかなコミュニティの立ち上げを支援する

## 求める協力
- 子育て支援や父親支援の活動経験がある方
- ワークショップのファシリテーションが得意な方
- 図書館と連携した絵本企画など、テーマのアイデアを持ち込んでくださる方

会場の手配と広報は市が担当します。企業の社会貢献活動として、社員の方がチームで参加していただくことも歓迎します。参加者の感想をもとに、翌年度以降の定期開催も検討します。`,
    bodyEn: `## Background
More than 90 per cent of participants in the city's parenting courses are mothers, partly because most sessions are held on weekdays. Meanwhile, more fathers are taking parental leave, and we hear them say "I don't know what to do" and "I have no chance to talk to other dads". Enpark, the civic centre in Daimon, is close to the station and busy with families at weekends, yet it hosts almost nothing aimed at fathers. Families who have moved here for work often have no one nearby to turn to for advice.

## What we want to do
We want to trial a series of sessions fathers can join without feeling awkward, where connections between dads form naturally.
- Hold around four parent-and-child sessions on Saturday mornings
- Focus on hands-on themes such as reading picture books aloud, outdoor play and simple cooking
- Help start a loose community of fathers that continues after the series

## How you can help
- Experience in family support or activities for fathers
- Skills in facilitating workshops
- Ideas for themes, for example picture-book activities linked with the library

The city will book the venue and handle publicity. Teams of employees taking part as a corporate social responsibility activity are also very welcome. Based on participants' feedback, we will consider holding the series regularly from next year.`,
    strategyCode: "A",
    fieldNumbers: [1],
    areaSlug: "daimon",
    skillSlugs: ["childcare", "facilitation", "community-organising"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 4,
    deadlineInDays: 45,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "OPEN",
  },
  {
    key: "takaide-kodomo-shokudo-network",
    titleJa: "高出地区の子ども食堂を、無理なく続く仕組みにしたい",
    titleEn: "Helping the children's cafeterias in Takaide become sustainable",
    summaryJa:
      "地域の有志が運営する子ども食堂の運営負担を軽くするため、食材の確保や資金づくり、ボランティア調整の仕組みを一緒に考えてくださる方を募集します。",
    summaryEn:
      "We are looking for partners to ease the load on volunteer-run children's cafeterias by improving how they secure food, funding and volunteers.",
    bodyJa: `## 背景
高出地区では、地域の有志や民生委員が中心となって子ども食堂が運営されており、毎回多くの親子が訪れています。子どもたちにとっては温かい食事の場であると同時に、地域の大人と出会える大切な居場所にもなっています。しかし、運営メンバーの高齢化が進み、食材の調達、寄付の受け付け、当日の人手の確保などが一部の人に集中しています。「このままでは数年後に続けられなくなる」という声も上がっています。

## やりたいこと
子ども食堂を地域全体で支える仕組みをつくり、担い手の負担を分散させたいと考えています。
- 農家や食品事業者からの食材提供を受け付ける仕組みを整える
- クラウドファンディングや企業協賛など、継続的な資金源を検討する
- ボランティアのシフトを簡単に調整できる方法を導入する

## 求める協力
- NPOや地域団体の資金調達に関わった経験がある方
- 地域活動のコーディネートやボランティア運営の経験がある方
- 食品の寄付やフードバンクとの連携に詳しい方

まずは現地の子ども食堂を見学し、運営メンバーと話すところから始めていただきます。企業の皆さまによる食材提供や社員ボランティアでの参加もご相談ください。高出地区での仕組みがうまく回れば、市内のほかの子ども食堂にも広げたいと考えています。`,
    bodyEn: `## Background
In Takaide, children's cafeterias are run by local volunteers and community welfare volunteers, and many families come each time. For children they are a place for a warm meal and also an important space to meet adults from the neighbourhood. However, the organisers are getting older, and sourcing food, handling donations and finding helpers on the day fall on a few people. Some say they may not be able to continue in a few years' time.

## What we want to do
We want the whole community to support the cafeterias so the workload is shared.
- Set up a way to receive food from farmers and food businesses
- Explore steady funding sources such as crowdfunding and corporate sponsorship
- Introduce a simple way to organise volunteer shifts

## How you can help
- Experience in fundraising for NPOs or community groups
- Experience in coordinating community activities or managing volunteers
- Knowledge of food donation or working with food banks

You would start by visiting a cafeteria and talking with the organisers. Companies interested in donating food or sending employee volunteers are also welcome to get in touch. If the approach works in Takaide, we hope to extend it to other children's cafeterias in the city.`,
    strategyCode: "A",
    fieldNumbers: [1, 7],
    areaSlug: "takaide",
    skillSlugs: ["fundraising", "community-organising", "welfare"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 3,
    deadlineInDays: 60,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "OPEN",
  },
  {
    key: "gender-equal-neighbourhood-roles",
    titleJa: "地区の役員や行事を、誰もが担いやすい形に見直したい",
    titleEn: "Making neighbourhood roles and events easier for everyone to take on",
    summaryJa:
      "塩尻東地区をモデルに、区の役員や地域行事の役割分担を性別や世代にとらわれずに見直すため、調査と話し合いの場づくりを担うパートナーを募集します。",
    summaryEn:
      "Using Shiojiri-Higashi as a pilot, we are looking for partners to research and facilitate a review of neighbourhood roles and event duties, free from assumptions about gender or age.",
    bodyJa: `## 背景
地域の区や町内会では、役員の多くを年配の男性が担い、行事の準備や片付けは女性が担うといった慣習が今も残っています。共働き世帯が増えるなか、「平日の夜の会議には出られない」「役割が固定されていて関わりにくい」という声が若い世代や女性から寄せられています。塩尻東地区の区長会からも、担い手不足を解消するために、これまでのやり方を見直したいという相談を受けています。役員の成り手が見つからず、同じ方が何期も続けて務めている区もあります。

## やりたいこと
住民の思いを丁寧に聞きながら、役割分担や会議の進め方を、誰もが参加しやすい形に変えていきたいと考えています。
- 住民アンケートと聞き取りで、負担や参加しにくさの実態を把握する
- 世代や性別の異なる住民が対等に話し合えるワークショップを開く
- 会議のオンライン併用や役割の分割など、具体的な改善案をまとめる

## 求める協力
- 男女共同参画や地域づくりの分野で調査やワークショップの経験がある方
- 対立しがちなテーマでも、安心して話せる場をつくれるファシリテーター
- 大学の研究室として、調査設計や分析に関わっていただける方

成果は他の地区にも共有し、市全体での取り組みに広げていく予定です。地区の方々の気持ちに寄り添いながら、一緒に丁寧に進めてくださる方をお待ちしています。`,
    bodyEn: `## Background
In many neighbourhood associations, older men still hold most official roles while women prepare and clear up after events. With more dual-income households, younger residents and women tell us "I can't attend meetings on weekday evenings" and "roles are so fixed that it's hard to get involved". The council of neighbourhood heads in Shiojiri-Higashi has also asked the city for help in rethinking how things are done so that more people will take part. In some neighbourhoods nobody volunteers for office, and the same people serve term after term.

## What we want to do
We want to listen carefully to residents and change how roles are shared and meetings run, so that everyone finds it easier to join in.
- Survey and interview residents to understand the burden and barriers to taking part
- Hold workshops where residents of different ages and genders can talk as equals
- Draw up practical improvements such as hybrid meetings and splitting up large roles

## How you can help
- Experience in research or workshops on gender equality or community development
- Facilitators who can create a safe space even for sensitive topics
- University research groups able to help with survey design and analysis

Results will be shared with other districts and used to extend the approach across the city. We look forward to hearing from people who will work at the residents' pace and respect their feelings.`,
    strategyCode: "A",
    fieldNumbers: [1, 6],
    areaSlug: "shiojiri-higashi",
    skillSlugs: ["facilitation", "research", "community-organising"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["RESEARCH", "VOLUNTEER"],
    capacity: 2,
    deadlineInDays: 75,
    periodNumber: 1,
    ownerDepartmentJa: "人権男女共同参画課",
    ownerDepartmentEn: "Human Rights and Gender Equality Division",
    status: "OPEN",
  },
  {
    key: "multilingual-childcare-guides",
    titleJa: "外国にルーツのある家庭向けに、子育てガイドをやさしく多言語化したい",
    titleEn: "Making our childcare guide accessible to families with roots abroad",
    summaryJa:
      "保育園の入園手続きや健診案内などをまとめた子育てガイドを、やさしい日本語と複数の言語で作り直すため、翻訳と編集に協力してくださる方を募集します。",
    summaryEn:
      "We are looking for help translating and editing our childcare guide, covering nursery applications and health check-ups, into plain Japanese and several other languages.",
    bodyJa: `## 背景
市内には、さまざまな国籍の方が暮らしており、外国にルーツのある子どもの数も増えています。保育園の入園手続きや乳幼児健診、予防接種などの案内は専門用語が多く、日本語を母語としない保護者にとっては理解が難しいものになっています。窓口では職員が身振りや翻訳アプリで対応していますが、大切な手続きが漏れてしまうケースもあります。これまでの多言語資料は直訳が中心で、制度の背景がわからないと理解しにくいという指摘も受けています。

## やりたいこと
子育てに必要な手続きや制度を、やさしい日本語と多言語でわかりやすく伝えるガイドを作りたいと考えています。
- 既存の子育てガイドから、特に重要な手続きを選んで内容を整理する
- やさしい日本語版を作成し、それをもとにポルトガル語、ベトナム語、中国語、英語などに翻訳する
- 図やイラストを多く使い、スマートフォンでも読みやすいウェブ版を用意する

## 求める協力
- 上記の言語の翻訳経験がある方（母語話者の方は特に歓迎します）
- やさしい日本語への書き換えに取り組んだ経験がある方
- 外国にルーツのある子育て当事者として、内容の確認に協力してくださる方

作業はすべてオンラインで行えます。翻訳は1言語ごとの業務委託とし、謝礼をお支払いします。`,
    bodyEn: `## Background
People of many nationalities live in Shiojiri, and the number of children with roots abroad is growing. Information on nursery applications, infant health check-ups and vaccinations is full of technical terms and hard to follow for parents whose first language is not Japanese. Staff at the counter help with gestures and translation apps, but important procedures are sometimes missed. Our existing translated leaflets are mostly literal translations, and we have been told they are hard to understand without knowing how the system works.

## What we want to do
We want to create a guide that explains essential childcare procedures and services clearly, in plain Japanese and several other languages.
- Select the most important procedures from the existing guide and reorganise the content
- Write a plain-Japanese version, then translate it into Portuguese, Vietnamese, Chinese, English and other languages
- Use plenty of diagrams and illustrations, and publish a web version that is easy to read on a smartphone

## How you can help
- Translation experience in the languages above (native speakers especially welcome)
- Experience rewriting text into plain Japanese
- Parents with roots abroad willing to check the content as users

All work can be done online. Translation will be contracted per language and paid.`,
    strategyCode: "A",
    fieldNumbers: [1, 7],
    areaSlug: "online",
    skillSlugs: ["translation", "writing", "childcare"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["PAID_SIDE_JOB", "VOLUNTEER"],
    capacity: 5,
    deadlineInDays: 40,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "OPEN",
  },
