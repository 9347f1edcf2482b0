import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDashboard, parseDashboardFilters } from "~/features/dashboard/dashboard.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { dashboardCacheSeconds } from "~/features/dashboard/dashboard.ts";
import { dashboardJson } from "~/features/dashboard/dashboard-export.server.ts";
import { apiError } from "~/features/challenges/open-data.server.ts";

/** The dashboard's figures as JSON, with a description of each part and the licence. */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = await parseDashboardFilters(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return apiError({ status: 400, parameter: parsed.parameter, message: "unknown strategy (A–C) or period (1–3) / 基本戦略（A〜C）または期間（1〜3）の指定が正しくありません" });
  }
  const data = await getDashboard(parsed.filters);
  return Response.json(dashboardJson(data, publicOrigin(request)), {
    headers: { "Cache-Control": `public, max-age=${dashboardCacheSeconds}`, "Access-Control-Allow-Origin": "*" },
  });
}
