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
  hoursPerMonth?: number; // per partner, when the challenge states it
  languages?: Array<"ja" | "en">; // working languages a partner needs (default Japanese)
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
市では公式LINEアカウントを通じて、健診や予防接種の案内、子育て支援センターのイベント、給付金の情報などを配信しています。登録者は増えている一方で、保護者アンケートでは「通知が多く、自分に関係ある情報が埋もれてしまう」「知りたいときにどこを見ればよいかわからない」という意見が目立ちます。担当課ごとに配信しているため、全体としての設計ができていないことも課題です。その結果、ブロックや通知オフにする方も一定数おり、せっかくの情報が届かなくなっています。子育て世代の多くはスマートフォンで情報を得ているため、LINEの使いやすさは市の子育て支援そのものの評価にも関わります。

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
Through its official LINE account the city sends information on health check-ups and vaccinations, events at child-rearing support centres, and benefits. The number of followers is growing, but in our parent survey many said that "there are so many notifications that the ones relevant to me get buried" and "I don't know where to look when I need something". Each division sends its own messages, so nobody designs the service as a whole. As a result, a fair number of people block the account or mute notifications, and useful information no longer reaches them. As most parents get their information on smartphones, how easy the LINE service is to use affects how they see the city's family support as a whole.

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
    hoursPerMonth: 15,
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
市の子育て支援講座の参加者は、平日開催が多いこともあり、9割以上が母親です。一方で、育児休業を取得する父親は少しずつ増えており、「何をすればよいかわからない」「同じ立場の父親と話す機会がない」という声も聞かれます。大門地区の市民交流センター「えんぱーく」は駅から近く、土日も多くの親子連れが訪れる場所ですが、父親向けの企画はほとんど行われていません。また、転勤などで市外から移り住んだ家庭では、身近に相談できる相手がいないことも少なくありません。父親が孤立せずに子育てを楽しめることは、母親の負担の軽減や、家族全体の安心にもつながります。

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
More than 90 per cent of participants in the city's parenting courses are mothers, partly because most sessions are held on weekdays. Meanwhile, more fathers are taking parental leave, and we hear them say "I don't know what to do" and "I have no chance to talk to other dads". Enpark, the civic centre in Daimon, is close to the station and busy with families at weekends, yet it hosts almost nothing aimed at fathers. Families who have moved here for work often have no one nearby to turn to for advice. Helping fathers enjoy parenting without feeling isolated also eases the load on mothers and gives the whole family peace of mind.

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
高出地区では、地域の有志や民生委員が中心となって子ども食堂が運営されており、毎回多くの親子が訪れています。子どもたちにとっては温かい食事の場であると同時に、地域の大人と出会える大切な居場所にもなっています。しかし、運営メンバーの高齢化が進み、食材の調達、寄付の受け付け、当日の人手の確保などが一部の人に集中しています。「このままでは数年後に続けられなくなる」という声も上がっています。利用する家庭の事情もさまざまで、食事の提供だけでなく、学習の見守りや保護者の相談など、求められる役割も広がっています。

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
In Takaide, children's cafeterias are run by local volunteers and community welfare volunteers, and many families come each time. For children they are a place for a warm meal and also an important space to meet adults from the neighbourhood. However, the organisers are getting older, and sourcing food, handling donations and finding helpers on the day fall on a few people. Some say they may not be able to continue in a few years' time. Families come with very different circumstances, and the cafeterias are increasingly asked to do more than serve meals, from keeping an eye on homework to listening to parents' worries.

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
    hoursPerMonth: 6,
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
地域の区や町内会では、役員の多くを年配の男性が担い、行事の準備や片付けは女性が担うといった慣習が今も残っています。共働き世帯が増えるなか、「平日の夜の会議には出られない」「役割が固定されていて関わりにくい」という声が若い世代や女性から寄せられています。塩尻東地区の区長会からも、担い手不足を解消するために、これまでのやり方を見直したいという相談を受けています。役員の成り手が見つからず、同じ方が何期も続けて務めている区もあります。一方で、長年地域を支えてきた方々の経験や思いも大切にしながら進める必要があります。

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
In many neighbourhood associations, older men still hold most official roles while women prepare and clear up after events. With more dual-income households, younger residents and women tell us "I can't attend meetings on weekday evenings" and "roles are so fixed that it's hard to get involved". The council of neighbourhood heads in Shiojiri-Higashi has also asked the city for help in rethinking how things are done so that more people will take part. In some neighbourhoods nobody volunteers for office, and the same people serve term after term. At the same time, the experience and feelings of those who have supported the community for many years must be respected.

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
市内には、さまざまな国籍の方が暮らしており、外国にルーツのある子どもの数も増えています。保育園の入園手続きや乳幼児健診、予防接種などの案内は専門用語が多く、日本語を母語としない保護者にとっては理解が難しいものになっています。窓口では職員が身振りや翻訳アプリで対応していますが、大切な手続きが漏れてしまうケースもあります。これまでの多言語資料は直訳が中心で、制度の背景がわからないと理解しにくいという指摘も受けています。保護者が地域で孤立しないためにも、まずは必要な情報が確実に届くことが大切だと考えています。

## やりたいこと
子育てに必要な手続きや制度を、やさしい日本語と多言語でわかりやすく伝えるガイドを作りたいと考えています。
- 既存の子育てガイドから、特に重要な手続きを選んで内容を整理する
- やさしい日本語版を作成し、それをもとにポルトガル語、ベトナム語、中国語、英語などに翻訳する
- 図やイラストを多く使い、スマートフォンでも読みやすいウェブ版を用意する

## 求める協力
- 上記の言語の翻訳経験がある方（母語話者の方は特に歓迎します）
- やさしい日本語への書き換えに取り組んだ経験がある方
- 外国にルーツのある子育て当事者として、内容の確認に協力してくださる方

作業はすべてオンラインで行えます。翻訳は1言語ごとの業務委託とし、謝礼をお支払いします。完成したガイドは、窓口や保育園、企業を通じて配布する予定です。`,
    bodyEn: `## Background
People of many nationalities live in Shiojiri, and the number of children with roots abroad is growing. Information on nursery applications, infant health check-ups and vaccinations is full of technical terms and hard to follow for parents whose first language is not Japanese. Staff at the counter help with gestures and translation apps, but important procedures are sometimes missed. Our existing translated leaflets are mostly literal translations, and we have been told they are hard to understand without knowing how the system works. Making sure essential information reliably reaches parents is the first step in keeping them from becoming isolated in the community.

## What we want to do
We want to create a guide that explains essential childcare procedures and services clearly, in plain Japanese and several other languages.
- Select the most important procedures from the existing guide and reorganise the content
- Write a plain-Japanese version, then translate it into Portuguese, Vietnamese, Chinese, English and other languages
- Use plenty of diagrams and illustrations, and publish a web version that is easy to read on a smartphone

## How you can help
- Translation experience in the languages above (native speakers especially welcome)
- Experience rewriting text into plain Japanese
- Parents with roots abroad willing to check the content as users

All work can be done online. Translation will be contracted per language and paid. The finished guide will be distributed through city counters, nurseries and employers.`,
    strategyCode: "A",
    fieldNumbers: [1, 7],
    areaSlug: "online",
    skillSlugs: ["translation", "writing", "childcare"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["PAID_SIDE_JOB", "VOLUNTEER"],
    hoursPerMonth: 10,
    languages: ["ja", "en"],
    capacity: 5,
    deadlineInDays: 40,
    periodNumber: 1,
    ownerDepartmentJa: "子ども家庭課",
    ownerDepartmentEn: "Child and Family Division",
    status: "OPEN",
  },

  // ── Strategy A · ② 学校教育・学びの環境 ─────────────────────────────────
  {
    key: "yoshida-school-tablet-support",
    titleJa: "吉田地区の小中学校で、1人1台端末の活用を支える「タブレットサポーター」",
    titleEn: "Tablet supporters for one-device-per-pupil learning in Yoshida's schools",
    summaryJa:
      "授業でのタブレット活用を支えるため、吉田地区の小中学校で先生と子どもをサポートしてくださる方を募集します。週1回、半日からの参加が可能です。",
    summaryEn:
      "We are looking for people to support teachers and pupils with classroom tablets at primary and junior high schools in Yoshida, from half a day a week.",
    bodyJa: `## 背景
市内の小中学校では、児童生徒1人1台のタブレット端末が整備され、授業や家庭学習での活用が進んでいます。一方で、授業中のログインや接続のトラブル、アプリの操作方法への対応に先生が追われ、授業が思うように進まないという声が多く聞かれます。吉田地区の学校は児童生徒数が多く、ICT支援員の巡回だけでは手が回らない状況です。先生方からは「トラブル対応よりも、端末を使った学びの工夫に時間を使いたい」という声が上がっています。家庭に持ち帰った端末の使い方について、保護者からの問い合わせも増えています。

## やりたいこと
授業の中で先生と子どもを身近で支える人を増やし、端末を「使える」から「使いこなせる」段階へ進めたいと考えています。
- 授業中の操作サポートや、簡単なトラブルへの対応
- 先生向けの短時間ミニ研修（授業支援アプリの使い方など）の実施
- よくある質問とその対処法を、校内で共有できる資料にまとめる

## 求める協力
- タブレットやクラウドサービスの操作に慣れている方
- 子どもや先生にわかりやすく説明することが得意な方
- 平日の日中に、週1回・半日程度学校に来られる方

学生、子育てがひと段落した方、リタイア後の方など、幅広い方の参加を歓迎します。活動にあたっては、学校での守秘義務などについて事前に研修を行います。交通費と活動謝礼をお支払いします。活動の曜日や時間は、学校と相談しながら決めていきます。`,
    bodyEn: `## Background
Every pupil at the city's primary and junior high schools now has a tablet, and they are increasingly used in lessons and for homework. However, teachers say they spend so much time dealing with login and connection problems and explaining apps that lessons do not go as planned. The schools in Yoshida are large, and visits from the ICT support staff alone cannot keep up. Teachers tell us they would rather spend their time designing good learning with the devices than fixing problems. Parents are also asking more questions about using the devices that children take home.

## What we want to do
We want more people close at hand to support teachers and pupils in class, so that tablets move from being usable to being used well.
- Help pupils with operations in class and deal with simple problems
- Run short mini-training sessions for teachers, for example on lesson apps
- Compile common questions and solutions into material the school can share

## How you can help
- Comfortable with tablets and cloud services
- Good at explaining things clearly to children and teachers
- Able to visit a school for around half a day, once a week, on weekdays

Students, parents whose children have grown up, retirees and many others are welcome. Before starting you will receive training on confidentiality at school. Travel expenses and a small fee are paid. Days and times will be arranged in consultation with each school.`,
    strategyCode: "A",
    fieldNumbers: [2],
    areaSlug: "yoshida",
    skillSlugs: ["it-training", "education"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
    capacity: 5,
    deadlineInDays: 14,
    periodNumber: 1,
    ownerDepartmentJa: "教育総務課",
    ownerDepartmentEn: "Education General Affairs Division",
    status: "MATCHING",
  },
  {
    key: "school-refusal-online-space",
    titleJa: "学校に行きづらい子どもたちの「オンラインの居場所」をつくりたい",
    titleEn: "Creating an online place for children who find it hard to go to school",
    summaryJa:
      "不登校や登校しぶりの子どもたちが、自宅から安心して人とつながれるオンラインの居場所を、一緒に企画・運営してくださる方を募集します。",
    summaryEn:
      "We are looking for partners to plan and run an online space where children who are not attending school can connect with others safely from home.",
    bodyJa: `## 背景
全国的に不登校の児童生徒が増えており、塩尻市でも同様の傾向が続いています。市では教育支援教室を設けていますが、「家から出ること自体が難しい」「同じ年代の子と会うのが不安」という子どもたちにとっては、通うことのハードルが高い場合があります。保護者からも、家にいる時間が長くなるなかで、子どもが家族以外の人と関わる機会がなくなってしまうことへの心配が寄せられています。学校以外にも多様な学びや居場所の選択肢があることを、子どもと保護者に示していくことが求められています。

## やりたいこと
自宅からでも参加でき、学習だけでなく雑談や趣味の話もできる、ゆるやかなオンラインの居場所をつくりたいと考えています。
- 平日の日中に、週2回程度オンラインの交流時間を設ける
- ゲーム、お絵かき、プログラミングなど、子どもの興味を入り口にした活動を用意する
- 子どもの様子に応じて、教育支援教室や学校と連携できる体制を整える

## 求める協力
- 不登校支援やフリースクール、子どもの居場所づくりに関わった経験がある方
- オンラインでの場づくり、ファシリテーションが得意な方
- ゲームやものづくりなど、子どもと一緒に楽しめる得意分野をお持ちの方

子どもの安全を最優先に、参加者には事前の研修と面談を行います。市外にお住まいの方も、オンラインで参加していただけます。関わり方の頻度は、ご自身の都合に合わせてご相談ください。`,
    bodyEn: `## Background
The number of children not attending school is rising across Japan, and Shiojiri is no exception. The city runs an education support classroom, but for children who find it hard to leave the house at all, or who feel anxious about meeting peers, even going there can be too big a step. Parents also worry that, as their children spend more time at home, they lose contact with anyone outside the family. We need to show children and parents that there are many options for learning and belonging besides school.

## What we want to do
We want to create a relaxed online space that children can join from home, where they can chat and share hobbies as well as study.
- Hold online sessions about twice a week during weekday daytime
- Offer activities that start from children's interests, such as games, drawing and programming
- Set up links with the education support classroom and schools, depending on each child's needs

## How you can help
- Experience in supporting children who are not attending school, free schools or youth spaces
- Skills in creating and facilitating online spaces
- A hobby or skill you can enjoy with children, such as games or making things

Children's safety comes first, so all participants will attend training and an interview beforehand. People living outside Shiojiri can take part online. Please let us know how often you can take part; we will fit around your schedule.`,
    strategyCode: "A",
    fieldNumbers: [2, 8],
    areaSlug: "online",
    skillSlugs: ["education", "facilitation", "it-training"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 4,
    deadlineInDays: 50,
    periodNumber: 1,
    ownerDepartmentJa: "学校教育課",
    ownerDepartmentEn: "School Education Division",
    status: "OPEN",
  },
  {
    key: "seba-career-lessons-local-workers",
    titleJa: "洗馬の子どもたちに、地域で働く大人の姿を伝える出前授業",
    titleEn: "Visiting lessons in Seba: showing children the adults who work locally",
    summaryJa:
      "洗馬地区の小学校で、地域の農家や職人、企業で働く人の仕事を紹介するキャリア教育の授業を、一緒に企画し、映像などで記録してくださる方を募集します。",
    summaryEn:
      "We are looking for partners to plan career-education lessons at a primary school in Seba featuring local farmers, craftspeople and employees, and to record them on video.",
    bodyJa: `## 背景
洗馬地区は中山道の宿場町としての歴史を持ち、農業や製造業、小さな商店など、さまざまな仕事が暮らしを支えています。しかし、子どもたちが地域で働く大人の仕事を間近で知る機会は少なく、中学生のアンケートでも「塩尻にどんな仕事があるかわからない」という回答が多くを占めています。学校側も授業に協力してくれる地域の人を探す余力が限られており、毎年同じ内容になりがちです。進学や就職で地元を離れた若者が、将来また塩尻に関わりたいと思えるような、地域への愛着を育てることも大切だと考えています。

## やりたいこと
地域の仕事人を学校に招く出前授業を仕組み化し、子どもたちが将来を考えるきっかけにしたいと考えています。
- 地域の農家、職人、企業の方に協力を依頼し、授業の内容を一緒に組み立てる
- 5・6年生を対象に、年間4回程度の出前授業を実施する
- 授業の様子や仕事人へのインタビューを短い映像にまとめ、他校でも使える教材にする

## 求める協力
- 地域の事業者とのつながりづくりや、企画のコーディネートが得意な方
- インタビュー映像の撮影・編集ができる方
- キャリア教育や探究学習に関わった経験がある方

作成した映像は、保護者や出演者の同意を得たうえで、市内の学校で共有する予定です。地域の企業の皆さまからの、授業への協力の申し出もお待ちしています。授業の日程は、学校の年間計画に合わせて調整します。`,
    bodyEn: `## Background
Seba has a history as a post town on the Nakasendo road, and today farming, manufacturing and small shops all support local life. Yet children rarely get to see the work of local adults up close, and in a survey many junior high pupils said they "don't know what jobs there are in Shiojiri". Schools have little capacity to find local people willing to help, so lessons tend to repeat the same content every year. We also think it is important to foster an attachment to the area, so that young people who leave for study or work will want to stay connected with Shiojiri in the future.

## What we want to do
We want to make visiting lessons by local workers a regular part of school life, giving children a starting point for thinking about their future.
- Ask local farmers, craftspeople and company staff to help and plan lessons together with them
- Run about four visiting lessons a year for pupils in years 5 and 6
- Turn the lessons and interviews with the guests into short videos that other schools can use

## How you can help
- Good at building links with local businesses and coordinating projects
- Able to film and edit interview videos
- Experience in career education or inquiry-based learning

With the consent of parents and those appearing, the videos will be shared with other schools in the city. We also welcome offers from local companies to take part in the lessons. Lesson dates will be arranged to fit the school's annual plan.`,
    strategyCode: "A",
    fieldNumbers: [2, 4],
    areaSlug: "seba",
    skillSlugs: ["education", "community-organising", "photo-video"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 3,
    deadlineInDays: 90,
    periodNumber: 1,
    ownerDepartmentJa: "学校教育課",
    ownerDepartmentEn: "School Education Division",
    status: "OPEN",
  },
  {
    key: "kataoka-club-activity-transition",
    titleJa: "中学校の休日部活動を、片丘地区の「地域クラブ」へ移行したい",
    titleEn: "Moving weekend junior high club activities in Kataoka to community clubs",
    summaryJa:
      "中学校の休日の部活動を地域で支える「地域クラブ」へ段階的に移行するため、指導者の確保や運営の仕組みづくりを担ってくださる方を募集します。",
    summaryEn:
      "We are looking for partners to help shift weekend junior high club activities to community-run clubs, including finding coaches and setting up how the clubs are run.",
    bodyJa: `## 背景
国の方針を受け、中学校の休日の部活動を学校から地域に移していく「地域移行」が各地で進められています。片丘地区でも、生徒数の減少で単独ではチームを組めない部が出てきており、先生の長時間勤務の解消も急務となっています。一方で、地域には指導経験のある方や、スポーツ・文化活動の団体がありますが、学校とつなぐ仕組みが整っていません。保護者からは、費用負担や送迎への不安の声も聞かれます。地域の大人が指導に関わることは、生徒にとって先生以外の大人と出会う貴重な機会にもなります。移行を機に、これまでにない種目や活動を選べるようになることも期待されています。

## やりたいこと
生徒がこれまでどおり好きな活動を続けられるよう、地域の力で休日の活動を支える仕組みをつくりたいと考えています。
- 地域の指導者やスポーツ団体を掘り起こし、人材リストを作成する
- 指導者の登録、保険、謝金の支払いなど、運営ルールを整える
- まず2〜3種目で試行し、生徒・保護者・指導者の声をもとに改善する

## 求める協力
- 中学生へのスポーツや文化活動の指導経験がある方
- 地域スポーツクラブや団体の運営に関わった経験がある方
- 複数の関係者をまとめるプロジェクト管理が得意な方

指導者としての参加には、市の研修を受けていただきます。休日の指導については、市の基準に基づき謝金をお支払いします。まずは説明会で、地区の現状と今後の進め方をご説明します。`,
    bodyEn: `## Background
Following national policy, weekend junior high club activities are being moved from schools to the community across Japan. In Kataoka, falling pupil numbers mean some clubs can no longer field a team on their own, and reducing teachers' long working hours is urgent. The district has experienced coaches and sports and cultural groups, but no system to connect them with the schools. Parents have also raised concerns about costs and transport. Having local adults as coaches also gives pupils a valuable chance to meet adults other than their teachers, and the change may open up activities that were not offered before.

## What we want to do
We want a community-based system for weekend activities so that pupils can keep doing what they love.
- Find local coaches and sports groups and build a list of people who can help
- Set up rules for coach registration, insurance and fees
- Trial the scheme with two or three activities first, then improve it based on feedback from pupils, parents and coaches

## How you can help
- Experience coaching junior high pupils in sports or cultural activities
- Experience running a community sports club or similar group
- Project management skills to bring many stakeholders together

Coaches will attend training provided by the city. Weekend coaching is paid according to city rates. We will start with a briefing on the current situation in the district and the plan ahead.`,
    strategyCode: "A",
    fieldNumbers: [2, 3],
    areaSlug: "kataoka",
    skillSlugs: ["sports", "project-management", "education"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
    capacity: 5,
    deadlineInDays: 120,
    periodNumber: 1,
    ownerDepartmentJa: "生涯学習スポーツ課",
    ownerDepartmentEn: "Lifelong Learning and Sports Division",
    status: "OPEN",
  },
  {
    key: "inquiry-learning-mentors",
    titleJa: "高校生の探究学習に伴走する「地域メンター」を松本平から募りたい",
    titleEn: "Recruiting community mentors from the Matsumoto Basin for high school inquiry projects",
    summaryJa:
      "地域課題をテーマにした高校生の探究学習に、社会人や大学生がメンターとして伴走する仕組みをつくります。オンラインでの定期的な面談が中心です。",
    summaryEn:
      "We are setting up a scheme where working adults and university students mentor high school students on inquiry projects about local issues, mainly through regular online meetings.",
    bodyJa: `## 背景
高校では「総合的な探究の時間」が始まり、地域の課題をテーマに調査や提案を行う生徒が増えています。塩尻市にも、市役所への聞き取りや地域でのフィールドワークに訪れる高校生が多くいます。しかし、先生一人が数十人の生徒を担当するため、一人ひとりの問いを深めたり、調査の方法を助言したりする時間は限られています。生徒からは「社会で働く大人に相談したい」という声も上がっています。また、生徒が地域の大人と出会うことは、地域への関心を深め、将来のつながりを生むきっかけにもなります。

## やりたいこと
松本平の企業や大学、地域で活動する人たちの力を借りて、生徒の探究に伴走するメンターの仕組みをつくりたいと考えています。
- メンター1人が生徒のグループを1つ担当し、月1回程度オンラインで面談する
- 課題設定、調査方法、発表の組み立てなどを一緒に考える
- 年度末の発表会に、メンターも参加して講評する
- メンター同士が情報交換できるオンラインの場を設ける

## 求める協力
- 調査・研究やデータ分析の経験がある社会人、大学院生、大学生
- 若い人の話をじっくり聞き、問いを深める手助けができる方
- 企業として、社員のメンター参加を人材育成の一環として位置づけていただける方

面談はオンラインで行うため、松本平以外にお住まいの方も参加いただけます。年度の始めに、メンター向けのオンライン説明会を開きます。`,
    bodyEn: `## Background
High schools now run "Integrated Inquiry" classes, and more students are researching and making proposals on local issues. Many visit Shiojiri to interview city staff or do fieldwork. But with one teacher responsible for dozens of students, there is little time to help each student sharpen their question or advise on research methods. Students themselves say they would like to consult adults who work in society. Meeting adults from the region also deepens students' interest in the area and can lead to lasting connections in future.

## What we want to do
With help from companies, universities and community activists across the Matsumoto Basin, we want to build a mentoring scheme that supports students' inquiry projects.
- Each mentor supports one group of students through online meetings about once a month
- Mentors help students frame their question, choose research methods and structure their presentation
- Mentors attend the end-of-year presentations and give feedback
- An online space lets mentors share experience with each other

## How you can help
- Working adults, graduate and undergraduate students with experience in research or data analysis
- People who can listen patiently to young people and help them go deeper
- Companies that can treat employees' mentoring as part of staff development

Meetings take place online, so you can join even if you live outside the Matsumoto Basin. An online briefing for mentors will be held at the start of the school year.`,
    strategyCode: "A",
    fieldNumbers: [2, 6],
    areaSlug: "matsumotodaira",
    skillSlugs: ["education", "research", "facilitation"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 5,
    deadlineInDays: 35,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "OPEN",
  },

  // ── Strategy A · ③ 伝統・文化芸術・スポーツ・生涯学習 ───────────────────
  {
    key: "hiraide-site-digital-archive",
    titleJa: "平出遺跡の出土品と発掘の記録を、デジタルで身近にしたい",
    titleEn: "Bringing the Hiraide archaeological site closer through digital archives",
    summaryJa:
      "国の史跡・平出遺跡の出土品や発掘当時の写真をデジタル化し、ウェブで公開するとともに、子ども向けの学習コンテンツをつくるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to digitise finds and excavation photographs from the Hiraide site, a national historic site, publish them online and create learning content for children.",
    bodyJa: `## 背景
宗賀地区にある平出遺跡は、縄文時代から平安時代にかけての大規模な集落跡で、国の史跡に指定されています。近くにある平出博物館には多くの出土品が収蔵されていますが、展示できるのはその一部に限られ、発掘当時の写真や記録の多くは紙やフィルムのまま保管されています。来館者の高齢化も進み、若い世代や市外の方に遺跡の魅力を伝えることが課題となっています。学校の授業でも遺跡を取り上げていますが、子どもたちが自分で調べられる資料は多くありません。遺跡の価値を地域の誇りとして次の世代に伝えるためにも、誰もがいつでも資料にふれられる環境づくりが求められています。

## やりたいこと
収蔵品や記録をデジタル化して公開し、遺跡の価値をより多くの人に届けたいと考えています。
- 出土品の写真撮影と基本情報の整理を進め、ウェブで閲覧できるアーカイブをつくる
- 発掘当時の写真やフィルムをデジタル化し、劣化から守る
- 小学生が授業や自由研究で使える、わかりやすい解説ページを作成する

## 求める協力
- 文化財や資料の撮影経験がある方
- デジタルアーカイブやウェブサイト構築の経験がある方
- 考古学や歴史学を学ぶ学生・研究者の方

作業は博物館での撮影・整理と、オンラインでのウェブ制作に分けて進めています。現在、協力者と一緒に第一弾の公開に向けた作業を行っています。作業の日程は、博物館の開館日に合わせて柔軟に調整できます。`,
    bodyEn: `## Background
The Hiraide site in Soga is a large settlement used from the Jomon to the Heian period and is designated a national historic site. The nearby Hiraide Museum holds many finds, but only a fraction can be displayed, and many photographs and records from the excavations are still stored on paper and film. Visitors are getting older, and we need new ways to share the site with younger people and visitors from outside the city. Schools do teach about the site, but there are few materials children can explore on their own. To pass on the site's value to the next generation as a source of local pride, everyone needs to be able to access the materials at any time.

## What we want to do
We want to digitise and publish the collection and records so that more people can appreciate the site.
- Photograph finds, organise their basic information and build an online archive
- Digitise photographs and film from the excavations to protect them from deterioration
- Create easy-to-follow pages that primary school pupils can use for lessons and projects

## How you can help
- Experience photographing cultural properties or archive materials
- Experience building digital archives or websites
- Students and researchers in archaeology or history

Work is split between photography and cataloguing at the museum and web production online. We are currently working with partners towards the first public release. Work at the museum can be scheduled flexibly around its opening days.`,
    strategyCode: "A",
    fieldNumbers: [3, 2],
    areaSlug: "soga",
    skillSlugs: ["photo-video", "web-development", "research"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "RESEARCH"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "文化財課",
    ownerDepartmentEn: "Cultural Properties Division",
    status: "IN_PROGRESS",
  },
  {
    key: "kitaono-festival-records",
    titleJa: "北小野の祭りと暮らしの記憶を、映像と文章で残したい",
    titleEn: "Recording the festivals and memories of Kitaono in film and writing",
    summaryJa:
      "小野神社・矢彦神社を中心に受け継がれてきた北小野地区の祭りや年中行事、暮らしの記憶を、住民と一緒に記録・発信してくださる方を募集します。",
    summaryEn:
      "We are looking for people to work with residents to record and share the festivals, seasonal events and everyday memories of Kitaono, centred on the Ono and Yahiko shrines.",
    bodyJa: `## 背景
北小野地区には、小野神社と矢彦神社が隣り合って鎮座し、古くから地域の人々の暮らしと信仰の中心となってきました。祭りや年中行事は住民の手で受け継がれてきましたが、担い手の高齢化と人口減少により、準備の手順や由来を知る人が少なくなっています。「自分たちの代で途切れさせたくない」という思いから、地区の方々が記録を残す取り組みを始めましたが、撮影や編集の技術を持つ人がいないのが悩みです。記録が残っていれば、将来担い手が変わっても、行事を受け継ぐ手がかりになります。地区を離れた出身者からも、ふるさとの行事を知りたいという声が寄せられています。

## やりたいこと
祭りや行事の様子、準備の工程、地域の方々の語りを記録し、次の世代や地区外の人に伝えていきたいと考えています。
- 年間の主な行事を撮影し、準備から当日までの流れを映像に残す
- 地域の年配の方への聞き取りを行い、行事の由来や昔の暮らしを文章にまとめる
- 記録を地区の集会や学校で上映し、ウェブでも発信する

## 求める協力
- 映像の撮影・編集ができる方
- 聞き書きやインタビュー記事の執筆経験がある方
- 民俗学や地域史に関心のある学生・研究者の方

行事の日程に合わせて現地に来ていただくことが中心になります。撮影した記録の扱いは、地区の皆さんと相談して決めていきます。地区の方々との関係を大切にしながら、長く関わってくださる方を歓迎します。`,
    bodyEn: `## Background
In Kitaono, the Ono and Yahiko shrines stand side by side and have long been at the heart of local life and faith. Residents have kept the festivals and seasonal events alive, but as people grow older and the population falls, fewer know how the preparations are done or where the customs come from. Wanting to make sure the traditions do not end with their generation, residents have started to keep records, but nobody has the skills to film or edit. Good records will help future generations carry on the events even as the people responsible change. People who grew up here and have moved away have also said they would like to learn about their home district's traditions.

## What we want to do
We want to record festivals and events, the work that goes into them and the stories of local people, and pass them on to the next generation and to people outside the district.
- Film the main events of the year, from preparation to the day itself
- Interview older residents and write up the origins of events and memories of past life
- Show the records at district gatherings and in schools, and share them online

## How you can help
- Able to film and edit video
- Experience writing oral histories or interview articles
- Students or researchers interested in folklore or local history

Most of the work involves visiting on the dates of events. How the recordings are used will be decided together with residents. We welcome people who will value their relationship with residents and stay involved over the long term.`,
    strategyCode: "A",
    fieldNumbers: [3, 7],
    areaSlug: "kitaono",
    skillSlugs: ["photo-video", "writing", "research"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "RESEARCH"],
    capacity: 2,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "生涯学習スポーツ課",
    ownerDepartmentEn: "Lifelong Learning and Sports Division",
    status: "OPEN",
  },
  {
    key: "shiojiri-higashi-new-sports",
    titleJa: "ボッチャなどのニュースポーツで、世代を超えた地区交流大会を開きたい",
    titleEn: "Holding an intergenerational district tournament with boccia and other new sports",
    summaryJa:
      "塩尻東地区で、子どもから高齢者、障がいのある方までが一緒に楽しめるニュースポーツの交流大会を企画・運営してくださる方を募集します。",
    summaryEn:
      "We are looking for people to plan and run a tournament in Shiojiri-Higashi featuring new sports that children, older people and people with disabilities can all enjoy together.",
    bodyJa: `## 背景
塩尻東地区では、かつて地区運動会が大きな交流の場となっていましたが、参加者の減少や役員の負担から、近年は規模を縮小しています。一方で、公民館で行われているボッチャやモルックなどのニュースポーツの教室は、年齢や体力に関係なく楽しめると好評です。地区の方々からは「もう一度、地区のみんなが集まれる行事をつくりたい」という声が上がっています。地区内には障がいのある方が通う施設もあり、ふだん接点の少ない住民同士が自然に交流できる機会が求められています。世代を超えて体を動かすことは、高齢の方の健康づくりや子どもの見守りの関係づくりにもつながります。

## やりたいこと
ニュースポーツを通じて、世代や障がいの有無を超えて交流できる大会を、地区の新しい恒例行事にしたいと考えています。
- 区ごとの混成チームで参加する交流大会を、年1回開催する
- 事前に練習会を開き、ルールを知らない人でも参加しやすくする
- 地元の中高生に運営スタッフとして参加してもらい、次の担い手を育てる

## 求める協力
- ニュースポーツやパラスポーツの指導・審判経験がある方
- スポーツイベントの企画・運営経験がある方
- 当日の運営をチームで支えていただける企業・団体

用具は市の貸し出し用具を活用できます。大会の運営ノウハウをまとめ、他の地区でも開催できるようにしたいと考えています。大会の日程は、地区の行事予定と調整して決める予定です。`,
    bodyEn: `## Background
The district sports day used to be a major social event in Shiojiri-Higashi, but falling participation and the burden on organisers have led to it being scaled down. Meanwhile, boccia, mölkky and other new sports classes at the community centre are popular because anyone can enjoy them regardless of age or fitness. Residents have told us they would like to create an event where the whole district can come together again. The district also has facilities used by people with disabilities, and residents who rarely meet need natural chances to mix. Being active together across generations also supports older people's health and builds relationships that help neighbours look out for children.

## What we want to do
We want to make a tournament where people of all ages, with and without disabilities, can mix through new sports, and turn it into a new annual event for the district.
- Hold an annual tournament with mixed teams from each neighbourhood
- Run practice sessions beforehand so that newcomers can learn the rules
- Involve local junior high and high school students as organisers to nurture future leaders

## How you can help
- Experience coaching or refereeing new sports or para sports
- Experience planning and running sports events
- Companies or groups that can support the day as a team

Equipment can be borrowed from the city. We want to document how the tournament is run so that other districts can hold their own. The date of the tournament will be set around the district's calendar of events.`,
    strategyCode: "A",
    fieldNumbers: [3, 7],
    areaSlug: "shiojiri-higashi",
    skillSlugs: ["sports", "project-management", "community-organising"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 4,
    deadlineInDays: 100,
    periodNumber: 1,
    ownerDepartmentJa: "生涯学習スポーツ課",
    ownerDepartmentEn: "Lifelong Learning and Sports Division",
    status: "OPEN",
  },
  {
    key: "kominkan-online-courses",
    titleJa: "公民館講座をオンラインでも受講できるようにしたい",
    titleEn: "Making community centre courses available online",
    summaryJa:
      "公民館で開催している講座を、自宅からも受講できるようにするため、配信体制づくりと講師向けのサポートを担ってくださる方を募集していました。",
    summaryEn:
      "We were looking for partners to set up streaming for community centre courses and support lecturers, so that residents could also join from home.",
    bodyJa: `## 背景
市内の各地区にある公民館では、歴史講座や健康講座、趣味の教室など、さまざまな生涯学習の機会を提供しています。しかし、平日夜や週末の開催が多く、子育て中の方や仕事をしている方、移動が難しい高齢の方からは「参加したくても行けない」という声が寄せられていました。一部の講座でオンライン配信を試みましたが、機材の扱いや音声のトラブルが多く、定着には至っていません。また、講師の高齢化も進んでおり、遠方に住む講師にオンラインで協力してもらえる仕組みも求められていました。コロナ禍を経て、オンラインでの学びに慣れた市民が増えたことも、取り組みのきっかけとなりました。

## やりたいこと
公民館講座を会場とオンラインの両方で受講できるようにし、学びの機会を広げたいと考えていました。
- 各公民館で使える、シンプルな配信機材の構成と手順書をつくる
- 講師や公民館職員向けに、配信の基本を学ぶ研修を行う
- 録画した講座をアーカイブとして公開する仕組みを検討する

## 求める協力
- ライブ配信や映像・音声機材の扱いに詳しい方
- ITに不慣れな方への研修経験がある方
- オンライン講座の運営経験がある方

公民館ごとに設備の状況が異なるため、現地の確認から始める予定でした。

※本件は、市全体の施設予約・配信システムの更新計画に統合することとなったため、募集を終了しました。ご応募いただいた皆さまに感謝申し上げます。`,
    bodyEn: `## Background
Community centres in each district offer many lifelong-learning opportunities, from history and health lectures to hobby classes. But most take place on weekday evenings or at weekends, and parents of young children, working people and older people who find travel difficult told us they wanted to attend but could not. We tried streaming some courses, but frequent equipment and sound problems meant it never took hold. Lecturers were also getting older, and we needed a way for lecturers living further away to take part online. The growing number of residents used to learning online since the pandemic also prompted this challenge.

## What we want to do
We wanted residents to be able to join courses either in person or online, widening access to learning.
- Design a simple streaming set-up and guide that any community centre can use
- Train lecturers and centre staff in the basics of streaming
- Explore a way to publish recorded courses as an archive

## How you can help
- Knowledge of live streaming and audio-visual equipment
- Experience training people who are not confident with IT
- Experience running online courses

As equipment differed from centre to centre, the plan was to begin with site visits.

Note: this challenge has been closed because it was merged into the city's wider plan to renew its facility booking and streaming systems. We thank everyone who applied.`,
    strategyCode: "A",
    fieldNumbers: [3],
    areaSlug: "citywide",
    skillSlugs: ["it-training", "photo-video", "education"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 2,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "生涯学習スポーツ課",
    ownerDepartmentEn: "Lifelong Learning and Sports Division",
    status: "ARCHIVED",
  },
  {
    key: "enpark-artist-in-residence",
    titleJa: "えんぱーくを舞台に、若手アーティストの滞在制作を実現したい",
    titleEn: "An artist residency for emerging artists at Enpark",
    summaryJa:
      "市民交流センター「えんぱーく」を会場に、若手アーティストが塩尻に滞在して市民と一緒に作品をつくるプログラムを、企画・運営してくださる方を募集します。",
    summaryEn:
      "We are looking for partners to plan and run a programme in which emerging artists stay in Shiojiri and create work together with residents, based at the Enpark civic centre.",
    bodyJa: `## 背景
大門地区にある市民交流センター「えんぱーく」は、図書館や子育て支援、市民活動の拠点が一体となった施設で、毎日多くの市民が訪れます。館内には展示や発表に使えるスペースがありますが、市民が文化芸術に「参加する」機会はまだ多くありません。また、市内には美術館がなく、子どもたちが現役のアーティストと出会う機会も限られています。市外から訪れるアーティストの視点は、住民が見慣れた地域の魅力を再発見するきっかけにもなります。ワインや漆器、宿場町の歴史など、塩尻ならではの題材も数多くあります。

## やりたいこと
アーティストが一定期間塩尻に滞在し、市民との対話や共同制作を通じて作品を生み出すプログラムを試行したいと考えています。
- 公募で選んだアーティスト1〜2名が、約1か月間市内に滞在して制作する
- 滞在中に、子どもや市民が参加できるワークショップを開く
- 完成した作品をえんぱーくで展示し、制作の過程も記録して公開する

## 求める協力
- アートプロジェクトやレジデンスの企画・運営経験がある方
- アーティストの公募や選考に協力していただける方
- 滞在先や制作場所の提供、協賛などで関わっていただける企業・団体

空き家や地域の施設を滞在先として活用することも検討しています。まずは企画会議に参加していただき、プログラムの骨組みを一緒に考えます。文化芸術を通じたまちづくりに関心のある方の応募をお待ちしています。`,
    bodyEn: `## Background
Enpark, the civic centre in Daimon, brings together the library, child-rearing support and a base for civic activities, and many residents visit every day. It has space for exhibitions and performances, yet residents still have few chances to take part in the arts themselves. The city also has no art museum, so children rarely meet working artists. Artists from outside the city can also help residents rediscover the appeal of places they take for granted, and Shiojiri has no shortage of distinctive subjects, from wine and lacquerware to the history of its post towns.

## What we want to do
We want to trial a programme in which artists stay in Shiojiri for a period and create work through dialogue and collaboration with residents.
- One or two artists, selected through an open call, stay and work in the city for about a month
- During their stay, they run workshops open to children and residents
- The finished work is exhibited at Enpark, and the creative process is documented and shared

## How you can help
- Experience planning and running art projects or residencies
- Help with the open call and selection of artists
- Companies or groups able to provide accommodation, studio space or sponsorship

We are also considering using vacant houses and local facilities as accommodation. You would first join planning meetings and help shape the outline of the programme. We look forward to hearing from people interested in community development through the arts.`,
    strategyCode: "A",
    fieldNumbers: [3, 9],
    areaSlug: "daimon",
    skillSlugs: ["arts", "project-management", "fundraising"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 3,
    deadlineInDays: 150,
    periodNumber: 1,
    ownerDepartmentJa: "生涯学習スポーツ課",
    ownerDepartmentEn: "Lifelong Learning and Sports Division",
    status: "OPEN",
  },

  // ── Strategy B · ④ 地域経済・産業・観光・就労 ───────────────────────────
  {
    key: "kiso-lacquerware-ecommerce",
    titleJa: "木曽平沢の木曽漆器を、オンラインで国内外に届けたい",
    titleEn: "Selling Kiso lacquerware from Kiso-Hirasawa online, at home and abroad",
    summaryJa:
      "木曽漆器の産地・木曽平沢の工房や販売店と一緒に、ECサイトの改善や商品写真の撮影、海外向けの情報発信に取り組んでくださるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to work with workshops and shops in Kiso-Hirasawa, home of Kiso lacquerware, on improving online shops, product photography and reaching overseas customers.",
    bodyJa: `## 背景
楢川地区の木曽平沢は、国の伝統的工芸品に指定されている木曽漆器の産地で、漆工町として重要伝統的建造物群保存地区にも選定されています。職人の高い技術による器や家具は国内外で評価されていますが、売上の多くは店頭販売や展示会に頼っており、観光客の減少や展示会の縮小の影響を大きく受けてきました。ECサイトを持つ工房もありますが、写真や商品説明が十分でなく、更新する時間も人手も足りないのが実情です。海外からの問い合わせがあっても、英語での対応が難しく、機会を逃しているケースもあります。職人の高齢化も進んでおり、販売の力を高めることは後継者の育成にも欠かせません。

## やりたいこと
産地全体でオンライン販売の力を高め、職人の仕事が正当に評価され、次の世代へ受け継がれる仕組みをつくりたいと考えています。
- 参加する工房のECサイトを診断し、改善点を整理する
- 漆の質感が伝わる商品写真の撮影方法を、職人と一緒に確立する
- 英語での商品説明や、漆器の手入れ方法のページを整える
- 産地として共同で発信できる、SNSや特集ページの運営方法を検討する

## 求める協力
- ECサイトの構築・運営やデジタルマーケティングの経験がある方
- 工芸品や食器などの商品撮影が得意な方
- 伝統工芸の魅力を英語で伝えられる方

現在、応募いただいた方と工房とのマッチングを進めています。工房見学を含む現地訪問の交通費は市が負担します。`,
    bodyEn: `## Background
Kiso-Hirasawa in Narakawa is the home of Kiso lacquerware, a nationally designated traditional craft, and has been selected as an Important Preservation District for Groups of Traditional Buildings as a lacquerware town. The bowls and furniture made by its skilled craftspeople are admired in Japan and abroad, but most sales still depend on shops and trade fairs, so fewer tourists and smaller fairs have hit them hard. Some workshops have online shops, but the photographs and product descriptions are limited, and there is neither the time nor the staff to keep them up to date. Enquiries from overseas sometimes go unanswered because replying in English is difficult. Craftspeople are also getting older, and stronger sales are essential to training successors.

## What we want to do
We want to strengthen online sales across the whole production area, so that craftspeople's work is properly valued and handed down to the next generation.
- Review participating workshops' online shops and identify improvements
- Work out, together with craftspeople, how to photograph products so the texture of the lacquer comes through
- Prepare English product descriptions and pages on caring for lacquerware
- Explore joint social media and feature pages for the production area as a whole

## How you can help
- Experience building or running online shops, or in digital marketing
- Skills in product photography for crafts or tableware
- Able to convey the appeal of traditional crafts in English

We are currently matching applicants with workshops. The city covers travel expenses for site visits, including workshop tours.`,
    strategyCode: "B",
    fieldNumbers: [4, 3],
    areaSlug: "narakawa",
    skillSlugs: ["web-development", "marketing", "photo-video", "traditional-crafts"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB", "COMPANY_PARTNERSHIP"],
    hoursPerMonth: 20,
    languages: ["ja", "en"],
    capacity: 3,
    deadlineInDays: 10,
    periodNumber: 1,
    ownerDepartmentJa: "産業政策課",
    ownerDepartmentEn: "Industrial Policy Division",
    status: "MATCHING",
  },
  {
    key: "kikyogahara-wine-tourism-english",
    titleJa: "桔梗ヶ原のワイナリー巡りを、英語で楽しめるようにしたい",
    titleEn: "Making Kikyogahara winery visits enjoyable in English",
    summaryJa:
      "塩尻ワインの産地・桔梗ヶ原を訪れる海外からの旅行者に向けて、英語のワイナリーガイドと案内ツールをワイナリーと一緒につくっています。",
    summaryEn:
      "We are working with wineries to create an English winery guide and visitor tools for international travellers to Kikyogahara, the heart of Shiojiri wine country.",
    bodyJa: `## 背景
広丘地区を中心に広がる桔梗ヶ原は、長い歴史を持つぶどうとワインの産地で、塩尻ワインは国内外のコンクールでも評価を得ています。近年は海外からの旅行者も増えていますが、ワイナリーの案内や試飲メニュー、ぶどう畑の見どころなどの情報はほとんどが日本語のみです。小規模なワイナリーでは英語で対応できるスタッフが限られ、「せっかく来てもらっても、ワインの背景まで伝えきれない」という声が上がっています。駅からの移動手段がわかりにくいことも、個人旅行者にとってのハードルになっています。ワインを入り口に、塩尻の食や宿場町にも足を延ばしてもらうことで、地域全体の活性化につなげたいと考えています。

## やりたいこと
海外からの旅行者が、塩尻ワインの歴史や造り手の思いまで楽しめる環境を整えたいと考えています。
- ワイナリーごとの紹介文と試飲メニューの英語版を作成する
- 桔梗ヶ原のぶどう栽培やワイン造りの歴史を伝える英語ガイドをまとめる
- 駅からの移動手段や周遊モデルコースを英語で案内する
- スタッフ向けに、よく使う英語表現の簡単な接客シートを用意する

## 求める協力
- ワインや観光分野の翻訳・英文ライティングの経験がある方
- 訪日旅行者向けのツアー企画や観光案内の経験がある方
- ワインに関する知識をお持ちの方（資格の有無は問いません）

現在、協力者とワイナリーの皆さんで原稿づくりを進めており、次の収穫期までの完成を目指しています。`,
    bodyEn: `## Background
Kikyogahara, centred on the Hirooka area, has a long history of growing grapes and making wine, and Shiojiri wines have won recognition at competitions in Japan and abroad. More international travellers are visiting, but information on wineries, tasting menus and what to see in the vineyards is almost all in Japanese. Small wineries have few English-speaking staff and say they cannot share the story behind their wines with visitors who have come all this way. Getting from the station to the wineries is also confusing for independent travellers. We hope wine will draw visitors on to Shiojiri's food and historic post towns, benefiting the whole area.

## What we want to do
We want international visitors to be able to enjoy the history of Shiojiri wine and the thinking of its makers.
- Write English introductions and tasting menus for each winery
- Produce an English guide to grape growing and the history of winemaking in Kikyogahara
- Explain transport from the station and suggest model routes in English
- Prepare a simple sheet of useful English phrases for winery staff

## How you can help
- Experience translating or writing in English on wine or tourism
- Experience planning tours or guiding international visitors
- Knowledge of wine (no qualification required)

Partners and wineries are currently drafting the texts together, aiming to finish before the next harvest.`,
    strategyCode: "B",
    fieldNumbers: [4],
    areaSlug: "hirooka",
    skillSlugs: ["translation", "tourism", "wine", "writing"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB"],
    hoursPerMonth: 12,
    languages: ["ja", "en"],
    capacity: 2,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "観光課",
    ownerDepartmentEn: "Tourism Division",
    status: "IN_PROGRESS",
  },
  {
    key: "furusato-nozei-gift-design",
    titleJa: "ふるさと納税の返礼品を、塩尻らしいデザインで磨き上げたい",
    titleEn: "Refining our furusato nozei return gifts with a distinctly Shiojiri design",
    summaryJa:
      "ふるさと納税の返礼品について、パッケージや紹介ページのデザインを事業者と一緒に見直し、塩尻の魅力が伝わる形に磨き上げました。",
    summaryEn:
      "Together with local producers, partners redesigned the packaging and listing pages of our furusato nozei return gifts so that they convey what makes Shiojiri special.",
    bodyJa: `## 背景
ふるさと納税は、全国の方に塩尻の産品を知っていただき、地域の事業者を応援していただく大切な仕組みです。市ではワインや果物、木曽漆器、加工食品など幅広い返礼品を用意していますが、ポータルサイト上では写真や説明文が事業者ごとにばらばらで、他の自治体の返礼品に埋もれてしまうという課題がありました。小規模な事業者からは、「商品には自信があるが、見せ方がわからない」という相談も多く寄せられていました。寄附をきっかけに塩尻を訪れてくださる方を増やすためにも、返礼品を通じて地域の物語を伝えることが大切だと考えていました。

## やりたいこと
返礼品の見せ方を統一感のあるデザインで整え、寄附者に選ばれ、リピートされる返礼品を増やしたいと考えました。
- 返礼品の紹介ページの写真と説明文の基本ルールをつくる
- 重点品目について、ギフトとして喜ばれるパッケージを事業者と試作する
- 同封するリーフレットで、産地や生産者の物語を伝える
- 寄附者アンケートで、改善の効果を確かめる

## 求める協力
- パッケージデザインやグラフィックデザインの経験がある方
- ECやふるさと納税の販促に詳しい方
- 地域ブランドづくりに関わった経験がある方

※本件は、協力者の皆さまと事業者の取り組みにより、重点品目のパッケージと紹介ページの刷新を完了しました。刷新後は、対象品目の寄附件数が前年を上回っています。`,
    bodyEn: `## Background
Furusato nozei (hometown tax donation) is an important way for people across Japan to discover Shiojiri's products and support local businesses. The city offers a wide range of return gifts, including wine, fruit, Kiso lacquerware and processed foods, but on the portal sites each producer presented its products differently, so they were lost among gifts from other municipalities. Many small producers told us they were confident in their products but did not know how to present them. We also felt it was important to tell the story of the area through the gifts, so that more donors would go on to visit Shiojiri.

## What we want to do
We wanted a consistent design for how gifts are presented, so that more donors choose them and come back.
- Set basic rules for photographs and descriptions on listing pages
- Prototype gift-worthy packaging for priority items with producers
- Tell the story of the place and the producers in an enclosed leaflet
- Check the effect of the changes through a donor survey

## How you can help
- Experience in packaging or graphic design
- Knowledge of promoting products online or through furusato nozei
- Experience in building regional brands

Note: thanks to our partners and the producers, the packaging and listing pages for the priority items have now been renewed. Since the relaunch, donations for these items have exceeded the previous year's figures.`,
    strategyCode: "B",
    fieldNumbers: [4],
    areaSlug: "citywide",
    skillSlugs: ["graphic-design", "branding", "marketing"],
    engagementModes: ["REMOTE", "HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB"],
    capacity: 2,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "産業政策課",
    ownerDepartmentEn: "Industrial Policy Division",
    status: "COMPLETED",
  },
  {
    key: "farm-labour-matching",
    titleJa: "レタスやぶどうの農繁期に、人手と農家をつなぐ仕組みをつくりたい",
    titleEn: "Matching extra hands with farms during the lettuce and grape seasons",
    summaryJa:
      "レタスの収穫やぶどうの作業が集中する農繁期の人手不足を解消するため、短時間から働ける人と農家をつなぐマッチングの仕組みを一緒につくるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to build a matching system that connects farms with people who can work short shifts during the busy lettuce harvest and grape seasons.",
    bodyJa: `## 背景
松本平はレタスなどの高原野菜や、ぶどう・りんごなどの果樹の産地として知られています。しかし、農業者の高齢化と後継者不足が進み、収穫や袋かけ、摘粒などの作業が集中する時期には、多くの農家が人手不足に悩んでいます。これまでは親戚や知人に頼ることが多く、新たな働き手を探す手段がほとんどありません。一方で、「朝の数時間だけ働きたい」「週末に農業を体験してみたい」という声も市内外から聞かれます。人手が確保できずに規模を縮小したり、収穫を諦めたりする農家も出てきており、産地を守るための対策が急がれています。

## やりたいこと
短時間・短期間から働きたい人と、人手を必要とする農家をつなぐ仕組みを、広域で試行したいと考えています。
- 農家への聞き取りで、作業内容や時期、必要な人数を整理する
- 既存の農業マッチングアプリの活用も含め、募集と応募の方法を設計する
- 初めての人でも作業できるよう、作業ごとの簡単なマニュアルを用意する
- 1シーズン試行し、働き手と農家の双方から意見を集めて改善する

## 求める協力
- 人材マッチングやアプリの導入・運用に関わった経験がある方
- 農業の現場や農業法人での勤務経験がある方
- 募集データや作業実績のデータを分析できる方

JAや近隣市町村とも連携しながら進める予定です。企業の福利厚生や研修として、社員の農作業参加を検討いただける企業の皆さまもご相談ください。`,
    bodyEn: `## Background
The Matsumoto Basin is known for highland vegetables such as lettuce and for fruit such as grapes and apples. But farmers are getting older and few have successors, so many struggle to find enough hands when harvesting, bagging and thinning grapes all come at once. Until now they have mostly relied on relatives and friends, with almost no way to find new workers. At the same time, people in and outside the city tell us they would like to "work just a few hours in the morning" or "try farming at weekends". Some farmers have already cut back or even abandoned part of their harvest for lack of help, so urgent action is needed to protect the region's farming.

## What we want to do
We want to trial, across the region, a way of connecting farms that need help with people who want to work short shifts or short periods.
- Interview farmers to map tasks, timing and the number of people needed
- Design how jobs are advertised and applied for, including the use of existing farm job-matching apps
- Prepare simple task guides so that first-timers can get started
- Run a one-season trial and improve the scheme based on feedback from workers and farmers

## How you can help
- Experience introducing or running job-matching services or apps
- Experience working on farms or for agricultural corporations
- Able to analyse recruitment and work-record data

We plan to work with the local agricultural cooperative and neighbouring municipalities. Companies interested in farm work as an employee benefit or training opportunity are also welcome to contact us.`,
    strategyCode: "B",
    fieldNumbers: [4],
    areaSlug: "matsumotodaira",
    skillSlugs: ["agriculture", "mobile-apps", "data-analysis"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB", "COMPANY_PARTNERSHIP"],
    capacity: 3,
    deadlineInDays: 60,
    periodNumber: 1,
    ownerDepartmentJa: "農政課",
    ownerDepartmentEn: "Agricultural Policy Division",
    status: "OPEN",
  },
  {
    key: "sme-side-job-talent",
    titleJa: "市内の中小企業の経営課題に、副業人材として関わってほしい",
    titleEn: "Help local small businesses with their management challenges as a side job",
    summaryJa:
      "市内の中小企業が抱える販路開拓や業務改善などの課題に、都市部の副業人材がオンライン中心で関わるプロジェクトです。まずは第1期として5社との協働を予定しています。",
    summaryEn:
      "A project in which professionals from large cities work, mainly online, on challenges such as finding new markets or improving operations for small businesses in Shiojiri. The first round will involve five companies.",
    bodyJa: `## 背景
塩尻市には、精密機器や電子部品、食品加工などのものづくり企業や、地域に根ざした商店・サービス業が数多くあります。しかし、多くの中小企業では人材が不足しており、新しい販路の開拓やデジタル化、事業承継の準備などに手が回らない状況です。正社員として専門人材を採用するのは難しくても、「月に数回、相談に乗ってもらえる人がいれば」という声は多く聞かれます。一方で、都市部では本業の経験を生かして地方の企業を応援したいと考える人が増えています。こうした人材と市内企業をつなぐことで、企業の成長と新たな関係人口づくりの両方につなげたいと考えています。

## やりたいこと
都市部などで働く専門人材が、副業として市内企業の課題解決に関わる仕組みをつくりたいと考えています。
- 市が企業の課題を聞き取り、具体的なプロジェクトとして整理する
- 副業人材と企業のマッチングを行い、3〜6か月の業務委託契約を結ぶ
- オンラインでの定例会議を基本とし、必要に応じて現地訪問を行う
- 成果や課題を振り返り、次年度以降の仕組みづくりに生かす

## 求める協力
- 事業計画の策定や新規事業の立ち上げに関わった経験がある方
- マーケティングやブランディング、営業戦略の経験がある方
- 中小企業の業務改善や会計・財務に詳しい方

報酬は企業と副業人材との契約により決まります。現地訪問の際の交通費の一部は市が補助します。`,
    bodyEn: `## Background
Shiojiri is home to many manufacturers of precision equipment, electronic components and processed food, as well as shops and service businesses rooted in the community. But many small firms are short of staff and cannot find the time to develop new markets, go digital or prepare for business succession. Hiring a specialist full time is often out of reach, yet many say "if only we had someone to talk things through with a few times a month". Meanwhile, more people in big cities want to use their professional experience to support regional businesses. Connecting them with local firms can help the firms grow and build lasting ties between the city and people outside it.

## What we want to do
We want to create a system in which specialists working in big cities and elsewhere help local firms solve problems as a side job.
- The city interviews firms and turns their challenges into concrete projects
- Specialists and firms are matched and sign a three- to six-month service contract
- Work is based on regular online meetings, with site visits when needed
- Results and lessons are reviewed to improve the scheme in future years

## How you can help
- Experience drawing up business plans or launching new ventures
- Experience in marketing, branding or sales strategy
- Knowledge of operational improvement, accounting or finance for small businesses

Fees are set in the contract between each firm and specialist. The city subsidises part of the travel costs for site visits.`,
    strategyCode: "B",
    fieldNumbers: [4],
    areaSlug: "online",
    skillSlugs: ["business-planning", "marketing", "accounting"],
    engagementModes: ["REMOTE", "HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB"],
    hoursPerMonth: 20,
    capacity: 5,
    deadlineInDays: 25,
    periodNumber: 1,
    ownerDepartmentJa: "産業政策課",
    ownerDepartmentEn: "Industrial Policy Division",
    status: "OPEN",
  },
  {
    key: "station-front-challenge-shop",
    titleJa: "塩尻駅周辺の空き店舗で、チャレンジショップを始めたい",
    titleEn: "Opening a challenge shop in an empty unit near Shiojiri Station",
    summaryJa:
      "JR塩尻駅周辺の空き店舗を活用し、創業を目指す人が低いリスクでお店を試せる「チャレンジショップ」の企画と運営を担ってくださるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to plan and run a challenge shop in an empty unit near JR Shiojiri Station, where aspiring founders can test a business at low risk.",
    bodyJa: `## 背景
JR塩尻駅は中央東線・中央西線・篠ノ井線が交わる交通の要衝で、駅周辺の大門地区は市の中心市街地です。しかし、郊外型店舗の増加や後継者不足により、かつての商店街には空き店舗が目立つようになりました。一方で、市内ではシビック・イノベーション拠点「スナバ」などを通じて起業を目指す人が増えており、「いきなり店舗を借りるのは不安」「小さく試してみたい」という声が聞かれます。駅を利用する通勤・通学客や観光客は多く、立ち寄りたくなるお店が増えれば、まちの印象も大きく変わると考えています。

## やりたいこと
空き店舗を活用し、起業を目指す人が期間限定で出店できるチャレンジショップを開き、商店街に新しい人の流れをつくりたいと考えています。
- 空き店舗の所有者と調整し、出店しやすい賃貸条件を整える
- 出店者の募集・選考と、販売や経理の基本を学ぶ研修を行う
- 出店期間終了後、商店街での本格的な開業につなげる支援を行う
- 商店街の既存店舗とのつながりや、共同イベントを企画する

## 求める協力
- 店舗運営やまちづくり会社での実務経験がある方
- 創業支援や事業計画づくりの支援経験がある方
- 空き店舗の改修やレイアウトについて助言できる方

物件の候補は、市と商店街で事前にいくつか選んでいます。スナバや商工会議所とも連携して進めます。中心市街地の活性化に関心のある企業・団体からのご提案もお待ちしています。`,
    bodyEn: `## Background
JR Shiojiri Station is a key rail junction where the eastern and western Chuo lines meet the Shinonoi line, and the Daimon area around it is the city centre. But with more out-of-town stores and a lack of successors, empty units have become noticeable in the old shopping streets. At the same time, more people want to start businesses, supported by initiatives such as Sunaba, the city's civic-innovation base, and many say they are nervous about renting a shop straight away and would like to start small. Many commuters, students and tourists use the station, and more shops worth stopping at would change how people see the town.

## What we want to do
We want to open a challenge shop in an empty unit, where aspiring founders can trade for a limited period, bringing new people into the shopping streets.
- Negotiate with owners of empty units to offer affordable, flexible rental terms
- Recruit and select tenants, and provide training in the basics of sales and bookkeeping
- Help tenants move on to open their own shop in the area after their term ends
- Build links with existing shops and plan joint events

## How you can help
- Practical experience in running shops or working for a town management company
- Experience supporting start-ups or business planning
- Able to advise on renovating and laying out empty units

The city and the shopping-street association have already shortlisted several possible units. We will work with Sunaba and the chamber of commerce, and we also welcome proposals from companies and groups interested in revitalising the city centre.`,
    strategyCode: "B",
    fieldNumbers: [4, 9],
    areaSlug: "daimon",
    skillSlugs: ["business-planning", "urban-planning", "project-management"],
    engagementModes: ["ON_SITE", "HYBRID"],
    engagementTypes: ["COMPANY_PARTNERSHIP", "PAID_SIDE_JOB"],
    capacity: 2,
    deadlineInDays: 90,
    periodNumber: 1,
    ownerDepartmentJa: "産業政策課",
    ownerDepartmentEn: "Industrial Policy Division",
    status: "OPEN",
  },

  // ── Strategy B · ⑤ 環境・気候 ────────────────────────────────────────────
  {
    key: "kataoka-solar-sharing",
    titleJa: "片丘の農地で、営農型太陽光発電（ソーラーシェアリング）を試したい",
    titleEn: "Trialling solar sharing on farmland in Kataoka",
    summaryJa:
      "農業を続けながら農地の上部で太陽光発電を行うソーラーシェアリングについて、片丘地区での実証に向けた事業計画づくりと地域との合意形成を担うパートナーを募集します。",
    summaryEn:
      "We are looking for partners to draw up a business plan and build local consensus for a solar-sharing pilot in Kataoka, generating solar power above fields that continue to be farmed.",
    bodyJa: `## 背景
脱炭素社会の実現に向けて、市でも再生可能エネルギーの導入拡大が欠かせない課題となっています。日照時間が長い片丘地区は太陽光発電に適していますが、大規模な野立ての太陽光発電には、景観や防災の面から住民の不安の声もあります。同時に、担い手不足による遊休農地の増加も地域の課題となっています。農地の上に間隔をあけてパネルを設置し、作物を育てながら発電するソーラーシェアリングは、この2つの課題を同時に解決できる可能性があります。発電の収益が農業経営を支えることで、若い担い手が農業を続けやすくなることも期待されています。

## やりたいこと
地域の農家や住民と一緒に、片丘地区の実情に合ったソーラーシェアリングのモデルをつくりたいと考えています。
- パネルの下で育てる作物の選定と、収量への影響の検討
- 発電した電力の地域内での活用方法（公共施設への供給など）の検討
- 事業収支の試算と、資金調達の方法の整理
- 住民説明会の開催と、景観や防災に配慮した設置ルールの作成

## 求める協力
- 再生可能エネルギー事業の計画や運営に関わった経験がある方
- 営農型太陽光発電や農地法の手続きに詳しい方
- 地域エネルギー事業の資金調達や事業計画づくりの経験がある方

地域との対話を大切にしながら進めたいと考えています。企業・研究機関との共同実証のご提案も歓迎します。検討の結果は、市内の他の地区でも活用できるよう公開します。`,
    bodyEn: `## Background
Building a decarbonised society means Shiojiri, too, needs much more renewable energy. Kataoka gets long hours of sunshine and is well suited to solar power, but residents have voiced concerns about large ground-mounted solar farms, citing landscape and disaster risk. At the same time, farmland left idle for lack of farmers is a growing local problem. Solar sharing, in which widely spaced panels are mounted above fields and crops are grown underneath, could address both issues at once. Income from generation could also support farm businesses and make it easier for young farmers to stay in agriculture.

## What we want to do
We want to work with local farmers and residents to develop a solar-sharing model that fits Kataoka.
- Select crops to grow under the panels and assess the effect on yields
- Explore ways to use the power locally, for example supplying public facilities
- Estimate costs and revenues and map out funding options
- Hold public briefings and draw up siting rules that respect the landscape and disaster safety

## How you can help
- Experience planning or running renewable energy projects
- Knowledge of agrivoltaics and the procedures under the Agricultural Land Act
- Experience in financing or business planning for community energy

We want to move forward through dialogue with the community. Proposals for joint pilots from companies and research institutions are also welcome. The findings will be published so that other districts can use them.`,
    strategyCode: "B",
    fieldNumbers: [5, 4],
    areaSlug: "kataoka",
    skillSlugs: ["renewable-energy", "agriculture", "business-planning"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["COMPANY_PARTNERSHIP", "RESEARCH"],
    capacity: 2,
    deadlineInDays: 180,
    periodNumber: 1,
    ownerDepartmentJa: "環境政策課",
    ownerDepartmentEn: "Environmental Policy Division",
    status: "OPEN",
  },
  {
    key: "takaide-food-loss-reduction",
    titleJa: "高出地区の商店と家庭で、食品ロスを減らす仕組みを試したい",
    titleEn: "Trialling ways to cut food waste in Takaide's shops and homes",
    summaryJa: "地域の商店や飲食店、家庭から出る食品ロスを減らすため、売り切りの工夫やフードドライブの仕組みを住民と一緒に試行しました。",
    summaryEn:
      "Together with residents, partners trialled ways to reduce food waste from local shops, restaurants and homes, including selling out surplus stock and running food drives.",
    bodyJa: `## 背景
家庭から出る燃やすごみのうち、かなりの割合を生ごみが占めており、その中にはまだ食べられる食品も多く含まれています。高出地区には商店や飲食店、スーパーが集まっており、閉店間際の売れ残りや、家庭で使い切れない食品の扱いが課題になっていました。住民からも「もったいないと思うが、どうすればよいかわからない」という声が寄せられていました。また、物価の上昇により、食品を必要とする家庭や、食材の確保に苦労する子ども食堂も増えていました。余っている食品と必要としている人をつなぐことが、地域の支え合いにもつながると考えました。

## やりたいこと
商店・飲食店・家庭が一緒に取り組める、食品ロス削減のモデルを地区でつくりたいと考えました。
- 商店や飲食店で、売れ残りそうな食品を知らせる仕組みを試す
- 公民館などに、家庭で余った食品を持ち寄るフードドライブの拠点を設ける
- 集まった食品を、子ども食堂や福祉団体に届ける流れを整える
- 取り組みの前後で、ごみの量や参加者の意識の変化を調べる

## 求める協力
- 食品ロス削減やサーキュラーエコノミーに取り組んだ経験がある方
- 住民向けの啓発や広報の企画が得意な方
- 食品の寄付や配送の調整に関わった経験がある方

※本件は、協力者と地区の皆さまの取り組みにより、半年間の試行を終えました。フードドライブ拠点は地区の取り組みとして継続しており、結果は市のウェブサイトで報告しています。`,
    bodyEn: `## Background
Kitchen waste makes up a large share of burnable household rubbish, and much of it is food that could still have been eaten. Takaide has many shops, restaurants and supermarkets, and unsold food at closing time and food that households cannot use up were both problems. Residents told us they hated the waste but did not know what to do about it. Rising prices also meant more households needed food, and more children's cafeterias were struggling to source ingredients. We felt that linking surplus food with people who need it would also strengthen mutual support in the community.

## What we want to do
We wanted to create a model in the district for cutting food waste that shops, restaurants and households could all take part in.
- Trial a way for shops and restaurants to announce food likely to go unsold
- Set up food-drive collection points, for example at the community centre, for surplus household food
- Organise delivery of the collected food to children's cafeterias and welfare groups
- Measure the amount of waste and changes in attitudes before and after the trial

## How you can help
- Experience in reducing food waste or in the circular economy
- Skills in planning awareness campaigns and publicity for residents
- Experience coordinating food donations or deliveries

Note: thanks to our partners and residents, the six-month trial has been completed. The food-drive collection point continues as a district initiative, and the results are reported on the city's website.`,
    strategyCode: "B",
    fieldNumbers: [5, 7],
    areaSlug: "takaide",
    skillSlugs: ["circular-economy", "marketing", "community-organising"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "環境政策課",
    ownerDepartmentEn: "Environmental Policy Division",
    status: "COMPLETED",
  },
  {
    key: "seba-firewood-thinned-timber",
    titleJa: "間伐材を薪に。洗馬の森から地域の暖房をつくりたい",
    titleEn: "Turning thinned timber into firewood: local heat from the forests of Seba",
    summaryJa:
      "手入れが行き届かない里山の間伐材を薪として活用し、地域の暖房や観光施設で使う循環の仕組みを、森林所有者や住民と一緒につくるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to work with forest owners and residents on using thinned timber from neglected woodland as firewood for local heating and visitor facilities.",
    bodyJa: `## 背景
塩尻市は市域の多くを森林が占めており、洗馬地区にも住宅地のすぐそばに里山が広がっています。かつては燃料や資材として日常的に使われていた森も、今では手入れが行き届かず、間伐が遅れたことで、土砂災害のリスクや獣害の増加が心配されています。一方で、薪ストーブを使う家庭やキャンプ場などの薪の需要は増えていますが、その多くは市外から購入されています。地域の森で育った木を地域で使うことは、輸送に伴うCO2の削減にもつながります。森とともにあった暮らしの知恵を、次の世代に伝えていくことも大切だと考えています。

## やりたいこと
里山の手入れで出る間伐材を地域内で薪として使う、小さな循環の仕組みをつくりたいと考えています。
- 森林所有者と住民ボランティアによる間伐・搬出の体制をつくる
- 間伐材を乾燥・加工し、販売や配布を行う「薪ステーション」を試行する
- 薪の販売収益を森の手入れに還元する仕組みを検討する
- 子どもや家族が参加できる森の手入れ体験を企画する

## 求める協力
- 林業や森林ボランティアの経験がある方
- 地域資源を活用した小規模事業の立ち上げ経験がある方
- 資源循環や地域の脱炭素に関心のある企業・団体

作業には安全研修を受けた上で参加していただきます。チェーンソーなどの技術がなくても、運搬や薪割り、企画など関われることはたくさんあります。作業日は主に週末で、季節に合わせて月1〜2回を予定しています。`,
    bodyEn: `## Background
Forest covers much of Shiojiri, and in Seba wooded hills rise right behind the houses. These woods were once used every day for fuel and materials, but today they are neglected, and delayed thinning raises concerns about landslides and more damage from wildlife. Meanwhile, demand for firewood from households with wood stoves and from campsites is rising, yet most of it is bought from outside the city. Using wood grown in local forests within the community also cuts CO2 from transport. We also think it is important to pass on to the next generation the knowledge of a way of life closely tied to the forest.

## What we want to do
We want to create a small local cycle in which timber thinned while caring for the woods is used as firewood within the community.
- Set up a system for thinning and extracting timber with forest owners and resident volunteers
- Trial a firewood station that dries, processes, sells and distributes the wood
- Explore ways to put firewood income back into caring for the forest
- Plan woodland care days that children and families can join

## How you can help
- Experience in forestry or forest volunteering
- Experience starting small businesses based on local resources
- Companies and groups interested in resource circulation and local decarbonisation

Everyone taking part in forest work will attend safety training first. Even without chainsaw skills, there is plenty to do, from carrying and splitting logs to planning. Work days are mainly at weekends, once or twice a month depending on the season.`,
    strategyCode: "B",
    fieldNumbers: [5, 9],
    areaSlug: "seba",
    skillSlugs: ["forestry", "circular-economy", "business-planning"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    hoursPerMonth: 8,
    capacity: 4,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "林業振興課",
    ownerDepartmentEn: "Forestry Promotion Division",
    status: "OPEN",
  },
  {
    key: "household-decarbonisation-dashboard",
    titleJa: "家庭のCO2排出量を見える化する、市民向けダッシュボードをつくりたい",
    titleEn: "A dashboard that shows residents their household CO2 emissions",
    summaryJa:
      "電気やガスの使用量などから家庭のCO2排出量を簡単に把握でき、省エネの工夫につなげられるウェブツールの構想づくりに協力してくださる方を募集する予定です。",
    summaryEn:
      "We plan to look for partners to help shape a web tool that lets residents estimate their household CO2 emissions from energy use and find practical ways to save energy.",
    bodyJa: `## 背景
市のCO2排出量のうち、家庭部門は大きな割合を占めています。冬の寒さが厳しい塩尻では暖房のエネルギー消費が多く、省エネ家電や断熱改修、太陽光発電の導入などによる削減の余地があります。しかし、市民アンケートでは「自分の家がどれくらい排出しているかわからない」「何から始めればよいかわからない」という回答が多く、具体的な行動につながっていません。省エネの取り組みは光熱費の節約にもつながるため、家計の負担軽減という面からも関心が高まっています。市民一人ひとりの行動が、市全体の脱炭素につながることを実感できる仕組みが求められています。

## やりたいこと
市民が自分の家庭の排出量を知り、効果の大きい対策から取り組めるよう、わかりやすいウェブツールをつくりたいと考えています。
- 電気・ガス・灯油の使用量を入力すると、CO2排出量と同規模世帯との比較がわかる
- 住宅や家族構成に応じて、効果の高い省エネ対策と市の補助制度を提案する
- 匿名化した集計データを市の政策づくりに活用する
- 地区ごとの取り組み状況を見える化し、地区同士で楽しく競える仕組みを検討する

## 求める協力
- ウェブアプリケーションの開発経験がある方
- エネルギーデータの分析や、排出量の算定に詳しい方
- データをわかりやすく見せるデザインが得意な方

※本件は現在準備中です。第2期の事業として、来年度の募集開始に向けて内容を調整しています。`,
    bodyEn: `## Background
Households account for a large share of the city's CO2 emissions. Winters in Shiojiri are cold, so a lot of energy goes on heating, and there is room to cut emissions through efficient appliances, insulation and rooftop solar. Yet in our resident survey many said they "don't know how much my household emits" or "don't know where to start", so little action follows. Saving energy also cuts utility bills, so interest is growing from a household budget perspective too. We need a tool that lets each resident see how their actions contribute to decarbonising the whole city.

## What we want to do
We want to build an easy-to-use web tool that lets residents see their household emissions and start with the most effective measures.
- Enter electricity, gas and kerosene use to see CO2 emissions compared with similar households
- Suggest the most effective energy-saving measures and relevant city subsidies for each home and household
- Use anonymised, aggregated data to inform city policy
- Explore showing progress by district, with friendly competition between districts

## How you can help
- Experience developing web applications
- Knowledge of energy data analysis or emissions accounting
- Skills in designing clear data visualisations

Note: this challenge is still being prepared. It is planned for the second period of the programme, and we are refining the details before opening applications next year.`,
    strategyCode: "B",
    fieldNumbers: [5, 6],
    areaSlug: "online",
    skillSlugs: ["web-development", "data-analysis", "ux-design"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["PAID_SIDE_JOB", "RESEARCH"],
    capacity: 2,
    deadlineInDays: 150,
    periodNumber: 2,
    ownerDepartmentJa: "環境政策課",
    ownerDepartmentEn: "Environmental Policy Division",
    status: "DRAFT",
  },
  {
    key: "takabotchi-grassland-conservation",
    titleJa: "高ボッチ高原の草原と眺望を、訪れる人と一緒に守りたい",
    titleEn: "Protecting the grasslands and views of Takabotchi Highland with its visitors",
    summaryJa:
      "松本平を一望できる高ボッチ高原の草原環境を守るため、来訪者のマナー向上や保全活動への参加を促す仕組みを一緒に考えてくださる方を募集します。",
    summaryEn:
      "We are looking for people to help protect the grasslands of Takabotchi Highland, with its sweeping views over the Matsumoto Basin, by encouraging considerate visiting and involvement in conservation.",
    bodyJa: `## 背景
高ボッチ高原は、松本平や諏訪湖、晴れた日には富士山や北アルプスまで見渡せる眺望の名所で、雲海や夜景を目当てに多くの人が訪れます。SNSでの発信をきっかけに来訪者は増えていますが、早朝や夜間の駐車、ごみの放置、草原への立ち入りなどが問題になっています。また、草原は人の手で刈り取りや管理を続けなければ、やがて森林へと変わってしまいます。保全活動の担い手は地元の方々が中心で、高齢化が進んでいます。草原には、この環境にしか見られない草花や昆虫も生息しています。訪れる人が増えることを地域の力に変え、保全と観光を両立させる方法が求められています。

## やりたいこと
高ボッチ高原の美しい草原と眺望を、訪れる人も一緒に守っていく仕組みをつくりたいと考えています。
- 来訪者の時間帯や人数の傾向を調べ、マナー啓発の方法を検討する
- 多言語の案内表示やウェブでの情報発信を整える
- 来訪者や企業が参加できる草刈りや清掃の保全活動日を設ける
- 保全活動への寄付や協力金の仕組みを検討する

## 求める協力
- 自然環境の保全活動や、エコツーリズムの企画経験がある方
- 来訪者の動向調査やデータ分析ができる方
- 社員参加型の環境保全活動を検討している企業

高ボッチ高原は周辺自治体にまたがる地域です。松本平の関係者と連携しながら進めていきます。保全活動日は、草の生育に合わせて夏から秋にかけて開く予定です。`,
    bodyEn: `## Background
Takabotchi Highland is famous for its views over the Matsumoto Basin and Lake Suwa and, on clear days, as far as Mt Fuji and the Northern Alps, and many come for the sea of clouds and the night views. Posts on social media have brought more visitors, but parking in the early morning and at night, litter and people walking onto the grassland have become problems. Grassland also turns into forest unless it is regularly mown and managed, and the conservation work is done mainly by local people who are getting older. The grassland is home to wild flowers and insects found only in this kind of habitat. We need to turn the growing number of visitors into a strength for the area, balancing conservation with tourism.

## What we want to do
We want a system in which visitors help to protect Takabotchi's beautiful grassland and views.
- Study when and how many people visit, and decide how best to encourage good manners
- Improve multilingual signs and online information
- Hold conservation days for mowing and clean-ups that visitors and companies can join
- Explore donations or a visitor contribution to fund conservation

## How you can help
- Experience in nature conservation or planning ecotourism
- Able to study visitor patterns and analyse data
- Companies considering environmental volunteering for their employees

Takabotchi Highland spans more than one municipality, so we will work with partners across the Matsumoto Basin. Conservation days will be held from summer to autumn, timed to the growth of the grass.`,
    strategyCode: "B",
    fieldNumbers: [5, 4],
    areaSlug: "matsumotodaira",
    skillSlugs: ["tourism", "data-analysis", "community-organising"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 4,
    deadlineInDays: 70,
    periodNumber: 1,
    ownerDepartmentJa: "環境政策課",
    ownerDepartmentEn: "Environmental Policy Division",
    status: "OPEN",
  },

  // ── Strategy B · ⑥ 協働参画・連繋・行政運営 ─────────────────────────────
  {
    key: "city-dx-remote-side-job",
    titleJa: "市役所のDXを、リモートの副業人材と一緒に進めたい",
    titleEn: "Driving City Hall's digital transformation with remote side-job professionals",
    summaryJa:
      "紙とハンコに頼る庁内業務の見直しや、ノーコードツールを使った業務改善を、リモートで伴走してくださる副業人材を募集します。週5時間程度からの関わりを想定しています。",
    summaryEn:
      "We are looking for side-job professionals to support us remotely in reviewing paper-based internal processes and improving work with no-code tools, from around five hours a week.",
    bodyJa: `## 背景
市役所では、申請書の受付や庁内の決裁、各種の集計作業など、今も紙や表計算ソフトの手作業に頼る業務が多く残っています。職員数が限られるなか、市民サービスの質を保ちながら業務の負担を減らすには、デジタル技術を活用した業務の見直しが欠かせません。これまでも研修などに取り組んできましたが、「何から手をつければよいかわからない」「ツールを導入しても現場で使われない」といった課題があり、外部の知見を取り入れながら進めたいと考えています。職員の働き方を見直すことは、優秀な人材の確保にもつながると考えています。

## やりたいこと
各課の職員と一緒に業務の流れを整理し、小さな改善を積み重ねながら、職員が自ら改善を続けられる組織をつくりたいと考えています。
- 業務の流れを可視化し、デジタル化の効果が大きい業務を選ぶ
- ノーコードツールやクラウドサービスを使って、試作と改善を繰り返す
- 職員向けの勉強会を開き、庁内に改善の担い手を増やす
- 取り組みの成果を数値で把握し、庁内に共有する

## 求める協力
- 自治体や企業で、業務改善やDXプロジェクトを推進した経験がある方
- ノーコードツールやクラウドサービスの導入・運用に詳しい方
- 職員の伴走支援や研修講師の経験がある方

業務委託契約による報酬をお支払いします。打ち合わせはオンラインが中心で、四半期に1回程度の来庁をお願いする予定です。現在、応募者との面談を進めています。`,
    bodyEn: `## Background
Many tasks at City Hall, from accepting applications to internal approvals and compiling figures, still depend on paper and manual spreadsheet work. With limited staff, reviewing how work is done with digital tools is essential to keep services good while reducing workload. We have run training before, but staff say they "don't know where to start" and that "new tools don't get used on the front line", so we want to bring in outside expertise. We also believe that changing how staff work will help us attract and keep talented people.

## What we want to do
We want to map workflows together with staff in each division, build up small improvements, and create an organisation where staff keep improving things themselves.
- Visualise workflows and choose the tasks where digitalisation will have the most effect
- Prototype and refine solutions using no-code tools and cloud services
- Run study sessions for staff to grow a network of improvers across City Hall
- Measure the results and share them across the organisation

## How you can help
- Experience leading process improvement or digital transformation projects in local government or business
- Knowledge of introducing and running no-code tools or cloud services
- Experience coaching staff or delivering training

You will be paid under a service contract. Most meetings are online, and we ask for a visit to City Hall about once a quarter. We are currently interviewing applicants.`,
    strategyCode: "B",
    fieldNumbers: [6],
    areaSlug: "online",
    skillSlugs: ["web-development", "project-management", "it-training"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["PAID_SIDE_JOB"],
    hoursPerMonth: 30,
    capacity: 3,
    deadlineInDays: 12,
    periodNumber: 1,
    ownerDepartmentJa: "情報政策課",
    ownerDepartmentEn: "Information Policy Division",
    status: "MATCHING",
  },
  {
    key: "online-application-ux-review",
    titleJa: "市のオンライン申請を、誰にでも使いやすくしたい",
    titleEn: "Making the city's online applications easy for everyone to use",
    summaryJa:
      "子育てや税、各種証明などのオンライン申請について、実際の利用者の視点からつまずきやすい点を調査し、改善案をまとめてくださるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to study where users struggle with the city's online applications for childcare, tax and certificates, and to propose improvements.",
    bodyJa: `## 背景
市では「行かなくてもよい市役所」を目指して、子育て関連の申請や各種証明書の請求など、オンラインで手続きできるサービスを増やしてきました。しかし、利用件数は期待したほど伸びておらず、問い合わせ窓口には「途中で入力がわからなくなった」「必要な書類がどれか分からない」といった声が寄せられています。申請フォームは担当課ごとに作成しているため、言葉づかいや画面の構成が統一されていないことも課題です。オンライン申請が使いやすくなれば、窓口の混雑が緩和され、職員が丁寧な相談対応に時間を使えるようにもなります。

## やりたいこと
利用者の実際の行動をもとに、オンライン申請のつまずきを明らかにし、誰にとっても使いやすい形に改善したいと考えています。
- 利用頻度の高い申請を選び、ユーザーテストを行って課題を洗い出す
- 高齢の方や、スマートフォンでの操作に慣れていない方の意見も取り入れる
- 画面の構成や説明文の書き方について、庁内共通のガイドラインをまとめる
- 改善前後の完了率や問い合わせ件数を比較し、効果を確かめる

## 求める協力
- ユーザーリサーチやユーザビリティテストの経験がある方
- 行政サービスやウェブフォームの設計に関わった経験がある方
- アクセシビリティに詳しい方

作業はオンラインと、市内でのユーザーテスト（数回）を組み合わせて行います。謝礼は業務委託としてお支払いします。`,
    bodyEn: `## Background
Aiming for a City Hall that people don't have to visit, the city has put more services online, such as childcare-related applications and requests for certificates. Yet use has not grown as much as expected, and the help desk hears things like "I got stuck halfway through" and "I couldn't tell which documents I needed". Each division builds its own forms, so wording and screen layouts are inconsistent. Better online applications would also ease queues at the counter and free staff to spend more time on careful, face-to-face advice.

## What we want to do
We want to base improvements on how people actually behave, identify where they get stuck, and make online applications easy for everyone.
- Select the most used applications and run user tests to uncover problems
- Include older people and those less used to smartphones in the research
- Write shared guidelines for screen layout and instructions across City Hall
- Compare completion rates and enquiry numbers before and after the changes

## How you can help
- Experience in user research or usability testing
- Experience designing public services or web forms
- Knowledge of accessibility

The work combines online tasks with a few user-testing sessions in Shiojiri. Fees are paid under a service contract.`,
    strategyCode: "B",
    fieldNumbers: [6],
    areaSlug: "citywide",
    skillSlugs: ["ux-design", "research", "web-development"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB"],
    capacity: 2,
    deadlineInDays: 45,
    periodNumber: 1,
    ownerDepartmentJa: "情報政策課",
    ownerDepartmentEn: "Information Policy Division",
    status: "OPEN",
  },
  {
    key: "yoshida-youth-policy-workshops",
    titleJa: "高校生・大学生が市政に意見を届ける「ユース会議」を開きたい",
    titleEn: "A youth council where high school and university students can shape city policy",
    summaryJa:
      "若い世代が市の計画や施策について話し合い、市長や職員に提案できる「ユース会議」を、吉田地区の施設をモデル会場に開く計画でした。",
    summaryEn:
      "We planned a youth council, piloted at a venue in Yoshida, where young people could discuss city plans and policies and make proposals to the mayor and staff.",
    bodyJa: `## 背景
市の計画づくりやパブリックコメントに意見を寄せるのは、多くが中高年の方々で、10代・20代の声はなかなか届いていません。一方で、地域の課題に関心を持ち、探究学習やボランティアに取り組む若者は増えています。「意見を言っても反映されない」と感じている若者が多いことも、アンケートから見えてきました。進学や就職で市外に出る若者が多いなか、在学中から市政に関わる経験は、将来のUターンや地域との関わりにもつながると考えていました。吉田地区には若い世代が集まりやすい施設もあり、モデル会場として地区の協力も得られる見込みでした。

## やりたいこと
若者が気軽に参加でき、出した意見がきちんと市政に反映される仕組みをつくりたいと考えていました。
- 高校生・大学生を公募し、年間を通じて市の課題について話し合う
- 担当課の職員を招き、施策の説明と意見交換を行う
- 年度末に提言をまとめ、市長に直接提案する
- 提言への市の対応を公開し、意見がどう生かされたかを伝える

## 求める協力
- 若者の参画や対話の場づくりの経験があるファシリテーター
- ユース会議や子ども議会などの運営に関わった経験がある方
- 若者向けの広報やSNS発信が得意な方

※本件は、市全体の若者参画の仕組みを見直すこととなったため、いったん募集を終了しました。新しい仕組みが決まりましたら、改めてこのハブでお知らせします。`,
    bodyEn: `## Background
Most people who comment on city plans or public consultations are middle-aged or older, and the voices of teenagers and people in their twenties rarely reach us. Yet more young people are interested in local issues and are involved in inquiry projects and volunteering. Our survey also showed that many young people feel their opinions are not taken into account. With many young people leaving the city for study or work, we believed that taking part in city affairs while still at school could encourage them to return or stay involved later. Yoshida has facilities popular with young people, and the district had offered to host the pilot.

## What we want to do
We wanted a system that young people could join easily and in which their views would genuinely shape city policy.
- Recruit high school and university students to discuss city issues throughout the year
- Invite staff from the responsible divisions to explain policies and exchange views
- Compile recommendations at the end of the year and present them directly to the mayor
- Publish the city's response so participants can see how their views were used

## How you can help
- Facilitators experienced in youth participation and dialogue
- Experience running youth councils, children's assemblies or similar
- Skills in publicity and social media aimed at young people

Note: this call has been closed for now because the city is reviewing how young people take part in policy-making across the board. We will announce the new scheme on this hub once it has been decided.`,
    strategyCode: "B",
    fieldNumbers: [6, 2],
    areaSlug: "yoshida",
    skillSlugs: ["facilitation", "community-organising", "marketing"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "企画政策課",
    ownerDepartmentEn: "Planning and Policy Division",
    status: "ARCHIVED",
  },
  {
    key: "sunaba-challenge-matching",
    titleJa: "スナバに集う起業家と、地域の課題をつなぐ「マッチング会」を続けたい",
    titleEn: "Regular matching sessions linking Sunaba's entrepreneurs with local challenges",
    summaryJa:
      "シビック・イノベーション拠点「スナバ」を会場に、起業家やクリエイターと、地区や市役所が抱える課題をつなぐ定期的なマッチング会を企画・運営するパートナーを募集します。",
    summaryEn:
      "We are looking for partners to plan and run regular matching sessions at Sunaba, the city's civic-innovation base, connecting entrepreneurs and creators with challenges faced by districts and City Hall.",
    bodyJa: `## 背景
JR塩尻駅の近くにあるシビック・イノベーション拠点「スナバ」には、起業を目指す人や、地域で新しい事業に挑戦する人たちが集まっています。一方で、地区の住民組織や市役所の各課は、担い手不足や業務の効率化などさまざまな課題を抱えていますが、外部の人に相談する機会はあまりありません。「課題はあるが誰に頼めばよいかわからない」「地域の役に立ちたいが、どんな課題があるのか見えない」という、双方のすれ違いが生まれています。これまでに開いた交流会からは、いくつかの協働プロジェクトが生まれており、定期的な開催を望む声が高まっています。

## やりたいこと
課題を持つ人と、解決のアイデアや技術を持つ人が出会い、小さなプロジェクトが次々に生まれる場をつくりたいと考えています。
- 2か月に1回、地区や市の担当者が課題を発表し、参加者と話し合うマッチング会を開く
- 会の後も継続して相談できるよう、オンラインのコミュニティを運営する
- 生まれたプロジェクトの進み具合を追いかけ、このハブで発信する
- 年に1回、成果を共有する報告会を開く

## 求める協力
- コミュニティ運営やイベントのファシリテーション経験がある方
- スタートアップ支援や、行政と民間の協働事業に関わった経験がある方
- 記事や写真で取り組みを発信できる方

市外にお住まいの方も、オンラインでの企画や発信で関わっていただけます。会場はスナバを利用し、運営に必要な費用は市が負担します。`,
    bodyEn: `## Background
Sunaba, the civic-innovation base near JR Shiojiri Station, brings together people who want to start businesses or try new ventures in the community. Meanwhile, district residents' organisations and City Hall divisions face many challenges, from a lack of volunteers to inefficient processes, but rarely have the chance to ask outsiders for help. The result is a mismatch: some say "we have problems but don't know who to ask", while others say "we want to help but can't see what the problems are". Several joint projects have already emerged from past networking events, and there are growing calls for regular sessions.

## What we want to do
We want a place where people with challenges meet people with ideas and skills, so that small projects keep emerging.
- Hold a matching session every two months, where districts and city staff present challenges and discuss them with participants
- Run an online community so conversations can continue afterwards
- Follow the progress of projects that emerge and report on them on this hub
- Hold an annual event to share results

## How you can help
- Experience in community management or facilitating events
- Experience in supporting start-ups or in public–private collaboration
- Able to report on activities through articles and photographs

People living outside the city can contribute online through planning and communications. Sessions are held at Sunaba, and the city covers the running costs.`,
    strategyCode: "B",
    fieldNumbers: [6, 4],
    areaSlug: "daimon",
    skillSlugs: ["facilitation", "community-organising", "writing"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "OPEN",
  },
  {
    key: "plain-japanese-public-info",
    titleJa: "市の広報とお知らせを「やさしい日本語」で届けたい",
    titleEn: "Delivering city news and notices in plain Japanese",
    summaryJa:
      "広報紙やウェブサイトのお知らせを、外国人住民や高齢の方、子どもにも伝わる「やさしい日本語」で発信するため、書き換えのルールづくりと職員研修に協力してくださる方を募集します。",
    summaryEn:
      "We are looking for help creating rules for rewriting the city newsletter and website notices in plain Japanese, so that foreign residents, older people and children can understand them, and for training staff.",
    bodyJa: `## 背景
市の広報紙やウェブサイトには、制度や手続きに関する大切な情報が載っていますが、行政特有の言い回しや長い文章が多く、「読んでも意味がわからない」という声が寄せられています。特に、日本語を学びながら暮らす外国人住民や、細かい文字を読むのが難しい高齢の方、子どもたちにとっては、必要な情報にたどり着くこと自体が難しい状況です。災害時の情報発信でも、わかりやすさは命に関わる課題です。全国的にも、行政情報をやさしい日本語で発信する自治体が増えており、市でも本格的に取り組む時期を迎えています。やさしい日本語は、外国人住民だけでなく、すべての市民にとって読みやすい文章につながります。

## やりたいこと
市が発信する情報を、誰にでも伝わる「やさしい日本語」で届けられるようにしたいと考えています。
- よく使われる行政用語の言い換え例をまとめた、市独自のガイドをつくる
- 広報紙の一部の記事を、やさしい日本語版として試行的に発信する
- 職員向けの研修を開き、各課で書き換えができる人を増やす
- 外国人住民や高齢の方に読んでもらい、わかりやすさを確かめる

## 求める協力
- やさしい日本語の研究や研修講師の経験がある方
- 日本語教育や編集・ライティングの経験がある方
- 外国人住民として、実際に読んでわかりやすさを評価してくださる方

作業はオンラインが中心です。研修講師としてご協力いただく場合は、別途謝礼をお支払いします。`,
    bodyEn: `## Background
The city newsletter and website carry important information about services and procedures, but bureaucratic phrasing and long sentences mean many readers say they "read it but don't understand it". Foreign residents learning Japanese, older people who find small print hard to read, and children struggle even to find the information they need. In a disaster, clear information can save lives. More and more municipalities across Japan publish information in plain Japanese, and the time has come for Shiojiri to take this seriously. Plain Japanese benefits not only foreign residents but every reader.

## What we want to do
We want everything the city publishes to be available in plain Japanese that anyone can understand.
- Compile a Shiojiri guide with plain alternatives for common administrative terms
- Trial plain-Japanese versions of selected newsletter articles
- Train staff so that every division has people who can rewrite texts
- Ask foreign residents and older people to read the texts and check they are clear

## How you can help
- Experience researching or teaching plain Japanese
- Experience in Japanese-language teaching, editing or writing
- Foreign residents willing to read texts and tell us how clear they are

Most work is online. If you help as a trainer, a separate fee will be paid.`,
    strategyCode: "B",
    fieldNumbers: [6, 7],
    areaSlug: "citywide",
    skillSlugs: ["writing", "translation", "it-training"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
    capacity: 3,
    deadlineInDays: 60,
    periodNumber: 1,
    ownerDepartmentJa: "秘書広報課",
    ownerDepartmentEn: "Secretariat and Public Relations Division",
    status: "OPEN",
  },

  // ── Strategy C · ⑦ 地域社会・支え合い ───────────────────────────────────
  {
    key: "narakawa-snow-removal-matching",
    titleJa: "楢川地区の雪かきを、ボランティアと高齢世帯をつないで支えたい",
    titleEn: "Supporting snow clearing in Narakawa by matching volunteers with older households",
    summaryJa:
      "冬の雪かきが大きな負担となっている楢川地区の高齢世帯と、市内外のボランティアをつなぐ仕組みを運用しています。今冬も参加者を随時受け付けています。",
    summaryEn:
      "We run a scheme connecting older households in Narakawa, for whom winter snow clearing is a heavy burden, with volunteers from inside and outside the city. Volunteers are welcome throughout this winter.",
    bodyJa: `## 背景
木曽谷の入口に位置する楢川地区は、市内でも冬の冷え込みが厳しく、雪が降ると玄関先や生活道路の雪かきが欠かせません。しかし、地区では高齢化が進み、一人暮らしや高齢者のみの世帯が多くなっています。雪かきの最中の転倒やけがも心配されており、近所同士の助け合いだけでは支えきれなくなっています。住民からは「雪の日は外に出られず、通院や買い物にも困る」という声が上がっていました。また、観光客が訪れる宿場町では、歩道の安全を確保することも欠かせません。

## やりたいこと
雪が降ったときに、支援を必要とする世帯とボランティアを素早くつなぐ仕組みをつくり、冬の暮らしを地域ぐるみで支えたいと考えています。
- 支援を希望する世帯を、区や民生委員と一緒に事前に登録する
- 降雪の予報に合わせて、スマートフォンでボランティアに出動を呼びかける
- 地元の方と市外からのボランティアがペアになって作業する
- 作業の後にお茶を囲み、見守りや交流の機会にする

## 求める協力
- 冬の期間に、降雪時の週末などに現地に来られる方
- 地域のボランティア調整や、連絡の仕組みづくりが得意な方
- 社員ボランティアとして、チームで参加していただける企業

昨冬から試行を始め、今冬は対象世帯を広げて運用しています。スコップなどの道具は市が用意し、ボランティア保険にも市が加入します。登録いただいた方には、降雪の見込みに合わせて事前にご連絡します。`,
    bodyEn: `## Background
Narakawa, at the entrance to the Kiso Valley, has some of the coldest winters in the city, and when it snows, doorways and local roads must be cleared. But the district's population is ageing, and many people live alone or in households made up only of older people. Falls and injuries while shovelling snow are a real concern, and neighbours can no longer manage everything between themselves. Residents told us that on snowy days they cannot get out, even to hospital appointments or the shops. In the historic post towns that attract visitors, keeping pavements safe is also essential.

## What we want to do
We want a system that quickly connects households needing help with volunteers when snow falls, so the whole community supports winter life.
- Register households that want help in advance, together with neighbourhood associations and community welfare volunteers
- Call out volunteers by smartphone when snow is forecast
- Pair local residents with volunteers from outside the city to do the work
- Share a cup of tea afterwards, as a chance to check on residents and get to know each other

## How you can help
- Able to come to Narakawa in winter, for example at weekends after snowfall
- Skills in coordinating volunteers or setting up communication systems
- Companies that can send a team of employee volunteers

We started a trial last winter and have extended it to more households this winter. The city provides shovels and other tools and arranges volunteer insurance. Registered volunteers will be contacted in advance whenever snow is expected.`,
    strategyCode: "C",
    fieldNumbers: [7, 9],
    areaSlug: "narakawa",
    skillSlugs: ["community-organising", "mobile-apps", "elderly-care"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 5,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "IN_PROGRESS",
  },
  {
    key: "takaide-digital-kairanban",
    titleJa: "町内会の回覧板をデジタル化し、役員の負担を減らしたい",
    titleEn: "Going digital with the neighbourhood circular to lighten the load on volunteers",
    summaryJa:
      "高出地区の町内会で、紙の回覧板や行事の連絡をスマートフォンでも受け取れるようにし、役員の負担を減らす取り組みを住民と一緒に進めました。",
    summaryEn:
      "Partners worked with a neighbourhood association in Takaide so that residents could receive the circular and event notices on their smartphones, reducing the load on volunteers.",
    bodyJa: `## 背景
町内会では、市や地区からのお知らせを紙の回覧板で各戸に回していますが、回り終えるまでに時間がかかり、共働き世帯や一人暮らしの方からは「受け取っても読む時間がない」という声もありました。配布物の仕分けや回覧の管理は役員の大きな負担となっており、役員のなり手不足の一因にもなっていました。一方で、高齢の方にとっては紙の回覧板が大切な情報源であり、一律にデジタル化することには不安の声もありました。災害時に素早く情報を届ける手段としても、デジタルでの連絡網の必要性が高まっていました。

## やりたいこと
紙とデジタルを組み合わせ、誰も取り残さずに、役員の負担を減らす方法を見つけたいと考えました。
- 町内会向けの連絡アプリを選び、試験的に導入する
- スマートフォンの使い方講座を開き、高齢の方の利用を支援する
- 紙での配布を希望する世帯には、これまでどおり届ける
- 導入前後で、役員の作業時間や住民の満足度を比べる

## 求める協力
- 地域でのアプリ導入や、スマートフォン講座の経験がある方
- 住民向けの説明会やアンケートの企画が得意な方
- ITに不慣れな方にも丁寧に寄り添える方

導入にあたっては、個人情報の扱いについても住民と一緒にルールを決める予定でした。

※本件は、協力者と町内会の皆さまの取り組みにより、試行と効果検証を完了しました。役員の作業時間は大きく減り、導入の手順は他の町内会向けの手引きとして公開しています。`,
    bodyEn: `## Background
Neighbourhood associations pass notices from the city and district from house to house on a paper circular board. It takes a long time to go round, and dual-income households and people living alone told us they had no time to read it when it arrived. Sorting leaflets and keeping track of the circular was a heavy burden on volunteer officers and one reason why few people wanted the role. For older residents, however, the paper circular is an important source of information, and some were worried about going fully digital. A digital contact network was also increasingly needed as a way to get information out quickly in a disaster.

## What we want to do
We wanted to combine paper and digital to lighten officers' workload without leaving anyone behind.
- Choose a communication app for neighbourhood associations and trial it
- Hold smartphone classes to help older residents use it
- Keep delivering paper copies to households that prefer them
- Compare officers' working time and residents' satisfaction before and after

## How you can help
- Experience introducing apps in a community or teaching smartphone classes
- Skills in planning resident briefings and surveys
- Patience and care in supporting people who are not confident with IT

The plan also included agreeing rules on personal information together with residents.

Note: thanks to our partners and the association, the trial and evaluation have been completed. Officers' working time fell substantially, and the steps taken have been published as a guide for other neighbourhood associations.`,
    strategyCode: "C",
    fieldNumbers: [7, 6],
    areaSlug: "takaide",
    skillSlugs: ["it-training", "community-organising", "mobile-apps"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 2,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "COMPLETED",
  },
  {
    key: "hirooka-multicultural-neighbours",
    titleJa: "広丘で、外国人住民と地域の人が顔見知りになるきっかけをつくりたい",
    titleEn: "Helping foreign residents and their neighbours in Hirooka get to know each other",
    summaryJa:
      "工場などで働く外国人住民が多く暮らす広丘地区で、ごみ出しや防災などの暮らしのルールを一緒に学び、交流できる場を企画してくださる方を募集します。",
    summaryEn:
      "In Hirooka, where many foreign residents working at local factories live, we are looking for people to organise gatherings where residents learn everyday rules such as rubbish sorting and disaster preparedness together and get to know one another.",
    bodyJa: `## 背景
広丘地区には工場や事業所が多く、技能実習生や家族で暮らす外国人住民も増えています。しかし、言葉や習慣の違いから地域との接点が少なく、町内会への加入やごみの分別、防災訓練への参加などで、すれ違いが生まれることがあります。地域の方からは「話しかけたいけれど、どう接したらよいかわからない」、外国人住民からは「地域のルールを知りたいが、教えてくれる人がいない」という声が聞かれます。災害時には、言葉の壁から必要な情報が届かず、支援から取り残されてしまうおそれもあります。ふだんからの顔の見える関係が、いざというときの助け合いの土台になると考えています。

## やりたいこと
お互いの顔が見える関係をつくり、困ったときに助け合える地域にしたいと考えています。
- ごみの分別や防災などをテーマに、一緒に体験しながら学ぶ交流会を開く
- 母国の料理や文化を紹介し合う、気軽な集まりを企画する
- 外国人住民の中から、地域とのつなぎ役となる人を見つけて応援する
- 企業と連携し、従業員が地域行事に参加しやすい環境をつくる

## 求める協力
- 多文化共生や国際交流の活動経験がある方
- ポルトガル語、ベトナム語、インドネシア語、中国語などで通訳・翻訳ができる方
- 外国人従業員を雇用している企業として、取り組みに参加していただける方

交流会は週末に地区の公民館で開く予定です。通訳ボランティアには交通費をお支払いします。`,
    bodyEn: `## Background
Hirooka has many factories and businesses, and the number of foreign residents, including technical interns and families, is growing. But differences in language and custom mean they have little contact with the community, and misunderstandings sometimes arise over joining the neighbourhood association, sorting rubbish or taking part in disaster drills. Local residents say they "want to say hello but don't know how to approach them", while foreign residents say they "want to learn the local rules but have nobody to ask". In a disaster, language barriers could mean essential information does not reach foreign residents and they are left without help. We believe everyday relationships between neighbours are the foundation for helping one another in an emergency.

## What we want to do
We want people to know each other by sight and name, so that neighbours can help one another when needed.
- Hold gatherings where people learn together through hands-on activities on themes such as rubbish sorting and disaster preparedness
- Organise relaxed get-togethers where people share food and culture from their home countries
- Find and support foreign residents who can act as links with the community
- Work with employers to make it easier for their staff to join local events

## How you can help
- Experience in multicultural community work or international exchange
- Able to interpret or translate Portuguese, Vietnamese, Indonesian, Chinese or other languages
- Companies employing foreign staff that would like to take part

Gatherings are planned for weekends at the district community centre. Volunteer interpreters receive travel expenses.`,
    strategyCode: "C",
    fieldNumbers: [7, 9],
    areaSlug: "hirooka",
    skillSlugs: ["translation", "community-organising", "disaster-preparedness"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 4,
    deadlineInDays: 80,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "OPEN",
  },
  {
    key: "shiojiri-higashi-community-cafe",
    titleJa: "塩尻東地区に、高齢の方が気軽に立ち寄れる「地域カフェ」を開きたい",
    titleEn: "A community café in Shiojiri-Higashi where older people can drop in",
    summaryJa:
      "空き家や公民館を活用して、高齢の方が気軽に集い、おしゃべりや健康づくりを楽しめる地域カフェを、住民と一緒に立ち上げるパートナーを募集しています。",
    summaryEn:
      "We are looking for partners to set up, together with residents, a community café in a vacant house or community centre where older people can drop in to chat and keep healthy.",
    bodyJa: `## 背景
塩尻東地区では、一人暮らしや高齢者のみの世帯が増えており、家に閉じこもりがちになる方も少なくありません。人と話す機会が減ることは、心身の衰えや認知症のリスクを高めるとも言われています。地区には「気軽に集まれる場所があれば」という声が多くありますが、運営の担い手や場所の確保が課題となっています。地区内には使われていない空き家もあり、所有者からは「地域のために活用してもらえるなら」という申し出もいただいています。身近な集いの場があれば、ちょっとした困りごとに気づき、早めに支援につなげることもできます。

## やりたいこと
高齢の方が歩いて通える距離に、誰でも気軽に立ち寄れる地域カフェを開き、住民同士のつながりと見守りの場にしたいと考えています。
- 空き家や公民館を活用し、週1回程度のカフェを開く
- 体操や脳トレ、季節の手仕事など、楽しみながら健康づくりにつながる企画を用意する
- 子育て世代や子どもも参加できる多世代の交流イベントを開く
- 運営を担う住民ボランティアを育て、無理なく続く仕組みをつくる
- 保健師や地域包括支援センターと連携し、必要な支援につなげる

## 求める協力
- 地域カフェやサロンの立ち上げ・運営経験がある方
- 介護予防や健康づくりのプログラムを提供できる方
- 空き家の活用や、店舗づくりについて助言できる方

現在、応募いただいた方と地区の皆さんとの顔合わせを進めています。`,
    bodyEn: `## Background
In Shiojiri-Higashi, more older people live alone or only with other older people, and quite a few rarely leave the house. Fewer chances to talk with others are said to increase the risk of physical and mental decline and dementia. Many residents say they would like a place to drop in, but finding people to run it and a suitable venue are obstacles. The district has unused houses, and some owners have offered them for community use. A nearby gathering place would also make it easier to notice small worries early and connect people with support.

## What we want to do
We want to open a community café within walking distance for older residents, where anyone can drop in, strengthening ties between neighbours and helping them look out for one another.
- Open a café about once a week in a vacant house or community centre
- Offer enjoyable activities that support health, such as exercises, brain-training games and seasonal crafts
- Hold intergenerational events that parents and children can also join
- Train resident volunteers to run the café so that it can continue without strain
- Work with public health nurses and the community support centre to connect people with services they need

## How you can help
- Experience setting up or running community cafés or salons
- Able to offer fall-prevention or health promotion programmes
- Able to advise on reusing vacant houses or fitting out a small café

We are currently arranging introductions between applicants and district residents.`,
    strategyCode: "C",
    fieldNumbers: [7, 8],
    areaSlug: "shiojiri-higashi",
    skillSlugs: ["community-organising", "elderly-care", "architecture"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 3,
    deadlineInDays: 15,
    periodNumber: 1,
    ownerDepartmentJa: "長寿課",
    ownerDepartmentEn: "Senior Citizens Division",
    status: "MATCHING",
  },
  {
    key: "kitaono-future-plan",
    titleJa: "北小野地区の10年後を、若い世代や地区外の人と一緒に描きたい",
    titleEn: "Imagining Kitaono ten years from now, with younger people and those from outside",
    summaryJa:
      "人口減少が進む北小野地区で、住民と若い世代、地区に関わりたい市外の人が一緒に、地区の将来像と具体的な取り組みを考える「地区の未来会議」を運営するパートナーを募集します。",
    summaryEn:
      'In Kitaono, where the population is falling, we are looking for partners to run a series of "district future meetings" in which residents, younger people and outsiders who care about the area shape a shared vision and concrete actions.',
    bodyJa: `## 背景
北小野地区は、市の中心部から離れた静かな地域で、豊かな自然と歴史ある神社、農業を中心とした暮らしが受け継がれてきました。しかし、人口減少と高齢化が進み、祭りや草刈り、消防団などの地域活動の担い手が年々減っています。地区の役員の方々からは「今のやり方を続けるだけでは、10年後の地区が想像できない」という危機感が聞かれます。一方で、地区の自然や暮らしに魅力を感じ、関わりたいと考える市外の人も少しずつ増えています。地区の小学校の児童数も減っており、子育て世代が暮らし続けられる環境をどうつくるかも大きなテーマです。

## やりたいこと
住民と、若い世代や地区外の関係者が一緒に地区の将来を話し合い、実際に動き出す取り組みをつくりたいと考えています。
- 住民アンケートと、地区の人口や土地利用のデータをもとに現状を共有する
- 年4回程度、誰でも参加できる「地区の未来会議」を開く
- 会議から生まれたアイデアを、小さく試せるプロジェクトにする
- 話し合いの結果を、地区の将来計画としてまとめる

## 求める協力
- 地域づくりのワークショップや計画づくりの経験があるファシリテーター
- 地域データの整理や地図での可視化ができる方
- 移住・二地域居住や、地域おこし活動に関心のある方

会議は地区の公民館で開きますが、オンラインでの参加も可能です。初回の会議では、地区の皆さんと一緒にまち歩きも予定しています。`,
    bodyEn: `## Background
Kitaono is a quiet district away from the city centre, where a life built around farming, rich nature and historic shrines has been handed down through the generations. But the population is falling and ageing, and each year fewer people are available for festivals, grass-cutting, the volunteer fire brigade and other community work. District officers say that "if we just carry on as we are, we can't picture the district in ten years' time". At the same time, a growing number of people from outside are drawn to the area's nature and way of life and want to be involved. The number of pupils at the district's primary school is also falling, so how to create an environment where families with children can stay is another big question.

## What we want to do
We want residents, younger people and outsiders with a connection to the area to discuss the district's future together and start real initiatives.
- Share the current situation using a resident survey and data on population and land use
- Hold open "district future meetings" about four times a year
- Turn ideas from the meetings into small projects that can be tried out
- Compile the results into a future plan for the district

## How you can help
- Facilitators with experience in community workshops and planning
- Able to organise local data and visualise it on maps
- People interested in relocating, living in two places or community revitalisation

Meetings are held at the district community centre, and you can also join online. The first meeting will include a walk around the district with residents.`,
    strategyCode: "C",
    fieldNumbers: [7, 9],
    areaSlug: "kitaono",
    skillSlugs: ["facilitation", "gis", "urban-planning"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "RESEARCH"],
    capacity: 4,
    deadlineInDays: 110,
    periodNumber: 1,
    ownerDepartmentJa: "地域共創課",
    ownerDepartmentEn: "Community Co-creation Division",
    status: "OPEN",
  },

  // ── Strategy C · ⑧ 医療・介護・保健・福祉 ───────────────────────────────
  {
    key: "daimon-dementia-friendly-town",
    titleJa: "大門の商店街から、認知症になっても安心して暮らせるまちをつくりたい",
    titleEn: "Building a dementia-friendly town, starting with Daimon's shopping streets",
    summaryJa:
      "認知症の方やその家族が安心して買い物や外出を楽しめるよう、大門地区の商店や事業者と一緒に、声かけの工夫や見守りの仕組みづくりに取り組んでいます。",
    summaryEn:
      "We are working with shops and businesses in Daimon on ways of speaking to and looking out for people with dementia, so that they and their families can enjoy shopping and going out with confidence.",
    bodyJa: `## 背景
高齢化が進むなか、市内でも認知症の方は増えており、誰にとっても身近なテーマになっています。認知症の方やその家族からは「買い物で支払いに手間取ると、周りの目が気になって外出しにくくなる」「道に迷ったときに声をかけてもらえると助かる」という声が寄せられています。大門地区はJR塩尻駅や商店街、金融機関、えんぱーくなどが集まり、高齢の方も日常的に訪れる場所です。お店の側からも「どう対応すればよいか知りたい」という相談が増えていました。認知症になっても住み慣れた地域で暮らし続けるためには、医療や介護だけでなく、日常の買い物や外出を支える地域の理解が欠かせません。

## やりたいこと
商店や事業者が認知症について学び、さりげなく手助けできる「認知症にやさしいまち」のモデルを大門地区でつくりたいと考えています。
- 商店や金融機関、交通事業者の従業員向けに、短時間の認知症サポーター養成講座を開く
- 協力店舗がわかるステッカーやマップをデザインし、商店街で共有する
- 認知症の方や家族の声をもとに、声かけや接客の工夫をまとめた冊子をつくる
- 行方不明時の早期発見に向けて、地域の見守りネットワークと連携する

## 求める協力
- 認知症ケアや地域包括ケアに関わった経験がある方
- ステッカーやマップ、冊子のデザインができる方
- 商店街や事業者との調整、講座の運営が得意な方

現在、協力者と一緒に商店向けの講座を順次開催しています。参加を希望する店舗や事業者の方も引き続き募集しています。`,
    bodyEn: `## Background
As the population ages, more people in Shiojiri are living with dementia, and it has become an issue close to everyone. People with dementia and their families tell us that "if I fumble when paying at a shop, I feel people staring and don't want to go out" and that "it helps when someone speaks to me if I get lost". Daimon, with JR Shiojiri Station, shopping streets, banks and Enpark, is a place older people visit every day. Shops have also been asking how they should respond. For people to keep living in their familiar community after a diagnosis, they need understanding from the whole community in everyday shopping and outings, not just medical and care services.

## What we want to do
We want to build a model "dementia-friendly town" in Daimon, where shops and businesses learn about dementia and can offer discreet help.
- Run short dementia supporter courses for staff at shops, banks and transport operators
- Design stickers and a map showing participating shops, to be shared along the shopping streets
- Produce a booklet on ways of speaking to and serving customers, based on the views of people with dementia and their families
- Link with the community watch network to help find people quickly if they go missing

## How you can help
- Experience in dementia care or community-based integrated care
- Able to design stickers, maps and booklets
- Skills in working with shopkeepers and businesses and running courses

We are now running courses for shops with our partners, one area at a time. Shops and businesses wishing to take part are still very welcome to join.`,
    strategyCode: "C",
    fieldNumbers: [8, 7],
    areaSlug: "daimon",
    skillSlugs: ["elderly-care", "graphic-design", "facilitation"],
    engagementModes: ["ON_SITE", "HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 3,
    deadlineInDays: null,
    periodNumber: 1,
    ownerDepartmentJa: "長寿課",
    ownerDepartmentEn: "Senior Citizens Division",
    status: "IN_PROGRESS",
  },
  {
    key: "health-checkup-nudges",
    titleJa: "特定健診の受診率を、ナッジとデータの力で高めたい",
    titleEn: "Raising health check-up uptake with nudges and data",
    summaryJa:
      "40〜74歳の方を対象とした特定健診の受診率を高めるため、受診勧奨通知の工夫やデータ分析に協力してくださるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to help improve reminder letters and analyse data to raise uptake of the specific health check-up for residents aged 40 to 74.",
    bodyJa: `## 背景
生活習慣病の早期発見や重症化予防のためには、毎年の健診受診が欠かせません。市では国民健康保険に加入する40〜74歳の方を対象に特定健診を実施していますが、受診率は伸び悩んでおり、特に働き盛りの40〜50代の受診が少ない状況です。これまでも受診勧奨のはがきを送ってきましたが、どのような伝え方が効果的なのか、十分に検証できていません。健診を受けない理由としては「忙しい」「まだ健康だから必要ない」「申し込みが面倒」などが挙げられており、伝え方次第で行動が変わる余地は大きいと考えています。生活習慣病の予防は、将来の医療費の抑制にもつながります。

## やりたいこと
行動科学の知見（ナッジ）とデータ分析を組み合わせ、より多くの方が「受けてみよう」と思える働きかけを実現したいと考えています。
- 過去の受診データを分析し、受診しない方の傾向を把握する
- 対象者の特性に合わせて、複数のパターンの勧奨通知を作成する
- 通知のパターンごとに受診率を比較し、効果を検証する
- 検証結果をもとに、次年度以降の勧奨方法をまとめる

## 求める協力
- 行動経済学やナッジを活用した施策に関わった経験がある方
- 統計解析やデータ分析ができる方
- 保健・医療分野での啓発や広報の経験がある方

個人情報を扱うため、データ分析は匿名化したデータを用いて、市の定める安全管理のもとで行います。大学や研究機関との共同研究としてのご提案も歓迎します。`,
    bodyEn: `## Background
Annual health check-ups are vital for catching lifestyle-related diseases early and preventing them from becoming serious. The city offers the specific health check-up to residents aged 40 to 74 covered by National Health Insurance, but uptake has stalled, especially among busy people in their forties and fifties. We have been sending reminder postcards, but have not properly tested which messages work best. Reasons given for not attending include "too busy", "I'm healthy so I don't need it" and "booking is a hassle", so there is plenty of room for the right message to change behaviour. Preventing lifestyle-related diseases also helps contain future medical costs.

## What we want to do
We want to combine insights from behavioural science (nudges) with data analysis so that more people decide to get checked.
- Analyse past check-up data to understand who tends not to attend
- Create several versions of reminder letters tailored to different groups
- Compare uptake across versions to measure their effect
- Use the findings to set out how reminders should be sent in future years

## How you can help
- Experience with policies based on behavioural economics or nudges
- Skills in statistics or data analysis
- Experience in health awareness campaigns or communications

Because personal information is involved, analysis will use anonymised data under the city's security rules. Proposals for joint research with universities or research institutions are also welcome.`,
    strategyCode: "C",
    fieldNumbers: [8, 6],
    areaSlug: "citywide",
    skillSlugs: ["data-analysis", "healthcare", "research", "marketing"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["RESEARCH", "PAID_SIDE_JOB"],
    capacity: 2,
    deadlineInDays: 55,
    periodNumber: 1,
    ownerDepartmentJa: "健康づくり課",
    ownerDepartmentEn: "Health Promotion Division",
    status: "OPEN",
  },
  {
    key: "care-work-promotion",
    titleJa: "介護の仕事の魅力を、松本平の若い世代に伝えたい",
    titleEn: "Showing young people in the Matsumoto Basin what care work is really like",
    summaryJa:
      "深刻化する介護人材の不足に向けて、松本平の介護事業所と一緒に、現場で働く人の姿ややりがいを映像や記事で発信してくださる方を募集します。",
    summaryEn:
      "Facing a worsening shortage of care workers, we are looking for people to work with care providers across the Matsumoto Basin to share, through video and articles, what care workers do and why they find it rewarding.",
    bodyJa: `## 背景
高齢化が進むなか、介護サービスへの需要は今後も高まる一方で、介護の仕事に就く若い世代は減り続けています。松本平の多くの介護事業所では人材の確保が大きな課題となっており、募集をしても応募がない状況も珍しくありません。高校生や大学生へのアンケートでは「大変そう」「給料が低そう」というイメージが強く、実際の仕事の内容や、介護技術の専門性、ICTや介護ロボットの活用が進む現場の変化は、あまり知られていません。介護の担い手を確保することは、市民が安心して年を重ねられるまちを維持するための大切な基盤です。

## やりたいこと
介護の現場で働く人の姿を、ありのままに、かつ魅力的に伝え、若い世代が介護の仕事を選択肢の一つとして考えるきっかけをつくりたいと考えています。
- 松本平の複数の介護事業所を取材し、働く人のインタビュー映像と記事を制作する
- 高校や専門学校での上映会と、現場の職員との座談会を開く
- 職場見学や短時間のアルバイト体験につなげる仕組みを事業所と一緒に整える
- SNSでの発信を通じて、介護の仕事への関心を広げる

## 求める協力
- インタビュー映像の撮影・編集や、記事の執筆ができる方
- 採用広報や若者向けのキャンペーンを手がけた経験がある方
- 介護・福祉の現場で働いた経験がある方

取材にあたっては、利用者の方のプライバシーに十分配慮します。近隣市町村や関係団体と連携して進める予定です。`,
    bodyEn: `## Background
As the population ages, demand for care services will only grow, yet fewer and fewer young people are going into care work. Recruiting staff is a major problem for many care providers in the Matsumoto Basin, and it is not unusual for vacancies to attract no applicants at all. Surveys of high school and university students show a strong image of care work as "hard" and "badly paid", while the real content of the job, the expertise involved and changes such as the growing use of ICT and care robots are little known. Securing enough care workers is a vital foundation for a town where people can grow old with peace of mind.

## What we want to do
We want to portray care workers honestly and attractively, so that young people consider care work as one of their options.
- Visit several care providers across the Matsumoto Basin to produce interview videos and articles about their staff
- Hold screenings and discussions with care staff at high schools and vocational colleges
- Work with providers to link this to workplace visits and short part-time work experience
- Spread interest in care work through social media

## How you can help
- Able to film and edit interview videos or write articles
- Experience in recruitment marketing or campaigns aimed at young people
- Experience working in care or welfare

We will take great care to protect the privacy of service users during filming. The project will be run with neighbouring municipalities and related organisations.`,
    strategyCode: "C",
    fieldNumbers: [8, 4],
    areaSlug: "matsumotodaira",
    skillSlugs: ["photo-video", "writing", "marketing", "elderly-care"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB", "COMPANY_PARTNERSHIP"],
    capacity: 2,
    deadlineInDays: 65,
    periodNumber: 1,
    ownerDepartmentJa: "長寿課",
    ownerDepartmentEn: "Senior Citizens Division",
    status: "OPEN",
  },
  {
    key: "yoshida-welfare-workshop-products",
    titleJa: "福祉事業所の手仕事を、選ばれる商品に育てたい",
    titleEn: "Helping sheltered workshops turn their handmade goods into products people choose",
    summaryJa:
      "障がいのある方が働く吉田地区の福祉事業所と一緒に、焼き菓子や木工品などの商品デザインと販路づくりに取り組み、工賃の向上を目指すパートナーを募集します。",
    summaryEn:
      "We are looking for partners to work with a welfare workshop in Yoshida, where people with disabilities work, on product design and sales channels for baked goods and woodwork, with the aim of raising their wages.",
    bodyJa: `## 背景
市内の福祉事業所では、障がいのある方が焼き菓子や木工品、農産物の加工品などをつくり、地域のイベントや施設の窓口で販売しています。丁寧な手仕事による品質の高い商品も多くありますが、パッケージや価格設定、売り場づくりに専門的な知見を取り入れる機会が少なく、売上が伸び悩んでいます。その結果、利用者の方が受け取る工賃も、全国的に見て低い水準にとどまっています。事業所の職員は日々の支援で忙しく、商品開発や営業に十分な時間を割けないことも課題です。一方で、地域のお店からは「地元の福祉事業所の商品を扱ってみたい」という声も寄せられています。

## やりたいこと
商品の魅力をきちんと伝えるデザインと販路を整え、利用者の方の工賃の向上と、地域とのつながりを広げたいと考えています。
- 事業所の商品を見直し、看板商品となる品目を一緒に選ぶ
- パッケージやロゴを刷新し、贈答用にも選ばれる商品にする
- 地元の商店やカフェ、ワイナリー、ふるさと納税などへの販路を開拓する
- 利用者の方が販売や接客に関われる機会を増やす

## 求める協力
- 商品企画やパッケージ、ブランドづくりの経験がある方
- 小売や卸、EC販売など、販路開拓の経験がある方
- 福祉事業所の商品と連携した取り組みに関心のある企業

事業所の利用者や職員の皆さんの思いを大切にしながら、一緒につくり上げていただける方を歓迎します。`,
    bodyEn: `## Background
At welfare workshops in Shiojiri, people with disabilities make baked goods, woodwork and processed farm produce, which are sold at local events and at the counters of public facilities. Many of these carefully handmade products are of high quality, but the workshops rarely have access to expertise on packaging, pricing or display, so sales have stalled. As a result, the wages paid to the people who work there remain low by national standards. Workshop staff are busy with daily support and cannot spend enough time on product development or sales. At the same time, some local shops have told us they would like to stock products from local welfare workshops.

## What we want to do
We want to develop designs and sales channels that properly convey the products' appeal, raising wages and widening the workshops' links with the community.
- Review the workshop's range and choose signature products together
- Refresh packaging and logos so that products are chosen as gifts
- Open new sales channels through local shops, cafés, wineries and furusato nozei
- Give workers more opportunities to take part in selling and serving customers

## How you can help
- Experience in product development, packaging or branding
- Experience opening sales channels in retail, wholesale or online
- Companies interested in working with products from welfare workshops

We welcome people who will respect the wishes of the workers and staff and build the products together with them.`,
    strategyCode: "C",
    fieldNumbers: [8, 4],
    areaSlug: "yoshida",
    skillSlugs: ["branding", "graphic-design", "welfare", "marketing"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 2,
    deadlineInDays: 85,
    periodNumber: 1,
    ownerDepartmentJa: "福祉課",
    ownerDepartmentEn: "Welfare Division",
    status: "OPEN",
  },
  {
    key: "seba-frailty-prevention-online",
    titleJa: "洗馬の公民館と自宅をつなぐ、オンライン体操教室を始めたい",
    titleEn: "An online exercise class linking Seba's community centre with people at home",
    summaryJa:
      "高齢の方のフレイル（心身の衰え）を予防するため、公民館での体操教室を自宅からも参加できるようにし、タブレットの使い方から支えてくださる方を募集します。",
    summaryEn:
      "To help older people prevent frailty, we are looking for people to make the community centre exercise class available from home, including helping participants learn to use tablets.",
    bodyJa: `## 背景
洗馬地区では、公民館で高齢の方向けの体操教室を開いており、参加者同士の交流の場としても親しまれています。しかし、冬の寒さや足腰の衰え、移動手段がないことなどから、通えなくなる方が少なくありません。教室に来なくなると外出の機会が減り、フレイルが進んでしまうことが心配されています。保健師からも「通えなくなった方とのつながりを保つ方法がほしい」という声が上がっていました。地区の高齢の方の中には、家族とのビデオ通話をきっかけにタブレットを使い始めた方もおり、オンラインへの関心は少しずつ高まっています。

## やりたいこと
公民館の教室をオンラインで自宅にも届け、通えない方も仲間と一緒に体を動かし、つながり続けられるようにしたいと考えています。
- 公民館の体操教室を、タブレットで自宅から参加できるように配信する
- タブレットの貸し出しと、使い方を教える訪問サポートを行う
- 体操の前後に、画面越しにおしゃべりできる時間を設ける
- 参加者の体力測定を定期的に行い、効果を確かめる

## 求める協力
- 高齢の方へのスマートフォン・タブレット講座の経験がある方
- 介護予防の運動指導ができる方（理学療法士、健康運動指導士など）
- オンライン配信の機材設定や運用ができる方

まずは10名程度の参加者で、半年間の試行を予定しています。訪問サポートには事前の研修を受けていただきます。`,
    bodyEn: `## Background
In Seba, an exercise class for older people at the community centre is popular both for keeping fit and as a place to socialise. But winter cold, weaker legs and lack of transport mean quite a few people stop coming. Once they stop, they go out less, and there is concern that frailty then progresses. Public health nurses have also asked for a way to stay in touch with those who can no longer attend. Some older residents have started using tablets to video-call their families, and interest in going online is slowly growing.

## What we want to do
We want to bring the class into people's homes online, so that those who cannot attend can still exercise with friends and stay connected.
- Stream the community centre exercise class so it can be joined from home by tablet
- Lend tablets and provide home visits to teach people how to use them
- Set aside time before and after the exercises to chat on screen
- Carry out regular fitness checks to see whether the class is working

## How you can help
- Experience teaching smartphone or tablet classes for older people
- Qualified to lead fall-prevention exercise, for example as a physiotherapist or exercise instructor
- Able to set up and run online streaming equipment

We plan a six-month trial with about ten participants to begin with. Volunteers making home visits will receive training beforehand.`,
    strategyCode: "C",
    fieldNumbers: [8, 3],
    areaSlug: "seba",
    skillSlugs: ["healthcare", "it-training", "sports"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 3,
    deadlineInDays: 40,
    periodNumber: 1,
    ownerDepartmentJa: "健康づくり課",
    ownerDepartmentEn: "Health Promotion Division",
    status: "OPEN",
  },
  {
    key: "young-carer-support",
    titleJa: "ヤングケアラーに気づき、支える仕組みをつくりたい",
    titleEn: "Noticing and supporting young carers",
    summaryJa:
      "家族の介護や世話を日常的に担う子ども・若者（ヤングケアラー）を早期に把握し、相談や支援につなげる仕組みの構想について、協力してくださる方を募集する予定です。",
    summaryEn:
      "We plan to look for partners to help design a system for identifying children and young people who regularly care for family members (young carers) early and connecting them with advice and support.",
    bodyJa: `## 背景
家族の介護や、きょうだいの世話、家事などを日常的に担っている子ども・若者は「ヤングケアラー」と呼ばれています。本人や家族が自覚していないことも多く、学業や友人関係、進路に影響が出ていても、周囲が気づきにくいのが現状です。市の調査でも、家族の世話をしている子どもが一定数いることがわかってきましたが、学校、福祉、医療などの関係機関が連携して支える体制は、まだ十分ではありません。支援につなぐためには、子どもや若者自身が「相談してよい」と思える環境をつくることが何より大切です。

## やりたいこと
ヤングケアラーに早く気づき、本人の気持ちに寄り添いながら、必要な支援につなげる仕組みをつくりたいと考えています。
- 先生や福祉・医療の専門職向けに、気づきのポイントをまとめた研修資料をつくる
- 子ども・若者が匿名で相談できる、オンラインの相談窓口のあり方を検討する
- 同じ立場の若者同士が話せる、ピアサポートの場を企画する
- 関係機関の情報共有と、支援につなぐ流れを整理する

## 求める協力
- ヤングケアラー支援や子ども・若者の相談支援に関わった経験がある方
- 福祉や教育分野の研究者の方
- 当事者や元当事者として、経験をもとに意見をくださる方

個人が特定されないよう、情報の扱いには細心の注意を払います。

※本件は現在準備中です。第2期の事業として、関係機関と内容を調整したうえで募集を開始する予定です。`,
    bodyEn: `## Background
Children and young people who regularly care for family members, look after siblings or run the household are known as young carers. They and their families often do not recognise the situation themselves, so even when it affects schoolwork, friendships or future plans, those around them rarely notice. A city survey has shown that a number of children are caring for family members, but schools, welfare and health services do not yet work together well enough to support them. Above all, to connect them with support, children and young people need to feel that it is all right to ask for help.

## What we want to do
We want a system that notices young carers early and connects them with the support they need, while respecting their feelings.
- Create training materials for teachers and welfare and health professionals on the signs to look for
- Explore how an online service where children and young people can seek advice anonymously should work
- Plan peer-support sessions where young carers can talk with others in the same situation
- Map how agencies share information and refer young people to support

## How you can help
- Experience in supporting young carers or in advice services for children and young people
- Researchers in welfare or education
- Current or former young carers willing to share their views based on experience

Great care will be taken to ensure that no individual can be identified.

Note: this challenge is still being prepared. It is planned for the second period of the programme, and applications will open once the details have been agreed with the agencies involved.`,
    strategyCode: "C",
    fieldNumbers: [8, 1],
    areaSlug: "online",
    skillSlugs: ["welfare", "research", "education"],
    engagementModes: ["REMOTE"],
    engagementTypes: ["RESEARCH", "VOLUNTEER"],
    capacity: 2,
    deadlineInDays: 120,
    periodNumber: 2,
    ownerDepartmentJa: "福祉課",
    ownerDepartmentEn: "Welfare Division",
    status: "DRAFT",
  },

  // ── Strategy C · ⑨ まちづくり・インフラ・防災 ───────────────────────────
  {
    key: "narai-juku-vacant-house-reuse",
    titleJa: "奈良井宿の空き家を、町並みを守りながら活かしたい",
    titleEn: "Bringing Narai-juku's vacant houses back to life while protecting the townscape",
    summaryJa:
      "重要伝統的建造物群保存地区の奈良井宿で増えている空き家について、所有者と活用希望者をつなぎ、町並みに調和した活用を進めるパートナーを募集します。",
    summaryEn:
      "We are looking for partners to connect owners of vacant houses in Narai-juku, an Important Preservation District for Groups of Traditional Buildings, with people who want to use them, in ways that fit the historic townscape.",
    bodyJa: `## 背景
楢川地区の奈良井宿は、中山道の宿場町の面影を色濃く残す町並みで、国の重要伝統的建造物群保存地区に選定されています。国内外から多くの観光客が訪れる一方で、住民の高齢化と人口減少が進み、空き家が少しずつ増えています。伝統的な建物は維持や修理に費用と手間がかかり、所有者が市外に住んでいる場合も多いため、活用が進まないまま傷んでしまうことが心配されています。保存地区のルールに沿った改修が必要なことも、活用をためらう理由の一つになっています。一方で、宿場町での暮らしや開業に関心を持つ人からの問い合わせは増えています。

## やりたいこと
空き家の所有者と、店舗や住まい、工房などとして活用したい人をつなぎ、町並みを守りながら暮らしと賑わいを取り戻したいと考えています。
- 空き家の状態や所有者の意向を調査し、活用できる物件の情報を整理する
- 保存地区のルールに沿った改修の進め方や費用の目安をまとめる
- 活用希望者向けの見学会や相談会を開く
- 住民と新しく関わる人がともに暮らせるよう、地域との橋渡しを行う

## 求める協力
- 伝統的建造物の改修や、歴史的な町並みの保存に関わった経験のある建築士の方
- 空き家活用や不動産、事業計画づくりに詳しい方
- 宿泊施設や店舗として空き家を活用する事業を検討している企業

地域の皆さんの暮らしと、町並みの価値を大切にしながら進めていきます。長期的に関わっていただける方を歓迎します。`,
    bodyEn: `## Background
Narai-juku in Narakawa retains the character of a post town on the Nakasendo road and is designated an Important Preservation District for Groups of Traditional Buildings. It attracts many visitors from Japan and abroad, but residents are ageing, the population is falling, and the number of vacant houses is slowly rising. Traditional buildings are costly and labour-intensive to maintain and repair, and many owners live outside the city, so there is concern that houses will deteriorate before they can be put to use. The need to renovate in line with the preservation district's rules also makes people hesitate. At the same time, more and more people are asking about living or opening a business in the post town.

## What we want to do
We want to connect owners of vacant houses with people who want to use them as shops, homes or workshops, restoring everyday life and activity while protecting the townscape.
- Survey the condition of vacant houses and owners' wishes, and compile information on properties available for use
- Set out how renovations that follow the preservation district's rules should proceed, with rough costs
- Hold viewings and advice sessions for prospective users
- Act as a bridge with the community so that residents and newcomers can live well together

## How you can help
- Architects experienced in renovating traditional buildings or conserving historic townscapes
- Knowledge of vacant-house reuse, property or business planning
- Companies considering using vacant houses as accommodation or shops

We will move forward with respect for residents' lives and the value of the townscape. We welcome people who can stay involved over the long term.`,
    strategyCode: "C",
    fieldNumbers: [9, 4],
    areaSlug: "narakawa",
    skillSlugs: ["architecture", "urban-planning", "business-planning"],
    engagementModes: ["ON_SITE", "HYBRID"],
    engagementTypes: ["COMPANY_PARTNERSHIP", "PAID_SIDE_JOB"],
    capacity: 3,
    deadlineInDays: 120,
    periodNumber: 1,
    ownerDepartmentJa: "都市計画課",
    ownerDepartmentEn: "Urban Planning Division",
    status: "OPEN",
  },
  {
    key: "soga-elderly-evacuation-map",
    titleJa: "高齢の方が自分で使える、宗賀地区の「わが家の避難マップ」をつくりたい",
    titleEn: 'A "my household evacuation map" for Soga that older residents can use themselves',
    summaryJa:
      "ハザードマップを読み解くのが難しい高齢の方のために、自宅から避難所までの経路や危険箇所を一枚にまとめた避難マップを、住民と一緒につくるパートナーを選定しています。",
    summaryEn:
      "We are selecting partners to work with residents on one-page evacuation maps showing the route from each home to the shelter and the hazards along the way, for older people who find hazard maps hard to read.",
    bodyJa: `## 背景
宗賀地区には山沿いや川沿いの集落があり、大雨の際の土砂災害や浸水への備えが欠かせません。市はハザードマップを全戸に配布していますが、「地図が細かくて自分の家がどこかわからない」「どの道を通って避難すればよいかわからない」という声が、特に高齢の方から多く寄せられています。また、一人で避難することが難しい方の支援について、近所の方が具体的に把握できていないことも課題です。近年、全国で豪雨災害が相次いでおり、避難の遅れが大きな被害につながった例も少なくありません。いざというときに、迷わず安全な場所へ向かえるよう、平時からの準備が欠かせません。

## やりたいこと
住民が自ら参加してつくる、わかりやすい避難マップを通じて、地区全体の防災力を高めたいと考えています。
- 地区の住民と一緒にまち歩きを行い、危険箇所や避難経路を確認する
- GISを使って、地区ごとに大きな文字で見やすい避難マップを作成する
- 避難の際に手助けが必要な方と、支援する人の関係を一緒に考える
- 完成したマップを使って、実際に歩いてみる避難訓練を行う

## 求める協力
- GISや地図のデザインができる方
- 防災や地域の避難計画づくりに関わった経験がある方
- 高齢の方とのまち歩きやワークショップを進行できる方

現在、応募者の中から協力者を選定しています。成果は他の地区でも使える手順としてまとめる予定です。`,
    bodyEn: `## Background
Soga has settlements along hillsides and rivers, so preparing for landslides and flooding in heavy rain is essential. The city sends a hazard map to every household, but many people, especially older residents, say "the map is so detailed I can't find my house" and "I don't know which road to take to evacuate". Another problem is that neighbours do not have a clear picture of who will need help to evacuate and how. Heavy-rain disasters have struck across Japan in recent years, and delayed evacuation has often led to serious harm. Preparing in normal times is essential so that people can head to safety without hesitation when it matters.

## What we want to do
We want to strengthen the whole district's preparedness through easy-to-read evacuation maps made with residents' own participation.
- Walk the area with residents to check hazards and evacuation routes
- Use GIS to produce clear, large-print evacuation maps for each neighbourhood
- Work out together who will need help to evacuate and who will support them
- Hold evacuation drills in which people actually walk the routes using the finished maps

## How you can help
- Able to use GIS or design maps
- Experience in disaster preparedness or community evacuation planning
- Able to lead neighbourhood walks and workshops with older residents

We are currently selecting partners from the applicants. The process will be documented so that other districts can follow it.`,
    strategyCode: "C",
    fieldNumbers: [9, 8],
    areaSlug: "soga",
    skillSlugs: ["gis", "disaster-preparedness", "elderly-care", "facilitation"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "RESEARCH"],
    capacity: 3,
    deadlineInDays: 20,
    periodNumber: 1,
    ownerDepartmentJa: "危機管理課",
    ownerDepartmentEn: "Crisis Management Division",
    status: "MATCHING",
  },
  {
    key: "community-bus-open-data",
    titleJa: "コミュニティバスの路線・時刻データを整備し、使いやすい情報発信をしたい",
    titleEn: "Improving community bus route and timetable data for easier journey planning",
    summaryJa:
      "市のコミュニティバスの路線・時刻表を標準的なオープンデータ形式で整備・更新し、乗換案内や地図アプリで使いやすくするパートナーを募集します。",
    summaryEn:
      "We are looking for partners to prepare and maintain the city's community bus routes and timetables as standard open data, making them easier to use in journey planners and map apps.",
    bodyJa: `## 背景
市では、鉄道や民間の路線バスを補う形でコミュニティバスを運行しており、通院や買い物、通学など、車を運転しない方の大切な移動手段になっています。しかし、路線や時刻表の情報は紙の冊子やPDFが中心で、ダイヤ改正のたびに職員が手作業で更新しています。利用者からは「スマートフォンの乗換案内に出てこない」「どのバスに乗ればよいかわからない」という声が多く寄せられています。運行データを分析して、路線の見直しにつなげる仕組みも十分ではありません。高齢化が進み、運転免許を返納する方も増えるなかで、バスの情報をわかりやすく届けることの重要性は高まっています。

## やりたいこと
路線・時刻表を標準的なデータ形式で整備し、市民や観光客が使い慣れたアプリでバスを調べられるようにしたいと考えています。
- 路線・停留所・時刻表を、標準的なバス情報フォーマット（GTFS-JP）で整備する
- ダイヤ改正時に職員が無理なく更新できる手順とツールを整える
- データをオープンデータとして公開し、乗換案内サービスへの掲載を進める
- 乗降データと組み合わせて、路線の利用状況を地図で可視化する

## 求める協力
- GTFSなどの公共交通データの整備経験がある方
- GISを使ったデータの可視化や分析ができる方
- 地域公共交通の計画や運営に詳しい方

作業はオンライン中心で行えます。学生や研究室による、交通データ分析の研究テーマとしての参加も歓迎します。`,
    bodyEn: `## Background
The city runs community buses to complement rail and private bus routes, and they are an important way for people who do not drive to get to hospital, the shops or school. But route and timetable information is mainly available in paper booklets and PDFs, which staff update by hand every time the timetable changes. Passengers often tell us that "the buses don't show up in journey-planner apps" and "I can't tell which bus to take". We also lack a good way to analyse operating data to inform route reviews. As the population ages and more people give up their driving licences, clear bus information matters more than ever.

## What we want to do
We want to publish routes and timetables in a standard data format so that residents and visitors can look up buses in the apps they already use.
- Prepare routes, stops and timetables in the standard bus data format (GTFS-JP)
- Set up procedures and tools so staff can update the data easily when timetables change
- Publish the data as open data and get it listed in journey-planner services
- Combine it with boarding data to map how each route is used

## How you can help
- Experience preparing public transport data such as GTFS
- Able to visualise and analyse data with GIS
- Knowledge of planning or running local public transport

Most work can be done online. Students and university labs are welcome to take this on as a research topic in transport data analysis.`,
    strategyCode: "C",
    fieldNumbers: [9, 6],
    areaSlug: "citywide",
    skillSlugs: ["data-analysis", "gis", "mobility"],
    engagementModes: ["REMOTE", "HYBRID"],
    engagementTypes: ["PAID_SIDE_JOB", "RESEARCH"],
    capacity: 2,
    deadlineInDays: 30,
    periodNumber: 1,
    ownerDepartmentJa: "交通政策課",
    ownerDepartmentEn: "Transport Policy Division",
    status: "OPEN",
  },
  {
    key: "hirooka-school-route-safety",
    titleJa: "広丘地区の通学路を、データと住民の声で安全にしたい",
    titleEn: "Making Hirooka's school routes safer with data and residents' knowledge",
    summaryJa:
      "交通量の多い幹線道路や住宅地の生活道路が混在する広丘地区で、ヒヤリハットの情報や交通データをもとに、通学路の安全対策を検討するパートナーを募集する予定です。",
    summaryEn:
      "We plan to look for partners to study near-miss reports and traffic data and develop safety measures for school routes in Hirooka, where busy main roads and residential streets meet.",
    bodyJa: `## 背景
広丘地区は住宅地の開発が進み、子どもの数が多い地域です。一方で、交通量の多い幹線道路や、抜け道として使われる生活道路も多く、通学中の子どもが危険を感じる場面が少なくありません。毎年、学校やPTA、地区の方々と通学路の合同点検を行っていますが、点検で出た危険箇所の情報が紙で管理されており、対策の優先順位づけや進み具合の共有が難しいことが課題です。また、危険を感じた経験の多くは事故に至らないため記録に残らず、対策の検討に生かされていません。保護者や地域の方の日々の気づきを、継続的に集めて活用する方法が求められています。

## やりたいこと
住民の気づきと交通データを組み合わせ、効果の高い対策から着実に進められる仕組みをつくりたいと考えています。
- 保護者や地域の方から、ヒヤリハットの情報を地図上で集める仕組みをつくる
- 交通事故の記録や交通量のデータと重ね合わせ、危険箇所を分析する
- 対策の優先順位と進み具合を、地図で関係者と共有する
- 子どもたちと一緒に通学路を歩き、子どもの目線での危険を確かめる

## 求める協力
- GISを使ったデータの収集・分析ができる方
- 交通安全や道路計画、まちづくりに詳しい方
- 住民参加型の調査を企画した経験がある方

子どもたちの意見を取り入れる方法も一緒に考えたいと思います。

※本件は現在準備中です。第2期の事業として、学校や警察などの関係機関と調整を進めています。`,
    bodyEn: `## Background
Hirooka has seen a lot of new housing and has many children. But it also has busy main roads and residential streets used as rat runs, and children often feel unsafe on their way to school. Every year schools, parents' associations and residents inspect school routes together, but the hazards they find are recorded on paper, which makes it hard to prioritise measures and share progress. Most near misses never become accidents, so they go unrecorded and are not used when planning measures. We need a way to keep collecting and using the everyday observations of parents and residents.

## What we want to do
We want to combine residents' observations with traffic data so that the most effective measures can be carried out steadily.
- Create a way for parents and residents to report near misses on a map
- Overlay reports with accident records and traffic volumes to analyse hazards
- Share priorities and progress with everyone involved on a map
- Walk the routes with children to check hazards from their point of view

## How you can help
- Able to collect and analyse data using GIS
- Knowledge of road safety, road planning or urban planning
- Experience planning participatory surveys with residents

We would also like to work out with you how to include children's views.

Note: this challenge is still being prepared. It is planned for the second period of the programme, and we are coordinating with schools, the police and other agencies.`,
    strategyCode: "C",
    fieldNumbers: [9, 2],
    areaSlug: "hirooka",
    skillSlugs: ["gis", "urban-planning", "data-analysis"],
    engagementModes: ["HYBRID"],
    engagementTypes: ["RESEARCH", "VOLUNTEER"],
    capacity: 2,
    deadlineInDays: 160,
    periodNumber: 2,
    ownerDepartmentJa: "道路課",
    ownerDepartmentEn: "Roads Division",
    status: "DRAFT",
  },
  {
    key: "kataoka-voluntary-disaster-drills",
    titleJa: "片丘地区の自主防災訓練を、参加したくなる内容に刷新したい",
    titleEn: "Revamping Kataoka's community disaster drills so people want to take part",
    summaryJa:
      "毎年同じ内容になりがちな地区の防災訓練を、子育て世代や若い人も参加したくなる体験型の訓練に刷新するため、企画・運営に協力してくださる方を募集します。",
    summaryEn:
      "We are looking for people to help redesign the district's annual disaster drill, which tends to repeat the same format every year, into a hands-on event that families and young people will want to join.",
    bodyJa: `## 背景
片丘地区では、区ごとの自主防災組織が中心となって、毎年防災訓練を行っています。しかし、内容が毎年同じになりがちで、参加者は役員や高齢の方が中心となり、子育て世代や若い人の参加は多くありません。大きな地震や、近年激しさを増す豪雨災害に備えるには、日中に地区にいる人や、体力のある若い世代の力が欠かせません。自主防災組織の役員からも「訓練のやり方を変えたいが、アイデアがない」という相談が寄せられています。災害時に避難所を運営するのも地域の住民であり、幅広い世代が役割を経験しておくことが大切です。

## やりたいこと
家族で楽しみながら参加でき、実際の災害時に役立つ力が身につく訓練に生まれ変わらせたいと考えています。
- 避難所の開設や、段ボールベッドづくりなどを体験できる訓練を企画する
- 防災クイズやスタンプラリーなど、子どもが楽しめる要素を取り入れる
- 夜間の停電を想定した体験など、季節や時間帯を変えた訓練を試す
- 訓練後のアンケートで、参加者の意識の変化を確かめる

## 求める協力
- 防災教育や防災イベントの企画・運営経験がある方
- 防災士などの資格をお持ちの方
- 体験型のワークショップを組み立てるのが得意な方

企業の皆さまには、防災用品の提供や、社員の皆さんの参加による協力もお願いしたいと考えています。訓練は例年秋に行っており、夏頃から準備を始める予定です。`,
    bodyEn: `## Background
In Kataoka, voluntary disaster-prevention groups in each neighbourhood hold a drill every year. But the format tends to be the same each time, participants are mainly officers and older people, and few families or young people take part. To prepare for a major earthquake and the increasingly severe heavy-rain disasters of recent years, we need people who are in the district during the day and younger people with physical strength. Officers of the groups have also told us they want to change how drills are run but lack ideas. Residents are also the ones who run evacuation shelters in a disaster, so it is important for people of all ages to have practised their roles.

## What we want to do
We want to transform the drill into an event that families enjoy together and that builds skills useful in a real disaster.
- Plan drills with hands-on activities such as opening an evacuation shelter and building cardboard beds
- Add elements children enjoy, such as disaster quizzes and stamp rallies
- Trial drills at different times and seasons, for example a simulated night-time power cut
- Use a post-drill survey to see how participants' awareness has changed

## How you can help
- Experience planning and running disaster education or preparedness events
- Qualified disaster-prevention specialists (bosaishi) or similar
- Skills in designing hands-on workshops

We would also welcome companies providing disaster-preparedness supplies or taking part with their employees. The drill is usually held in autumn, with preparations starting around the summer.`,
    strategyCode: "C",
    fieldNumbers: [9, 7],
    areaSlug: "kataoka",
    skillSlugs: ["disaster-preparedness", "facilitation", "community-organising"],
    engagementModes: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER", "COMPANY_PARTNERSHIP"],
    capacity: 4,
    deadlineInDays: 95,
    periodNumber: 1,
    ownerDepartmentJa: "危機管理課",
    ownerDepartmentEn: "Crisis Management Division",
    status: "OPEN",
  },
];
