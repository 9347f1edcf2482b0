// The weights of matching, in one place. A fit score is the sum of the factors' points; the maxima add up to 100,
// so a score reads as "per cent of a perfect fit". Every factor is explained to coordinators in words
// (app/locales/*/matching.ts, matching.factors.*) and frozen on a Match when it is created (Match.scoreFactors).
//
// Hard filters come before any factor: partners with openToContact = false or with inactiveSince set are never
// scored, never listed, never suggested (see score.ts `isEligible`).
//
// A factor the challenge says nothing about (no skills wanted, no work style given…) gives every partner the same
// points, so it never changes the ranking; a factor the partner says nothing about gives half, so a partner who
// filled in their profile ranks above one who did not, other things being equal.

export const factorKeys = ["skills", "interest", "area", "mode", "reach", "availability", "language", "relationship", "load"] as const;
export type FactorKey = (typeof factorKeys)[number];

export const factorMax: Record<FactorKey, number> = {
  /**
   * Skills wanted by the challenge vs offered by the partner: the share of the wanted skills the partner has, each
   * skill weighted by its rarity among active partners (inverse frequency, see `skillRarityWeight`). The biggest
   * factor: a skill is the most concrete thing a partner brings, and a rare one (GIS, a dialect archive's
   * palaeography) is what coordinators cannot find by themselves.
   */
  skills: 28,
  /**
   * Interest in the challenge's basic strategy (4) and its strategy fields (10 for the primary field, 7 for another
   * field the challenge lists). Partners who said they care about a theme answer and stay longer.
   */
  interest: 14,
  /**
   * Area: the partner's area interests vs the challenge's area. ONLINE challenges fit anyone (full points). For a
   * district or the wider region: full for that exact area, 6 for a partner interested in the whole city, 4 for a
   * partner who named no area, 2 for one who named only other areas. CITYWIDE: full for CITYWIDE or any district.
   */
  area: 8,
  /**
   * Engagement mode: work styles (6: a shared style, 3 when one side is HYBRID and the other is REMOTE or ON_SITE,
   * 3 when the partner named none) and engagement types (4: volunteer, paid side job, company partnership,
   * research; 2 when the partner named none).
   */
  mode: 10,
  /**
   * Reach: can the partner come to Shiojiri when the work needs presence? ON_SITE-only challenges scale the points
   * by the partner's reach (see `reachOf`); HYBRID challenges give half whatever the reach and the other half by
   * reach; challenges that allow REMOTE (or name no style) give everyone full points, partners abroad included.
   */
  reach: 10,
  /**
   * Availability: the partner's hours per month vs the hours the challenge likely needs per partner
   * (`neededHoursPerMonth`): full points at or above the need, proportionally below; half when unknown.
   */
  availability: 7,
  /**
   * Language: the local side works in Japanese. A challenge written only in Japanese needs a Japanese-speaking
   * partner (10, else 0). A challenge with English text also fits an English-speaking partner (7: the work itself
   * may still happen in Japanese).
   */
  language: 10,
  /**
   * Relationship to Shiojiri (関係人口): living part-time, commuting, having lived here or being from here count
   * most (5); business ties, ふるさと納税 and visits some (3); "other" a little (2); none 0.
   */
  relationship: 5,
  /**
   * Current load: the partner's open matches in the load stages (INTRODUCED, AGREED, ACTIVE): 8 with none, then
   * 5, 3, 1, 0 from four on, so that the same few people are not asked every time.
   */
  load: 8,
};

export const maxScore = factorKeys.reduce((sum, key) => sum + factorMax[key], 0);

/** Points for the load factor by the number of open matches in load stages (index = count, last entry = more). */
export const loadPoints: readonly number[] = [8, 5, 3, 1, 0];

/** Interest sub-weights. */
export const interestWeights = { strategy: 4, primaryField: 10, otherField: 7 } as const;

/** Area sub-weights (fractions of factorMax.area, rounded when shown). */
export const areaWeights = { exact: 8, citywideInterest: 6, noInterest: 4, otherAreasOnly: 2 } as const;

/** Mode sub-weights. */
export const modeWeights = { workStyle: 6, engagementType: 4 } as const;

/** Language: an English-speaking partner on a challenge with English text. */
export const languageEnglishOnly = 7;

/**
 * Reach, 0–1: how easily the partner can be in Shiojiri. Road distance from app/features/taxonomy/prefectures.ts (Nagano and
 * Yamanashi are near, ≤ 120 km: 1; up to 300 km, Tokyo or Nagoya by express: 0.6; the rest of Japan 0.25; abroad
 * 0; unknown location 0.25). A relationship that brings the partner here anyway lifts it: dual residence or
 * commuting to 1, having lived here or being from here to at least 0.6.
 */
export const reachByDistance = { nearKm: 120, reachableKm: 300, near: 1, reachable: 0.6, far: 0.25, abroad: 0, unknown: 0.25 } as const;
export const reachByRelationship = { present: 1, returning: 0.6 } as const;

/** Relationship sub-weights (the best one counts). */
export const relationshipPoints = { strong: 5, some: 3, other: 2 } as const;

/**
 * Hours per month a partner likely needs to give, by engagement type: a company partnership or a research
 * project is a sustained commitment (20 h), a paid side job a few days (15 h), volunteering a few afternoons
 * (8 h). A challenge with several types takes the largest; with none, 8 h. When the challenge looks for several
 * partners (capacity > 1) the work is shared, so each needs three quarters of that (at least 4 h).
 */
export const hoursByEngagementType = { VOLUNTEER: 8, PAID_SIDE_JOB: 15, COMPANY_PARTNERSHIP: 20, RESEARCH: 20 } as const;
export const defaultNeededHours = 8;
export const sharedWorkFactor = 0.75;
export const minimumNeededHours = 4;

/**
 * Rarity weight of a skill: 1 + ln((N + 1) / (n + 1)), N the active partners, n those offering the skill. A skill
 * everybody has weighs 1; one in a thousand partners about 7.9. Logarithmic so that a single very rare skill does
 * not drown all the others.
 */
export function skillRarityWeight(activePartners: number, partnersWithSkill: number): number {
  return 1 + Math.log((activePartners + 1) / (partnersWithSkill + 1));
}

/** A skill is called "rare" in explanations when fewer than this share of active partners offer it. */
export const rareSkillShare = 0.05;
