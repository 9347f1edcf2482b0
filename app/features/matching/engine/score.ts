// The fit of a partner for a challenge: PURE functions (no database, no I/O), so that suggestions, the reverse
// "challenges for you" view and batch assignment all score the same way, and tests can hand-make cases.
//
// Hot path: `compileChallenge` once per challenge (lookup tables indexed by skill/field id), then `scoreOnly`
// per partner: integer bitmasks and typed arrays, no allocation. `scoreFit` gives the same total with the factors
// explained (allocates; use it for the rows a person reads). Weights and their reasons: ./weights.ts.
import {
  areaWeights,
  challengeTextShare,
  defaultNeededHours,
  factorMax,
  hoursByEngagementType,
  interestWeights,
  loadPoints,
  minimumNeededHours,
  modeWeights,
  rareSkillShare,
  reachByTravel,
  reachLimits,
  relationshipPoints,
  sharedWorkFactor,
  skillRarityWeight,
  statedHoursMinimumShare,
  textEvidenceShare,
  type FactorKey,
} from "./weights.ts";
import { findPrefecture } from "~/features/taxonomy/index.ts";

// ───────────────────────────── Bitmasks of the enums ─────────────────────────────

export const workStyleBits = { REMOTE: 1, ON_SITE: 2, HYBRID: 4 } as const;
export const engagementTypeBits = { VOLUNTEER: 1, PAID_SIDE_JOB: 2, COMPANY_PARTNERSHIP: 4, RESEARCH: 8 } as const;
export const relationshipBits = {
  BIRTHPLACE: 1,
  FORMER_RESIDENT: 2,
  COMMUTE: 4,
  VISITOR: 8,
  FURUSATO_NOZEI: 16,
  DUAL_RESIDENCE: 32,
  BUSINESS: 64,
  OTHER: 128,
} as const;
export const languageBits = { ja: 1, en: 2 } as const;
/** Partner's area interests, by kind of area (the CITYWIDE rule needs them). */
export const areaInterestBits = { CITYWIDE: 1, DISTRICT: 2 } as const;
export type EngagementTypeName = keyof typeof engagementTypeBits;
export type AreaKindName = "CITYWIDE" | "DISTRICT" | "REGION" | "ONLINE";

export function toBits<K extends string>(table: Record<K, number>, values: readonly string[]): number {
  let bits = 0;
  for (const value of values) bits |= (table as Record<string, number | undefined>)[value] ?? 0;
  return bits;
}

export function fromBits<K extends string>(table: Record<K, number>, bits: number): K[] {
  return (Object.keys(table) as K[]).filter((key) => (bits & table[key]) !== 0);
}

const strongRelationships =
  relationshipBits.DUAL_RESIDENCE | relationshipBits.COMMUTE | relationshipBits.FORMER_RESIDENT | relationshipBits.BIRTHPLACE;
const someRelationships = relationshipBits.BUSINESS | relationshipBits.FURUSATO_NOZEI | relationshipBits.VISITOR;
/** Ties that bring the partner to Shiojiri regularly anyway: reach is full wherever the registered home is. */
const presentRelationships = relationshipBits.DUAL_RESIDENCE | relationshipBits.COMMUTE;

// ───────────────────────────── Hard limits ─────────────────────────────

/** Why a partner who is otherwise eligible cannot take the challenge on as it stands (bits, several may hold). */
export const hardLimitBits = { engagement: 1, reach: 2, language: 4, hours: 8 } as const;
export type HardLimitName = keyof typeof hardLimitBits;

// ───────────────────────────── Features ─────────────────────────────

/** Where the partner is, as far as reach is concerned. */
export type LocationKind = "near" | "reachable" | "far" | "abroad" | "unknown";

/** A partner, compact: what scoring needs and nothing else (100,000 fit in memory). */
export type PartnerFeatures = {
  id: string;
  /** Sorted ids (plain small-integer arrays: cheaper for V8's GC than 400,000 typed arrays; empty ones shared). */
  skillIds: readonly number[];
  /** Skills shown only by the partner's own words (not among skillIds), from PartnerMatchFeatures. */
  textSkillIds: readonly number[];
  strategyIds: readonly number[];
  fieldIds: readonly number[];
  areaIds: readonly number[];
  /** areaInterestBits of the areas in areaIds. */
  areaKinds: number;
  workStyles: number;
  engagementTypes: number;
  relationships: number;
  languages: number;
  prefectureCode: number | null;
  countryCode: string | null;
  /** Travel time to Shiojiri (minutes, one way) from the partner's prefecture, null when abroad or unknown. */
  travelMinutes: number | null;
  /** reachOf(…).reach, computed once when the features are built (0–1). */
  reach: number;
  /** −1 when the partner did not say. */
  hoursPerMonth: number;
  /** Open matches in loadStages. */
  load: number;
  /** Hours per month those open matches take (their challenges' hours). */
  committedHours: number;
  /** openToContact and not inactive: the hard filter. */
  eligible: boolean;
};

export type ChallengeFeatures = {
  id: string;
  number: number;
  strategyId: number;
  fieldIds: number[];
  primaryFieldId: number | null;
  areaId: number;
  areaKind: AreaKindName;
  /** Tagged skills: what the challenge wants. */
  skillIds: number[];
  /** Skills its title, summary or body speak of beyond the tags (ChallengeTextEvidence). */
  textSkillIds: number[];
  workStyles: number;
  engagementTypes: number;
  capacity: number;
  /** Hours per month per partner as the challenge states them, null when it does not. */
  hoursPerMonth: number | null;
  /** languageBits: the partner must speak every one. */
  languages: number;
};

/** Skill rarity among active partners, indexed by skill id. */
export type ScoringContext = {
  activePartners: number;
  /** partners offering skill i (active only; by tag or in their words). */
  skillCounts: Int32Array;
  /** skillRarityWeight for skill i. */
  skillWeights: Float64Array;
};

export function buildScoringContext(partners: readonly PartnerFeatures[], maxSkillId: number): ScoringContext {
  const skillCounts = new Int32Array(maxSkillId + 1);
  let active = 0;
  for (const partner of partners) {
    if (!partner.eligible) continue;
    active += 1;
    for (const skills of [partner.skillIds, partner.textSkillIds])
      for (let i = 0; i < skills.length; i += 1) if (skills[i]! <= maxSkillId) skillCounts[skills[i]!]! += 1;
  }
  const skillWeights = new Float64Array(maxSkillId + 1);
  for (let id = 0; id <= maxSkillId; id += 1) skillWeights[id] = skillRarityWeight(active, skillCounts[id]!);
  return { activePartners: active, skillCounts, skillWeights };
}

export function reachOf(partner: Pick<PartnerFeatures, "relationships" | "travelMinutes" | "countryCode">): {
  reach: number;
  location: LocationKind;
} {
  let reach: number;
  let location: LocationKind;
  const minutes = partner.travelMinutes;
  if (minutes !== null) {
    const { fullMinutes, floorMinutes, floor } = reachByTravel;
    reach = minutes <= fullMinutes ? 1 : Math.max(floor, 1 - ((1 - floor) * (minutes - fullMinutes)) / (floorMinutes - fullMinutes));
    location = minutes <= fullMinutes ? "near" : minutes <= reachLimits.onSiteMinutes ? "reachable" : "far";
  } else if (partner.countryCode && partner.countryCode !== "JP") [reach, location] = [reachByTravel.abroad, "abroad"];
  else [reach, location] = [reachByTravel.unknown, "unknown"];
  if (partner.relationships & presentRelationships) reach = 1;
  return { reach, location };
}

/** Hours per month the challenge needs from each partner: as stated, else estimated (see weights.ts). */
export function neededHoursPerMonth(challenge: Pick<ChallengeFeatures, "engagementTypes" | "capacity" | "hoursPerMonth">): number {
  if (challenge.hoursPerMonth !== null && challenge.hoursPerMonth > 0) return challenge.hoursPerMonth;
  let hours = 0;
  for (const type of Object.keys(engagementTypeBits) as EngagementTypeName[]) {
    if (challenge.engagementTypes & engagementTypeBits[type]) hours = Math.max(hours, hoursByEngagementType[type]);
  }
  if (hours === 0) hours = defaultNeededHours;
  if (challenge.capacity > 1) hours = Math.max(minimumNeededHours, Math.round(hours * sharedWorkFactor));
  return hours;
}

/** 0: remote possible (or unspecified), 1: hybrid, 2: on site only. */
function presenceNeed(workStyles: number): 0 | 1 | 2 {
  if (workStyles === 0 || workStyles & workStyleBits.REMOTE) return 0;
  if (workStyles & workStyleBits.HYBRID) return 1;
  return 2;
}

/** Plain description of a partner (names, not bits), as the loader reads it and tests write it. */
export type PartnerInput = {
  id: string;
  skillIds?: readonly number[];
  textSkillIds?: readonly number[];
  strategyIds?: readonly number[];
  fieldIds?: readonly number[];
  areaIds?: readonly number[];
  /** Kinds of the areas in areaIds (same order); only CITYWIDE and DISTRICT matter. */
  areaKinds?: readonly string[];
  workStyles?: readonly string[];
  engagementTypes?: readonly string[];
  relationships?: readonly string[];
  languages?: readonly string[];
  prefectureCode?: number | null;
  countryCode?: string | null;
  hoursPerMonth?: number | null;
  load?: number;
  committedHours?: number;
  openToContact?: boolean;
  inactive?: boolean;
};

const noIds: readonly number[] = [];
function isSorted(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i += 1) if (values[i - 1]! > values[i]!) return false;
  return true;
}
/** Sorted ids; lists already sorted (as the index's reader gets them) are kept as they are, empty ones shared. */
const sortedInts = (values: readonly number[] | undefined): readonly number[] =>
  !values || values.length === 0 ? noIds : isSorted(values) ? values : [...values].sort((a, b) => a - b);

export function makePartnerFeatures(input: PartnerInput): PartnerFeatures {
  const relationships = toBits(relationshipBits, input.relationships ?? []);
  const prefectureCode = input.prefectureCode ?? null;
  const travelMinutes = findPrefecture(prefectureCode)?.travelMinutes ?? null;
  const countryCode = input.countryCode ?? null;
  const skillIds = sortedInts(input.skillIds);
  const textSkillIds = input.textSkillIds?.length ? sortedInts(input.textSkillIds.filter((id) => !skillIds.includes(id))) : noIds;
  return {
    id: input.id,
    skillIds,
    textSkillIds,
    strategyIds: sortedInts(input.strategyIds),
    fieldIds: sortedInts(input.fieldIds),
    areaIds: sortedInts(input.areaIds),
    areaKinds: toBits(areaInterestBits, input.areaKinds ?? []),
    workStyles: toBits(workStyleBits, input.workStyles ?? []),
    engagementTypes: toBits(engagementTypeBits, input.engagementTypes ?? []),
    relationships,
    languages: toBits(languageBits, input.languages ?? ["ja"]),
    prefectureCode,
    countryCode,
    travelMinutes,
    reach: reachOf({ relationships, travelMinutes, countryCode }).reach,
    hoursPerMonth: input.hoursPerMonth ?? -1,
    load: input.load ?? 0,
    committedHours: input.committedHours ?? 0,
    eligible: (input.openToContact ?? true) && !input.inactive,
  };
}

/** Plain description of a challenge (names, not bits). */
export type ChallengeInput = Omit<
  ChallengeFeatures,
  | "workStyles"
  | "engagementTypes"
  | "fieldIds"
  | "skillIds"
  | "textSkillIds"
  | "primaryFieldId"
  | "capacity"
  | "hoursPerMonth"
  | "languages"
> & {
  fieldIds?: number[];
  primaryFieldId?: number | null;
  skillIds?: number[];
  textSkillIds?: number[];
  workStyles?: readonly string[];
  engagementTypes?: readonly string[];
  capacity?: number;
  hoursPerMonth?: number | null;
  languages?: readonly string[];
};

export function makeChallengeFeatures(input: ChallengeInput): ChallengeFeatures {
  const skillIds = input.skillIds ?? [];
  return {
    ...input,
    fieldIds: input.fieldIds ?? [],
    primaryFieldId: input.primaryFieldId ?? input.fieldIds?.[0] ?? null,
    skillIds,
    textSkillIds: (input.textSkillIds ?? []).filter((id) => !skillIds.includes(id)),
    workStyles: toBits(workStyleBits, input.workStyles ?? []),
    engagementTypes: toBits(engagementTypeBits, input.engagementTypes ?? []),
    capacity: input.capacity ?? 1,
    hoursPerMonth: input.hoursPerMonth ?? null,
    languages: toBits(languageBits, input.languages && input.languages.length > 0 ? input.languages : ["ja"]),
  };
}

// ───────────────────────────── Compiled challenge ─────────────────────────────

export type CompiledChallenge = {
  features: ChallengeFeatures;
  /** Rarity weight of each wanted skill, indexed by skill id (0 = not wanted); text-only ones already scaled. */
  wantedSkillWeight: Float64Array;
  /** 1 for the tagged wanted skills (those count towards "wanted skills met"), indexed by skill id. */
  taggedSkill: Uint8Array;
  totalSkillWeight: number;
  /** 2 primary field, 1 other field, indexed by field id. */
  fieldMark: Uint8Array;
  presence: 0 | 1 | 2;
  neededHours: number;
  /** Below this many hours left the partner is a hard limit. */
  minimumHours: number;
  context: ScoringContext;
};

export function compileChallenge(challenge: ChallengeFeatures, context: ScoringContext): CompiledChallenge {
  const maxSkill = Math.max(context.skillWeights.length - 1, ...challenge.skillIds, ...challenge.textSkillIds, 0);
  const wantedSkillWeight = new Float64Array(maxSkill + 1);
  const taggedSkill = new Uint8Array(maxSkill + 1);
  let totalSkillWeight = 0;
  const rarity = (id: number) =>
    id < context.skillWeights.length ? context.skillWeights[id]! : skillRarityWeight(context.activePartners, 0);
  for (const id of challenge.skillIds) {
    if (taggedSkill[id] === 1) continue;
    taggedSkill[id] = 1;
    wantedSkillWeight[id] = rarity(id);
    totalSkillWeight += wantedSkillWeight[id]!;
  }
  for (const id of challenge.textSkillIds) {
    if (wantedSkillWeight[id]! > 0) continue;
    wantedSkillWeight[id] = rarity(id) * challengeTextShare;
    totalSkillWeight += wantedSkillWeight[id]!;
  }
  const fieldMark = new Uint8Array(Math.max(0, ...challenge.fieldIds) + 1);
  for (const id of challenge.fieldIds) fieldMark[id] = id === challenge.primaryFieldId ? 2 : 1;
  if (challenge.primaryFieldId === null && challenge.fieldIds.length > 0) fieldMark[challenge.fieldIds[0]!] = 2;
  const neededHours = neededHoursPerMonth(challenge);
  const stated = challenge.hoursPerMonth !== null && challenge.hoursPerMonth > 0;
  return {
    features: challenge,
    wantedSkillWeight,
    taggedSkill,
    totalSkillWeight,
    fieldMark,
    presence: presenceNeed(challenge.workStyles),
    neededHours,
    minimumHours: stated ? neededHours * statedHoursMinimumShare : Number.MIN_VALUE,
    context,
  };
}

// ───────────────────────────── Factors (shared by scoreOnly and scoreFit) ─────────────────────────────

function skillsPoints(c: CompiledChallenge, p: PartnerFeatures): number {
  if (c.totalSkillWeight === 0) return factorMax.skills;
  const weights = c.wantedSkillWeight;
  let matched = 0;
  const skills = p.skillIds;
  for (let i = 0; i < skills.length; i += 1) {
    const id = skills[i]!;
    if (id < weights.length) matched += weights[id]!;
  }
  const fromText = p.textSkillIds;
  for (let i = 0; i < fromText.length; i += 1) {
    const id = fromText[i]!;
    if (id < weights.length) matched += weights[id]! * textEvidenceShare;
  }
  return (factorMax.skills * matched) / c.totalSkillWeight;
}

/** How many of the challenge's tagged skills the partner has, by tag or in their own words. */
export function wantedSkillsMet(c: CompiledChallenge, p: PartnerFeatures): number {
  const tagged = c.taggedSkill;
  let met = 0;
  for (const skills of [p.skillIds, p.textSkillIds])
    for (let i = 0; i < skills.length; i += 1) if (skills[i]! < tagged.length && tagged[skills[i]!] === 1) met += 1;
  return met;
}

function interestPoints(c: CompiledChallenge, p: PartnerFeatures): number {
  let points = 0;
  const strategies = p.strategyIds;
  for (let i = 0; i < strategies.length; i += 1) {
    if (strategies[i] === c.features.strategyId) {
      points += interestWeights.strategy;
      break;
    }
  }
  let best = 0;
  const fields = p.fieldIds;
  const marks = c.fieldMark;
  for (let i = 0; i < fields.length; i += 1) {
    const id = fields[i]!;
    if (id < marks.length && marks[id]! > best) best = marks[id]!;
  }
  if (best === 2) points += interestWeights.primaryField;
  else if (best === 1) points += interestWeights.otherField;
  return Math.min(points, factorMax.interest);
}

/** 0 exact, 1 citywide, 2 none named, 3 other only, 4 online (everyone). */
function areaCase(c: CompiledChallenge, p: PartnerFeatures): 0 | 1 | 2 | 3 | 4 {
  const kind = c.features.areaKind;
  if (kind === "ONLINE") return 4;
  if (p.areaIds.length === 0) return 2;
  if (kind === "CITYWIDE") return p.areaKinds & (areaInterestBits.CITYWIDE | areaInterestBits.DISTRICT) ? 0 : 3;
  const areas = p.areaIds;
  for (let i = 0; i < areas.length; i += 1) if (areas[i] === c.features.areaId) return 0;
  return p.areaKinds & areaInterestBits.CITYWIDE ? 1 : 3;
}

const areaPointsByCase = [
  areaWeights.exact,
  areaWeights.citywideInterest,
  areaWeights.noInterest,
  areaWeights.otherAreasOnly,
  factorMax.area,
];

function workStylePoints(challengeStyles: number, partnerStyles: number): number {
  if (challengeStyles === 0) return modeWeights.workStyle;
  if (partnerStyles === 0) return modeWeights.workStyle / 2;
  if (challengeStyles & partnerStyles) return modeWeights.workStyle;
  if ((challengeStyles | partnerStyles) & workStyleBits.HYBRID) return modeWeights.workStyle / 2;
  return 0;
}

function engagementPoints(challengeTypes: number, partnerTypes: number): number {
  if (challengeTypes === 0) return modeWeights.engagementType;
  if (partnerTypes === 0) return modeWeights.engagementType / 2;
  return challengeTypes & partnerTypes ? modeWeights.engagementType : 0;
}

function reachPoints(c: CompiledChallenge, p: PartnerFeatures): number {
  if (c.presence === 0) return factorMax.reach;
  const reach = p.reach;
  if (c.presence === 2) return p.workStyles === workStyleBits.REMOTE ? 0 : factorMax.reach * reach;
  return factorMax.reach * (0.5 + 0.5 * reach);
}

function hoursLeft(p: PartnerFeatures): number {
  return p.hoursPerMonth < 0 ? -1 : Math.max(0, p.hoursPerMonth - p.committedHours);
}

function availabilityPoints(c: CompiledChallenge, p: PartnerFeatures): number {
  if (p.hoursPerMonth < 0) return factorMax.availability / 2;
  return factorMax.availability * Math.min(1, hoursLeft(p) / c.neededHours);
}

function languagePoints(c: CompiledChallenge, p: PartnerFeatures): number {
  return (c.features.languages & p.languages) === c.features.languages ? factorMax.language : 0;
}

function relationshipPointsOf(p: PartnerFeatures): number {
  if (p.relationships & strongRelationships) return relationshipPoints.strong;
  if (p.relationships & someRelationships) return relationshipPoints.some;
  if (p.relationships & relationshipBits.OTHER) return relationshipPoints.other;
  return 0;
}

function loadPointsOf(p: PartnerFeatures): number {
  return loadPoints[Math.min(p.load, loadPoints.length - 1)]!;
}

/** Whether the partner can get to on-site (or hybrid) work at all: travel time, abroad, remote-only. */
function outOfReach(c: CompiledChallenge, p: PartnerFeatures): boolean {
  if (c.presence === 0 || p.relationships & presentRelationships) return false;
  if (c.presence === 2 && p.workStyles === workStyleBits.REMOTE) return true;
  if (p.travelMinutes === null) return p.countryCode !== null && p.countryCode !== "JP";
  return p.travelMinutes > (c.presence === 2 ? reachLimits.onSiteMinutes : reachLimits.hybridMinutes);
}

/**
 * The hard limits the partner runs into (hardLimitBits; 0 = fits): an engagement type they do not accept, on-site
 * work out of reach, a working language they do not speak, too few hours left. No allocation.
 */
export function hardLimitsOf(c: CompiledChallenge, p: PartnerFeatures): number {
  let limits = 0;
  const types = c.features.engagementTypes;
  if (types !== 0 && p.engagementTypes !== 0 && (types & p.engagementTypes) === 0) limits |= hardLimitBits.engagement;
  if (outOfReach(c, p)) limits |= hardLimitBits.reach;
  if ((c.features.languages & p.languages) !== c.features.languages) limits |= hardLimitBits.language;
  if (p.hoursPerMonth >= 0 && hoursLeft(p) < c.minimumHours) limits |= hardLimitBits.hours;
  return limits;
}

/** The total (0–100) without explanations, or −1 for a partner the hard filter excludes. No allocation. */
export function scoreOnly(c: CompiledChallenge, p: PartnerFeatures): number {
  if (!p.eligible) return -1;
  return (
    skillsPoints(c, p) +
    interestPoints(c, p) +
    areaPointsByCase[areaCase(c, p)]! +
    workStylePoints(c.features.workStyles, p.workStyles) +
    engagementPoints(c.features.engagementTypes, p.engagementTypes) +
    reachPoints(c, p) +
    availabilityPoints(c, p) +
    languagePoints(c, p) +
    relationshipPointsOf(p) +
    loadPointsOf(p)
  );
}

/** Fitting partners come first, whatever their points. */
const fitsOffset = 100_000;
/** Then more wanted skills met (a skill outweighs any sum of points: maxScore < this). */
const perWantedSkill = 101;

/**
 * The order of suggestions, one number (−1: never listed): partners who fit before every near miss; within each
 * group, more wanted skills met first; then the score. This is how a careful coordinator reads a list: who can
 * take it on at all, who has what the challenge asks for, and only then who is nearer, freer, keener.
 */
export function rankKey(c: CompiledChallenge, p: PartnerFeatures): number {
  if (!p.eligible) return -1;
  return (hardLimitsOf(c, p) === 0 ? fitsOffset : 0) + perWantedSkill * wantedSkillsMet(c, p) + scoreOnly(c, p);
}

/** Whether a rank key belongs to a partner who fits (no hard limit). */
export function rankKeyFits(key: number): boolean {
  return key >= fitsOffset;
}

// ───────────────────────────── Explained score ─────────────────────────────

export type FactorDetail = Record<string, string | number | boolean | number[] | string[]>;
export type ScoreFactor = { key: FactorKey; points: number; max: number; detail: FactorDetail };
export type ScoreResult = {
  score: number;
  factors: ScoreFactor[];
  /** Hard limits the partner runs into (empty: fits). */
  hardLimits: HardLimitName[];
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The score with its factors, each with the parameters its explanation needs (ids, not names: the page
 * resolves names in the reader's language). Same total as scoreOnly (rounded to one decimal).
 */
export function explainFit(c: CompiledChallenge, p: PartnerFeatures): ScoreResult | null {
  if (!p.eligible) return null;
  const { features: challenge, context } = c;
  const isRare = (id: number) => (id < context.skillCounts.length ? context.skillCounts[id]! : 0) < context.activePartners * rareSkillShare;
  const wanted = (id: number) => id < c.wantedSkillWeight.length && c.wantedSkillWeight[id]! > 0;
  const matchedSkills = p.skillIds.filter(wanted);
  const textSkills = p.textSkillIds.filter(wanted);
  const rareSkills = [...matchedSkills, ...textSkills].filter(isRare);
  const missingSkills = challenge.skillIds.filter((id) => !p.skillIds.includes(id) && !p.textSkillIds.includes(id));
  const strategyMatch = p.strategyIds.includes(challenge.strategyId);
  const matchedFields = Array.from(p.fieldIds).filter((id) => id < c.fieldMark.length && c.fieldMark[id]! > 0);
  const areaCases = ["exact", "citywide", "none", "other", "online"] as const;
  const reach = reachOf(p);
  const factors: ScoreFactor[] = [
    {
      key: "skills",
      points: skillsPoints(c, p),
      max: factorMax.skills,
      detail: {
        wanted: challenge.skillIds.length + challenge.textSkillIds.length,
        met: wantedSkillsMet(c, p),
        tagged: challenge.skillIds.length,
        matched: matchedSkills,
        text: textSkills,
        missing: missingSkills,
        rare: rareSkills,
      },
    },
    { key: "interest", points: interestPoints(c, p), max: factorMax.interest, detail: { strategy: strategyMatch, fields: matchedFields } },
    {
      key: "area",
      points: areaPointsByCase[areaCase(c, p)]!,
      max: factorMax.area,
      detail: { case: areaCases[areaCase(c, p)], areaId: challenge.areaId },
    },
    {
      key: "mode",
      points: workStylePoints(challenge.workStyles, p.workStyles) + engagementPoints(challenge.engagementTypes, p.engagementTypes),
      max: factorMax.mode,
      detail: {
        workStyles: fromBits(workStyleBits, challenge.workStyles & p.workStyles),
        engagementTypes: fromBits(engagementTypeBits, challenge.engagementTypes & p.engagementTypes),
        wantedEngagementTypes: fromBits(engagementTypeBits, challenge.engagementTypes),
      },
    },
    {
      key: "reach",
      points: reachPoints(c, p),
      max: factorMax.reach,
      detail: {
        presence: (["remote", "hybrid", "onSite"] as const)[c.presence],
        location: reach.location,
        travelMinutes: p.travelMinutes ?? -1,
        prefectureCode: p.prefectureCode ?? 0,
        countryCode: p.countryCode ?? "",
        remoteOnly: p.workStyles === workStyleBits.REMOTE,
        relationships: fromBits(relationshipBits, p.relationships & presentRelationships),
      },
    },
    {
      key: "availability",
      points: availabilityPoints(c, p),
      max: factorMax.availability,
      detail: {
        hours: p.hoursPerMonth,
        left: hoursLeft(p),
        needed: c.neededHours,
        stated: challenge.hoursPerMonth !== null && challenge.hoursPerMonth > 0,
      },
    },
    {
      key: "language",
      points: languagePoints(c, p),
      max: factorMax.language,
      detail: {
        needed: fromBits(languageBits, challenge.languages),
        missing: fromBits(languageBits, challenge.languages & ~p.languages),
      },
    },
    {
      key: "relationship",
      points: relationshipPointsOf(p),
      max: factorMax.relationship,
      detail: { relationships: fromBits(relationshipBits, p.relationships) },
    },
    { key: "load", points: loadPointsOf(p), max: factorMax.load, detail: { open: p.load } },
  ];
  let total = 0;
  for (const factor of factors) {
    total += factor.points;
    factor.points = round1(factor.points);
  }
  return { score: round1(total), factors, hardLimits: fromBits(hardLimitBits, hardLimitsOf(c, p)) };
}

/** Convenience for one pair (tests, single views): compile and explain. */
export function scoreFit(challenge: ChallengeFeatures, partner: PartnerFeatures, context: ScoringContext): ScoreResult | null {
  return explainFit(compileChallenge(challenge, context), partner);
}

/** Indices of the `k` best scores (descending, ties by index), without sorting everything: one pass, small buffer. */
export function topK(scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i]!;
    if (score < 0) continue;
    if (best.length === k) {
      if (score <= scores[best[k - 1]!]!) continue;
    } else {
      best.push(i);
    }
    // Insertion into the sorted list: the last slot is free (just added, or the weakest, now dropped).
    let position = best.length - 1;
    while (position > 0 && scores[best[position - 1]!]! < score) {
      best[position] = best[position - 1]!;
      position -= 1;
    }
    best[position] = i;
  }
  return best;
}
