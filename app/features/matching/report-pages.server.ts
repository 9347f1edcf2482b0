// The pipeline's reports page and its CSV (/coordinate/matches/reports[.csv]): the window (a fiscal year or a
// mid-term period of the plan) and strategy from the address, the rows from app/features/matching/match-reports.server.ts.
import { z } from "zod";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { fiscalYearWindow, matchReport, medianStages, funnelStages, periodWindow } from "~/features/matching/match-reports.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { requirePermission } from "~/kernel/auth/guards.server.ts";
import { csvDocument, csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { fiscalYearOf } from "~/kernel/japan-time.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { smallNumberFilter, strategyCodeFilter } from "~/kernel/forms/address-filters.ts";

const reportFiltersSchema = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  period: smallNumberFilter,
  strategy: strategyCodeFilter,
});

async function reportFor(searchParams: URLSearchParams) {
  const entries = [...searchParams.entries()].filter(([, value]) => value !== "");
  const filters = reportFiltersSchema.parse(Object.fromEntries(entries));
  const period = filters.period
    ? await prisma.period.findUnique({
        where: { number: filters.period },
        select: { number: true, nameJa: true, startFiscalYear: true, endFiscalYear: true },
      })
    : null;
  const fiscalYear = filters.fy ?? fiscalYearOf(new Date());
  const window = period
    ? periodWindow(period, `P${period.number} FY${period.startFiscalYear}-${period.endFiscalYear}`)
    : fiscalYearWindow(fiscalYear);
  const rows = await matchReport(window, filters.strategy);
  return {
    filters: { fy: period ? undefined : fiscalYear, period: period?.number, strategy: filters.strategy },
    window: { label: window.label },
    rows,
  };
}

export async function loadMatchReports(request: Request) {
  await requirePermission(request, "match:manage");
  const language = await getLanguage(request);
  const [report, options, meta] = await Promise.all([
    reportFor(new URL(request.url).searchParams),
    getTaxonomyOptions(language),
    translatedMeta(request, { title: "matching.reports.title", description: "matching.reports.lead" }, { noindex: true }),
  ]);
  const thisYear = fiscalYearOf(new Date());
  return {
    ...report,
    fiscalYears: Array.from({ length: 6 }, (_, index) => thisYear - index),
    strategies: options.strategies,
    periods: options.periods,
    meta,
    search: new URL(request.url).search,
  };
}

/** The same rows as CSV, UTF-8 with a BOM (Excel opens it as UTF-8), one row per strategy. */
export async function matchReportsCsv(request: Request) {
  await requirePermission(request, "match:manage");
  const report = await reportFor(new URL(request.url).searchParams);
  const columns = [
    "strategy",
    "period",
    ...funnelStages.map((stage) => `reached_${stage.toLowerCase()}`),
    ...medianStages.map((stage) => `median_days_${stage.toLowerCase()}`),
  ];
  const records = report.rows.map((row) => [
    row.strategyCode,
    report.window.label,
    ...funnelStages.map((stage) => row.counts[stage]),
    ...medianStages.map((stage) => row.medianDays[stage] ?? ""),
  ]);
  return new Response(csvDocument([columns, ...records]), {
    headers: { ...csvDownloadHeaders(`shiojiri-matches-${report.window.label}.csv`), "Cache-Control": "private, no-store" },
  });
}
