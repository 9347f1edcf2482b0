// <link rel="alternate" type="application/atom+xml"> for pages that list challenges, so browsers and feed
// readers find the matching feed. Runs anywhere (no server imports): build the descriptors in the loader, where
// a translation function exists, and return them from `meta`.
import type { TFunction } from "i18next";
import type { ChallengeFilters } from "~/models/challenge.server.ts";

export type FeedLinkDescriptor = { tagName: "link"; rel: "alternate"; type: "application/atom+xml"; title: string; href: string };

type FeedFilters = ChallengeFilters & { page?: number };

const scopeKeys = ["strategy", "field", "area"] as const;

/** Filters that change what a feed holds: the page and the sort order do not (feeds are newest first). */
function feedFilters(filters: FeedFilters): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(filters)) {
    if (key === "page" || key === "sort" || value === undefined || value === null || value === "") continue;
    entries.push([key, String(value)]);
  }
  return entries;
}

/**
 * The feed's address (relative): the short per-scope address when the only filter is a strategy, a field or
 * an area (/strategies/A/challenges.atom), otherwise /challenges.atom with the filters as parameters.
 */
export function challengeFeedHref(filters: FeedFilters): string {
  const entries = feedFilters(filters);
  if (entries.length === 1) {
    const [key, value] = entries[0]!;
    if ((scopeKeys as readonly string[]).includes(key)) {
      const segment = encodeURIComponent(key === "strategy" ? value.toUpperCase() : value);
      return key === "strategy" ? `/strategies/${segment}/challenges.atom` : key === "field" ? `/fields/${segment}/challenges.atom` : `/areas/${segment}/challenges.atom`;
    }
  }
  const search = new URLSearchParams(entries).toString();
  return `/challenges.atom${search ? `?${search}` : ""}`;
}

/**
 * Feed links for a list page: the feed of exactly these filters (titled with `label` when given, e.g. the
 * strategy's or field's name) and, unless `includeAll` is false, the feed of all public challenges.
 * With no filters, only the all-challenges feed.
 */
export function challengeFeedLinks(filters: FeedFilters, t: TFunction, options: { label?: string; includeAll?: boolean } = {}): FeedLinkDescriptor[] {
  const all: FeedLinkDescriptor = { tagName: "link", rel: "alternate", type: "application/atom+xml", title: t("feeds.linkAll"), href: "/challenges.atom" };
  if (feedFilters(filters).length === 0) return [all];
  const title = options.label ? t("feeds.linkScoped", { label: options.label }) : t("feeds.linkFiltered");
  const own: FeedLinkDescriptor = { tagName: "link", rel: "alternate", type: "application/atom+xml", title, href: challengeFeedHref(filters) };
  return options.includeAll === false ? [own] : [own, all];
}
