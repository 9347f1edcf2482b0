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

export const skills = skillGroups.flatMap((group) =>
  group.skills.map(([slug, nameJa, nameEn]) => ({ slug, nameJa, nameEn, categoryJa: group.categoryJa, categoryEn: group.categoryEn })),
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
