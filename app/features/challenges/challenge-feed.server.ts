// Atom feeds of public challenges, built with the `feed` library: /challenges.atom with the list's filters, and
// the short per-scope addresses /strategies/A/…, /fields/4/…, /areas/narakawa/challenges.atom.
import { Feed } from "feed";
import type { TFunction } from "i18next";
import { getI18nInstance, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import type { ChallengeFilters } from "~/features/challenges/challenge.server.ts";
import { listChallengesForFeed } from "~/features/challenges/challenge-export.server.ts";
import { getTaxonomyOptions, type TaxonomyOptions } from "~/features/taxonomy/index.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { challengeFiltersToSearch } from "./challenge-filters.ts";
import { conditionalResponse } from "~/kernel/conditional-response.server.ts";
import { fieldMark, pickLanguage } from "~/kernel/localize.ts";
import { exportFilters, notFoundText, unknownTaxonomy, xmlSafe } from "./open-data.server.ts";
import { cacheSeconds, hubOpenedAt, openDataLicence } from "./open-data.ts";

export type FeedScope = { strategy: string } | { field: number } | { area: string };

type FeedRow = Awaited<ReturnType<typeof listChallengesForFeed>>[number];

/** The filters in words, for the feed's title: "基本戦略 A：… / ④ … / 楢川 / 募集中". */
function describeFilters(filters: ChallengeFilters, options: TaxonomyOptions, t: TFunction): string {
  const parts: string[] = [];
  const strategy = filters.strategy
    ? options.strategies.find((candidate) => candidate.code === filters.strategy!.toUpperCase())
    : undefined;
  if (strategy) parts.push(`${t("home.strategyCode", { code: strategy.code })}：${strategy.name}`);
  const field = filters.field !== undefined ? options.fields.find((candidate) => candidate.number === filters.field) : undefined;
  if (field) parts.push(`${fieldMark(field.number)} ${field.name}`);
  const area = filters.area ? options.areas.find((candidate) => candidate.slug === filters.area) : undefined;
  if (area) parts.push(area.name);
  const skill = filters.skill ? options.skills.find((candidate) => candidate.slug === filters.skill) : undefined;
  if (skill) parts.push(skill.name);
  const period = filters.period !== undefined ? options.periods.find((candidate) => candidate.number === filters.period) : undefined;
  if (period) parts.push(period.name);
  if (filters.status) parts.push(t(`challenge.status.${filters.status}`));
  if (filters.workStyle) parts.push(t(`challenge.workStyle.${filters.workStyle}`));
  if (filters.engagementType) parts.push(t(`challenge.engagementType.${filters.engagementType}`));
  if (filters.q) parts.push(t("feeds.keyword", { q: filters.q }));
  return parts.join(" / ");
}

/** Plain text as the HTML that Atom's type="html" title, summary and content expect. */
function html(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The library writes attribute values with only `"` escaped: `&` and `<` in a category's label would make
 * the document ill-formed, so they are escaped here (and `"` left to the library).
 */
function attribute(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function entryFor(row: FeedRow, origin: string, language: Language, t: TFunction) {
  const url = `${origin}/challenges/${row.number}`;
  const title = pickLanguage(language, row.titleJa, row.titleEn);
  const summary = pickLanguage(language, row.summaryJa, row.summaryEn);
  const strategyName = pickLanguage(language, row.strategy.nameJa, row.strategy.nameEn);
  const areaName = pickLanguage(language, row.area.nameJa, row.area.nameEn);
  return {
    title: html(title),
    id: url,
    link: url,
    date: row.updatedAt,
    published: row.publishedAt ?? row.updatedAt,
    description: html(summary),
    content: `<p>${html(summary)}</p>`,
    category: [
      {
        term: row.strategy.code,
        scheme: `${origin}/strategies`,
        name: attribute(`${t("home.strategyCode", { code: row.strategy.code })}：${strategyName}`),
      },
      ...row.fields.map((link) => ({
        term: String(link.field.number),
        scheme: `${origin}/fields`,
        name: attribute(`${fieldMark(link.field.number)} ${pickLanguage(language, link.field.nameJa, link.field.nameEn)}`),
      })),
      { term: attribute(row.area.slug), scheme: `${origin}/areas`, name: attribute(areaName) },
    ],
  };
}

/** Adds xml:lang to the root element (Atom's way of naming the language; the library writes none). */
function withLanguage(xml: string, language: Language): string {
  return xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
}

/** An Atom feed of the hub: the site as its generator and author, the open-data licence, the favicon. */
export function hubFeed(
  options: { id: string; title: string; description: string; link: string; feed: string; updated: Date },
  context: { origin: string; language: Language; t: TFunction },
): Feed {
  const { origin, language, t } = context;
  return new Feed({
    ...options,
    language,
    generator: t("site.name"),
    copyright: t("feeds.rights", { licence: openDataLicence.name }),
    author: { name: t("site.operator"), link: origin },
    favicon: `${origin}/favicon.svg`,
  });
}

/** The feed as a response in its language, revalidated by ETag and Last-Modified (`newest`, its latest entry). */
export function atomResponse(request: Request, feed: Feed, language: Language, newest: Date | null): Response {
  return conditionalResponse(request, withLanguage(feed.atom1(), language), {
    contentType: "application/atom+xml; charset=utf-8",
    maxAgeSeconds: cacheSeconds.feed,
    lastModified: newest,
    // The language comes from ?lng=, the language cookie or Accept-Language.
    headers: { Vary: "Accept-Language, Cookie" },
  });
}

/**
 * The feed for a request: its own filters from the address, narrowed to `scope` for the per-scope addresses.
 * A strategy, field, area, skill or period that does not exist is a 404 (a subscriber should hear that the
 * address is wrong rather than get an empty feed forever). Language: ?lng=, then the visitor's, then Japanese.
 */
export async function challengeFeedResponse(request: Request, scope: FeedScope | null): Promise<Response> {
  const url = new URL(request.url);
  const { sort: _sort, ...fromAddress } = exportFilters(url.searchParams);
  const filters: ChallengeFilters = { ...fromAddress, ...scope };
  if (await unknownTaxonomy(filters)) return notFoundText();

  const language = await getLanguage(request);
  const t = getI18nInstance(language).getFixedT(language);
  const origin = publicOrigin(request);
  const [rows, options] = await Promise.all([listChallengesForFeed(filters), getTaxonomyOptions(language, { withRetired: true })]);

  const described = describeFilters(filters, options, t);
  const newest = rows.reduce<Date | null>((latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest), null);
  // The feed's id: its address without the language and with the parameters in a fixed order.
  const ownFilters: ChallengeFilters = { ...fromAddress };
  if (scope) for (const key of Object.keys(scope)) delete ownFilters[key as keyof ChallengeFilters];
  const canonicalPath = `${scope ? url.pathname : "/challenges.atom"}${challengeFiltersToSearch(ownFilters)}`;
  const listSearch = challengeFiltersToSearch(filters);
  const feed = hubFeed(
    {
      id: `${origin}${canonicalPath}`,
      title: described ? t("feeds.titleFiltered", { filters: described }) : t("feeds.title"),
      description: t("feeds.subtitle"),
      link: `${origin}/challenges${listSearch}`,
      feed: `${origin}${url.pathname}${url.search}`,
      updated: newest ?? hubOpenedAt,
    },
    { origin, language, t },
  );
  for (const row of rows) feed.addItem(entryFor(row, origin, language, t));
  return atomResponse(request, feed, language, newest);
}
