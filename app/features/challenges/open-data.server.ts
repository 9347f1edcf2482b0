// Shared by the open-data routes (feeds, API, CSV, sitemap): reading their parameters, checking that named
// strategies, fields and areas exist, and the headers each kind of answer carries.
import type { ChallengeFilters } from "~/features/challenges/challenge.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { engagementTypes, publicChallengeStatuses, workStyles } from "~/features/challenges/schemas.ts";
import { parseChallengeFilters } from "./challenge-filters.ts";
import { API_DEFAULT_PAGE_SIZE, API_MAX_PAGE_SIZE, cacheSeconds } from "./open-data.ts";

export type TaxonomyKey = "strategy" | "field" | "area" | "skill" | "period";

/** The first filter that names a strategy, field, area, skill or period that does not exist, if any. */
export async function unknownTaxonomy(filters: ChallengeFilters): Promise<TaxonomyKey | null> {
  const lookups = await loadTaxonomyLookups();
  if (filters.strategy !== undefined && !lookups.strategyIdByCode.has(filters.strategy.toUpperCase())) return "strategy";
  if (filters.field !== undefined && !lookups.fieldIdByNumber.has(filters.field)) return "field";
  if (filters.area !== undefined && !lookups.areaIdBySlug.has(filters.area)) return "area";
  if (filters.skill !== undefined && !lookups.skillIdBySlug.has(filters.skill)) return "skill";
  if (filters.period !== undefined && !lookups.periodIdByNumber.has(filters.period)) return "period";
  return null;
}

/** The list's filters from an address, leniently (see challenge-filters.ts), without the page. */
export function exportFilters(searchParams: URLSearchParams): ChallengeFilters {
  const { page: _page, ...filters } = parseChallengeFilters(searchParams);
  return filters;
}

export function notFoundText(): Response {
  return new Response("Not Found / 見つかりません", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

// ───────────────────────────── The JSON API ─────────────────────────────

export type ApiQuery = { filters: ChallengeFilters; page: number; pageSize: number };
export type ApiProblem = { status: 400 | 404; parameter?: string; message: string };

const apiHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": `public, max-age=${cacheSeconds.api}`,
} as const;

export function apiJson(body: unknown, init: { status?: number } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: apiHeaders });
}

/** `{ error: { status, code, parameter?, message } }`, the message in English and Japanese. */
export function apiError(problem: ApiProblem): Response {
  const code = problem.status === 404 ? "not_found" : "invalid_parameter";
  return Response.json(
    { error: { status: problem.status, code, ...(problem.parameter ? { parameter: problem.parameter } : {}), message: problem.message } },
    { status: problem.status, headers: { ...apiHeaders, "Cache-Control": "public, max-age=60" } },
  );
}

/** Runs an API loader so that even a failure on our side (the database gone) answers JSON, not the HTML error page. */
export async function apiGuard(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    console.error("API request failed", error);
    return Response.json(
      {
        error: {
          status: 500,
          code: "server_error",
          message: "Something went wrong on our side; please try again later / サーバーで問題が起きました。時間をおいて再度お試しください",
        },
      },
      { status: 500, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" } },
    );
  }
}

const integerPattern = /^\d{1,6}$/;

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The API's parameters, strictly: a value that is not valid, or names nothing, is a 400 that says which
 * parameter and why (the list page drops such values instead; a program should hear about its mistake).
 * Unknown parameter names are ignored; for a repeated parameter the first value counts; empty means absent.
 */
export async function parseApiQuery(
  searchParams: URLSearchParams,
): Promise<{ ok: true; query: ApiQuery } | { ok: false; problem: ApiProblem }> {
  const raw = new Map<string, string>();
  for (const [key, value] of searchParams) if (!raw.has(key) && value.trim() !== "") raw.set(key, value.trim());
  const bad = (parameter: string, message: string) => ({ ok: false as const, problem: { status: 400 as const, parameter, message } });
  const filters: ChallengeFilters = {};

  let page = 1;
  const pageValue = raw.get("page");
  if (pageValue !== undefined) {
    if (!integerPattern.test(pageValue) || Number(pageValue) < 1 || Number(pageValue) > 10_000) {
      return bad("page", "page must be an integer from 1 to 10000 / page は1〜10000の整数で指定してください");
    }
    page = Number(pageValue);
  }
  let pageSize = API_DEFAULT_PAGE_SIZE;
  const sizeValue = raw.get("pageSize");
  if (sizeValue !== undefined) {
    if (!integerPattern.test(sizeValue) || Number(sizeValue) < 1 || Number(sizeValue) > API_MAX_PAGE_SIZE) {
      return bad(
        "pageSize",
        `pageSize must be an integer from 1 to ${API_MAX_PAGE_SIZE} / pageSize は1〜${API_MAX_PAGE_SIZE}の整数で指定してください`,
      );
    }
    pageSize = Number(sizeValue);
  }

  const lookups = await loadTaxonomyLookups();
  const strategy = raw.get("strategy");
  if (strategy !== undefined) {
    if (!lookups.strategyIdByCode.has(strategy.toUpperCase()))
      return bad("strategy", "unknown strategy (A, B or C) / 基本戦略は A・B・C のいずれかです");
    filters.strategy = strategy.toUpperCase();
  }
  const field = raw.get("field");
  if (field !== undefined) {
    if (!integerPattern.test(field) || !lookups.fieldIdByNumber.has(Number(field)))
      return bad("field", "unknown field (1 to 9) / 戦略分野は1〜9で指定してください");
    filters.field = Number(field);
  }
  const area = raw.get("area");
  if (area !== undefined) {
    if (!lookups.areaIdBySlug.has(area.toLowerCase()))
      return bad("area", "unknown area slug (see /open-data) / 地区・エリアの指定が正しくありません（/open-data を参照）");
    filters.area = area.toLowerCase();
  }
  const skill = raw.get("skill");
  if (skill !== undefined) {
    if (!lookups.skillIdBySlug.has(skill.toLowerCase())) return bad("skill", "unknown skill slug / スキルの指定が正しくありません");
    filters.skill = skill.toLowerCase();
  }
  const period = raw.get("period");
  if (period !== undefined) {
    if (!integerPattern.test(period) || !lookups.periodIdByNumber.has(Number(period)))
      return bad("period", "unknown period (1 to 3) / 期間は1〜3で指定してください");
    filters.period = Number(period);
  }
  const workStyle = raw.get("workStyle");
  if (workStyle !== undefined) {
    filters.workStyle = oneOf(workStyles, workStyle);
    if (!filters.workStyle) return bad("workStyle", `workStyle must be one of ${workStyles.join(", ")} / workStyle の値が正しくありません`);
  }
  const engagementType = raw.get("engagementType");
  if (engagementType !== undefined) {
    filters.engagementType = oneOf(engagementTypes, engagementType);
    if (!filters.engagementType)
      return bad("engagementType", `engagementType must be one of ${engagementTypes.join(", ")} / engagementType の値が正しくありません`);
  }
  const status = raw.get("status");
  if (status !== undefined) {
    filters.status = oneOf(publicChallengeStatuses, status);
    if (!filters.status)
      return bad("status", `status must be one of ${publicChallengeStatuses.join(", ")} / status の値が正しくありません`);
  }
  const q = raw.get("q");
  if (q !== undefined) {
    if (Array.from(q).length > 100) return bad("q", "q must be at most 100 characters / q は100文字以内で指定してください");
    filters.q = q;
  }
  const sort = raw.get("sort");
  if (sort !== undefined) {
    if (sort !== "newest" && sort !== "deadline") return bad("sort", "sort must be newest or deadline / sort は newest か deadline です");
    filters.sort = sort;
  }
  return { ok: true, query: { filters, page, pageSize } };
}

/** The API's address for these parameters (absolute), parameters in a fixed order. */
export function apiListUrl(origin: string, query: ApiQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query.filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  params.set("page", String(page));
  params.set("pageSize", String(query.pageSize));
  return `${origin}/api/challenges?${params.toString()}`;
}

// ───────────────────────────── XML ─────────────────────────────

// Characters XML 1.0 cannot hold at all (C0 controls other than tab and newlines, U+FFFE/U+FFFF, lone surrogates).
const invalidXmlCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(invalidXmlCharacters, "");
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
