import type { LoaderFunctionArgs } from "@remix-run/node";
import { listChallengesForApi, toOpenDataItem } from "~/features/challenges/challenge-export.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { apiError, apiGuard, apiJson, apiListUrl, parseApiQuery } from "~/features/challenges/open-data.server.ts";

/**
 * GET /api/challenges: public challenges as open data (CC BY 4.0), both languages in every item.
 * `{ data: [...], meta: { total, page, pageSize, totalPages }, links: { self, next, prev } }`; documented on /open-data.
 */
export function loader({ request }: LoaderFunctionArgs) {
  return apiGuard(() => listChallenges(request));
}

async function listChallenges(request: Request) {
  const parsed = await parseApiQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(parsed.problem);
  const { query } = parsed;
  const origin = publicOrigin(request);
  const result = await listChallengesForApi(query.filters, query.page, query.pageSize);
  const totalPages = Math.ceil(result.total / result.pageSize);
  return apiJson({
    data: result.rows.map((row) => toOpenDataItem(row, origin)),
    meta: { total: result.total, page: result.page, pageSize: result.pageSize, totalPages },
    links: {
      self: apiListUrl(origin, query, query.page),
      next: query.page < totalPages ? apiListUrl(origin, query, query.page + 1) : null,
      // Past the end, "prev" leads back to the last page that has rows.
      prev: query.page > 1 ? apiListUrl(origin, query, Math.min(query.page - 1, Math.max(totalPages, 1))) : null,
    },
  });
}
