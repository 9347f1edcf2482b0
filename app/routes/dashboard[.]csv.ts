import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDashboard, parseDashboardFilters } from "~/features/dashboard/dashboard.server.ts";
import { dashboardCacheSeconds } from "~/features/dashboard/dashboard.ts";
import { csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { dashboardCsv } from "~/features/dashboard/dashboard-export.server.ts";
import { todayInTokyo } from "~/kernel/japan-time.ts";
import { notFoundText } from "~/features/challenges/open-data.server.ts";

/** The dashboard's figures as CSV (columns documented on /open-data), for the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
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
