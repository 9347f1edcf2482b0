// Suggestions: the partners that fit a challenge best (coordinators), and the reverse, the open challenges that
// fit a partner best (coordinators on a partner's page; the partner's own "challenges for you").
// Scoring is ./score.ts; the partners come from the in-memory index of ./features.server.ts (constant number of
// statements, see there), and the rows shown are re-read from the database so a partner who opted out a moment
// ago is dropped even before the index notices.
import type { TFunction } from "i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { type loadTaxonomyVocabularyForMatching } from "./vocabulary.server.ts";
import { getPartnerFeatureIndex, loadChallengeFeatures, loadPartnerFeatures, type PartnerFeatures } from "./features.server.ts";
import { compileChallenge, explainFit, rankKey, rankKeyFits, topK, type HardLimitName, type ScoreFactor } from "./score.ts";
import type { SkillEvidence } from "./text-evidence.ts";
import { factorKeys } from "./weights.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { conflict, notFound, type ConflictFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";
import { loadStages } from "~/features/matching/match-stages.ts";
import {
  findCountry,
  findPartnerLanguage,
  findPrefecture,
  localName,
  relationshipLabel,
  type ShiojiriRelationshipName,
} from "~/features/taxonomy/index.ts";

const suggestableStatuses = ["OPEN", "MATCHING"] as const;
const openStages = ["SUGGESTED", ...loadStages] as const;

/** How many extra candidates are read beyond the page, to fill it when some vanished since the index was read. */
const slack = 10;
/** Near misses shown below the partners who fit (first page). */
const nearMissCount = 5;

export type ExplainedFactor = { key: ScoreFactor["key"]; points: number; max: number; text: string };

export type FactorNames = Awaited<ReturnType<typeof loadTaxonomyVocabularyForMatching>>;

function travelTime(minutes: number, t: TFunction): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t("matching.factors.hoursOnly", { hours }) : t("matching.factors.hoursMinutes", { hours, minutes: rest });
}

/** "長野県（片道約1時間）", "海外（アメリカ）" or "所在地不明" from a reach factor's detail. */
function whereFrom(detail: Record<string, unknown>, t: TFunction, language: Language): string {
  const prefecture = findPrefecture((detail.prefectureCode as number) || null);
  const country = findCountry((detail.countryCode as string) || null);
  if (prefecture)
    return t("matching.factors.reach.travel", { place: localName(language, prefecture), time: travelTime(prefecture.travelMinutes, t) });
  if (country) return t("matching.factors.reach.abroad", { place: localName(language, country) });
  return t("matching.factors.reach.unknown");
}

function languageNames(codes: readonly string[], language: Language, t: TFunction): string {
  return codes
    .map((code) => {
      const named = findPartnerLanguage(code);
      return named ? localName(language, named) : code;
    })
    .join(t("matching.factors.separator"));
}

/** What decides a suggestion, in words: the wanted skills met (with the partner's own words) and the hard limits. */
export type DecidingReasons = { skills: string; missing: string | null; limits: string[] };

export function explainDeciding(
  result: { factors: ScoreFactor[]; hardLimits: readonly HardLimitName[]; evidence: readonly SkillEvidence[] },
  t: TFunction,
  language: Language,
  names: FactorNames,
): DecidingReasons {
  const list = (items: string[]) => items.join(t("matching.factors.separator"));
  const detailOf = (key: ScoreFactor["key"]) => result.factors.find((factor) => factor.key === key)?.detail ?? {};
  const skills = detailOf("skills");
  const evidenceBySkill = new Map(result.evidence.map((entry) => [entry.skillId, entry]));
  const shown = [
    ...(skills.matched as number[]).map((id) => t("matching.factors.wanted.tag", { name: names.skill(id, language) })),
    ...(skills.text as number[]).map((id) => {
      const entry = evidenceBySkill.get(id);
      const name = names.skill(id, language);
      if (!entry) return name;
      return t("matching.factors.wanted.text", {
        name,
        source: t(`matching.factors.wanted.source.${entry.source as "bio"}`),
        words: entry.words.map((word) => t("matching.factors.wanted.quote", { word })).join(""),
      });
    }),
  ];
  const met = t("matching.factors.wanted.met", { met: skills.met as number, wanted: skills.tagged as number });
  const missing = skills.missing as number[];
  const limits = result.hardLimits.map((limit) => {
    switch (limit) {
      case "engagement": {
        const wanted = detailOf("mode").wantedEngagementTypes as string[];
        return t("matching.factors.limit.engagement", {
          types: list(wanted.map((type) => t(`challenge.engagementType.${type as "VOLUNTEER"}`))),
        });
      }
      case "reach": {
        const reach = detailOf("reach");
        const prefecture = findPrefecture((reach.prefectureCode as number) || null);
        const country = findCountry((reach.countryCode as string) || null);
        if (reach.remoteOnly) return t("matching.factors.limit.reachRemoteOnly");
        if (prefecture)
          return t("matching.factors.limit.reachTime", {
            place: localName(language, prefecture),
            time: travelTime(prefecture.travelMinutes, t),
          });
        return t("matching.factors.limit.reachAbroad", { place: country ? localName(language, country) : "" });
      }
      case "language":
        return t("matching.factors.limit.language", { languages: languageNames(detailOf("language").missing as string[], language, t) });
      case "hours": {
        const hours = detailOf("availability");
        return t("matching.factors.limit.hours", { left: hours.left as number, needed: hours.needed as number });
      }
    }
  });
  return {
    skills:
      (skills.tagged as number) === 0
        ? list(shown) || t("matching.factors.skills.noneWanted")
        : [met, list(shown)].filter(Boolean).join(": "),
    missing: missing.length ? t("matching.factors.wanted.missing", { names: list(missing.map((id) => names.skill(id, language))) }) : null,
    limits,
  };
}

/** The factors in words, in the reader's language: "GIS（希少）、写真" and so on. */
export function explainFactors(factors: ScoreFactor[], t: TFunction, language: Language, names: FactorNames): ExplainedFactor[] {
  const list = (items: string[]) => items.join(t("matching.factors.separator"));
  return factors.map((factor) => {
    const detail = factor.detail;
    let text: string;
    switch (factor.key) {
      case "skills": {
        const matched = [...(detail.matched as number[]), ...(detail.text as number[])];
        const rare = new Set(detail.rare as number[]);
        if (detail.wanted === 0) text = t("matching.factors.skills.noneWanted");
        else if (matched.length === 0) text = t("matching.factors.skills.none");
        else
          text = list(
            matched.map((id) => {
              const name = names.skill(id, language);
              return rare.has(id) ? t("matching.factors.skills.rare", { name }) : name;
            }),
          );
        break;
      }
      case "interest": {
        const parts: string[] = [];
        if (detail.strategy) parts.push(t("matching.factors.interest.strategy"));
        for (const id of detail.fields as number[]) parts.push(names.field(id, language));
        text = parts.length ? list(parts) : t("matching.factors.interest.none");
        break;
      }
      case "area":
        text = t(`matching.factors.area.${detail.case as "exact" | "citywide" | "none" | "other" | "online"}`, {
          area: names.area(detail.areaId as number, language),
        });
        break;
      case "mode": {
        const shared = [
          ...(detail.workStyles as string[]).map((style) => t(`challenge.workStyle.${style as "REMOTE"}`)),
          ...(detail.engagementTypes as string[]).map((type) => t(`challenge.engagementType.${type as "VOLUNTEER"}`)),
        ];
        text = shared.length ? list(shared) : t("matching.factors.mode.none");
        break;
      }
      case "reach": {
        const presence = detail.presence as "remote" | "hybrid" | "onSite";
        if (presence === "remote") text = t("matching.factors.reach.remote");
        else {
          const ties = (detail.relationships as ShiojiriRelationshipName[]).map((relationship) => relationshipLabel(t, relationship));
          text = [t(`matching.factors.reach.${presence}`), whereFrom(detail, t, language), ...ties].join(t("matching.factors.separator"));
        }
        break;
      }
      case "availability":
        text =
          (detail.hours as number) < 0
            ? t("matching.factors.availability.unknown", { needed: detail.needed as number })
            : t(detail.stated ? "matching.factors.availability.left" : "matching.factors.availability.leftEstimated", {
                left: detail.left as number,
                needed: detail.needed as number,
              });
        break;
      case "language": {
        const missing = detail.missing as string[];
        text = missing.length
          ? t("matching.factors.language.lacks", { languages: languageNames(missing, language, t) })
          : t("matching.factors.language.speaks", { languages: languageNames(detail.needed as string[], language, t) });
        break;
      }
      case "relationship": {
        const relationships = detail.relationships as ShiojiriRelationshipName[];
        text = relationships.length
          ? list(relationships.map((relationship) => relationshipLabel(t, relationship)))
          : t("matching.factors.relationship.none");
        break;
      }
      case "load":
        text = t("matching.factors.load.open", { count: detail.open as number });
        break;
    }
    return { key: factor.key, points: factor.points, max: factor.max, text };
  });
}

// ───────────────────────────── Partners for a challenge ─────────────────────────────

/** The stored evidence entries of the skills the challenge wants and the partner did not tag. */
export function wantedEvidence(stored: unknown, textSkillIds: readonly number[], wanted: Float64Array): SkillEvidence[] {
  if (!Array.isArray(stored)) return [];
  return (stored as SkillEvidence[]).filter(
    (entry) => textSkillIds.includes(entry.skillId) && entry.skillId < wanted.length && wanted[entry.skillId]! > 0,
  );
}

export type SuggestedPartner = {
  partnerId: string;
  displayName: string;
  kind: "INDIVIDUAL" | "ORGANISATION";
  score: number;
  factors: ScoreFactor[];
  /** Empty when the partner fits; else why they are a near miss. */
  hardLimits: HardLimitName[];
  /** The partner's own words that show a wanted skill (quoted in the explanation). */
  evidence: SkillEvidence[];
  /** The open match this partner already has on the challenge ("already in the pipeline"). */
  openMatch: { number: number; stage: string } | null;
};

export type SuggestPartnersResult = Result<
  {
    challengeId: string;
    /** Partners who fit (the pages of `items`). */
    total: number;
    items: SuggestedPartner[];
    /** On the first page: the best partners who miss a hard limit, each with the reason. */
    nearMisses: SuggestedPartner[];
  },
  NotFoundFailure | ConflictFailure<"challenge-closed">
>;

/**
 * Partners ranked by fit for an OPEN or MATCHING challenge, `limit` from `offset`, with the explained factors.
 * Hard filters: opted-out and inactive partners never appear. Statements: the challenge, the index's stamp and
 * loads (plus a refresh when profiles changed), the page's partner rows and their open matches here.
 */
export async function suggestPartners(challengeId: string, options: { limit: number; offset?: number }): Promise<SuggestPartnersResult> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit);
  const [challenges, index] = await Promise.all([loadChallengeFeatures({ id: challengeId }), getPartnerFeatureIndex()]);
  const challenge = challenges[0];
  if (!challenge) return notFound();
  if (!(suggestableStatuses as readonly string[]).includes(challenge.status)) return conflict("challenge-closed");

  const compiled = compileChallenge(challenge, index.context);
  const partners = index.partners;
  // Two rankings from one pass: the partners who fit (paged), and the near misses (the best few, first page only).
  const fittingKeys = new Float64Array(partners.length);
  const nearMissKeys = new Float64Array(partners.length);
  let fitting = 0;
  for (let i = 0; i < partners.length; i += 1) {
    const key = rankKey(compiled, partners[i]!);
    const fits = rankKeyFits(key);
    fittingKeys[i] = fits ? key : -1;
    nearMissKeys[i] = fits ? -1 : key;
    if (fits) fitting += 1;
  }
  const candidates = topK(fittingKeys, offset + limit + slack).map((i) => partners[i]!);
  const nearCandidates = offset === 0 ? topK(nearMissKeys, nearMissCount + slack).map((i) => partners[i]!) : [];
  const ids = [...candidates, ...nearCandidates].map((partner) => partner.id);
  const [rows, openMatches] = await Promise.all([
    prisma.partnerProfile.findMany({
      where: { id: { in: ids }, openToContact: true, inactiveSince: null },
      select: { id: true, displayName: true, kind: true, matchFeatures: { select: { evidence: true } } },
    }),
    prisma.match.findMany({
      where: { challengeId, partnerId: { in: ids }, stage: { in: [...openStages] } },
      select: { partnerId: true, number: true, stage: true },
    }),
  ]);
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const matchByPartner = new Map(openMatches.map((match) => [match.partnerId, match]));
  const suggestion = (partner: PartnerFeatures): SuggestedPartner => {
    const row = rowById.get(partner.id)!;
    const explained = explainFit(compiled, partner)!;
    const match = matchByPartner.get(partner.id);
    return {
      partnerId: partner.id,
      displayName: row.displayName,
      kind: row.kind,
      score: explained.score,
      factors: explained.factors,
      hardLimits: explained.hardLimits,
      evidence: wantedEvidence(row.matchFeatures?.evidence, partner.textSkillIds, compiled.wantedSkillWeight),
      openMatch: match ? { number: match.number, stage: match.stage } : null,
    };
  };
  const present = candidates.filter((partner) => rowById.has(partner.id));
  const items = present.slice(offset, offset + limit).map(suggestion);
  const nearMisses = nearCandidates
    .filter((partner) => rowById.has(partner.id))
    .slice(0, nearMissCount)
    .map(suggestion);
  return { ok: true, challengeId, total: Math.max(0, fitting - (candidates.length - present.length)), items, nearMisses };
}

// ───────────────────────────── Challenges for a partner ─────────────────────────────

export type SuggestedChallenge = {
  challengeId: string;
  number: number;
  title: string;
  status: string;
  score: number;
  factors: ScoreFactor[];
};

/**
 * The OPEN challenges that fit a partner best (for coordinators and for the partner's own list). The partner's
 * features are read fresh (their own edits show at once); an opted-out or inactive partner gets an empty list on
 * the coordinators' side (they are not to be approached) but still sees their own list (`forOwner`).
 */
export async function suggestChallenges(partnerId: string, options: { limit: number; language: Language; forOwner?: boolean }) {
  const [[partner], challenges, index] = await Promise.all([
    loadPartnerFeatures([partnerId]),
    loadChallengeFeatures({ status: "OPEN" }),
    getPartnerFeatureIndex(),
  ]);
  if (!partner) return [];
  const scored = { ...partner, eligible: options.forOwner ? true : partner.eligible };
  const ranked = challenges
    .map((challenge) => {
      const compiled = compileChallenge(challenge, index.context);
      return { challenge, compiled, score: rankKey(compiled, scored) };
    })
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score || a.challenge.number - b.challenge.number)
    .slice(0, options.limit);
  const titles = await prisma.challenge.findMany({
    where: { id: { in: ranked.map((entry) => entry.challenge.id) } },
    select: { id: true, titleJa: true, titleEn: true },
  });
  const titleById = new Map(titles.map((row) => [row.id, pickLanguage(options.language, row.titleJa, row.titleEn)]));
  return ranked.map((entry): SuggestedChallenge => {
    const explained = explainFit(entry.compiled, scored)!;
    return {
      challengeId: entry.challenge.id,
      number: entry.challenge.number,
      title: titleById.get(entry.challenge.id) ?? "",
      status: entry.challenge.status,
      score: explained.score,
      factors: explained.factors,
    };
  });
}

/** The factors that speak for a challenge, best first (the short "why" of the partner's own list). */
export function strongestFactors(factors: ExplainedFactor[], count = 3): ExplainedFactor[] {
  return factors
    .filter((factor) => factor.key !== "load" && factor.points > 0 && factor.points / factor.max >= 0.5)
    .sort((a, b) => b.points / b.max - a.points / a.max || factorKeys.indexOf(a.key) - factorKeys.indexOf(b.key))
    .slice(0, count);
}
