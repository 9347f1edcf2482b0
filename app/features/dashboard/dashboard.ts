// What the public dashboard counts, in which groups, and how its open data is laid out: one definition that the
// model, the page, the CSV/JSON exports, the /open-data page and the tests all read. Client-safe.
import { addTokyoMonths, startOfTokyoMonth, tokyoMonth } from "~/kernel/japan-time.ts";

/** Proposals are counted once submitted; the review statuses are one group, decisions their own. */
export const proposalGroups = ["IN_REVIEW", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;
export type ProposalGroup = (typeof proposalGroups)[number];

export const dashboardMatchStages = ["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE", "COMPLETED", "ENDED"] as const;
export type DashboardMatchStage = (typeof dashboardMatchStages)[number];

export const initiativeStatuses = ["ACTIVE", "PAUSED", "COMPLETED"] as const;
export type DashboardInitiativeStatus = (typeof initiativeStatuses)[number];

export const trendMetrics = [
  "challengesPublished",
  "proposalsSubmitted",
  "matchesAgreed",
  "initiativesStarted",
  "initiativesCompleted",
] as const;
export type TrendMetric = (typeof trendMetrics)[number];

/** Months the trend covers, ending with the current month (Japan time). */
export const TREND_MONTHS = 24;

/** "YYYY-MM" of the last `count` months up to and including the current one, Japan time, oldest first. */
export function trendMonths(now: Date, count = TREND_MONTHS): string[] {
  const current = tokyoMonth(now);
  return Array.from({ length: count }, (_, index) => addTokyoMonths(current, index - (count - 1)));
}

export function monthStartInTokyo(month: string): Date {
  return startOfTokyoMonth(month);
}

/**
 * Partner counts per prefecture (and abroad) below this are published as "<3" / "3未満", never exactly: one or two
 * partners in a prefecture could be recognised by people who know them. No total of partners is published
 * next to the map, so the hidden cells cannot be worked out by subtraction.
 */
export const SMALL_COUNT_THRESHOLD = 3;
export const SUPPRESSED_TEXT = `<${SMALL_COUNT_THRESHOLD}`;

export type SuppressibleCount = { count: number; suppressed: false } | { count: null; suppressed: true };

export function suppressSmallCount(count: number): SuppressibleCount {
  return count > 0 && count < SMALL_COUNT_THRESHOLD ? { count: null, suppressed: true } : { count, suppressed: false };
}

export const dashboardCacheSeconds = 300;

/** The CSV's columns, in order: one row per published figure (a "long" table). */
export const dashboardCsvColumns = [
  "dataset",
  "scope",
  "scope_name_ja",
  "scope_name_en",
  "measure",
  "category",
  "period",
  "value",
  "unit_ja",
  "unit_en",
  "licence",
] as const;
export type DashboardCsvColumn = (typeof dashboardCsvColumns)[number];

export type DashboardFilterValues = { strategy?: string; period?: number };

/** `?strategy=B&period=1` for the exports, in a fixed order, so the links match the page's filters. */
export function dashboardQuery(filters: DashboardFilterValues): string {
  const params = new URLSearchParams();
  if (filters.strategy) params.set("strategy", filters.strategy);
  if (filters.period) params.set("period", String(filters.period));
  const query = params.toString();
  return query ? `?${query}` : "";
}
