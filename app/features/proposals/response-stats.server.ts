// Response statistics for staff (decision 0019): per coordinator (the assignee) and per department (the challenge's
// owning department), of the proposals first submitted in a window — how many, how many had their first response,
// how many by the deadline, the response rate (answered by the deadline among those whose deadline has come or that
// were answered), how many are overdue now, and the median hours to the first response. All computed in PostgreSQL.
import { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";
import { TOKYO_TIME_ZONE, utcMidnight, type Day } from "~/kernel/japan-time.ts";

export type ResponseStatsGrouping = "coordinator" | "department";

export type ResponseStatsRow = {
  /** The coordinator's id or the department's Japanese name; null for "unassigned" / "no department". */
  key: string | null;
  labelJa: string | null;
  labelEn: string | null;
  submitted: number;
  responded: number;
  /** Proposals whose deadline has come (or that were answered) and that had one. */
  due: number;
  onTime: number;
  /** onTime / due in percent, one decimal; null when nothing was due. */
  responseRate: number | null;
  overdue: number;
  medianHours: number | null;
};

type RawRow = Omit<ResponseStatsRow, "responseRate" | "medianHours"> & { medianHours: number | null };

/** One row per coordinator or department with proposals first submitted in [from, to), largest first. */
export async function responseStats(
  window: { from: Date; to: Date },
  grouping: ResponseStatsGrouping,
  today: Day,
): Promise<ResponseStatsRow[]> {
  const key =
    grouping === "coordinator"
      ? Prisma.sql`u."id"::text AS key, u."displayName" AS "labelJa", u."displayName" AS "labelEn"`
      : Prisma.sql`NULLIF(c."ownerDepartmentJa", '') AS key, NULLIF(c."ownerDepartmentJa", '') AS "labelJa",
          COALESCE(NULLIF(c."ownerDepartmentEn", ''), NULLIF(c."ownerDepartmentJa", '')) AS "labelEn"`;
  const rows = await prisma.$queryRaw<RawRow[]>`
    WITH scope AS (
      SELECT ${key}, p."submittedAt", p."firstRespondedAt", p."firstResponseDueOn",
        (p."firstRespondedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${TOKYO_TIME_ZONE})::date AS "respondedOn"
      FROM "Proposal" p
      LEFT JOIN "User" u ON u."id" = p."assigneeId"
      LEFT JOIN "Challenge" c ON c."id" = p."challengeId"
      WHERE p."submittedAt" >= ${window.from} AND p."submittedAt" < ${window.to}
    )
    SELECT key, "labelJa", "labelEn",
      count(*)::int AS submitted,
      count("firstRespondedAt")::int AS responded,
      (count(*) FILTER (WHERE "firstResponseDueOn" IS NOT NULL AND ("firstRespondedAt" IS NOT NULL OR "firstResponseDueOn" < ${utcMidnight(today)}::date)))::int AS due,
      (count(*) FILTER (WHERE "firstResponseDueOn" IS NOT NULL AND "respondedOn" <= "firstResponseDueOn"))::int AS "onTime",
      (count(*) FILTER (WHERE "firstRespondedAt" IS NULL AND "firstResponseDueOn" < ${utcMidnight(today)}::date))::int AS overdue,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("firstRespondedAt" - "submittedAt")) / 3600))::float8 AS "medianHours"
    FROM scope
    GROUP BY key, "labelJa", "labelEn"
    ORDER BY submitted DESC, "labelJa" NULLS LAST`;
  return rows.map((row) => ({
    ...row,
    responseRate: row.due > 0 ? Math.round((row.onTime / row.due) * 1000) / 10 : null,
    medianHours: row.medianHours === null ? null : Math.round(row.medianHours * 10) / 10,
  }));
}
