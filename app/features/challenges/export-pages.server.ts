// The challenges' machine-readable addresses: the JSON API (/api/challenges[/<n>]), the CSV download
// (/challenges.csv) and the Atom feeds of one area or field (/areas/<slug>/challenges.atom,
// /fields/<n>/challenges.atom). Each answers in its own format, a 404 included. The route modules only call these.
import { getPublicChallengeForApi, listChallengesForApi, toOpenDataItem } from "~/features/challenges/challenge-export.server.ts";
import { challengeCsvStream } from "~/features/challenges/challenge-csv.server.ts";
import { challengeFeedResponse } from "~/features/challenges/challenge-feed.server.ts";
import {
  apiError,
  apiGuard,
  apiJson,
  apiListUrl,
  exportFilters,
  notFoundText,
  parseApiQuery,
  unknownTaxonomy,
} from "~/features/challenges/open-data.server.ts";
import { cacheSeconds } from "~/features/challenges/open-data.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { csvDownloadHeaders } from "~/kernel/csv.server.ts";
import { todayInTokyo } from "~/kernel/japan-time.ts";
import { recordNumberOrNull } from "~/kernel/params.server.ts";

// ───────────────────────────── /api/challenges ─────────────────────────────

/**
 * GET /api/challenges: public challenges as open data (CC BY 4.0), both languages in every item.
 * `{ data: [...], meta: { total, page, pageSize, totalPages }, links: { self, next, prev } }`; documented on /open-data.
 */
export function challengeApiList(request: Request) {
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

/** GET /api/challenges/12: one public challenge with its body (Markdown) in both languages; 404 JSON otherwise. */
export function challengeApiItem(request: Request, number: string) {
  return apiGuard(() => oneChallenge(request, number));
}

async function oneChallenge(request: Request, text: string) {
  const number = recordNumberOrNull(text);
  if (number === null) {
    return apiError({ status: 404, message: "No public challenge has this number / この番号の公開中の地域課題はありません" });
  }
  const row = await getPublicChallengeForApi(number);
  if (!row) return apiError({ status: 404, message: "No public challenge has this number / この番号の公開中の地域課題はありません" });
  const origin = publicOrigin(request);
  return apiJson({
    data: { ...toOpenDataItem(row, origin), bodyJa: row.bodyJa, bodyEn: row.bodyEn, bodyFormat: "markdown" },
    links: { self: `${origin}/api/challenges/${row.number}`, html: `${origin}/challenges/${row.number}` },
  });
}

// ───────────────────────────── /challenges.csv ─────────────────────────────

/** Every public challenge matching the list's filters as CSV (columns documented on /open-data), by number. */
export async function challengeCsvDownload(request: Request) {
  const { sort: _sort, ...filters } = exportFilters(new URL(request.url).searchParams);
  if (await unknownTaxonomy(filters)) return notFoundText();
  const body = await challengeCsvStream(filters, publicOrigin(request));
  return new Response(body, {
    headers: { ...csvDownloadHeaders(`shiojiri-challenges-${todayInTokyo()}.csv`), "Cache-Control": `public, max-age=${cacheSeconds.csv}` },
  });
}

// ───────────────────────────── One area's or field's Atom feed ─────────────────────────────

/** Atom feed of one area's public challenges: /areas/narakawa/challenges.atom (slugs on /open-data). */
export async function areaChallengeFeed(request: Request, slug: string) {
  if (!/^[A-Za-z0-9-]{1,60}$/.test(slug)) return notFoundText();
  return challengeFeedResponse(request, { area: slug.toLowerCase() });
}

/** Atom feed of one strategy field's public challenges: /fields/4/challenges.atom. */
export async function fieldChallengeFeed(request: Request, number: string) {
  if (!/^[1-9][0-9]?$/.test(number)) return notFoundText();
  return challengeFeedResponse(request, { field: Number(number) });
}
