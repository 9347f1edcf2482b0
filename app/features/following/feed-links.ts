// <link rel="alternate" type="application/atom+xml"> for pages that list challenges, so browsers and feed
// readers find the matching feed. Runs anywhere (no server imports): build the descriptors in the loader, where
// a translation function exists, and return them from `meta`.
import type { TFunction } from "i18next";
import type { ChallengeFilters } from "~/features/challenges/index.server.ts";

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
      return key === "strategy"
        ? `/strategies/${segment}/challenges.atom`
        : key === "field"
          ? `/fields/${segment}/challenges.atom`
          : `/areas/${segment}/challenges.atom`;
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
export function challengeFeedLinks(
  filters: FeedFilters,
  t: TFunction,
  options: { label?: string; includeAll?: boolean } = {},
): FeedLinkDescriptor[] {
  const all: FeedLinkDescriptor = {
    tagName: "link",
    rel: "alternate",
    type: "application/atom+xml",
    title: t("feeds.linkAll"),
    href: "/challenges.atom",
  };
  if (feedFilters(filters).length === 0) return [all];
  const title = options.label ? t("feeds.linkScoped", { label: options.label }) : t("feeds.linkFiltered");
  const own: FeedLinkDescriptor = {
    tagName: "link",
    rel: "alternate",
    type: "application/atom+xml",
    title,
    href: challengeFeedHref(filters),
  };
  return options.includeAll === false ? [own] : [own, all];
}

// ───────────────────────────── Activity feeds and calendars ─────────────────────────────

/** What a page follows without an account: an initiative, or everything under a strategy, field or area. */
export type SubscribeScope = { initiative: number } | { strategy: string } | { field: number } | { area: string };

export type SubscribeHrefs = { atom: string; calendar: string };

export type CalendarLinkDescriptor = { tagName: "link"; rel: "alternate"; type: "text/calendar"; title: string; href: string };

/**
 * The scope's activity feed and calendar (relative). An initiative has its own calendar; a strategy, field or
 * area links to the hub-wide calendar narrowed to it.
 */
export function subscribeHrefs(scope: SubscribeScope): SubscribeHrefs {
  if ("initiative" in scope)
    return { atom: `/initiatives/${scope.initiative}/activity.atom`, calendar: `/initiatives/${scope.initiative}/calendar.ics` };
  if ("strategy" in scope) {
    const code = encodeURIComponent(scope.strategy.toUpperCase());
    return { atom: `/strategies/${code}/activity.atom`, calendar: `/calendar.ics?strategy=${code}` };
  }
  if ("field" in scope) return { atom: `/fields/${scope.field}/activity.atom`, calendar: `/calendar.ics?field=${scope.field}` };
  const slug = encodeURIComponent(scope.area);
  return { atom: `/areas/${slug}/activity.atom`, calendar: `/calendar.ics?area=${slug}` };
}

/**
 * The head links for the scope's activity feed and calendar, titled with `label` (the initiative's title, the
 * strategy's, field's or area's name). Build them in the loader and return them from `meta`.
 */
export function subscribeLinks(scope: SubscribeScope, label: string, t: TFunction): Array<FeedLinkDescriptor | CalendarLinkDescriptor> {
  const hrefs = subscribeHrefs(scope);
  return [
    { tagName: "link", rel: "alternate", type: "application/atom+xml", title: t("subscribe.links.atomTitle", { label }), href: hrefs.atom },
    { tagName: "link", rel: "alternate", type: "text/calendar", title: t("subscribe.links.icalTitle", { label }), href: hrefs.calendar },
  ];
}
