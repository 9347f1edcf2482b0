// The public dashboard's figures: a handful of set-based statements (GROUP BY over the whole hub, never one query
// per strategy or field), shaped once in both languages for the page, the CSV and the JSON. Only aggregates leave
// this module; partner counts per prefecture are suppressed below SMALL_COUNT_THRESHOLD (see app/features/dashboard/dashboard.ts).
import { Prisma } from "~/generated/prisma/client.ts";
import { loadTaxonomyLookups, periodSelect } from "~/features/taxonomy/index.server.ts";
import {
  dashboardMatchStages,
  initiativeStatuses,
  proposalGroups,
  suppressSmallCount,
  trendMetrics,
  trendMonths,
  monthStartInTokyo,
  type DashboardFilterValues,
  type DashboardInitiativeStatus,
  type DashboardMatchStage,
  type ProposalGroup,
  type SuppressibleCount,
  type TrendMetric,
} from "~/features/dashboard/dashboard.ts";
import { prisma } from "~/kernel/db.server.ts";
import { fiscalYearBounds } from "~/kernel/japan-time.ts";
import { memoize } from "~/kernel/memo.server.ts";
import { prefectures, shiojiriRelationships, type ShiojiriRelationshipName } from "~/features/taxonomy/index.ts";

export type Figures = {
  openChallenges: number;
  proposals: Record<ProposalGroup, number> & { total: number };
  matches: Record<DashboardMatchStage, number> & { total: number };
  initiatives: Record<DashboardInitiativeStatus, number> & { total: number };
  /** Active partners who chose this strategy or field as an interest. */
  partnersInterested: number;
};

type Named = { nameJa: string; nameEn: string };

export type DashboardData = {
  generatedAt: string;
  filters: { strategy: string | null; period: number | null };
  period: (Named & { number: number; startFiscalYear: number; endFiscalYear: number }) | null;
  strategies: Array<Named & { code: string; figures: Figures; fields: Array<Named & { number: number; figures: Figures }> }>;
  /** The strategies' figures added up (each challenge, proposal, match and initiative has one strategy). */
  totals: Omit<Figures, "partnersInterested">;
  partnersByPrefecture: Array<Named & { code: number } & SuppressibleCount>;
  partnersAbroad: SuppressibleCount;
  partnersByRelationship: Array<{ relationship: ShiojiriRelationshipName; count: number }>;
  trend: { months: string[]; series: Record<TrendMetric, { before: number; monthly: number[]; cumulative: number[] }> };
  indicators: Array<
    Named & {
      key: string;
      unitJa: string;
      unitEn: string;
      decimals: number;
      baseline: { year: number; value: number } | null;
      target: { year: number; value: number; comparison: "AT_LEAST" | "AT_MOST" };
      projection: { year: number; value: number } | null;
      values: Array<{ year: number; value: number }>;
    }
  >;
  outcomes: Array<{ unitJa: string; unitEn: string; total: number; initiatives: number }>;
};

export type ParsedDashboardFilters = { ok: true; filters: DashboardFilterValues } | { ok: false; parameter: "strategy" | "period" };

/** `strategy` (A–C) and `period` (1–3) from an address; a value that names nothing is reported, not dropped. */
export async function parseDashboardFilters(searchParams: URLSearchParams): Promise<ParsedDashboardFilters> {
  const lookups = await loadTaxonomyLookups();
  const filters: DashboardFilterValues = {};
  const strategy = searchParams.get("strategy")?.trim().toUpperCase();
  if (strategy) {
    if (!lookups.strategyIdByCode.has(strategy)) return { ok: false, parameter: "strategy" };
    filters.strategy = strategy;
  }
  const period = searchParams.get("period")?.trim();
  if (period) {
    if (!/^\d{1,2}$/.test(period) || !lookups.periodIdByNumber.has(Number(period))) return { ok: false, parameter: "period" };
    filters.period = Number(period);
  }
  return { ok: true, filters };
}

const emptyFigures = (): Figures => ({
  openChallenges: 0,
  proposals: { IN_REVIEW: 0, ACCEPTED: 0, DECLINED: 0, WITHDRAWN: 0, total: 0 },
  matches: { SUGGESTED: 0, INTRODUCED: 0, AGREED: 0, ACTIVE: 0, COMPLETED: 0, ENDED: 0, total: 0 },
  initiatives: { ACTIVE: 0, PAUSED: 0, COMPLETED: 0, total: 0 },
  partnersInterested: 0,
});

type Scope = { strategyId: number | null; period: { id: number; startFiscalYear: number; endFiscalYear: number } | null };

function challengeScope(scope: Scope): Prisma.Sql {
  return Prisma.sql`(${scope.strategyId}::int IS NULL OR c."strategyId" = ${scope.strategyId}::int)
    AND (${scope.period?.id ?? null}::int IS NULL OR c."periodId" = ${scope.period?.id ?? null}::int)`;
}

/** A proposal on a challenge belongs to the challenge's period; a free proposal to the period it was submitted in. */
function proposalScope(scope: Scope): Prisma.Sql {
  if (!scope.period) return Prisma.sql`(${scope.strategyId}::int IS NULL OR p."strategyId" = ${scope.strategyId}::int)`;
  const from = fiscalYearBounds(scope.period.startFiscalYear).start;
  const until = fiscalYearBounds(scope.period.endFiscalYear).end;
  return Prisma.sql`(${scope.strategyId}::int IS NULL OR p."strategyId" = ${scope.strategyId}::int)
    AND (c."periodId" = ${scope.period.id}::int OR (p."challengeId" IS NULL AND p."submittedAt" >= ${from} AND p."submittedAt" < ${until}))`;
}

function initiativeScope(scope: Scope): Prisma.Sql {
  return Prisma.sql`(${scope.strategyId}::int IS NULL OR i."strategyId" = ${scope.strategyId}::int)
    AND (${scope.period?.id ?? null}::int IS NULL OR i."periodId" = ${scope.period?.id ?? null}::int)`;
}

type CountRow = { metric: string; dim: "strategy" | "field"; key: number; category: string; n: number };

/** Every per-strategy and per-field count in one statement. */
function readCounts(scope: Scope) {
  return prisma.$queryRaw<CountRow[]>`
    WITH ch AS (
      SELECT c.id, c."strategyId" FROM "Challenge" c WHERE c.status IN ('OPEN', 'MATCHING') AND ${challengeScope(scope)}
    ), pr AS (
      SELECT p."strategyId", p."fieldId",
        CASE WHEN p.status IN ('SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFO') THEN 'IN_REVIEW' ELSE p.status::text END AS grp
      FROM "Proposal" p LEFT JOIN "Challenge" c ON c.id = p."challengeId"
      WHERE p.status <> 'DRAFT' AND ${proposalScope(scope)}
    ), ma AS (
      SELECT m."challengeId", c."strategyId", m.stage::text AS stage
      FROM "Match" m JOIN "Challenge" c ON c.id = m."challengeId" WHERE ${challengeScope(scope)}
    ), ini AS (
      SELECT i.id, i."strategyId", i.status::text AS status FROM "Initiative" i WHERE ${initiativeScope(scope)}
    ), active_partner AS (
      SELECT pp.id FROM "PartnerProfile" pp WHERE pp."inactiveSince" IS NULL
    )
    SELECT 'challenges' AS metric, 'strategy' AS dim, "strategyId" AS key, 'OPEN' AS category, count(*)::int AS n FROM ch GROUP BY 3
    UNION ALL
    SELECT 'challenges', 'field', cf."fieldId", 'OPEN', count(*)::int FROM ch JOIN "ChallengeField" cf ON cf."challengeId" = ch.id GROUP BY 3
    UNION ALL
    SELECT 'proposals', 'strategy', "strategyId", grp, count(*)::int FROM pr GROUP BY 3, 4
    UNION ALL
    SELECT 'proposals', 'field', "fieldId", grp, count(*)::int FROM pr WHERE "fieldId" IS NOT NULL GROUP BY 3, 4
    UNION ALL
    SELECT 'matches', 'strategy', "strategyId", stage, count(*)::int FROM ma GROUP BY 3, 4
    UNION ALL
    SELECT 'matches', 'field', cf."fieldId", stage, count(*)::int FROM ma JOIN "ChallengeField" cf ON cf."challengeId" = ma."challengeId" GROUP BY 3, 4
    UNION ALL
    SELECT 'initiatives', 'strategy', "strategyId", status, count(*)::int FROM ini GROUP BY 3, 4
    UNION ALL
    SELECT 'initiatives', 'field', f."fieldId", status, count(*)::int FROM ini JOIN "InitiativeField" f ON f."initiativeId" = ini.id GROUP BY 3, 4
    UNION ALL
    SELECT 'partners', 'strategy', s."strategyId", 'INTERESTED', count(*)::int
    FROM "PartnerStrategyInterest" s JOIN active_partner ap ON ap.id = s."partnerId" GROUP BY 3
    UNION ALL
    SELECT 'partners', 'field', f."fieldId", 'INTERESTED', count(*)::int
    FROM "PartnerFieldInterest" f JOIN active_partner ap ON ap.id = f."partnerId" GROUP BY 3`;
}

type PartnerRow = { kind: "prefecture" | "abroad" | "relationship"; key: string; n: number };

/** Active partners by prefecture, abroad, and by relationship to Shiojiri (several per partner), in one statement. */
function readPartners(scope: Scope) {
  const interested = Prisma.sql`(${scope.strategyId}::int IS NULL OR EXISTS (
    SELECT 1 FROM "PartnerStrategyInterest" s WHERE s."partnerId" = pp.id AND s."strategyId" = ${scope.strategyId}::int))`;
  return prisma.$queryRaw<PartnerRow[]>`
    SELECT 'prefecture' AS kind, pp."prefectureCode"::text AS key, count(*)::int AS n
    FROM "PartnerProfile" pp WHERE pp."inactiveSince" IS NULL AND pp."prefectureCode" IS NOT NULL AND ${interested} GROUP BY 2
    UNION ALL
    SELECT 'abroad', '', count(*)::int
    FROM "PartnerProfile" pp WHERE pp."inactiveSince" IS NULL AND pp."prefectureCode" IS NULL AND pp."countryCode" IS NOT NULL AND ${interested}
    UNION ALL
    SELECT 'relationship', r::text, count(*)::int
    FROM "PartnerProfile" pp CROSS JOIN LATERAL unnest(pp.relationships) AS r WHERE pp."inactiveSince" IS NULL AND ${interested} GROUP BY 2`;
}

type TrendRow = { metric: TrendMetric; month: string | null; n: number };

/**
 * Events per month (Japan time) over the window, and how many came before it (the cumulative lines' start). The
 * columns are `timestamp` holding UTC: read as UTC first, then shown in Tokyo (a bare `AT TIME ZONE 'Asia/Tokyo'`
 * would take them for Tokyo wall-clock times and shift them nine hours the wrong way).
 */
function readTrend(scope: Scope, since: Date) {
  return prisma.$queryRaw<TrendRow[]>`
    WITH events AS (
      SELECT 'challengesPublished' AS metric, c."publishedAt" AS at FROM "Challenge" c
      WHERE c.status <> 'DRAFT' AND c."publishedAt" IS NOT NULL AND ${challengeScope(scope)}
      UNION ALL
      SELECT 'proposalsSubmitted', p."submittedAt" FROM "Proposal" p LEFT JOIN "Challenge" c ON c.id = p."challengeId"
      WHERE p.status <> 'DRAFT' AND p."submittedAt" IS NOT NULL AND ${proposalScope(scope)}
      UNION ALL
      SELECT 'matchesAgreed', e."createdAt" FROM "MatchEvent" e JOIN "Match" m ON m.id = e."matchId" JOIN "Challenge" c ON c.id = m."challengeId"
      WHERE e."toStage" = 'AGREED' AND ${challengeScope(scope)}
      UNION ALL
      SELECT CASE WHEN e."toStatus" = 'COMPLETED' THEN 'initiativesCompleted' ELSE 'initiativesStarted' END, e."createdAt"
      FROM "InitiativeEvent" e JOIN "Initiative" i ON i.id = e."initiativeId"
      WHERE ((e."fromStatus" IS NULL AND e."toStatus" = 'ACTIVE') OR e."toStatus" = 'COMPLETED') AND ${initiativeScope(scope)}
    )
    SELECT metric, CASE WHEN at < ${since} THEN NULL ELSE to_char((at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') END AS month, count(*)::int AS n
    FROM events GROUP BY 1, 2`;
}

function readOutcomes(scope: Scope) {
  return prisma.$queryRaw<Array<{ unitJa: string; unitEn: string; total: number; initiatives: number }>>`
    SELECT o."unitJa" AS "unitJa", coalesce(o."unitEn", o."unitJa") AS "unitEn", sum(o.value)::float8 AS total,
      count(DISTINCT o."initiativeId")::int AS initiatives
    FROM "InitiativeOutcome" o JOIN "Initiative" i ON i.id = o."initiativeId"
    WHERE ${initiativeScope(scope)}
    GROUP BY 1, 2 ORDER BY 3 DESC, 1`;
}

function readIndicators() {
  return prisma.planIndicator.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      key: true,
      nameJa: true,
      nameEn: true,
      unitJa: true,
      unitEn: true,
      decimals: true,
      baselineValue: true,
      baselineYear: true,
      targetValue: true,
      targetYear: true,
      targetComparison: true,
      projectionValue: true,
      values: { orderBy: { year: "asc" }, select: { year: true, value: true } },
    },
  });
}

/** Strategies, fields and periods: reference data, read at most once a minute per process. */
const readTaxonomy = memoize(60_000, () =>
  Promise.all([
    prisma.strategy.findMany({
      orderBy: { position: "asc" },
      select: {
        id: true,
        code: true,
        nameJa: true,
        nameEn: true,
        fields: { orderBy: { number: "asc" }, select: { id: true, number: true, nameJa: true, nameEn: true } },
      },
    }),
    prisma.period.findMany({ orderBy: { number: "asc" }, select: periodSelect }),
  ]),
);

function addCount(figures: Figures, metric: string, category: string, n: number) {
  if (metric === "challenges") figures.openChallenges += n;
  else if (metric === "partners") figures.partnersInterested += n;
  else if (metric === "proposals" && (proposalGroups as readonly string[]).includes(category)) {
    figures.proposals[category as ProposalGroup] += n;
    figures.proposals.total += n;
  } else if (metric === "matches" && (dashboardMatchStages as readonly string[]).includes(category)) {
    figures.matches[category as DashboardMatchStage] += n;
    figures.matches.total += n;
  } else if (metric === "initiatives" && (initiativeStatuses as readonly string[]).includes(category)) {
    figures.initiatives[category as DashboardInitiativeStatus] += n;
    figures.initiatives.total += n;
  }
}

/** Reads every figure afresh (the page goes through `getDashboard`, which keeps the answer a minute). */
export async function loadDashboard(filters: DashboardFilterValues, now = new Date()): Promise<DashboardData> {
  const [strategyRows, periodRows] = await readTaxonomy();
  const strategyFilter = filters.strategy ? strategyRows.find((row) => row.code === filters.strategy) : undefined;
  const periodFilter = filters.period ? periodRows.find((row) => row.number === filters.period) : undefined;
  const scope: Scope = { strategyId: strategyFilter?.id ?? null, period: periodFilter ?? null };
  const months = trendMonths(now);
  const [counts, partners, trendRows, outcomes, indicators] = await Promise.all([
    readCounts(scope),
    readPartners(scope),
    readTrend(scope, monthStartInTokyo(months[0]!)),
    readOutcomes(scope),
    readIndicators(),
  ]);

  const byStrategy = new Map<number, Figures>();
  const byField = new Map<number, Figures>();
  for (const row of counts) {
    const target = row.dim === "strategy" ? byStrategy : byField;
    if (!target.has(row.key)) target.set(row.key, emptyFigures());
    addCount(target.get(row.key)!, row.metric, row.category, row.n);
  }
  const shownStrategies = strategyFilter ? [strategyFilter] : strategyRows;
  const strategies = shownStrategies.map((strategy) => ({
    code: strategy.code,
    nameJa: strategy.nameJa,
    nameEn: strategy.nameEn,
    figures: byStrategy.get(strategy.id) ?? emptyFigures(),
    fields: strategy.fields.map((field) => ({
      number: field.number,
      nameJa: field.nameJa,
      nameEn: field.nameEn,
      figures: byField.get(field.id) ?? emptyFigures(),
    })),
  }));
  const totals = emptyFigures();
  for (const strategy of strategies) {
    totals.openChallenges += strategy.figures.openChallenges;
    for (const group of [...proposalGroups, "total"] as const) totals.proposals[group] += strategy.figures.proposals[group];
    for (const stage of [...dashboardMatchStages, "total"] as const) totals.matches[stage] += strategy.figures.matches[stage];
    for (const status of [...initiativeStatuses, "total"] as const) totals.initiatives[status] += strategy.figures.initiatives[status];
  }
  const { partnersInterested: _notAdditive, ...additiveTotals } = totals;

  const prefectureCounts = new Map<number, number>();
  const relationshipCounts = new Map<string, number>();
  let abroad = 0;
  for (const row of partners) {
    if (row.kind === "prefecture") prefectureCounts.set(Number(row.key), row.n);
    else if (row.kind === "abroad") abroad = row.n;
    else relationshipCounts.set(row.key, row.n);
  }

  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const series = Object.fromEntries(
    trendMetrics.map((metric) => [metric, { before: 0, monthly: months.map(() => 0), cumulative: [] as number[] }]),
  ) as DashboardData["trend"]["series"];
  for (const row of trendRows) {
    const line = series[row.metric];
    if (!line) continue;
    if (row.month === null) line.before += row.n;
    else {
      const index = monthIndex.get(row.month);
      // Dates after the current month (a clock skew, a back-dated row) fall outside the chart: leave them out.
      if (index !== undefined) line.monthly[index]! += row.n;
    }
  }
  for (const metric of trendMetrics) {
    let running = series[metric].before;
    series[metric].cumulative = series[metric].monthly.map((n) => (running += n));
  }

  return {
    generatedAt: now.toISOString(),
    filters: { strategy: strategyFilter?.code ?? null, period: periodFilter?.number ?? null },
    period: periodFilter
      ? {
          number: periodFilter.number,
          nameJa: periodFilter.nameJa,
          nameEn: periodFilter.nameEn,
          startFiscalYear: periodFilter.startFiscalYear,
          endFiscalYear: periodFilter.endFiscalYear,
        }
      : null,
    strategies,
    totals: additiveTotals,
    partnersByPrefecture: prefectures.map((prefecture) => ({
      code: prefecture.code,
      nameJa: prefecture.nameJa,
      nameEn: prefecture.nameEn,
      ...suppressSmallCount(prefectureCounts.get(prefecture.code) ?? 0),
    })),
    partnersAbroad: suppressSmallCount(abroad),
    partnersByRelationship: shiojiriRelationships.map((relationship) => ({
      relationship,
      count: relationshipCounts.get(relationship) ?? 0,
    })),
    trend: { months, series },
    indicators: indicators.map((indicator) => ({
      key: indicator.key,
      nameJa: indicator.nameJa,
      nameEn: indicator.nameEn,
      unitJa: indicator.unitJa,
      unitEn: indicator.unitEn,
      decimals: indicator.decimals,
      baseline:
        indicator.baselineValue !== null && indicator.baselineYear !== null
          ? { year: indicator.baselineYear, value: indicator.baselineValue.toNumber() }
          : null,
      target: { year: indicator.targetYear, value: indicator.targetValue.toNumber(), comparison: indicator.targetComparison },
      projection: indicator.projectionValue !== null ? { year: indicator.targetYear, value: indicator.projectionValue.toNumber() } : null,
      values: indicator.values.map((value) => ({ year: value.year, value: value.value.toNumber() })),
    })),
    outcomes,
  };
}

const DASHBOARD_TTL_MS = 60_000;
const cached = new Map<string, ReturnType<typeof memoize<DashboardData>>>();

/**
 * The figures for these (already validated) filters, read at most once a minute per process and filter: the page
 * and its exports stay fast under load, and the figures are at most a minute old. At most 4 × 4 entries.
 */
export function getDashboard(filters: DashboardFilterValues): Promise<DashboardData> {
  const key = `${filters.strategy ?? ""}|${filters.period ?? ""}`;
  let entry = cached.get(key);
  if (!entry) {
    entry = memoize(DASHBOARD_TTL_MS, () => loadDashboard(filters));
    cached.set(key, entry);
  }
  return entry();
}

/** Forgets this process's figures: an admin changed the indicators (a new one, an edit, a retirement). */
export function invalidateDashboard() {
  for (const entry of cached.values()) entry.invalidate();
}
