// The background population of the matching evaluation: partners who are neither the right pick nor a deliberate
// distractor, generated from a fixed seed so every run sees the same people. They never hold a skill the case's
// challenge wants (by tag or in their words), so they cannot be a better pick than the labelled one; they do carry
// every soft bonus at random (district, ties, fields, hours), which is exactly what a naive score is tempted by.
import type { ChallengeSpec, PartnerSpec } from "./cases.ts";

const allSkills = [
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
];

const neutralBios = [
  "松本市在住。休日は家族と過ごしています。",
  "塩尻に縁があり、何か役に立てればと思い登録しました。",
  "東京の会社に勤めています。週末に少し時間があります。",
  "I live in Tokyo and visit Nagano every summer.",
  "地域の行事に参加するのが好きです。",
  "",
  "できることから少しずつ関わりたいと考えています。",
  "Happy to help where I can.",
];

const areaSlugs = ["citywide", "daimon", "hirooka", "narakawa", "seba", "soga", "yoshida", "kataoka", "takaide", "kitaono"];
const prefectureCodes = [20, 20, 20, 13, 13, 14, 19, 23, 15, 27, 40, 1, 17, 21];

/** Mulberry32: a tiny deterministic generator (the population must be the same on every run). */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function backgroundPopulation(challenge: ChallengeSpec, count: number, seed: number): PartnerSpec[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const wanted = new Set(challenge.skills);
  const skillPool = allSkills.filter((skill) => !wanted.has(skill));
  const partners: PartnerSpec[] = [];
  for (let i = 0; i < count; i += 1) {
    const skills = new Set<string>();
    const skillCount = Math.floor(random() * 4);
    for (let k = 0; k < skillCount; k += 1) skills.add(pick(skillPool));
    partners.push({
      skills: [...skills],
      bio: pick(neutralBios),
      strategies: random() < 0.4 ? [challenge.strategy] : [],
      fields: random() < 0.3 ? challenge.fields : [],
      areas: random() < 0.3 ? [challenge.area] : random() < 0.5 ? [pick(areaSlugs)] : [],
      workStyles: [pick(["REMOTE", "ON_SITE", "HYBRID"])],
      engagementTypes:
        random() < 0.5 ? challenge.engagementTypes : [pick(["VOLUNTEER", "PAID_SIDE_JOB", "COMPANY_PARTNERSHIP", "RESEARCH"])],
      relationships: random() < 0.3 ? ["BIRTHPLACE"] : random() < 0.2 ? ["DUAL_RESIDENCE"] : [],
      languages: random() < 0.85 ? ["ja"] : random() < 0.5 ? ["en"] : ["ja", "en"],
      prefecture: random() < 0.05 ? null : pick(prefectureCodes),
      country: null,
      hours: random() < 0.2 ? null : Math.floor(random() * 60),
      load: Math.floor(random() * 3),
    });
  }
  return partners;
}
