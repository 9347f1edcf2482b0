// The pipeline's reports for coordinators and the yearly administrative evaluation (行政評価): per strategy and
// period, how many matches reached each stage (from MatchEvent, so a match that later ended still counts for the
// stages it reached) and the median days spent in each stage (PostgreSQL percentile_cont over the time between a
// match's consecutive events). Matches count in the period they were created in. Callers require match:manage.
import { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";
import { fiscalYearBounds } from "~/kernel/japan-time.ts";

import { funnelStages, medianStages } from "./match-report-stages.ts";

export { funnelStages, medianStages };

export type ReportWindow = { label: string; from: Date; to: Date };

/** Japan's fiscal year Y: 1 April Y to 1 April Y+1, Japan time. */
export function fiscalYearWindow(year: number): ReportWindow {
  const { start, end } = fiscalYearBounds(year);
  return { label: `FY${year}`, from: start, to: end };
}

/** A mid-term period of the plan, from its first fiscal year to the end of its last. */
export function periodWindow(period: { nameJa: string; startFiscalYear: number; endFiscalYear: number }, label: string): ReportWindow {
  return { label, from: fiscalYearWindow(period.startFiscalYear).from, to: fiscalYearWindow(period.endFiscalYear).to };
}

type FunnelRow = { strategyCode: string; suggested: number; introduced: number; agreed: number; active: number; completed: number };
type MedianRow = { strategyCode: string; stage: string; median: number | null };

export type ReportRow = {
  strategyCode: string;
  counts: Record<(typeof funnelStages)[number], number>;
  medianDays: Record<(typeof medianStages)[number], number | null>;
};

/**
 * One row per strategy with matches created in the window (strategy by the challenge's), in two statements:
 * the funnel counts, and the medians of days between a match's consecutive stage events.
 */
export async function matchReport(window: ReportWindow, strategyCode?: string): Promise<ReportRow[]> {
  const strategyCondition = strategyCode ? Prisma.sql`AND s.code = ${strategyCode}` : Prisma.empty;
  const scope = Prisma.sql`
    SELECT m.id, s.code AS "strategyCode"
    FROM "Match" m
    JOIN "Challenge" c ON c.id = m."challengeId"
    JOIN "Strategy" s ON s.id = c."strategyId"
    WHERE m."createdAt" >= ${window.from} AND m."createdAt" < ${window.to} ${strategyCondition}`;
  const [funnel, medians] = await Promise.all([
    prisma.$queryRaw<FunnelRow[]>`
      WITH scope AS (${scope})
      SELECT scope."strategyCode",
        count(DISTINCT scope.id)::int AS suggested,
        (count(DISTINCT e."matchId") FILTER (WHERE e."toStage" = 'INTRODUCED'))::int AS introduced,
        (count(DISTINCT e."matchId") FILTER (WHERE e."toStage" = 'AGREED'))::int AS agreed,
        (count(DISTINCT e."matchId") FILTER (WHERE e."toStage" = 'ACTIVE'))::int AS active,
        (count(DISTINCT e."matchId") FILTER (WHERE e."toStage" = 'COMPLETED'))::int AS completed
      FROM scope
      LEFT JOIN "MatchEvent" e ON e."matchId" = scope.id
      GROUP BY scope."strategyCode"
      ORDER BY scope."strategyCode"`,
    prisma.$queryRaw<MedianRow[]>`
      WITH scope AS (${scope}),
      durations AS (
        SELECT scope."strategyCode", e."toStage"::text AS stage,
          extract(epoch FROM (lead(e."createdAt") OVER (PARTITION BY e."matchId" ORDER BY e."createdAt", e.id) - e."createdAt")) / 86400 AS days
        FROM scope JOIN "MatchEvent" e ON e."matchId" = scope.id
      )
      SELECT "strategyCode", stage, (percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::float8 AS median
      FROM durations
      WHERE days IS NOT NULL
      GROUP BY "strategyCode", stage`,
  ]);
  return funnel.map((row) => {
    const medianOf = (stage: string) => {
      const found = medians.find((median) => median.strategyCode === row.strategyCode && median.stage === stage);
      return found?.median === null || found?.median === undefined ? null : Math.round(found.median * 10) / 10;
    };
    return {
      strategyCode: row.strategyCode,
      counts: { SUGGESTED: row.suggested, INTRODUCED: row.introduced, AGREED: row.agreed, ACTIVE: row.active, COMPLETED: row.completed },
      medianDays: {
        SUGGESTED: medianOf("SUGGESTED"),
        INTRODUCED: medianOf("INTRODUCED"),
        AGREED: medianOf("AGREED"),
        ACTIVE: medianOf("ACTIVE"),
      },
    };
  });
}
