// The labelled evaluation set of matching (npm run bench:matching-quality). Written from a coordinator's judgement
// BEFORE the weights of issue 16 were chosen, and not to be tuned against: each case is a challenge, the one partner
// a careful coordinator would pick, and distractors that each break exactly ONE thing (and carry the soft bonuses a
// naive score likes: the exact district, a strong tie to Shiojiri, the challenge's field, no open matches, plenty of
// hours). In "text" cases the deciding skill of the right partner is only in their own words (headline, biography or
// free-text skills), never in a tag. A background population (./population.ts) is added to every case.
//
// Names, not ids: skills by slug, areas by slug, strategies by code, fields by number, prefectures by JIS code.

export type PartnerSpec = {
  skills?: string[];
  headline?: string;
  bio?: string;
  freeSkills?: string[];
  strategies?: string[];
  fields?: number[];
  areas?: string[];
  workStyles?: string[];
  engagementTypes?: string[];
  relationships?: string[];
  languages?: string[];
  prefecture?: number | null;
  country?: string | null;
  hours?: number | null;
  load?: number;
};

export type ChallengeSpec = {
  title: string;
  summary?: string;
  body?: string;
  titleEn?: string;
  strategy: string;
  fields: number[];
  area: string;
  skills: string[];
  workStyles: string[];
  engagementTypes: string[];
  hoursPerMonth?: number | null;
  languages?: string[];
  capacity?: number;
};

/** What a distractor gets wrong (exactly one each). */
export const distractorKinds = [
  /** Lacks (some of) the wanted skills the right partner has, or their evidence. */
  "skill",
  /** Does not accept the challenge's engagement type (volunteer, paid side job, company partnership, research). */
  "engagement",
  /** Cannot be on site: too far for work that happens in Shiojiri, or only works remotely. */
  "reach",
  /** Does not speak a working language of the challenge. */
  "language",
  /** Has (almost) no hours for the hours the challenge states. */
  "hours",
  /** Text cases: the same person as the right partner, but whose own words say nothing about the deciding skill. */
  "silent",
] as const;
export type DistractorKind = (typeof distractorKinds)[number];

export type EvaluationCase = {
  id: string;
  kind: "tag" | "text";
  challenge: ChallengeSpec;
  /** The partner a careful coordinator would pick. */
  right: PartnerSpec;
  distractors: Array<{ breaks: DistractorKind; partner: PartnerSpec }>;
};

/** The soft bonuses every distractor carries (the right partner has none of them). */
function sweeten(challenge: ChallengeSpec, partner: PartnerSpec): PartnerSpec {
  return {
    ...partner,
    areas: [challenge.area],
    relationships: ["BIRTHPLACE", "FURUSATO_NOZEI"],
    strategies: [challenge.strategy],
    fields: challenge.fields,
    load: 0,
    hours: partner.hours === undefined || (partner.hours ?? 0) >= (challenge.hoursPerMonth ?? 10) ? 60 : partner.hours,
  };
}

/** A right partner who fits but gets no soft bonus: no area named, no tie, one open match, just enough hours. */
function plain(challenge: ChallengeSpec, partner: PartnerSpec): PartnerSpec {
  return {
    areas: [],
    relationships: [],
    strategies: [],
    fields: [],
    load: 1,
    hours: challenge.hoursPerMonth ?? 10,
    prefecture: 20,
    languages: ["ja"],
    workStyles: challenge.workStyles,
    engagementTypes: challenge.engagementTypes,
    ...partner,
  };
}

type CaseInput = {
  id: string;
  kind: "tag" | "text";
  challenge: ChallengeSpec;
  right: PartnerSpec;
  /** Partial changes to the right partner that break exactly one thing; the soft bonuses are added. */
  breaks: Partial<Record<DistractorKind, PartnerSpec>>;
};

function makeCase(input: CaseInput): EvaluationCase {
  const right = plain(input.challenge, input.right);
  return {
    id: input.id,
    kind: input.kind,
    challenge: input.challenge,
    right,
    distractors: (Object.entries(input.breaks) as Array<[DistractorKind, PartnerSpec]>).map(([breaks, change]) => ({
      breaks,
      partner: { ...sweeten(input.challenge, { ...right, ...change }), ...(breaks === "hours" ? { hours: change.hours ?? 0 } : {}) },
    })),
  };
}

/** Breaks that apply to most challenges: the engagement type the partner refuses, distance, language, hours. */
const farAway: PartnerSpec = { prefecture: 40, relationships: [] };
const englishOnly: PartnerSpec = { languages: ["en"] };
const japaneseOnly: PartnerSpec = { languages: ["ja"] };

export const evaluationCases: EvaluationCase[] = [
  // ───────────── Tag cases: the deciding skills are tagged ─────────────
  makeCase({
    id: "tag-volunteer-forest-walk",
    kind: "tag",
    challenge: {
      title: "楢川の森で間伐体験会を運営する",
      strategy: "B",
      fields: [5],
      area: "narakawa",
      skills: ["forestry", "facilitation"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 8,
    },
    right: { skills: ["forestry", "facilitation"] },
    breaks: {
      skill: { skills: ["facilitation", "tourism"] },
      engagement: { engagementTypes: ["PAID_SIDE_JOB"] },
      reach: farAway,
      hours: { hours: 1 },
    },
  }),
  makeCase({
    id: "tag-gis-hazard-map",
    kind: "tag",
    challenge: {
      title: "地域の防災マップをGISで作り直す",
      strategy: "C",
      fields: [9],
      area: "hirooka",
      skills: ["gis", "disaster-preparedness"],
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 20,
    },
    right: { skills: ["gis", "disaster-preparedness"], prefecture: 13 },
    breaks: {
      skill: { skills: ["disaster-preparedness", "community-organising"] },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      hours: { hours: 3 },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "tag-research-40h",
    kind: "tag",
    challenge: {
      title: "移住者の定着要因を調べる共同研究",
      strategy: "B",
      fields: [8],
      area: "citywide",
      skills: ["research", "data-analysis"],
      workStyles: ["REMOTE"],
      engagementTypes: ["RESEARCH"],
      hoursPerMonth: 40,
    },
    right: { skills: ["research", "data-analysis"], prefecture: 27 },
    breaks: {
      hours: { hours: 20 },
      skill: { skills: ["research", "writing"] },
      engagement: { engagementTypes: ["COMPANY_PARTNERSHIP"] },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "tag-english-guide",
    kind: "tag",
    challenge: {
      title: "奈良井宿の英語ガイド資料を作る",
      titleEn: "English guide material for Narai-juku",
      strategy: "B",
      fields: [5],
      area: "narakawa",
      skills: ["translation", "tourism"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 10,
      languages: ["ja", "en"],
    },
    right: { skills: ["translation", "tourism"], languages: ["ja", "en"], prefecture: 14 },
    breaks: {
      language: japaneseOnly,
      skill: { skills: ["tourism", "writing"] },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      hours: { hours: 2 },
    },
  }),
  makeCase({
    id: "tag-onsite-wine",
    kind: "tag",
    challenge: {
      title: "桔梗ヶ原のワイナリーで収穫期の醸造補助",
      strategy: "B",
      fields: [5],
      area: "hirooka",
      skills: ["wine"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 24,
    },
    right: { skills: ["wine"], prefecture: 19, hours: 24 },
    breaks: {
      reach: { prefecture: 17 },
      engagement: { engagementTypes: ["RESEARCH"] },
      hours: { hours: 4 },
      skill: { skills: ["agriculture"] },
    },
  }),
  makeCase({
    id: "tag-childcare-volunteer",
    kind: "tag",
    challenge: {
      title: "子育て広場の土曜開放を手伝う",
      strategy: "A",
      fields: [1],
      area: "daimon",
      skills: ["childcare"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 6,
    },
    right: { skills: ["childcare"], hours: 6 },
    breaks: {
      engagement: { engagementTypes: ["PAID_SIDE_JOB", "COMPANY_PARTNERSHIP"] },
      reach: { prefecture: 1 },
      skill: { skills: ["education"] },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "tag-web-remote",
    kind: "tag",
    challenge: {
      title: "地区の行事予定をまとめるWebサイトの改修",
      strategy: "C",
      fields: [7],
      area: "online",
      skills: ["web-development", "ux-design"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 15,
    },
    right: { skills: ["web-development", "ux-design"], prefecture: 40 },
    breaks: {
      skill: { skills: ["web-development", "graphic-design"] },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      hours: { hours: 2 },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "tag-company-energy",
    kind: "tag",
    challenge: {
      title: "公共施設の屋根に太陽光発電を入れる事業化検討",
      strategy: "B",
      fields: [6],
      area: "citywide",
      skills: ["renewable-energy", "business-planning"],
      workStyles: ["HYBRID"],
      engagementTypes: ["COMPANY_PARTNERSHIP"],
      hoursPerMonth: 20,
    },
    right: { skills: ["renewable-energy", "business-planning"], prefecture: 13, workStyles: ["HYBRID"] },
    breaks: {
      engagement: { engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"] },
      reach: { prefecture: null, country: "US" },
      skill: { skills: ["business-planning", "fundraising"] },
      hours: { hours: 2 },
    },
  }),
  makeCase({
    id: "tag-elderly-onsite",
    kind: "tag",
    challenge: {
      title: "北小野の高齢者サロンで体操教室を続ける",
      strategy: "C",
      fields: [9],
      area: "kitaono",
      skills: ["elderly-care", "sports"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 4,
    },
    right: { skills: ["elderly-care", "sports"], hours: 4 },
    breaks: {
      reach: { workStyles: ["REMOTE"] },
      skill: { skills: ["sports"] },
      engagement: { engagementTypes: ["PAID_SIDE_JOB"] },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "tag-lacquer-english",
    kind: "tag",
    challenge: {
      title: "木曽漆器の海外向けオンライン販売",
      titleEn: "Selling Kiso lacquerware online abroad",
      strategy: "B",
      fields: [5],
      area: "narakawa",
      skills: ["traditional-crafts", "marketing"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 12,
      languages: ["en"],
    },
    right: { skills: ["traditional-crafts", "marketing"], languages: ["ja", "en"], prefecture: 26 },
    breaks: {
      language: japaneseOnly,
      skill: { skills: ["marketing"] },
      hours: { hours: 1 },
      engagement: { engagementTypes: ["VOLUNTEER"] },
    },
  }),
  makeCase({
    id: "tag-vacant-house",
    kind: "tag",
    challenge: {
      title: "空き家を改修して交流拠点にする",
      strategy: "C",
      fields: [9],
      area: "seba",
      skills: ["architecture", "community-organising"],
      workStyles: ["ON_SITE", "HYBRID"],
      engagementTypes: ["PAID_SIDE_JOB", "VOLUNTEER"],
      hoursPerMonth: 10,
    },
    right: { skills: ["architecture", "community-organising"], prefecture: 20, workStyles: ["HYBRID"] },
    breaks: {
      reach: { prefecture: 46 },
      skill: { skills: ["community-organising", "urban-planning"] },
      engagement: { engagementTypes: ["RESEARCH"] },
      hours: { hours: 0 },
    },
  }),
  makeCase({
    id: "tag-fundraising-three-skills",
    kind: "tag",
    challenge: {
      title: "地域食堂の運営資金をクラウドファンディングで集める",
      strategy: "C",
      fields: [8],
      area: "yoshida",
      skills: ["fundraising", "writing", "photo-video"],
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 8,
    },
    right: { skills: ["fundraising", "writing", "photo-video"], prefecture: 11 },
    breaks: {
      skill: { skills: ["photo-video"] },
      engagement: { engagementTypes: ["COMPANY_PARTNERSHIP"] },
      language: englishOnly,
      hours: { hours: 1 },
    },
  }),

  // ───────────── Text cases: the deciding skill is only in the partner's own words ─────────────
  makeCase({
    id: "text-forester-thinning",
    kind: "text",
    challenge: {
      title: "市有林の間伐計画づくりに協力してほしい",
      strategy: "B",
      fields: [6],
      area: "narakawa",
      skills: ["forestry"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 8,
    },
    right: { bio: "森林組合で間伐と林道整備を15年。いまは週末に山の手入れを教えています。" },
    breaks: {
      silent: { bio: "週末は山歩きを楽しんでいます。地域のお役に立てればうれしいです。" },
      engagement: { engagementTypes: ["PAID_SIDE_JOB"] },
      reach: { prefecture: 47 },
      hours: { hours: 1 },
    },
  }),
  makeCase({
    id: "text-headline-gis",
    kind: "text",
    challenge: {
      title: "通学路の危険箇所を地図にまとめる",
      strategy: "A",
      fields: [2],
      area: "hirooka",
      skills: ["gis"],
      workStyles: ["REMOTE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 6,
    },
    right: { headline: "QGISで地図を作る測量士", prefecture: 23 },
    breaks: {
      silent: { headline: "測量事務所勤務" },
      engagement: { engagementTypes: ["RESEARCH"] },
      language: englishOnly,
      hours: { hours: 0 },
    },
  }),
  makeCase({
    id: "text-free-skill-nursery",
    kind: "text",
    challenge: {
      title: "一時預かりの保育スタッフ研修を組み立てる",
      strategy: "A",
      fields: [1],
      area: "daimon",
      skills: ["childcare"],
      workStyles: ["HYBRID"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 10,
    },
    right: { freeSkills: ["保育士（15年）", "幼児教育"], workStyles: ["HYBRID"] },
    breaks: {
      silent: { freeSkills: ["料理", "ピアノ"] },
      reach: { prefecture: null, country: "AU" },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      hours: { hours: 1 },
    },
  }),
  makeCase({
    id: "text-english-bio-translation",
    kind: "text",
    challenge: {
      title: "市のワイン紹介ページを英訳する",
      titleEn: "Translate the city's wine pages into English",
      strategy: "B",
      fields: [5],
      area: "online",
      skills: ["translation"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 10,
      languages: ["en"],
    },
    right: {
      bio: "I work as a freelance Japanese-to-English translator, mostly for food and travel magazines.",
      languages: ["en", "ja"],
      prefecture: null,
      country: "GB",
    },
    breaks: {
      silent: { bio: "I moved back to the UK after ten years in Nagano and love Japanese food." },
      language: { languages: ["ja"] },
      hours: { hours: 2 },
      engagement: { engagementTypes: ["VOLUNTEER"] },
    },
  }),
  makeCase({
    id: "text-bio-bookkeeping",
    kind: "text",
    challenge: {
      title: "NPOの会計を整えて決算書を作れるようにする",
      strategy: "C",
      fields: [8],
      area: "citywide",
      skills: ["accounting"],
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 5,
    },
    right: { bio: "税理士事務所で10年、中小企業の記帳と決算を担当してきました。", prefecture: 15 },
    breaks: {
      silent: { bio: "事務職として10年働いてきました。" },
      engagement: { engagementTypes: ["COMPANY_PARTNERSHIP"] },
      language: englishOnly,
      hours: { hours: 0 },
    },
  }),
  makeCase({
    id: "text-video-headline",
    kind: "text",
    challenge: {
      title: "伝統行事の記録映像を残す",
      strategy: "A",
      fields: [3],
      area: "seba",
      skills: ["photo-video"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
      hoursPerMonth: 8,
    },
    right: { headline: "映像ディレクター。ドキュメンタリーの撮影と編集", prefecture: 20 },
    breaks: {
      silent: { headline: "会社員。休日は地域行事に参加しています" },
      reach: { prefecture: 35 },
      engagement: { engagementTypes: ["RESEARCH"] },
      hours: { hours: 1 },
    },
  }),
  makeCase({
    id: "text-farmer-bio-with-tag-noise",
    kind: "text",
    challenge: {
      title: "耕作放棄地で野菜づくりを再開する",
      strategy: "B",
      fields: [5],
      area: "soga",
      skills: ["agriculture"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 10,
    },
    right: { skills: ["marketing"], bio: "実家の農家を継いで有機栽培でレタスとトマトを育てています。", prefecture: 20 },
    breaks: {
      silent: { bio: "食べることが好きで、直売所をよく回ります。" },
      reach: { workStyles: ["REMOTE"] },
      engagement: { engagementTypes: ["PAID_SIDE_JOB"] },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "text-english-freeskill-ux",
    kind: "text",
    challenge: {
      title: "オンライン申請フォームの使いやすさを改善する",
      strategy: "C",
      fields: [8],
      area: "online",
      skills: ["ux-design"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 12,
    },
    right: { freeSkills: ["usability testing", "UI design"], prefecture: 13 },
    breaks: {
      silent: { freeSkills: ["Excel", "customer support"] },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      hours: { hours: 2 },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "text-disaster-bio",
    kind: "text",
    challenge: {
      title: "地区の避難所運営訓練を企画する",
      strategy: "C",
      fields: [9],
      area: "kataoka",
      skills: ["disaster-preparedness"],
      workStyles: ["ON_SITE", "HYBRID"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 6,
    },
    right: { bio: "元消防職員です。防災士として避難訓練や防災講座の講師をしています。", workStyles: ["HYBRID"], prefecture: 21 },
    breaks: {
      silent: { bio: "定年退職後、地域のために何かしたいと考えています。" },
      reach: { prefecture: 2 },
      engagement: { engagementTypes: ["RESEARCH"] },
      hours: { hours: 0 },
    },
  }),
  makeCase({
    id: "text-woodwork-two-skills",
    kind: "text",
    challenge: {
      title: "間伐材で子ども向けの木工ワークショップを開く",
      strategy: "A",
      fields: [3],
      area: "yoshida",
      skills: ["forestry", "facilitation"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 6,
    },
    right: { skills: ["facilitation"], bio: "家具職人として木工を20年。端材で小物づくりを教えることもあります。", prefecture: 20 },
    breaks: {
      silent: { bio: "ワークショップの進行役を何度も務めてきました。" },
      engagement: { engagementTypes: ["COMPANY_PARTNERSHIP"] },
      reach: { prefecture: 39 },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "text-tourism-english-headline",
    kind: "text",
    challenge: {
      title: "外国人旅行者向けの体験ツアーを企画する",
      titleEn: "Design hands-on tours for foreign visitors",
      strategy: "B",
      fields: [5],
      area: "narakawa",
      skills: ["tourism"],
      workStyles: ["HYBRID"],
      engagementTypes: ["PAID_SIDE_JOB"],
      hoursPerMonth: 15,
      languages: ["ja", "en"],
    },
    right: {
      headline: "Inbound travel planner, tour guide in Kiso valley",
      languages: ["ja", "en"],
      workStyles: ["HYBRID"],
      prefecture: 20,
    },
    breaks: {
      silent: { headline: "Office worker who loves the mountains" },
      language: { languages: ["ja"] },
      reach: { prefecture: null, country: "FR" },
      hours: { hours: 3 },
    },
  }),
  makeCase({
    id: "text-data-bio-research",
    kind: "text",
    challenge: {
      title: "市民アンケートの集計と分析",
      strategy: "C",
      fields: [8],
      area: "citywide",
      skills: ["data-analysis"],
      workStyles: ["REMOTE"],
      engagementTypes: ["RESEARCH"],
      hoursPerMonth: 20,
    },
    right: { bio: "大学院で社会調査を学び、統計解析（R と Python）で自治体のアンケート分析を手伝っています。", prefecture: 12 },
    breaks: {
      silent: { bio: "大学院で社会学を学んでいます。" },
      hours: { hours: 8 },
      engagement: { engagementTypes: ["VOLUNTEER"] },
      language: englishOnly,
    },
  }),
  makeCase({
    id: "text-care-free-skill",
    kind: "text",
    challenge: {
      title: "介護予防の体操を地区の集会所で続ける",
      strategy: "C",
      fields: [9],
      area: "takaide",
      skills: ["elderly-care"],
      workStyles: ["ON_SITE"],
      engagementTypes: ["VOLUNTEER"],
      hoursPerMonth: 4,
    },
    right: { freeSkills: ["介護福祉士", "レクリエーション"], hours: 4 },
    breaks: {
      silent: { freeSkills: ["レクリエーション"] },
      reach: { prefecture: 44 },
      engagement: { engagementTypes: ["PAID_SIDE_JOB"] },
      language: englishOnly,
    },
  }),
];
