// The weights of matching, in one place. A fit score is the sum of the factors' points; the maxima add up to 100,
// so a score reads as "per cent of a perfect fit". Every factor is explained to coordinators in words
// (app/locales/*/matching.ts, matching.factors.*) and frozen on a Match when it is created (Match.scoreFactors).
//
// Hard filters come before any factor: partners with openToContact = false or with inactiveSince set are never
// scored, never listed, never suggested. Hard LIMITS come next (score.ts `hardLimitsOf`): a partner who refuses the
// engagement type, cannot reach on-site work, does not speak a working language or has no hours left is listed
// after every partner who fits, as a near miss with the reason; the factors below only order partners within
// those two groups, so no soft preference lifts anyone over a hard limit.
//
// A factor the challenge says nothing about (no skills wanted, no work style given…) gives every partner the same
// points, so it never changes the ranking; a factor the partner says nothing about gives half, so a partner who
// filled in their profile ranks above one who did not, other things being equal.

export const factorKeys = ["skills", "interest", "area", "mode", "reach", "availability", "language", "relationship", "load"] as const;
export type FactorKey = (typeof factorKeys)[number];

export const factorMax: Record<FactorKey, number> = {
  /**
   * Skills wanted by the challenge vs offered by the partner: the share of the wanted skills the partner has, each
   * skill weighted by its rarity among active partners (inverse frequency, see `skillRarityWeight`). A tag counts
   * fully, the skill shown only by the partner's own words (headline, biography, free-text skills) counts
   * `textEvidenceShare` of it; a skill the challenge names only in its text counts `challengeTextShare` of a
   * tagged one. The biggest factor by far (issue 16: one of three skills plus soft factors used to top the list):
   * a skill is the most concrete thing a partner brings. Besides the points, the number of wanted (tagged) skills
   * met orders the fitting partners before any point does (see `rankKey` in score.ts).
   */
  skills: 40,
  /**
   * Interest in the challenge's basic strategy (3) and its strategy fields (9 for the primary field, 6 for another
   * field the challenge lists). Partners who said they care about a theme answer and stay longer.
   */
  interest: 12,
  /**
   * Area: the partner's area interests vs the challenge's area. ONLINE challenges fit anyone (full points). For a
   * district or the wider region: full for that exact area, 4.5 for a partner interested in the whole city, 3 for
   * a partner who named no area, 1.5 for one who named only other areas. CITYWIDE: full for CITYWIDE or any
   * district. Small on purpose: naming the district is a preference, not a qualification.
   */
  area: 6,
  /**
   * Engagement mode: work styles (4: a shared style, 2 when one side is HYBRID and the other is REMOTE or ON_SITE,
   * 2 when the partner named none) and engagement types (2 when one is shared, 1 when the partner named none). A
   * partner who accepts none of the challenge's engagement types is a hard limit, not a lower score.
   */
  mode: 6,
  /**
   * Reach for work that needs presence, from the travel time to Shiojiri (prefectures.ts `travelMinutes`, see
   * `reachOf`): full up to 1½ hours, then less with every half hour. ON_SITE-only challenges scale all points by
   * reach, HYBRID ones half; challenges that allow REMOTE (or name no style) give everyone full points. Beyond
   * `reachLimits` the partner is a hard limit (near miss), whatever else they offer.
   */
  reach: 8,
  /**
   * Availability: the partner's hours per month left (stated hours minus the hours of their open matches) vs the
   * hours the challenge states per partner (`Challenge.hoursPerMonth`; when not stated, estimated from the
   * engagement type by `neededHoursPerMonth`): full at or above, proportionally below; half when the partner did
   * not say. Too few hours is a hard limit (see `hoursHardLimit`).
   */
  availability: 10,
  /**
   * Language: a partner who does not speak every working language of the challenge (`Challenge.languages`) is a
   * hard limit; those who do get the points, so the factor only explains.
   */
  language: 4,
  /**
   * Relationship to Shiojiri (関係人口): living part-time, commuting, having lived here or being from here count
   * most (6); business ties, ふるさと納税 and visits some (4); "other" a little (2); none 0.
   */
  relationship: 6,
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
export const interestWeights = { strategy: 3, primaryField: 9, otherField: 6 } as const;

/** Area sub-weights. */
export const areaWeights = { exact: 6, citywideInterest: 4.5, noInterest: 3, otherAreasOnly: 1.5 } as const;

/** Mode sub-weights. */
export const modeWeights = { workStyle: 4, engagementType: 2 } as const;

/**
 * A wanted skill shown only by the partner's own words counts this share of a tag: evidence, a little less sure
 * than a skill the partner ticked themselves (a biography may mention a skill in passing).
 */
export const textEvidenceShare = 0.8;
/** A skill the challenge names only in its text (not a tag) weighs this share of a tagged one in the total. */
export const challengeTextShare = 0.5;

/**
 * Reach, 0–1, from the travel time (minutes, one way) to Shiojiri: 1 up to `fullMinutes`, then falling linearly to
 * `floor` at `floorMinutes`. Unknown location: `unknown` (not a hard limit: a coordinator would ask). Abroad: 0.
 * Dual residence or commuting to Shiojiri: 1 wherever the registered home is.
 */
export const reachByTravel = { fullMinutes: 90, floorMinutes: 300, floor: 0.2, unknown: 0.3, abroad: 0 } as const;

/**
 * Hard limits of reach, one way: on-site-only work needs a day trip with time on site (3 hours each way at most);
 * hybrid work needs the partner there now and then (5 hours). Abroad is beyond both. A partner who works only
 * remotely is beyond on-site-only work however near.
 */
export const reachLimits = { onSiteMinutes: 180, hybridMinutes: 300 } as const;

/** Relationship sub-weights (the best one counts). */
export const relationshipPoints = { strong: 6, some: 4, other: 2 } as const;

/**
 * Hours per month a partner likely needs to give when the challenge does not say, by engagement type: a company
 * partnership or a research project is a sustained commitment (20 h), a paid side job a few days (15 h),
 * volunteering a few afternoons (8 h). A challenge with several types takes the largest; with none, 8 h. When the
 * challenge looks for several partners (capacity > 1) the work is shared, so each needs three quarters of that
 * (at least 4 h). A challenge that states its hours is taken at its word.
 */
export const hoursByEngagementType = { VOLUNTEER: 8, PAID_SIDE_JOB: 15, COMPANY_PARTNERSHIP: 20, RESEARCH: 20 } as const;
export const defaultNeededHours = 8;
export const sharedWorkFactor = 0.75;
export const minimumNeededHours = 4;

/**
 * Too few hours is a hard limit: with hours the challenge STATES, when the partner has less than this share of
 * them left (a quarter less is a conversation, half is another job); with estimated hours, only when the partner
 * has no hours left at all.
 */
export const statedHoursMinimumShare = 0.75;

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
