// The plan's taxonomy as data: しおじり未来投資戦略 (第六次塩尻市総合計画) 長期戦略, FY2024–2032.
// Japanese text is quoted from the plan; English is the hub's own translation. Admins edit both later.
import type { AreaKind } from "../../app/generated/prisma/enums.ts";

export const strategies = [
  {
    code: "A",
    position: 1,
    nameJa: "次世代とともに学び成長し、ワクワクして暮らす",
    nameEn: "Learning and growing with the next generation, living with excitement",
    promisedValueJa: "次世代とともに学び成長し、ワクワクして暮らすことを、多様な主体と実現します。",
    promisedValueEn: "Together with many partners, we make it real to learn and grow with the next generation and to live with excitement.",
    contextJa:
      "少子化が続き、若い世代や子どもの存在は社会にとってさらに貴重になっています。時代に対応した学びと、一人ひとりに合った選択肢の拡大、家庭環境による機会の格差の解消、そして地域らしさやつながりの次世代への継承が求められています。",
    contextEn:
      "Birth rates keep falling, which makes young people and children ever more precious to society. Learning must keep up with the times and offer choices that fit each child, gaps in opportunity caused by family circumstances must close, and local character and ties must be handed on to the next generation.",
  },
  {
    code: "B",
    position: 2,
    nameJa: "共創で新たな付加価値を生み循環させ、イキイキと暮らす",
    nameEn: "Creating and circulating new value through co-creation, living vibrantly",
    promisedValueJa: "共創で新たな付加価値を生み循環させ、イキイキと暮らすことを、多様な主体と実現します。",
    promisedValueEn:
      "Together with many partners, we make it real to create new value through co-creation, keep it circulating, and live vibrantly.",
    contextJa:
      "脱炭素社会の構築が世界的な課題となり、デジタル技術が暮らしと産業の前提になりつつあります。労働力不足や働き方の変化を見据えて付加価値を生み、働く場を確保すること、そして行政が地域内外の人や組織とつながり課題に挑戦することが求められています。",
    contextEn:
      "Decarbonisation has become a global task and digital technology is becoming the basis of daily life and industry. Facing labour shortages and new ways of working, the town must create added value and keep good jobs, and the city government must connect with people and organisations inside and outside the town to take on local challenges.",
  },
  {
    code: "C",
    position: 3,
    nameJa: "つながり、支え合い、自分らしく、ニコニコして暮らす",
    nameEn: "Connected, supporting one another, living as ourselves with a smile",
    promisedValueJa: "つながり、支え合い、自分らしく、ニコニコして暮らすことを、多様な主体と実現します。",
    promisedValueEn:
      "Together with many partners, we make it real to stay connected, support one another, be ourselves and live with a smile.",
    contextJa:
      "高齢化により、住民同士の支え合いや自治組織など日常生活の基盤の維持が模索の時期を迎えています。医療・介護などの資源を効率よく公平に使える体制、大地震や激しさを増す自然災害への備え、老朽化する都市インフラの再構築が求められています。",
    contextEn:
      "As the population ages, neighbourly support and local self-governing groups — the basis of daily life — need new forms. Medical and care resources must be used efficiently and fairly, the town must prepare for a major earthquake and increasingly severe disasters, and ageing infrastructure must be rebuilt for a smaller population.",
  },
] as const;

export const strategyFields = [
  {
    number: 1,
    strategyCode: "A",
    nameJa: "パートナーシップ・子育て",
    nameEn: "Partnership and child-rearing",
    visionJa: "一人ひとりや家族の多様性についての理解のもと、家庭環境によらず子どもと家族が応援され、安心して暮らしています。",
    visionEn:
      "With an understanding of the diversity of each person and each family, children and families are supported whatever their circumstances and live with peace of mind.",
  },
  {
    number: 2,
    strategyCode: "A",
    nameJa: "学校教育・学びの環境",
    nameEn: "School education and learning environment",
    visionJa:
      "子どもたちがワクワクする学びを自ら発見できるとともに、友人や関わる人たちと共感でき、「塩尻に帰ってきたい」と思う体験ができています。",
    visionEn:
      "Children discover exciting learning for themselves, share it with friends and the people around them, and have experiences that make them want to come back to Shiojiri.",
  },
  {
    number: 3,
    strategyCode: "A",
    nameJa: "伝統・文化芸術・スポーツ・生涯学習",
    nameEn: "Tradition, culture and arts, sports, lifelong learning",
    visionJa: "一人ひとりが日常を離れ好きな活動で自身と次世代の笑顔あふれる豊かな生活をつくり、このことが新たなつながりを生んでいます。",
    visionEn:
      "Stepping away from the everyday into activities they love, people build rich lives full of smiles for themselves and the next generation, and this creates new connections.",
  },
  {
    number: 4,
    strategyCode: "B",
    nameJa: "地域経済・産業・観光・就労",
    nameEn: "Local economy, industry, tourism and work",
    visionJa:
      "塩尻に魅力と価値を見出す人たちがつながり、喜びと誇りを持ちながら働き、多様で付加価値の高い事業・商品・サービスを支えています。",
    visionEn:
      "People who see appeal and value in Shiojiri connect, work with joy and pride, and sustain diverse, high-value businesses, products and services.",
  },
  {
    number: 5,
    strategyCode: "B",
    nameJa: "環境・気候",
    nameEn: "Environment and climate",
    visionJa: "生活や経済活動で、エネルギーをはじめ調達可能な資源が活用されて生活の充実や楽しみになっています。",
    visionEn:
      "In daily life and economic activity, locally available resources, energy first of all, are put to use and make life fuller and more enjoyable.",
  },
  {
    number: 6,
    strategyCode: "B",
    nameJa: "協働参画・連繋・行政運営",
    nameEn: "Collaboration, partnership and public administration",
    visionJa: "市民と行政がともに「自分事」ではじめる取組が、多様な人材や組織を引きつけ、共創が加速しています。",
    visionEn:
      "Initiatives that citizens and the city start together as their own affair attract diverse people and organisations, and co-creation is accelerating.",
  },
  {
    number: 7,
    strategyCode: "C",
    nameJa: "地域社会・支え合い",
    nameEn: "Community and mutual support",
    visionJa: "ゆるやかなつながりと、感謝が循環する「お互い様文化」で、暮らしを支え合い、困りごとの解決に寄り添っています。",
    visionEn:
      "Through loose ties and a culture of give-and-take in which gratitude circulates, people support each other's lives and stand by one another in solving everyday troubles.",
  },
  {
    number: 8,
    strategyCode: "C",
    nameJa: "医療・介護・保健・福祉",
    nameEn: "Medical care, nursing care, health and welfare",
    visionJa:
      "一人ひとりが健康や老い、障がいなどそれぞれの特性と向き合いながら、自らの健康を守ることや周りに対してできることを考えた活動によって、日常生活を自立して送ることができています。",
    visionEn:
      "Facing their own health, ageing, disabilities and other traits, people protect their health, think about what they can do for those around them, and lead independent daily lives.",
  },
  {
    number: 9,
    strategyCode: "C",
    nameJa: "まちづくり・インフラ・防災",
    nameEn: "Town planning, infrastructure and disaster preparedness",
    visionJa:
      "安定した都市インフラの上で、まちで活動したくなる仕掛けが充実するとともに、災害等から生活を守り、いち早く日常を取り戻す備えができています。",
    visionEn:
      "On stable urban infrastructure, there are plenty of reasons to be active in town, and the town is prepared to protect daily life from disasters and to get back to normal quickly.",
  },
] as const;

type AreaSeed = { slug: string; kind: AreaKind; nameJa: string; nameEn: string; descriptionJa?: string; descriptionEn?: string };

export const areas: AreaSeed[] = [
  {
    slug: "citywide",
    kind: "CITYWIDE",
    nameJa: "市全域",
    nameEn: "Citywide",
    descriptionJa: "塩尻市全体にかかわる課題・取り組み。",
    descriptionEn: "Challenges and initiatives that concern the whole city.",
  },
  { slug: "daimon", kind: "DISTRICT", nameJa: "大門", nameEn: "Daimon" },
  { slug: "shiojiri-higashi", kind: "DISTRICT", nameJa: "塩尻東", nameEn: "Shiojiri-Higashi" },
  { slug: "kataoka", kind: "DISTRICT", nameJa: "片丘", nameEn: "Kataoka" },
  { slug: "takaide", kind: "DISTRICT", nameJa: "高出", nameEn: "Takaide" },
  { slug: "hirooka", kind: "DISTRICT", nameJa: "広丘", nameEn: "Hirooka" },
  { slug: "yoshida", kind: "DISTRICT", nameJa: "吉田", nameEn: "Yoshida" },
  { slug: "seba", kind: "DISTRICT", nameJa: "洗馬", nameEn: "Seba" },
  { slug: "soga", kind: "DISTRICT", nameJa: "宗賀", nameEn: "Soga" },
  { slug: "narakawa", kind: "DISTRICT", nameJa: "楢川", nameEn: "Narakawa" },
  { slug: "kitaono", kind: "DISTRICT", nameJa: "北小野", nameEn: "Kitaono" },
  {
    slug: "matsumotodaira",
    kind: "REGION",
    nameJa: "松本平",
    nameEn: "Matsumoto Basin (Matsumotodaira)",
    descriptionJa: "塩尻市を含む松本平の広域圏。",
    descriptionEn: "The wider Matsumoto Basin region that includes Shiojiri.",
  },
  {
    slug: "online",
    kind: "ONLINE",
    nameJa: "オンライン・リモート",
    nameEn: "Online / remote",
    descriptionJa: "場所を問わず参加できる取り組み。",
    descriptionEn: "Work that can be done from anywhere.",
  },
];

export const periods = [
  {
    number: 1,
    nameJa: "中期戦略 1期（令和6〜8年度）",
    nameEn: "Mid-term period 1 (FY2024–2026)",
    startFiscalYear: 2024,
    endFiscalYear: 2026,
  },
  {
    number: 2,
    nameJa: "中期戦略 2期（令和9〜11年度）",
    nameEn: "Mid-term period 2 (FY2027–2029)",
    startFiscalYear: 2027,
    endFiscalYear: 2029,
  },
  {
    number: 3,
    nameJa: "中期戦略 3期（令和12〜14年度）",
    nameEn: "Mid-term period 3 (FY2030–2032)",
    startFiscalYear: 2030,
    endFiscalYear: 2032,
  },
] as const;

const skillGroups: Array<{ categoryJa: string; categoryEn: string; skills: Array<[slug: string, ja: string, en: string]> }> = [
  {
    categoryJa: "デジタル・データ",
    categoryEn: "Digital and data",
    skills: [
      ["web-development", "Web開発", "Web development"],
      ["mobile-apps", "アプリ開発", "Mobile app development"],
      ["data-analysis", "データ分析", "Data analysis"],
      ["gis", "GIS・地図データ", "GIS and map data"],
      ["ux-design", "UX・UIデザイン", "UX and UI design"],
      ["it-training", "ITリテラシー教育", "Digital literacy training"],
    ],
  },
  {
    categoryJa: "企画・経営",
    categoryEn: "Planning and business",
    skills: [
      ["business-planning", "事業企画・新規事業", "Business planning and new ventures"],
      ["marketing", "マーケティング・PR", "Marketing and PR"],
      ["branding", "ブランディング", "Branding"],
      ["fundraising", "資金調達・クラウドファンディング", "Fundraising and crowdfunding"],
      ["accounting", "会計・財務", "Accounting and finance"],
      ["legal", "法務・契約", "Legal and contracts"],
      ["project-management", "プロジェクトマネジメント", "Project management"],
    ],
  },
  {
    categoryJa: "地域・くらし",
    categoryEn: "Community and daily life",
    skills: [
      ["facilitation", "ファシリテーション・ワークショップ", "Facilitation and workshops"],
      ["community-organising", "コミュニティづくり", "Community organising"],
      ["childcare", "子育て支援・保育", "Childcare and parenting support"],
      ["education", "教育・学習支援", "Education and tutoring"],
      ["elderly-care", "介護・高齢者支援", "Elderly care"],
      ["healthcare", "医療・保健", "Healthcare"],
      ["welfare", "福祉・障がい者支援", "Welfare and disability support"],
      ["disaster-preparedness", "防災・減災", "Disaster preparedness"],
    ],
  },
  {
    categoryJa: "産業・観光・環境",
    categoryEn: "Industry, tourism and environment",
    skills: [
      ["agriculture", "農業・農村", "Agriculture"],
      ["wine", "ワイン・醸造", "Wine and brewing"],
      ["forestry", "林業・木工", "Forestry and woodworking"],
      ["tourism", "観光・インバウンド", "Tourism and inbound travel"],
      ["traditional-crafts", "伝統工芸（木曽漆器など）", "Traditional crafts (Kiso lacquerware and more)"],
      ["renewable-energy", "再生可能エネルギー", "Renewable energy"],
      ["circular-economy", "資源循環・ごみ削減", "Circular economy and waste reduction"],
      ["mobility", "交通・モビリティ", "Transport and mobility"],
      ["architecture", "建築・空き家活用", "Architecture and vacant-house reuse"],
      ["urban-planning", "まちづくり・都市計画", "Town and urban planning"],
    ],
  },
  {
    categoryJa: "表現・文化",
    categoryEn: "Creative and culture",
    skills: [
      ["graphic-design", "グラフィックデザイン", "Graphic design"],
      ["photo-video", "写真・映像", "Photography and video"],
      ["writing", "編集・ライティング", "Editing and writing"],
      ["translation", "翻訳・通訳", "Translation and interpreting"],
      ["arts", "アート・音楽", "Arts and music"],
      ["sports", "スポーツ指導", "Sports coaching"],
      ["research", "調査・研究", "Research"],
    ],
  },
];

/**
 * The synonyms and trade words people write for each skill in their own words (matching reads profiles and
 * challenges for them, docs/decisions/0021). A starting list: admins edit it in /admin/taxonomy. Specific words
 * only: a word many people write without having the skill ("データ", "地域") would make everyone look skilled.
 */
export const skillKeywords: Record<string, { ja: string[]; en: string[] }> = {
  "web-development": {
    ja: [
      "ウェブ開発",
      "ホームページ制作",
      "サイト制作",
      "Webサイト",
      "ウェブサイト",
      "フロントエンド",
      "バックエンド",
      "Webエンジニア",
      "HTML",
      "JavaScript",
      "WordPress",
    ],
    en: ["website", "web developer", "frontend", "front-end", "backend", "full-stack", "javascript", "typescript", "html", "wordpress"],
  },
  "mobile-apps": {
    ja: ["スマホアプリ", "アプリ開発", "iOS", "Android", "Flutter"],
    en: ["mobile app", "ios", "android", "flutter", "swift", "kotlin", "app developer"],
  },
  "data-analysis": {
    ja: ["統計", "統計解析", "集計", "データサイエンス", "データ分析", "アンケート分析", "Python", "Excel分析", "機械学習"],
    en: [
      "statistics",
      "statistical",
      "data science",
      "data scientist",
      "data analyst",
      "analytics",
      "python",
      "machine learning",
      "survey analysis",
    ],
  },
  gis: {
    ja: ["地図", "地理情報", "QGIS", "ArcGIS", "ハザードマップ", "マッピング", "GIS"],
    en: ["gis", "qgis", "arcgis", "mapping", "maps", "cartography", "geospatial"],
  },
  "ux-design": {
    ja: ["UX", "UI", "ユーザビリティ", "使いやすさ", "UIデザイン", "ユーザー調査", "デザイン思考"],
    en: ["ux", "ui design", "usability", "user research", "interaction design", "ui"],
  },
  "it-training": {
    ja: ["スマホ教室", "パソコン教室", "IT講座", "デジタル活用支援", "情報リテラシー"],
    en: ["computer class", "digital skills", "it training", "smartphone class"],
  },
  "business-planning": {
    ja: ["事業計画", "新規事業", "起業", "経営企画", "事業開発", "スタートアップ", "経営コンサルタント", "中小企業診断士"],
    en: ["business plan", "startup", "entrepreneur", "business development", "new business", "consultant"],
  },
  marketing: {
    ja: ["広報", "PR", "販促", "販売促進", "SNS運用", "マーケター", "プロモーション", "ネット販売"],
    en: ["marketing", "pr", "public relations", "promotion", "social media", "e-commerce", "online sales", "marketer"],
  },
  branding: { ja: ["ブランド", "ブランド戦略", "ロゴ"], en: ["brand", "branding", "brand strategy", "logo"] },
  fundraising: {
    ja: ["クラウドファンディング", "寄付", "助成金", "補助金申請", "ファンドレイジング", "資金調達"],
    en: ["crowdfunding", "donations", "grant writing", "grants", "fundraiser"],
  },
  accounting: {
    ja: ["経理", "簿記", "記帳", "決算", "税理士", "会計士", "財務", "会計"],
    en: ["bookkeeping", "accountant", "accounts", "finance", "tax", "cpa", "bookkeeper"],
  },
  legal: {
    ja: ["弁護士", "司法書士", "行政書士", "契約書", "法律", "知的財産"],
    en: ["lawyer", "legal", "contracts", "law", "attorney", "paralegal"],
  },
  "project-management": {
    ja: ["プロジェクト管理", "進行管理", "PMP", "ディレクション"],
    en: ["project manager", "project management", "pmp", "scrum", "agile"],
  },
  facilitation: {
    ja: ["ファシリテーター", "ワークショップ", "進行役", "対話の場", "会議運営", "ファシリテーション"],
    en: ["facilitator", "workshop", "workshops", "facilitation", "moderator"],
  },
  "community-organising": {
    ja: ["地域づくり", "町内会", "自治会", "居場所づくり", "地域活動", "NPO運営"],
    en: ["community organiser", "community organizer", "community building", "neighbourhood association"],
  },
  childcare: {
    ja: ["保育士", "保育", "子育て支援", "幼児教育", "ベビーシッター", "学童", "託児"],
    en: ["childcare", "nursery", "babysitter", "early childhood", "preschool", "kindergarten teacher", "parenting"],
  },
  education: {
    ja: ["教員", "教師", "講師", "学習支援", "塾講師", "家庭教師", "教育", "授業"],
    en: ["teacher", "teaching", "tutor", "tutoring", "education", "educator", "lecturer"],
  },
  "elderly-care": {
    ja: ["介護福祉士", "介護", "ケアマネジャー", "ヘルパー", "高齢者", "介護予防", "デイサービス"],
    en: ["elderly care", "caregiver", "care worker", "nursing home", "aged care", "senior care"],
  },
  healthcare: {
    ja: ["看護師", "医師", "保健師", "薬剤師", "理学療法士", "作業療法士", "医療", "健康づくり"],
    en: ["nurse", "doctor", "physician", "pharmacist", "physiotherapist", "public health", "healthcare", "medical"],
  },
  welfare: {
    ja: ["社会福祉士", "障がい者支援", "障害者支援", "福祉", "相談支援", "生活困窮"],
    en: ["social worker", "disability support", "welfare", "social welfare"],
  },
  "disaster-preparedness": {
    ja: ["防災士", "防災", "減災", "避難訓練", "避難所", "消防", "災害ボランティア", "ハザードマップ"],
    en: ["disaster", "emergency preparedness", "evacuation", "firefighter", "disaster relief"],
  },
  agriculture: {
    ja: ["農家", "農業", "就農", "有機栽培", "栽培", "果樹", "稲作", "耕作", "田んぼ", "農園"],
    en: ["farmer", "farming", "agriculture", "crops", "vegetables", "orchard", "horticulture"],
  },
  wine: {
    ja: ["ワイナリー", "醸造", "ぶどう栽培", "ソムリエ", "ワイン", "日本酒", "酒造", "ブドウ"],
    en: ["winery", "winemaker", "winemaking", "sommelier", "viticulture", "vineyard", "brewing", "brewer", "sake"],
  },
  forestry: {
    ja: ["林業", "間伐", "林道", "森林組合", "森林管理", "植林", "伐採", "木工", "家具職人", "製材", "山林", "チェーンソー"],
    en: ["forestry", "forester", "logging", "thinning", "woodworking", "carpentry", "timber", "woodland", "forest management"],
  },
  tourism: {
    ja: ["観光", "インバウンド", "旅行会社", "ツアー", "ガイド", "通訳案内士", "ゲストハウス", "旅館"],
    en: ["tourism", "travel agency", "tour", "tour guide", "inbound", "hospitality", "guesthouse", "hotel"],
  },
  "traditional-crafts": {
    ja: ["伝統工芸", "漆器", "漆", "木曽漆器", "漆職人", "工芸", "陶芸", "染織"],
    en: ["crafts", "lacquerware", "lacquer", "artisan", "craftsman", "ceramics", "pottery"],
  },
  "renewable-energy": {
    ja: ["再エネ", "太陽光", "太陽光発電", "小水力", "バイオマス", "風力", "省エネ", "脱炭素"],
    en: ["solar", "renewable", "renewables", "wind power", "biomass", "hydropower", "energy efficiency", "decarbonisation"],
  },
  "circular-economy": {
    ja: ["リサイクル", "ごみ減量", "食品ロス", "リユース", "資源循環", "堆肥", "コンポスト"],
    en: ["recycling", "zero waste", "food waste", "reuse", "circular", "compost"],
  },
  mobility: {
    ja: ["公共交通", "交通", "デマンド交通", "MaaS", "自動運転", "モビリティ"],
    en: ["public transport", "transit", "mobility", "maas", "transportation"],
  },
  architecture: {
    ja: ["建築士", "建築", "建築設計", "リノベーション", "空き家", "大工", "古民家"],
    en: ["architect", "architecture", "renovation", "building design", "carpenter", "vacant house"],
  },
  "urban-planning": {
    ja: ["都市計画", "まちづくり", "景観", "中心市街地", "再開発", "都市デザイン"],
    en: ["urban planning", "town planning", "urban design", "city planning", "placemaking"],
  },
  "graphic-design": {
    ja: ["グラフィック", "デザイナー", "チラシ", "ポスター", "イラスト", "DTP", "Illustrator"],
    en: ["graphic design", "graphic designer", "illustration", "illustrator", "flyer", "poster", "layout"],
  },
  "photo-video": {
    ja: ["写真", "カメラマン", "撮影", "映像", "動画", "動画編集", "映像制作", "ドキュメンタリー", "フォトグラファー"],
    en: ["photographer", "photography", "video", "filmmaker", "videographer", "film", "documentary", "camera"],
  },
  writing: {
    ja: ["ライター", "編集", "編集者", "執筆", "コピーライター", "取材"],
    en: ["writer", "writing", "editor", "editing", "copywriter", "journalist", "articles"],
  },
  translation: {
    ja: ["翻訳", "通訳", "翻訳者", "英訳", "和訳", "通訳案内士"],
    en: ["translator", "translation", "interpreter", "interpreting", "localisation", "localization"],
  },
  arts: {
    ja: ["アート", "音楽", "美術", "演奏", "作曲", "アーティスト", "演劇", "ダンス"],
    en: ["artist", "art", "music", "musician", "painting", "theatre", "dance"],
  },
  sports: {
    ja: ["スポーツ", "コーチ", "体操", "トレーナー", "運動指導", "健康運動指導士", "ヨガ"],
    en: ["coach", "coaching", "sports", "trainer", "fitness", "yoga"],
  },
  research: {
    ja: ["研究", "研究者", "調査", "社会調査", "フィールドワーク", "論文", "大学院"],
    en: ["research", "researcher", "fieldwork", "academic", "phd", "survey"],
  },
};

export const skills = skillGroups.flatMap((group) =>
  group.skills.map(([slug, nameJa, nameEn]) => ({
    slug,
    nameJa,
    nameEn,
    categoryJa: group.categoryJa,
    categoryEn: group.categoryEn,
    keywordsJa: skillKeywords[slug]?.ja ?? [],
    keywordsEn: skillKeywords[slug]?.en ?? [],
  })),
);

export const planIndicators = [
  {
    key: "happiness",
    position: 1,
    nameJa: "市民幸福度",
    nameEn: "Citizen happiness",
    unitJa: "点",
    unitEn: "points",
    descriptionJa:
      "10点満点の主観的評価の平均。令和4年12月のアンケート調査で把握した6.77点を基準値とし、令和14年に基準値以上を目指します。",
    descriptionEn:
      "Mean of a subjective rating out of 10. The survey of December 2022 measured 6.77, the baseline; the goal is to stay at or above it in 2032.",
    decimals: 2,
    baselineValue: 6.77,
    baselineYear: 2022,
    targetValue: 6.77,
    targetYear: 2032,
    targetComparison: "AT_LEAST" as const,
    projectionValue: null,
    values: [{ year: 2022, value: 6.77, sourceJa: "令和4年12月 市民アンケート", sourceEn: "Citizen survey, December 2022" }],
  },
  {
    key: "population",
    position: 2,
    nameJa: "総人口",
    nameEn: "Population",
    unitJa: "人",
    unitEn: "people",
    descriptionJa:
      "国勢調査人口基準。政策的誘導がない場合の推計は令和14年に約63,200人。出生率の改善、生産年齢人口の流入増加、平均寿命の延伸により65,000人以上を目指します。",
    descriptionEn:
      "Census basis. Without policy the projection for 2032 is about 63,200. Better birth rates, more working-age newcomers and longer lives aim for 65,000 or more.",
    decimals: 0,
    baselineValue: null,
    baselineYear: null,
    targetValue: 65000,
    targetYear: 2032,
    targetComparison: "AT_LEAST" as const,
    projectionValue: 63200,
    values: [] as Array<{ year: number; value: number; sourceJa: string; sourceEn: string }>,
  },
];
