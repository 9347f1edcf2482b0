// What coordinators read of the match pipeline: the board (every match by stage, one SQL statement whatever
// the number of cards) and one match in full (frozen score factors, history, counterpart, consent). Callers
// require match:manage; nothing here is public.
import { shownPartnerName } from "~/features/partners/index.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import type { MatchBoardFilters } from "~/features/matching/match-schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import {
  allowedMatchMoves,
  movesWithoutPartner,
  partnerHasLeft,
  pipelineStages,
  type MatchStageName,
} from "~/features/matching/match-stages.ts";
import { daysSince } from "~/kernel/japan-time.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";

/** Cards on the board at most; the ended list shows the latest ones. */
export const MATCH_BOARD_LIMIT = 500;
export const ENDED_LIST_LIMIT = 100;

type BoardRow = {
  number: number;
  stage: MatchStageName;
  score: number;
  stageChangedAt: Date;
  endedReason: string | null;
  challengeNumber: number;
  challengeTitleJa: string;
  challengeTitleEn: string | null;
  strategyCode: string;
  partnerId: string;
  partnerName: string;
  ownerId: string | null;
  ownerName: string | null;
};

/**
 * The board: open and completed matches grouped by stage (longest in their stage first), and, when asked, the
 * latest ended ones in a separate list. One statement: challenge, strategy, partner and owner come joined.
 */
export async function listMatchBoard(filters: MatchBoardFilters, language: Language, now = new Date()) {
  const lookups = await loadTaxonomyLookups();
  const conditions: Prisma.Sql[] = [];
  if (filters.strategy) conditions.push(Prisma.sql`c."strategyId" = ${lookups.strategyIdByCode.get(filters.strategy) ?? -1}`);
  if (filters.owner) conditions.push(Prisma.sql`m."ownerId" = ${filters.owner}::uuid`);
  const where = conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await prisma.$queryRaw<BoardRow[]>`
    (SELECT m.number, m.stage::text AS stage, m.score, m."stageChangedAt", m."endedReason",
      c.number AS "challengeNumber", c."titleJa" AS "challengeTitleJa", c."titleEn" AS "challengeTitleEn", s.code AS "strategyCode",
      pp.id AS "partnerId", pp."displayName" AS "partnerName", u.id AS "ownerId", u."displayName" AS "ownerName"
    FROM "Match" m
    JOIN "Challenge" c ON c.id = m."challengeId"
    JOIN "Strategy" s ON s.id = c."strategyId"
    JOIN "PartnerProfile" pp ON pp.id = m."partnerId"
    LEFT JOIN "User" u ON u.id = m."ownerId"
    WHERE m.stage <> 'ENDED' ${where}
    ORDER BY m."stageChangedAt" ASC, m.number ASC
    LIMIT ${MATCH_BOARD_LIMIT})
    UNION ALL
    (SELECT m.number, m.stage::text AS stage, m.score, m."stageChangedAt", m."endedReason",
      c.number, c."titleJa", c."titleEn", s.code, pp.id, pp."displayName", u.id, u."displayName"
    FROM "Match" m
    JOIN "Challenge" c ON c.id = m."challengeId"
    JOIN "Strategy" s ON s.id = c."strategyId"
    JOIN "PartnerProfile" pp ON pp.id = m."partnerId"
    LEFT JOIN "User" u ON u.id = m."ownerId"
    WHERE m.stage = 'ENDED' AND ${filters.ended === "1"} ${where}
    ORDER BY m."stageChangedAt" DESC, m.number DESC
    LIMIT ${ENDED_LIST_LIMIT})`;
  const cards = rows.map((row) => ({
    number: row.number,
    stage: row.stage,
    score: Math.round(row.score),
    daysInStage: daysSince(row.stageChangedAt, now),
    stageChangedAt: row.stageChangedAt.toISOString(),
    endedReason: row.endedReason,
    challenge: {
      number: row.challengeNumber,
      title: pickLanguage(language, row.challengeTitleJa, row.challengeTitleEn),
      strategyCode: row.strategyCode,
    },
    partner: { id: row.partnerId, name: shownPartnerName(row.partnerName, language) },
    owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? "" } : null,
  }));
  return {
    columns: pipelineStages.map((stage) => ({ stage, cards: cards.filter((card) => card.stage === stage) })),
    ended: cards.filter((card) => card.stage === "ENDED"),
  };
}

/** The few columns an action needs; null for a number never used. */
export async function findMatchByNumber(number: number) {
  return prisma.match.findUnique({ where: { number }, select: { id: true, stage: true, version: true, partnerId: true } });
}

/** A stored factor as the page shows it; anything unexpected in the JSON is left out rather than guessed. */
function readFactors(value: Prisma.JsonValue): { key: string; points: number; max: number | null }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return [];
    const { key, points, max } = item as Record<string, unknown>;
    if (typeof key !== "string" || typeof points !== "number") return [];
    return [{ key, points: Math.round(points * 10) / 10, max: typeof max === "number" ? max : null }];
  });
}

/** One match as coordinators see it: everything, including the private counterpart and the consent record. */
export async function getMatchForCoordinator(number: number, language: Language, now = new Date()) {
  const row = await prisma.match.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      stage: true,
      version: true,
      score: true,
      scoreFactors: true,
      counterpartName: true,
      counterpartEmail: true,
      counterpartLanguage: true,
      contactConsentAt: true,
      contactConsentBy: { select: { displayName: true } },
      endedReason: true,
      stageChangedAt: true,
      createdAt: true,
      challenge: {
        select: {
          number: true,
          titleJa: true,
          titleEn: true,
          status: true,
          strategy: { select: { code: true, nameJa: true, nameEn: true } },
        },
      },
      partner: { select: { id: true, displayName: true, kind: true, headline: true, deletedAt: true, archivedAt: true } },
      proposal: { select: { number: true, title: true, status: true } },
      owner: { select: { id: true, displayName: true } },
      createdBy: { select: { displayName: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStage: true, toStage: true, reason: true, createdAt: true, actor: { select: { displayName: true } } },
      },
    },
  });
  if (!row) return null;
  const partnerGone = partnerHasLeft(row.partner);
  return {
    id: row.id,
    number: row.number,
    stage: row.stage,
    version: row.version,
    score: Math.round(row.score),
    factors: readFactors(row.scoreFactors),
    counterpart: row.counterpartName
      ? { name: row.counterpartName, email: row.counterpartEmail ?? "", language: row.counterpartLanguage ?? "ja" }
      : null,
    consent: row.contactConsentAt ? { at: row.contactConsentAt.toISOString(), by: row.contactConsentBy?.displayName ?? null } : null,
    endedReason: row.endedReason,
    stageChangedAt: row.stageChangedAt.toISOString(),
    daysInStage: daysSince(row.stageChangedAt, now),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy?.displayName ?? null,
    challenge: {
      number: row.challenge.number,
      title: pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn),
      strategy: {
        code: row.challenge.strategy.code,
        name: pickLanguage(language, row.challenge.strategy.nameJa, row.challenge.strategy.nameEn),
      },
    },
    partner: {
      id: row.partner.id,
      kind: row.partner.kind,
      headline: row.partner.headline,
      displayName: shownPartnerName(row.partner.displayName, language),
    },
    partnerGone,
    proposal: row.proposal,
    owner: row.owner,
    events: row.events.map((event) => ({
      id: event.id.toString(),
      fromStage: event.fromStage,
      toStage: event.toStage,
      reason: event.reason,
      createdAt: event.createdAt.toISOString(),
      actor: event.actor?.displayName ?? null,
    })),
    moves: partnerGone ? movesWithoutPartner(row.stage) : allowedMatchMoves(row.stage),
  };
}
