import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { challengeCsvStream } from "~/features/challenges/challenge-csv.server.ts";
import { csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { todayInTokyo } from "~/kernel/japan-time.ts";
import { exportFilters, notFoundText, unknownTaxonomy } from "~/features/challenges/open-data.server.ts";
import { cacheSeconds } from "~/features/challenges/open-data.ts";

/** Every public challenge matching the list's filters as CSV (columns documented on /open-data), by number. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { sort: _sort, ...filters } = exportFilters(new URL(request.url).searchParams);
  if (await unknownTaxonomy(filters)) return notFoundText();
  const body = await challengeCsvStream(filters, publicOrigin(request));
  return new Response(body, {
    headers: { ...csvDownloadHeaders(`shiojiri-challenges-${todayInTokyo()}.csv`), "Cache-Control": `public, max-age=${cacheSeconds.csv}` },
  });
}
