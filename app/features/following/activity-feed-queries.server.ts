// The rows of the activity feeds (/initiatives/3/activity.atom, /strategies/A/…, /fields/4/…, /areas/<slug>/…):
// the newest activities of a subject with what an entry shows of it, in one statement per feed. Activities are
// written only for public changes; a challenge's are still shown only while it is public (not a draft, not
// archived), since it may have been archived after the fact.
import { Prisma, type ActivityKind } from "~/generated/prisma/client.ts";
import { publicChallengeStatuses } from "~/features/challenges/index.ts";
import { prisma } from "~/kernel/db.server.ts";
import { FEED_ENTRY_LIMIT } from "~/features/challenges/index.ts";

export type ActivityFeedScope = { strategyId: number } | { fieldId: number } | { areaId: number };

export type ActivityFeedRow = {
  id: bigint;
  kind: ActivityKind;
  details: Record<string, unknown>;
  createdAt: Date;
  challenge: {
    number: number;
    titleJa: string;
    titleEn: string | null;
    summaryJa: string;
    summaryEn: string | null;
    status: string;
  } | null;
  initiative: {
    number: number;
    titleJa: string;
    titleEn: string | null;
    summaryJa: string;
    summaryEn: string | null;
    status: string;
  } | null;
  update: { id: string; title: string; body: string; language: string; updatedAt: Date } | null;
  /** The milestone a MILESTONE_* activity names, while it exists. */
  milestone: { startsAt: string; allDay: boolean; locationJa: string | null; locationEn: string | null } | null;
};

type RawRow = {
  id: bigint;
  kind: ActivityKind;
  details: Record<string, unknown> | null;
  createdAt: Date;
  challenge: ActivityFeedRow["challenge"];
  initiative: ActivityFeedRow["initiative"];
  update: (Omit<NonNullable<ActivityFeedRow["update"]>, "updatedAt"> & { updatedAt: string }) | null;
  milestone: ActivityFeedRow["milestone"];
};

// The subjects come back as JSON objects so that one row shape serves every feed. Prisma's timestamp(3) columns
// hold UTC without a zone: inside JSON they are written out with a Z.
const entryColumns = Prisma.sql`a.id, a.kind, a.details, a."createdAt",
  CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('number', c.number, 'titleJa', c."titleJa", 'titleEn', c."titleEn",
    'summaryJa', c."summaryJa", 'summaryEn', c."summaryEn", 'status', c.status) END AS challenge,
  CASE WHEN i.id IS NULL THEN NULL ELSE json_build_object('number', i.number, 'titleJa', i."titleJa", 'titleEn', i."titleEn",
    'summaryJa', i."summaryJa", 'summaryEn', i."summaryEn", 'status', i.status) END AS initiative,
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'title', u.title, 'body', u.body, 'language', u.language,
    'updatedAt', to_char(u."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END AS "update",
  CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('startsAt', to_char(m."startsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'allDay', m."allDay",
    'locationJa', m."locationJa", 'locationEn', m."locationEn") END AS milestone`;

const entryJoins = Prisma.sql`LEFT JOIN "Challenge" c ON c.id = a."challengeId"
  LEFT JOIN "Initiative" i ON i.id = a."initiativeId"
  LEFT JOIN "InitiativeUpdate" u ON u.id = a."updateId"
  LEFT JOIN "InitiativeMilestone" m ON a.kind IN ('MILESTONE_ADDED', 'MILESTONE_ACHIEVED')
    AND m.id = CASE WHEN a.details->>'milestoneId' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (a.details->>'milestoneId')::uuid END`;

const visible = Prisma.sql`(a."challengeId" IS NULL OR c.status = ANY (${[...publicChallengeStatuses]}::"ChallengeStatus"[]))
  AND (c.id IS NOT NULL OR i.id IS NOT NULL)
  AND (a."updateId" IS NULL OR u."hiddenAt" IS NULL)`;

function toRow(raw: RawRow): ActivityFeedRow {
  return {
    ...raw,
    details: raw.details ?? {},
    update: raw.update ? { ...raw.update, updatedAt: new Date(raw.update.updatedAt) } : null,
  };
}

/** The newest activities under a strategy, field or area (as the activity recorded it), newest first. */
export async function listScopeActivities(scope: ActivityFeedScope, limit = FEED_ENTRY_LIMIT): Promise<ActivityFeedRow[]> {
  const where =
    "strategyId" in scope
      ? Prisma.sql`a."strategyId" = ${scope.strategyId}`
      : "fieldId" in scope
        ? Prisma.sql`a."fieldIds" @> ARRAY[${scope.fieldId}]::int[]`
        : Prisma.sql`a."areaId" = ${scope.areaId}`;
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT ${entryColumns}
    FROM "Activity" a
    ${entryJoins}
    WHERE ${where} AND ${visible}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.map(toRow);
}

/**
 * One initiative and its newest activities, newest first; null when no initiative has that number. The
 * initiative is read in the same statement, so that one with no activity yet still gives a row.
 */
export async function listInitiativeActivities(initiativeNumber: number, limit = FEED_ENTRY_LIMIT) {
  type Row = { subjectNumber: number; subjectTitleJa: string; subjectTitleEn: string | null; subjectCreatedAt: Date } & {
    [K in keyof RawRow]: RawRow[K] | null;
  };
  const rows = await prisma.$queryRaw<Row[]>`
    WITH subject AS (SELECT id, number, "titleJa", "titleEn", "createdAt" FROM "Initiative" WHERE number = ${initiativeNumber})
    SELECT s.number AS "subjectNumber", s."titleJa" AS "subjectTitleJa", s."titleEn" AS "subjectTitleEn", s."createdAt" AS "subjectCreatedAt", entry.*
    FROM subject s
    LEFT JOIN LATERAL (
      SELECT ${entryColumns}
      FROM "Activity" a
      ${entryJoins}
      WHERE a."initiativeId" = s.id AND ${visible}
      ORDER BY a."createdAt" DESC, a.id DESC
      LIMIT ${limit}
    ) entry ON true
    ORDER BY entry."createdAt" DESC NULLS LAST, entry.id DESC`;
  const first = rows[0];
  if (!first) return null;
  const initiative = {
    number: first.subjectNumber,
    titleJa: first.subjectTitleJa,
    titleEn: first.subjectTitleEn,
    createdAt: first.subjectCreatedAt,
  };
  const activities = rows.filter((row) => row.id !== null).map((row) => toRow(row as RawRow));
  return { initiative, activities };
}
