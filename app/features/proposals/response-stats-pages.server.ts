// The staff page of response statistics and its CSV (/coordinate/proposals/responses[.csv]), decision 0019: a fiscal
// year from the address, a table per coordinator and per department from response-stats.server.ts.
import { z } from "zod";
import { requirePermission } from "~/kernel/auth/guards.server.ts";
import { csvDocument, csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { fiscalYearBounds, fiscalYearOf, todayInTokyo } from "~/kernel/japan-time.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { responseStats, type ResponseStatsGrouping } from "./response-stats.server.ts";

const filtersSchema = z.object({ fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

async function statsFor(searchParams: URLSearchParams) {
  const now = new Date();
  const fiscalYear = filtersSchema.parse({ fy: searchParams.get("fy") || undefined }).fy ?? fiscalYearOf(now);
  const { start, end } = fiscalYearBounds(fiscalYear);
  const today = todayInTokyo(now);
  const [byCoordinator, byDepartment] = await Promise.all([
    responseStats({ from: start, to: end }, "coordinator", today),
    responseStats({ from: start, to: end }, "department", today),
  ]);
  return { fiscalYear, byCoordinator, byDepartment };
}

export async function loadResponseStats(request: Request) {
  await requirePermission(request, "proposal:review");
  const [stats, meta] = await Promise.all([
    statsFor(new URL(request.url).searchParams),
    translatedMeta(request, { title: "review.responses.title", description: "review.responses.lead" }, { noindex: true }),
  ]);
  const thisYear = fiscalYearOf(new Date());
  return { ...stats, fiscalYears: Array.from({ length: 6 }, (_, index) => thisYear - index), meta };
}

/** Both tables in one CSV (UTF-8 with a BOM), a column saying which grouping each row belongs to, in the reader's language. */
export async function responseStatsCsv(request: Request) {
  await requirePermission(request, "proposal:review");
  const [stats, language, t] = await Promise.all([statsFor(new URL(request.url).searchParams), getLanguage(request), getFixedT(request)]);
  const columns = ["grouping", "name", "submitted", "responded", "due", "on_time", "response_rate_percent", "overdue", "median_hours"];
  const groups: [ResponseStatsGrouping, typeof stats.byCoordinator][] = [
    ["coordinator", stats.byCoordinator],
    ["department", stats.byDepartment],
  ];
  const records = groups.flatMap(([grouping, rows]) =>
    rows.map((row) => [
      grouping,
      (language === "en" ? row.labelEn : row.labelJa) ??
        t(grouping === "coordinator" ? "review.responses.unassigned" : "review.responses.noDepartment"),
      row.submitted,
      row.responded,
      row.due,
      row.onTime,
      row.responseRate ?? "",
      row.overdue,
      row.medianHours ?? "",
    ]),
  );
  return new Response(csvDocument([columns, ...records]), {
    headers: { ...csvDownloadHeaders(`shiojiri-proposal-responses-FY${stats.fiscalYear}.csv`), "Cache-Control": "private, no-store" },
  });
}
