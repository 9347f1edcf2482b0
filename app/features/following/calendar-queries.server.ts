// What the calendar feeds hold: initiatives' milestones and events (every initiative is public) and, in the
// hub-wide calendar, the deadlines of public challenges. Each calendar is one statement.
import { Prisma } from "~/generated/prisma/client.ts";
import { publicChallengeStatuses } from "~/features/challenges/index.ts";
import { prisma } from "~/kernel/db.server.ts";
import { addTokyoDays, startOfTokyoDay, todayInTokyo } from "~/kernel/japan-time.ts";

/** Events further back than this leave the hub-wide calendar (an initiative's own keeps its whole history). */
export const CALENDAR_HISTORY_DAYS = 365;
/** More than any calendar app shows at once; a bound so one address cannot make the server build a huge file. */
export const CALENDAR_EVENT_LIMIT = 1000;

export type CalendarRow = {
  source: "milestone" | "deadline";
  id: string;
  /** MILESTONE or EVENT for milestones; null for deadlines. */
  kind: "MILESTONE" | "EVENT" | null;
  titleJa: string;
  titleEn: string | null;
  descriptionJa: string;
  descriptionEn: string | null;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  locationJa: string | null;
  locationEn: string | null;
  achievedAt: Date | null;
  sequence: number;
  updatedAt: Date;
  /** The initiative (milestones) or the challenge (deadlines) it belongs to. */
  subjectNumber: number;
  subjectTitleJa: string;
  subjectTitleEn: string | null;
};

const milestoneColumns = Prisma.sql`'milestone' AS source, m.id::text AS id, m.kind::text AS kind, m."titleJa", m."titleEn",
  m."descriptionJa", m."descriptionEn", m."startsAt", m."endsAt", m."allDay", m."locationJa", m."locationEn", m."achievedAt",
  m.sequence, m."updatedAt"`;

/**
 * One initiative's milestones and events, oldest first, and the initiative's title; null when no initiative
 * has that number. The initiative is read in the same statement: with no milestone it still gives one row.
 */
export async function listInitiativeCalendar(initiativeNumber: number) {
  type Row = { initiativeNumber: number; initiativeTitleJa: string; initiativeTitleEn: string | null } & {
    [K in keyof Omit<CalendarRow, "subjectNumber" | "subjectTitleJa" | "subjectTitleEn">]: CalendarRow[K] | null;
  };
  const rows = await prisma.$queryRaw<Row[]>`
    WITH subject AS (SELECT id, number, "titleJa", "titleEn" FROM "Initiative" WHERE number = ${initiativeNumber})
    SELECT s.number AS "initiativeNumber", s."titleJa" AS "initiativeTitleJa", s."titleEn" AS "initiativeTitleEn", entry.*
    FROM subject s
    LEFT JOIN LATERAL (
      SELECT ${milestoneColumns}
      FROM "InitiativeMilestone" m
      WHERE m."initiativeId" = s.id
      ORDER BY m."startsAt", m.id
      LIMIT ${CALENDAR_EVENT_LIMIT}
    ) entry ON true`;
  const first = rows[0];
  if (!first) return null;
  const initiative = { number: first.initiativeNumber, titleJa: first.initiativeTitleJa, titleEn: first.initiativeTitleEn };
  const events = rows
    .filter((row) => row.id !== null)
    .map(
      ({ initiativeNumber: _n, initiativeTitleJa: _ja, initiativeTitleEn: _en, ...row }) =>
        ({
          ...row,
          subjectNumber: initiative.number,
          subjectTitleJa: initiative.titleJa,
          subjectTitleEn: initiative.titleEn,
        }) as CalendarRow,
    );
  return { initiative, events };
}

export type HubCalendarFilters = { strategyId?: number; fieldId?: number; areaId?: number };

/**
 * Milestones and events of every initiative and the deadlines of public challenges (never drafts or archived
 * ones) from a year ago on, narrowed to a strategy, field and area (ids), by date.
 */
export async function listHubCalendar(filters: HubCalendarFilters, now = new Date()): Promise<CalendarRow[]> {
  // From the start of the same day in Japan a year ago, for milestones (instants) and deadlines (days) alike.
  const sinceDay = addTokyoDays(todayInTokyo(now), -CALENDAR_HISTORY_DAYS);
  const initiativeConditions: Prisma.Sql[] = [Prisma.sql`m."startsAt" >= ${startOfTokyoDay(sinceDay)}`];
  const challengeConditions: Prisma.Sql[] = [
    Prisma.sql`c.status = ANY (${[...publicChallengeStatuses]}::"ChallengeStatus"[])`,
    Prisma.sql`c.deadline >= ${sinceDay}::date`,
  ];
  if (filters.strategyId !== undefined) {
    initiativeConditions.push(Prisma.sql`i."strategyId" = ${filters.strategyId}`);
    challengeConditions.push(Prisma.sql`c."strategyId" = ${filters.strategyId}`);
  }
  if (filters.areaId !== undefined) {
    initiativeConditions.push(Prisma.sql`i."areaId" = ${filters.areaId}`);
    challengeConditions.push(Prisma.sql`c."areaId" = ${filters.areaId}`);
  }
  if (filters.fieldId !== undefined) {
    initiativeConditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeField" f WHERE f."initiativeId" = i.id AND f."fieldId" = ${filters.fieldId})`,
    );
    challengeConditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ChallengeField" f WHERE f."challengeId" = c.id AND f."fieldId" = ${filters.fieldId})`,
    );
  }
  return prisma.$queryRaw<CalendarRow[]>`
    SELECT ${milestoneColumns}, i.number AS "subjectNumber", i."titleJa" AS "subjectTitleJa", i."titleEn" AS "subjectTitleEn"
    FROM "InitiativeMilestone" m
    JOIN "Initiative" i ON i.id = m."initiativeId"
    WHERE ${Prisma.join(initiativeConditions, " AND ")}
    UNION ALL
    SELECT 'deadline', c.id::text, NULL, c."titleJa", c."titleEn", c."summaryJa", c."summaryEn", c.deadline::timestamp, NULL, true,
      NULL, NULL, NULL, c.version, c."updatedAt", c.number, c."titleJa", c."titleEn"
    FROM "Challenge" c
    WHERE ${Prisma.join(challengeConditions, " AND ")}
    ORDER BY "startsAt", id
    LIMIT ${CALENDAR_EVENT_LIMIT}`;
}
