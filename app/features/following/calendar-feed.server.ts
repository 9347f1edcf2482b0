// The calendar feeds: /initiatives/3/calendar.ics (one initiative's milestones and events) and /calendar.ics
// (every initiative's, with the public challenges' deadlines; ?strategy=, ?field=, ?area= narrow it).
// Language: ?lng=, then the visitor's, then Japanese, like the Atom feeds.
import type { TFunction } from "i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { getI18nInstance, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  listHubCalendar,
  listInitiativeCalendar,
  type CalendarRow,
  type HubCalendarFilters,
} from "~/features/following/calendar-queries.server.ts";
import { getTaxonomyOptions, loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { publicOrigin } from "~/kernel/auth/guards.server.ts";
import { renderCalendar, type CalendarEvent } from "./ical.server.ts";
import { conditionalResponse } from "~/kernel/conditional-response.server.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { fieldMark, pickLanguage } from "~/kernel/localize.ts";
import { notFoundText } from "~/features/challenges/index.server.ts";

/** Calendar apps poll on their own schedule; this is what they are told, and what a shared cache may keep. */
export const CALENDAR_REFRESH_SECONDS = 3600;
const CALENDAR_CACHE_SECONDS = 300;

function eventFor(
  row: CalendarRow,
  context: { origin: string; host: string; language: Language; t: TFunction; hubWide: boolean },
): CalendarEvent {
  const { origin, host, language, t } = context;
  const subjectTitle = pickLanguage(language, row.subjectTitleJa, row.subjectTitleEn);
  const title = pickLanguage(language, row.titleJa, row.titleEn);
  const description = pickLanguage(language, row.descriptionJa, row.descriptionEn);
  if (row.source === "deadline") {
    const url = `${origin}/challenges/${row.subjectNumber}`;
    return {
      uid: `challenge-deadline-${row.id}@${host}`,
      sequence: row.sequence,
      stamp: row.updatedAt,
      summary: t("subscribe.calendar.deadlineSummary", { title }),
      description: [t("subscribe.calendar.challengeLine", { title }), description, url].filter(Boolean).join("\n\n"),
      url,
      categories: [t("subscribe.calendar.kind.DEADLINE")],
      allDay: true,
      start: row.startsAt,
    };
  }
  const url = `${origin}/initiatives/${row.subjectNumber}`;
  return {
    uid: `milestone-${row.id}@${host}`,
    sequence: row.sequence,
    stamp: row.updatedAt,
    summary: context.hubWide ? t("subscribe.calendar.hubSummary", { title, initiative: subjectTitle }) : title,
    description: [
      t("subscribe.calendar.initiativeLine", { title: subjectTitle }),
      description,
      row.achievedAt ? t("subscribe.calendar.achieved", { date: formatDate(language, row.achievedAt) }) : "",
      url,
    ]
      .filter(Boolean)
      .join("\n\n"),
    location: row.locationJa === null ? null : pickLanguage(language, row.locationJa, row.locationEn),
    url,
    categories: [t(`subscribe.calendar.kind.${row.kind === "EVENT" ? "EVENT" : "MILESTONE"}`)],
    allDay: row.allDay,
    start: row.startsAt,
    end: row.endsAt,
  };
}

function calendarAnswer(request: Request, body: string, rows: CalendarRow[], filename: string): Response {
  const lastModified = rows.reduce<Date | null>((latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest), null);
  return conditionalResponse(request, body, {
    contentType: "text/calendar; charset=utf-8",
    maxAgeSeconds: CALENDAR_CACHE_SECONDS,
    lastModified,
    headers: { "Content-Disposition": `inline; filename="${filename}"`, Vary: "Accept-Language, Cookie" },
  });
}

async function context(request: Request) {
  const language = await getLanguage(request);
  const origin = publicOrigin(request);
  return { language, origin, host: new URL(origin).host, t: getI18nInstance(language).getFixedT(language) };
}

/** One initiative's calendar; 404 when no initiative has that number. */
export async function initiativeCalendarResponse(request: Request, numberParam: string | undefined): Promise<Response> {
  if (!numberParam || !/^\d{1,9}$/.test(numberParam)) return notFoundText();
  const found = await listInitiativeCalendar(Number(numberParam));
  if (!found) return notFoundText();
  const base = await context(request);
  const initiativeTitle = pickLanguage(base.language, found.initiative.titleJa, found.initiative.titleEn);
  const body = renderCalendar(
    found.events.map((row) => eventFor(row, { ...base, hubWide: false })),
    {
      name: base.t("subscribe.calendar.nameInitiative", { title: initiativeTitle }),
      description: base.t("subscribe.calendar.descriptionInitiative", { title: initiativeTitle }),
      url: `${base.origin}/initiatives/${found.initiative.number}`,
      language: base.language,
      refreshSeconds: CALENDAR_REFRESH_SECONDS,
    },
  );
  return calendarAnswer(request, body, found.events, `shiojiri-initiative-${found.initiative.number}.ics`);
}

/**
 * The hub-wide calendar. A strategy, field or area that does not exist is a 404, as for the Atom feeds: a
 * subscriber should hear that the address is wrong rather than get an empty calendar forever.
 */
export async function hubCalendarResponse(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const lookups = await loadTaxonomyLookups();
  const filters: HubCalendarFilters = {};
  const strategy = search.get("strategy")?.trim().toUpperCase();
  const field = search.get("field")?.trim();
  const area = search.get("area")?.trim().toLowerCase();
  if (strategy) {
    filters.strategyId = lookups.strategyIdByCode.get(strategy);
    if (filters.strategyId === undefined) return notFoundText();
  }
  if (field) {
    filters.fieldId = /^\d{1,3}$/.test(field) ? lookups.fieldIdByNumber.get(Number(field)) : undefined;
    if (filters.fieldId === undefined) return notFoundText();
  }
  if (area) {
    filters.areaId = lookups.areaIdBySlug.get(area);
    if (filters.areaId === undefined) return notFoundText();
  }

  const base = await context(request);
  const [rows, options] = await Promise.all([listHubCalendar(filters), getTaxonomyOptions(base.language, { withRetired: true })]);
  const described: string[] = [];
  const strategyOption = strategy ? options.strategies.find((option) => option.code === strategy) : undefined;
  if (strategyOption) described.push(`${base.t("home.strategyCode", { code: strategyOption.code })}：${strategyOption.name}`);
  const fieldOption = field ? options.fields.find((option) => option.number === Number(field)) : undefined;
  if (fieldOption) described.push(`${fieldMark(fieldOption.number)} ${fieldOption.name}`);
  const areaOption = area ? options.areas.find((option) => option.slug === area) : undefined;
  if (areaOption) described.push(areaOption.name);

  const body = renderCalendar(
    rows.map((row) => eventFor(row, { ...base, hubWide: true })),
    {
      name: described.length
        ? base.t("subscribe.calendar.nameFiltered", { filters: described.join(" / ") })
        : base.t("subscribe.calendar.nameAll"),
      description: base.t("subscribe.calendar.description"),
      url: `${base.origin}/initiatives`,
      language: base.language,
      refreshSeconds: CALENDAR_REFRESH_SECONDS,
    },
  );
  const suffix = [strategy?.toLowerCase(), field && `field-${field}`, area].filter(Boolean).join("-");
  return calendarAnswer(request, body, rows, `shiojiri-hub${suffix ? `-${suffix}` : ""}.ics`);
}
