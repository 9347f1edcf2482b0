// Demo partners: about 150 individuals, each with their own sign-in account (all with the demo password), and
// about 50 organisations with one to four members, varied in skills, connections to Shiojiri, regions, time,
// languages and ways of working; about 70% public. Generated from fixed lists with a seeded random generator, so
// every run makes the same people. Inserted in a handful of batched statements.
import { randomUUID } from "node:crypto";
import type { EngagementType, ShiojiriRelationship, WorkStyle } from "../../app/generated/prisma/enums.ts";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { hashPassword } from "../../app/features/accounts/password.server.ts";
import { findCountry, findPrefecture } from "../../app/features/taxonomy/prefectures.ts";
import { createPartners, type PartnerSeed } from "./factories.ts";

export const DEMO_INDIVIDUALS = 150;
export const DEMO_ORGANISATIONS = 50;

/** A small deterministic generator (mulberry32): the same demo data on every machine. */
export function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    const count = Math.min(pool.length, int(min, max));
    while (chosen.length < count) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return chosen;
  };
  const chance = (probability: number) => next() < probability;
  return { next, int, pick, some, chance };
}

const japaneseSurnames = [
  ["田中", "Tanaka"],
  ["佐藤", "Sato"],
  ["鈴木", "Suzuki"],
  ["高橋", "Takahashi"],
  ["伊藤", "Ito"],
  ["渡辺", "Watanabe"],
  ["山本", "Yamamoto"],
  ["中村", "Nakamura"],
  ["小林", "Kobayashi"],
  ["加藤", "Kato"],
  ["吉田", "Yoshida"],
  ["山田", "Yamada"],
  ["丸山", "Maruyama"],
  ["百瀬", "Momose"],
  ["上條", "Kamijo"],
  ["赤羽", "Akahane"],
  ["小松", "Komatsu"],
  ["中島", "Nakajima"],
  ["宮坂", "Miyasaka"],
  ["降旗", "Furihata"],
  ["古畑", "Furuhata"],
  ["胡桃沢", "Kurumizawa"],
  ["塩原", "Shiobara"],
  ["藤森", "Fujimori"],
  ["清水", "Shimizu"],
  ["林", "Hayashi"],
  ["森", "Mori"],
  ["池田", "Ikeda"],
] as const;
const japaneseGivenNames = [
  ["美咲", "Misaki"],
  ["健太", "Kenta"],
  ["陽菜", "Hina"],
  ["大輔", "Daisuke"],
  ["さくら", "Sakura"],
  ["翔", "Sho"],
  ["由美", "Yumi"],
  ["拓也", "Takuya"],
  ["真理子", "Mariko"],
  ["直樹", "Naoki"],
  ["彩", "Aya"],
  ["誠", "Makoto"],
  ["千尋", "Chihiro"],
  ["亮", "Ryo"],
  ["恵", "Megumi"],
  ["悠斗", "Yuto"],
  ["葵", "Aoi"],
  ["蓮", "Ren"],
  ["結衣", "Yui"],
  ["浩二", "Koji"],
  ["明美", "Akemi"],
  ["隆", "Takashi"],
  ["奈々", "Nana"],
  ["智子", "Tomoko"],
] as const;
/** Partners who write their names in Latin letters, with the languages they work in and where they might live. */
const internationalNames: { name: string; languages: string[]; countries: string[] }[] = [
  { name: "Emily Carter", languages: ["en", "ja"], countries: ["US", "GB", "AU"] },
  { name: "James Whitfield", languages: ["en"], countries: ["GB", "US"] },
  { name: "Sophie Martin", languages: ["fr", "en", "ja"], countries: ["FR", "CA"] },
  { name: "Lucas Oliveira", languages: ["pt", "ja"], countries: ["BR"] },
  { name: "Ana Paula Nakamura", languages: ["pt", "ja", "es"], countries: ["BR", "PE"] },
  { name: "Nguyen Thi Lan", languages: ["vi", "ja"], countries: ["VN"] },
  { name: "Tran Minh Duc", languages: ["vi", "en"], countries: ["VN"] },
  { name: "Maria Santos", languages: ["tl", "en", "ja"], countries: ["PH"] },
  { name: "Wang Xiaoyu", languages: ["zh", "ja", "en"], countries: ["CN", "TW"] },
  { name: "Lin Mei-Hua", languages: ["zh", "en"], countries: ["TW", "HK"] },
  { name: "Kim Jiwoo", languages: ["ko", "ja"], countries: ["KR"] },
  { name: "Park Seoyeon", languages: ["ko", "en"], countries: ["KR"] },
  { name: "Anna Schneider", languages: ["de", "en"], countries: ["DE", "CH"] },
  { name: "Lars Andersson", languages: ["en"], countries: ["SE", "NL"] },
  { name: "Priya Raman", languages: ["en"], countries: ["IN", "SG"] },
  { name: "Suman Gurung", languages: ["ne", "ja", "en"], countries: ["NP"] },
  { name: "Siti Rahmawati", languages: ["id", "en"], countries: ["ID", "MY"] },
  { name: "Somchai Wongsa", languages: ["th", "en"], countries: ["TH"] },
  { name: "Carlos Romero", languages: ["es", "en"], countries: ["ES", "PE"] },
  { name: "Olivia Brown", languages: ["en", "ja"], countries: ["NZ", "AU", "CA"] },
];

const skillSlugs = [
  "web-development",
  "mobile-apps",
  "data-analysis",
  "gis",
  "ux-design",
  "it-training",
  "business-planning",
  "marketing",
  "branding",
  "fundraising",
  "accounting",
  "legal",
  "project-management",
  "facilitation",
  "community-organising",
  "childcare",
  "education",
  "elderly-care",
  "healthcare",
  "welfare",
  "disaster-preparedness",
  "agriculture",
  "wine",
  "forestry",
  "tourism",
  "traditional-crafts",
  "renewable-energy",
  "circular-economy",
  "mobility",
  "architecture",
  "urban-planning",
  "graphic-design",
  "photo-video",
  "writing",
  "translation",
  "arts",
  "sports",
  "research",
] as const;

/** What a skill makes someone, for headlines: [Japanese, English]. */
const roles: Record<string, [string, string]> = {
  "web-development": ["Webエンジニア", "web engineer"],
  "mobile-apps": ["アプリ開発者", "app developer"],
  "data-analysis": ["データアナリスト", "data analyst"],
  gis: ["GISエンジニア", "GIS specialist"],
  "ux-design": ["UXデザイナー", "UX designer"],
  "it-training": ["ITインストラクター", "digital skills trainer"],
  "business-planning": ["事業開発担当", "business developer"],
  marketing: ["マーケター", "marketer"],
  branding: ["ブランドプランナー", "brand planner"],
  fundraising: ["ファンドレイザー", "fundraiser"],
  accounting: ["税理士", "accountant"],
  legal: ["弁護士", "lawyer"],
  "project-management": ["プロジェクトマネージャー", "project manager"],
  facilitation: ["ファシリテーター", "facilitator"],
  "community-organising": ["コミュニティマネージャー", "community manager"],
  childcare: ["保育士", "childcare worker"],
  education: ["教員", "teacher"],
  "elderly-care": ["介護福祉士", "care worker"],
  healthcare: ["看護師", "nurse"],
  welfare: ["社会福祉士", "social worker"],
  "disaster-preparedness": ["防災士", "disaster-preparedness adviser"],
  agriculture: ["農家", "farmer"],
  wine: ["醸造家", "winemaker"],
  forestry: ["木工作家", "woodworker"],
  tourism: ["観光プランナー", "tourism planner"],
  "traditional-crafts": ["漆芸家", "lacquer artist"],
  "renewable-energy": ["エネルギー技術者", "energy engineer"],
  "circular-economy": ["資源循環コンサルタント", "circular-economy consultant"],
  mobility: ["交通計画コンサルタント", "transport planner"],
  architecture: ["建築家", "architect"],
  "urban-planning": ["都市計画家", "urban planner"],
  "graphic-design": ["グラフィックデザイナー", "graphic designer"],
  "photo-video": ["映像作家", "filmmaker"],
  writing: ["編集者", "editor"],
  translation: ["翻訳者", "translator"],
  arts: ["音楽家", "musician"],
  sports: ["スポーツトレーナー", "sports coach"],
  research: ["研究者", "researcher"],
};

/** Skills and the strategy fields they usually serve (①–⑨). */
const fieldsOfSkill: Record<string, number[]> = {
  childcare: [1],
  education: [2, 1],
  "it-training": [2, 6],
  arts: [3],
  sports: [3],
  "traditional-crafts": [3, 4],
  wine: [4],
  agriculture: [4, 5],
  tourism: [4],
  marketing: [4],
  branding: [4],
  "business-planning": [4, 6],
  fundraising: [6, 7],
  "renewable-energy": [5],
  "circular-economy": [5],
  forestry: [5, 4],
  facilitation: [6, 7],
  "community-organising": [7, 6],
  welfare: [7, 8],
  "elderly-care": [8],
  healthcare: [8],
  "disaster-preparedness": [9],
  mobility: [9],
  architecture: [9],
  "urban-planning": [9],
  gis: [9, 5],
  "data-analysis": [6, 4],
  "web-development": [6],
  "mobile-apps": [6],
  "ux-design": [6, 2],
};

const strategyOfField = (field: number) => (field <= 3 ? "A" : field <= 6 ? "B" : "C");

const freeTags = [
  "ドローン撮影",
  "ワークショップ設計",
  "クラフトビール",
  "古民家再生",
  "SNS運用",
  "動画編集",
  "ボードゲーム",
  "登山ガイド",
  "キャンプ場運営",
  "プログラミング教室",
  "Notion",
  "Figma",
  "Python",
  "地域おこし協力隊OB",
  "食品加工",
  "薪ストーブ",
  "シードル",
  "英会話",
  "手話",
  "ジビエ料理",
  "Podcast",
  "キッチンカー",
];

const areaSlugs = [
  "citywide",
  "daimon",
  "shiojiri-higashi",
  "kataoka",
  "takaide",
  "hirooka",
  "yoshida",
  "seba",
  "soga",
  "narakawa",
  "kitaono",
  "matsumotodaira",
  "online",
];

/** Where partners in Japan live, weighted: Nagano and the big cities most. */
const prefectureWeights: [number, number][] = [
  [20, 26],
  [13, 22],
  [14, 8],
  [11, 6],
  [12, 4],
  [23, 8],
  [27, 6],
  [19, 4],
  [21, 3],
  [22, 3],
  [15, 3],
  [16, 2],
  [17, 2],
  [26, 3],
  [28, 2],
  [10, 2],
  [9, 1],
  [8, 1],
  [4, 2],
  [1, 2],
  [34, 1],
  [40, 2],
  [47, 1],
  [33, 1],
  [37, 1],
  [43, 1],
  [24, 1],
  [25, 1],
];

function weighted(random: ReturnType<typeof generator>, weights: [number, number][]) {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random.next() * total;
  for (const [value, weight] of weights) {
    point -= weight;
    if (point < 0) return value;
  }
  return weights[0]![0];
}

const relationshipsByPlace = (inNagano: boolean, abroad: boolean): ShiojiriRelationship[] =>
  abroad
    ? ["VISITOR", "FURUSATO_NOZEI", "BUSINESS", "FORMER_RESIDENT", "OTHER"]
    : inNagano
      ? ["BIRTHPLACE", "FORMER_RESIDENT", "COMMUTE", "BUSINESS", "DUAL_RESIDENCE", "VISITOR"]
      : ["BIRTHPLACE", "FORMER_RESIDENT", "VISITOR", "FURUSATO_NOZEI", "DUAL_RESIDENCE", "BUSINESS", "OTHER"];

const workStyleSets: WorkStyle[][] = [
  ["REMOTE"],
  ["REMOTE", "HYBRID"],
  ["ON_SITE"],
  ["ON_SITE", "HYBRID"],
  ["HYBRID"],
  ["REMOTE", "ON_SITE", "HYBRID"],
];
const individualEngagements: EngagementType[] = ["VOLUNTEER", "PAID_SIDE_JOB", "RESEARCH"];

function individualBio(random: ReturnType<typeof generator>, role: string, relationship: ShiojiriRelationship, english: boolean) {
  if (english) {
    const link = {
      BIRTHPLACE: "I grew up in Shiojiri",
      FORMER_RESIDENT: "I lived in Shiojiri for a few years",
      COMMUTE: "I commute to Shiojiri",
      VISITOR: "I first came to Shiojiri for the Kiso-ji trail and the wineries",
      FURUSATO_NOZEI: "I support Shiojiri through furusato nozei",
      DUAL_RESIDENCE: "I split my time between the city and Shiojiri",
      BUSINESS: "I work with companies in Shiojiri",
      OTHER: "A friend introduced me to Shiojiri",
    }[relationship];
    return `${link}, and I would like to help as a ${role}.\n\n- ${random.pick(["Weekends and evenings work best for me.", "I can join online meetings in Japan time.", "I visit Japan a few times a year."])}\n- ${random.pick(["Happy to mentor local teams.", "I enjoy working with students.", "I like small, concrete projects."])}`;
  }
  const link = {
    BIRTHPLACE: "塩尻で生まれ育ちました。",
    FORMER_RESIDENT: "以前、塩尻に住んでいました。",
    COMMUTE: "塩尻に通勤しています。",
    VISITOR: "ワイナリー巡りや奈良井宿をきっかけに、塩尻によく来ています。",
    FURUSATO_NOZEI: "ふるさと納税で塩尻を応援しています。",
    DUAL_RESIDENCE: "都市部と塩尻の二拠点で暮らしています。",
    BUSINESS: "仕事で塩尻の企業と関わっています。",
    OTHER: "友人の紹介で塩尻を知りました。",
  }[relationship];
  return `${link}${role}としての経験を、まちの課題に生かしたいと考えています。\n\n- ${random.pick(["平日夜と週末に活動できます。", "月に一度は現地に行けます。", "オンラインでの打ち合わせが中心になります。"])}\n- ${random.pick(["学生との協働に関心があります。", "小さく試して広げるのが得意です。", "地域の方の話を聞くところから始めたいです。"])}`;
}

const organisationThemes: { ja: string; en: string; skills: string[]; fields: number[] }[] = [
  { ja: "信州データラボ", en: "Shinshu Data Lab", skills: ["data-analysis", "gis", "web-development"], fields: [6, 9] },
  {
    ja: "木曽路まちづくりネット",
    en: "Kisoji Town Network",
    skills: ["urban-planning", "community-organising", "tourism"],
    fields: [9, 4],
  },
  { ja: "桔梗ヶ原ワインクラブ", en: "Kikyogahara Wine Club", skills: ["wine", "agriculture", "marketing"], fields: [4] },
  { ja: "奈良井宿漆工房", en: "Narai-juku Lacquer Studio", skills: ["traditional-crafts", "branding"], fields: [3, 4] },
  { ja: "こども未来ネットワーク", en: "Children's Future Network", skills: ["childcare", "education", "facilitation"], fields: [1, 2] },
  {
    ja: "松本平エネルギー協同組合",
    en: "Matsumotodaira Energy Cooperative",
    skills: ["renewable-energy", "circular-economy"],
    fields: [5],
  },
  {
    ja: "中部山岳防災研究会",
    en: "Central Alps Disaster Research Group",
    skills: ["disaster-preparedness", "gis", "research"],
    fields: [9],
  },
  { ja: "ケアテック信州", en: "CareTech Shinshu", skills: ["elderly-care", "mobile-apps", "healthcare"], fields: [8] },
  { ja: "みどりの森林組合", en: "Midori Forest Cooperative", skills: ["forestry", "renewable-energy"], fields: [5, 4] },
  { ja: "地域メディア工房", en: "Local Media Workshop", skills: ["photo-video", "writing", "graphic-design"], fields: [3, 4] },
  { ja: "スポーツでつながる会", en: "Connected Through Sport", skills: ["sports", "community-organising"], fields: [3, 7] },
  { ja: "多文化共生サポート", en: "Multicultural Support Network", skills: ["translation", "welfare", "education"], fields: [7, 2] },
  { ja: "空き家リノベーション研究所", en: "Vacant House Renovation Institute", skills: ["architecture", "urban-planning"], fields: [9, 7] },
  { ja: "ローカルモビリティ研究会", en: "Local Mobility Study Group", skills: ["mobility", "data-analysis"], fields: [9] },
  { ja: "デジタル市民塾", en: "Digital Citizens School", skills: ["it-training", "facilitation", "ux-design"], fields: [6, 2] },
  { ja: "みらい農業ネット", en: "Future Farming Net", skills: ["agriculture", "business-planning"], fields: [4, 5] },
  { ja: "ひとり親応援プロジェクト", en: "Single Parents Support Project", skills: ["childcare", "welfare", "fundraising"], fields: [1, 7] },
];
const organisationForms: { ja: (name: string) => string; en: (name: string) => string; engagement: EngagementType[] }[] = [
  { ja: (name) => `株式会社${name}`, en: (name) => `${name} Inc.`, engagement: ["COMPANY_PARTNERSHIP", "PAID_SIDE_JOB"] },
  { ja: (name) => `NPO法人 ${name}`, en: (name) => `${name} (NPO)`, engagement: ["VOLUNTEER", "COMPANY_PARTNERSHIP"] },
  { ja: (name) => `一般社団法人 ${name}`, en: (name) => `${name} Association`, engagement: ["COMPANY_PARTNERSHIP", "VOLUNTEER"] },
  { ja: (name) => `${name}（大学研究室）`, en: (name) => `${name}, University Lab`, engagement: ["RESEARCH"] },
  { ja: (name) => `${name} 有志の会`, en: (name) => `${name} Volunteers`, engagement: ["VOLUNTEER"] },
];

type DemoUser = { id: string; email: string; displayName: string; language: "ja" | "en" };

/**
 * Demo partners, once: a database that already has partner profiles is left as it is. `partnerAccountEmail` (the
 * demo partner account) gets its own profile and owns one organisation with other demo partners as members.
 */
export async function seedDemoPartners(prisma: PrismaClient, options: { password: string; partnerAccountEmail: string }) {
  if ((await prisma.partnerProfile.count()) > 0) return;
  const random = generator(20260401);
  // One hash for every demo account: hashing 150 passwords would take most of the seed's time.
  const passwordHash = await hashPassword(options.password);
  const demoPartner = await prisma.user.findUnique({
    where: { email: options.partnerAccountEmail },
    select: { id: true, displayName: true, email: true, language: true },
  });
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();

  const users: DemoUser[] = [];
  const individuals: PartnerSeed[] = [];
  for (let index = 0; index < DEMO_INDIVIDUALS; index++) {
    const international = index % 7 === 3;
    const person = international ? random.pick(internationalNames) : null;
    const [surnameJa, surnameEn] = random.pick(japaneseSurnames);
    const [givenJa, givenEn] = random.pick(japaneseGivenNames);
    const displayName = person ? person.name : random.chance(0.1) ? `${givenEn} ${surnameEn}` : `${surnameJa} ${givenJa}`;
    const english = person !== null || /^[A-Za-z]/.test(displayName);
    const abroad = person ? random.chance(0.75) : random.chance(0.04);
    const prefectureCode = abroad ? null : weighted(random, prefectureWeights);
    const countryCode = abroad ? (person ? random.pick(person.countries) : random.pick(["US", "SG", "DE", "AU"])) : null;
    const skills = random.some(skillSlugs, 1, 4);
    const mainSkill = skills[0]!;
    const relationships = random.some(relationshipsByPlace(prefectureCode === 20, abroad), 1, 3);
    const fields = [...new Set([...(fieldsOfSkill[mainSkill] ?? [random.int(1, 9)]), ...(random.chance(0.4) ? [random.int(1, 9)] : [])])];
    const role = roles[mainSkill]!;
    const prefecture = findPrefecture(prefectureCode);
    const country = findCountry(countryCode);
    const id = randomUUID();
    const email = `partner${String(index + 1).padStart(3, "0")}@demo.shiojiri-hub.example`;
    users.push({ id, email, displayName, language: english ? "en" : "ja" });
    individuals.push({
      kind: "INDIVIDUAL",
      ownerId: id,
      displayName,
      headline: english
        ? `${role[1][0]!.toUpperCase()}${role[1].slice(1)} in ${prefecture?.nameEn ?? country?.nameEn ?? "Japan"}, connected to Shiojiri`
        : `${prefecture?.nameJa ?? country?.nameJa ?? "海外"}在住の${role[0]}｜${random.pick(["塩尻の未来に関わりたい", "週末に現地で活動", "リモートで伴走します", "学びと実践を地域へ"])}`,
      bio: individualBio(random, english ? role[1] : role[0], relationships[0]!, english),
      skillSlugs: skills,
      freeSkills: random.chance(0.35) ? random.some(freeTags, 1, 2) : [],
      strategyCodes: [...new Set(fields.map(strategyOfField))],
      fieldNumbers: fields,
      areaSlugs: random.some(areaSlugs, 0, 2),
      relationships,
      prefectureCode,
      countryCode,
      availabilityHoursPerMonth: random.chance(0.85) ? random.pick([2, 4, 5, 8, 10, 12, 16, 20, 24, 30, 40]) : null,
      workStyles: abroad ? ["REMOTE"] : random.pick(workStyleSets),
      engagementTypes: random.some(individualEngagements, 1, 2),
      languages: person ? person.languages : random.chance(0.25) ? ["ja", "en"] : ["ja"],
      isPublic: random.chance(0.7),
      openToContact: random.chance(0.85),
      contactEmail: random.chance(0.3) ? email : null,
      contactPhone: random.chance(0.2) ? `090-${random.int(1000, 9999)}-${random.int(1000, 9999)}` : null,
      website: random.chance(0.2) ? `https://example.com/${email.split("@")[0]}` : null,
      updatedAt: new Date(now - random.int(0, 300) * day),
    });
  }
  // The demo partner account's own profile: public, so it shows in the directory.
  if (demoPartner) {
    individuals.unshift({
      kind: "INDIVIDUAL",
      ownerId: demoPartner.id,
      displayName: demoPartner.displayName,
      headline: "東京在住のUXデザイナー｜塩尻出身",
      bio: "塩尻市広丘出身です。東京でWebサービスのUXデザインをしています。\n\n- 月に一度は帰省しています\n- 子育て支援とデジタルの掛け合わせに関心があります",
      skillSlugs: ["ux-design", "web-development", "facilitation"],
      freeSkills: ["Figma", "ワークショップ設計"],
      strategyCodes: ["A", "B"],
      fieldNumbers: [1, 6],
      areaSlugs: ["hirooka", "online"],
      relationships: ["BIRTHPLACE", "FURUSATO_NOZEI"],
      prefectureCode: 13,
      availabilityHoursPerMonth: 12,
      workStyles: ["REMOTE", "HYBRID"],
      engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
      languages: ["ja", "en"],
      isPublic: true,
      openToContact: true,
      contactEmail: demoPartner.email,
      website: "https://example.com/demo-partner",
      updatedAt: new Date(now - 2 * day),
    });
  }

  const organisations: PartnerSeed[] = [];
  const pool = users.map((user) => user.id);
  for (let index = 0; index < DEMO_ORGANISATIONS; index++) {
    const theme = organisationThemes[index % organisationThemes.length]!;
    const round = Math.floor(index / organisationThemes.length);
    const form = organisationForms[(index + round) % organisationForms.length]!;
    const english = index % 9 === 4;
    // Later rounds of the same themes are other groups: "… North", "…・北".
    const suffix = round === 0 ? "" : english ? ` ${["North", "South", "East"][round - 1]}` : `・${["北", "南", "東"][round - 1]}`;
    const name = english ? form.en(theme.en) + suffix : form.ja(theme.ja) + suffix;
    const members = random.some(pool, 1, 4);
    const abroad = english && random.chance(0.5);
    const fields = theme.fields;
    organisations.push({
      kind: "ORGANISATION",
      displayName: name,
      ownerId: members[0],
      memberIds: members.slice(1),
      headline: english
        ? `${theme.en}: working with Shiojiri on ${theme.skills
            .map((slug) => roles[slug]![1])
            .slice(0, 2)
            .join(" and ")} projects`
        : `${theme.skills
            .map((slug) => roles[slug]![0])
            .slice(0, 2)
            .join("・")}の力で塩尻の課題に取り組みます`,
      bio: english
        ? `We are ${name}. We would like to bring our experience to Shiojiri's challenges and learn from the people who live there.`
        : `${name}です。これまでの活動で得た知見を生かし、塩尻市の地域課題に市民の皆さんと一緒に取り組みたいと考えています。\n\n- 現地での実証にも対応できます\n- 学生インターンの受け入れ実績があります`,
      skillSlugs: theme.skills,
      freeSkills: random.chance(0.3) ? random.some(freeTags, 1, 3) : [],
      strategyCodes: [...new Set(fields.map(strategyOfField))],
      fieldNumbers: fields,
      areaSlugs: random.some(areaSlugs, 1, 3),
      relationships: random.some(["BUSINESS", "COMMUTE", "VISITOR", "OTHER", "FURUSATO_NOZEI"] as ShiojiriRelationship[], 1, 2),
      prefectureCode: abroad ? null : weighted(random, prefectureWeights),
      countryCode: abroad ? random.pick(["US", "DE", "SG", "TW"]) : null,
      availabilityHoursPerMonth: random.pick([10, 20, 40, 60, 80, 120]),
      workStyles: random.pick(workStyleSets),
      engagementTypes: form.engagement,
      languages: english ? ["en", "ja"] : random.chance(0.2) ? ["ja", "en"] : ["ja"],
      isPublic: random.chance(0.72),
      openToContact: random.chance(0.9),
      contactEmail: `info${index + 1}@org.demo.shiojiri-hub.example`,
      contactPhone: random.chance(0.6) ? `0263-${random.int(10, 99)}-${random.int(1000, 9999)}` : null,
      website: random.chance(0.7) ? `https://example.org/org-${index + 1}` : null,
      updatedAt: new Date(now - random.int(0, 300) * day),
    });
  }
  // The demo partner owns the first organisation, with two other demo partners as members.
  if (demoPartner) {
    const first = organisations[0]!;
    first.displayName = "しおじり関係人口ラボ";
    first.ownerId = demoPartner.id;
    first.memberIds = pool.slice(0, 2);
    first.isPublic = true;
  }

  await prisma.$transaction(
    async (tx) => {
      await tx.user.createMany({
        data: users.map((user) => ({ ...user, passwordHash, emailVerifiedAt: new Date(now - 400 * day) })),
      });
      await createPartners(tx, [...individuals, ...organisations]);
    },
    { timeout: 60_000 },
  );
}
