// Atom feeds of activity, for people who follow without an account: one initiative's (/initiatives/3/activity.atom)
// or everything under a strategy, field or area (/strategies/A/activity.atom, /fields/4/…, /areas/narakawa/…).
// Each entry is one Activity row: what the in-app notifications and e-mails say, read from the same table.
import type { TFunction } from "i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { getI18nInstance, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listInitiativeActivities, listScopeActivities, type ActivityFeedRow } from "~/features/following/activity-feed-queries.server.ts";
import { getTaxonomyOptions, loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { describeActivity } from "./activity-text.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { fieldMark, pickLanguage } from "~/kernel/localize.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { atomResponse, hubFeed, notFoundText, xmlSafe } from "~/features/challenges/index.server.ts";
import { hubOpenedAt } from "~/features/challenges/index.ts";

export type ActivityFeedRequestScope = { initiative: string } | { strategy: string } | { field: string } | { area: string };

/** Text as the HTML that Atom's type="html" elements hold. */
function html(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The library puts html content in CDATA, which the sequence "]]>" would end early. */
function cdataSafe(markup: string): string {
  return xmlSafe(markup).replace(/]]>/g, "]]&gt;");
}

function detail(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

type EntryContext = { origin: string; language: Language; t: TFunction };

/** The entry's body (HTML): the update itself, the subject's summary, or the details of the change. */
function contentFor(row: ActivityFeedRow, { language, t }: EntryContext, text: string): string {
  const paragraphs = (...lines: Array<string | null | undefined>) =>
    lines
      .filter((line): line is string => Boolean(line))
      .map((line) => `<p>${html(line)}</p>`)
      .join("");
  if (row.kind === "INITIATIVE_UPDATE_POSTED" && row.update) {
    const note = row.update.language !== language ? `<p><em>${html(t("subscribe.atom.writtenIn"))}</em></p>` : "";
    return `${note}${renderMarkdown(row.update.body)}`;
  }
  if (row.challenge) return paragraphs(text, pickLanguage(language, row.challenge.summaryJa, row.challenge.summaryEn));
  const initiative = row.initiative!;
  switch (row.kind) {
    case "INITIATIVE_STARTED":
      return paragraphs(text, pickLanguage(language, initiative.summaryJa, initiative.summaryEn));
    case "INITIATIVE_STATUS_CHANGED": {
      const reason = detail(row.details, "reason");
      return paragraphs(text, reason ? t("subscribe.atom.reason", { reason }) : null);
    }
    case "MILESTONE_ADDED":
    case "MILESTONE_ACHIEVED": {
      const milestone = row.milestone;
      const when = milestone
        ? milestone.allDay
          ? formatDate(language, milestone.startsAt)
          : formatDateTime(language, milestone.startsAt)
        : null;
      const place = milestone?.locationJa ? pickLanguage(language, milestone.locationJa, milestone.locationEn) : null;
      return paragraphs(text, when ? t("subscribe.atom.milestoneOn", { date: when }) : null, place);
    }
    case "OUTCOME_RECORDED": {
      const label = pickLanguage(language, detail(row.details, "labelJa") ?? "", detail(row.details, "labelEn"));
      const unit = pickLanguage(language, detail(row.details, "unitJa") ?? "", detail(row.details, "unitEn"));
      const value = detail(row.details, "value");
      return paragraphs(text, label && value ? t("subscribe.atom.outcome", { label, value, unit }).trim() : null);
    }
    default:
      return paragraphs(text);
  }
}

/** When an entry last changed: an update may be edited after it was posted. */
function entryUpdated(row: ActivityFeedRow): Date {
  return row.update && row.update.updatedAt > row.createdAt ? row.update.updatedAt : row.createdAt;
}

function renderFeed(options: {
  request: Request;
  context: EntryContext;
  title: string;
  pagePath: string;
  rows: ActivityFeedRow[];
  /** `updated` of a feed with no entry yet: something stable, so that its ETag stays the same. */
  emptySince: Date;
}): Response {
  const { origin, language, t } = options.context;
  const url = new URL(options.request.url);
  const host = new URL(origin).host;
  const newest = options.rows.reduce<Date | null>((latest, row) => {
    const updated = entryUpdated(row);
    return !latest || updated > latest ? updated : latest;
  }, null);
  const feed = hubFeed(
    {
      // Its address without the language: the same feed in either language.
      id: `${origin}${url.pathname}`,
      title: xmlSafe(options.title),
      description: t("subscribe.atom.subtitle"),
      link: `${origin}${options.pagePath}`,
      feed: `${origin}${url.pathname}${url.search}`,
      updated: newest ?? options.emptySince,
    },
    options.context,
  );
  for (const row of options.rows) {
    // The same sentence and link as the in-app notification of this activity.
    const { text, href } = describeActivity(row, language);
    const link = `${origin}${href}`;
    feed.addItem({
      title: html(text),
      // A tag URI: the entry stays the same entry if the subject's address ever changes.
      id: `tag:${host},2026:activity:${row.id}`,
      link,
      date: entryUpdated(row),
      published: row.createdAt,
      content: cdataSafe(contentFor(row, options.context, text)),
      category: [{ term: row.kind }],
    });
  }
  return atomResponse(options.request, feed, language, newest);
}

// Before the hub's first activity: the `updated` of a strategy, field or area feed that has none yet.

/** The activity feed for a request; 404 when the initiative, strategy, field or area does not exist. */
export async function activityFeedResponse(request: Request, scope: ActivityFeedRequestScope): Promise<Response> {
  const language = await getLanguage(request);
  const context: EntryContext = { origin: publicOrigin(request), language, t: getI18nInstance(language).getFixedT(language) };
  const { t } = context;

  if ("initiative" in scope) {
    if (!/^\d{1,9}$/.test(scope.initiative)) return notFoundText();
    const found = await listInitiativeActivities(Number(scope.initiative));
    if (!found) return notFoundText();
    const title = pickLanguage(language, found.initiative.titleJa, found.initiative.titleEn);
    return renderFeed({
      request,
      context,
      title: t("subscribe.atom.titleInitiative", { title }),
      pagePath: `/initiatives/${found.initiative.number}`,
      rows: found.activities,
      emptySince: found.initiative.createdAt,
    });
  }

  const [lookups, options] = await Promise.all([loadTaxonomyLookups(), getTaxonomyOptions(language, { withRetired: true })]);
  if ("strategy" in scope) {
    const code = scope.strategy.toUpperCase();
    const strategyId = lookups.strategyIdByCode.get(code);
    const strategy = options.strategies.find((option) => option.code === code);
    if (strategyId === undefined || !strategy) return notFoundText();
    const rows = await listScopeActivities({ strategyId });
    return renderFeed({
      request,
      context,
      title: t("subscribe.atom.titleStrategy", { code, name: strategy.name }),
      pagePath: `/strategies/${code}`,
      rows,
      emptySince: hubOpenedAt,
    });
  }
  if ("field" in scope) {
    const number = /^\d{1,3}$/.test(scope.field) ? Number(scope.field) : NaN;
    const fieldId = lookups.fieldIdByNumber.get(number);
    const field = options.fields.find((option) => option.number === number);
    if (fieldId === undefined || !field) return notFoundText();
    const rows = await listScopeActivities({ fieldId });
    return renderFeed({
      request,
      context,
      title: t("subscribe.atom.titleField", { mark: fieldMark(number), name: field.name }),
      pagePath: `/fields/${number}`,
      rows,
      emptySince: hubOpenedAt,
    });
  }
  const slug = scope.area.toLowerCase();
  const areaId = lookups.areaIdBySlug.get(slug);
  const area = options.areas.find((option) => option.slug === slug);
  if (areaId === undefined || !area) return notFoundText();
  const rows = await listScopeActivities({ areaId });
  return renderFeed({
    request,
    context,
    title: t("subscribe.atom.titleArea", { name: area.name }),
    pagePath: `/areas/${slug}`,
    rows,
    emptySince: hubOpenedAt,
  });
}
