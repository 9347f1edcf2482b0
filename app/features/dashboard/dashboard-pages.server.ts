// The public dashboard's addresses: the page /dashboard and its figures as /dashboard.csv and /dashboard.json,
// all for the same filters. The route modules only call these.
import { getFixedT, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { getDashboard, parseDashboardFilters } from "~/features/dashboard/dashboard.server.ts";
import { dashboardCacheSeconds } from "~/features/dashboard/dashboard.ts";
import { dashboardCsv, dashboardJson } from "~/features/dashboard/dashboard-export.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { apiError, notFoundText } from "~/features/challenges/index.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { todayInTokyo } from "~/kernel/japan-time.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { notFound } from "~/kernel/http.server.ts";

export async function loadDashboardPage(request: Request) {
  const parsed = await parseDashboardFilters(new URL(request.url).searchParams);
  if (!parsed.ok) notFound();
  const [t, language] = await Promise.all([getFixedT(request), getLanguage(request)]);
  const [data, options] = await Promise.all([getDashboard(parsed.filters), getTaxonomyOptions(language)]);
  return {
    data,
    language,
    options: {
      strategies: options.strategies,
      periods: options.periods.map((period) => ({ number: period.number, name: period.name, startFiscalYear: period.startFiscalYear })),
    },
    generatedAt: formatDateTime(language, data.generatedAt),
    meta: { title: t("dashboard.title"), description: t("dashboard.description"), siteName: t("site.name"), language },
  };
}

/** The dashboard's figures as CSV (columns documented on /open-data), for the same filters as the page. */
export async function dashboardCsvDownload(request: Request) {
  const parsed = await parseDashboardFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return notFoundText();
  const data = await getDashboard(parsed.filters);
  return new Response(dashboardCsv(data), {
    headers: {
      ...csvDownloadHeaders(`shiojiri-dashboard-${todayInTokyo()}.csv`),
      "Cache-Control": `public, max-age=${dashboardCacheSeconds}`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** The dashboard's figures as JSON, with a description of each part and the licence. */
export async function dashboardJsonResponse(request: Request) {
  const parsed = await parseDashboardFilters(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return apiError({
      status: 400,
      parameter: parsed.parameter,
      message: "unknown strategy (A–C) or period (1–3) / 基本戦略（A〜C）または期間（1〜3）の指定が正しくありません",
    });
  }
  const data = await getDashboard(parsed.filters);
  return Response.json(dashboardJson(data, publicOrigin(request)), {
    headers: { "Cache-Control": `public, max-age=${dashboardCacheSeconds}`, "Access-Control-Allow-Origin": "*" },
  });
}
