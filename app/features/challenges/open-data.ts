// What the hub publishes as open data (feeds, JSON API, CSV) and under which terms: one list that the exports,
// the /open-data page and the tests all read, so the documentation cannot drift from what is served.
import { startOfTokyoDay } from "~/kernel/japan-time.ts";

export const openDataLicence = {
  /** SPDX identifier, as it appears in the API and the CSV. */
  id: "CC-BY-4.0",
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  deedJa: "https://creativecommons.org/licenses/by/4.0/deed.ja",
  deedEn: "https://creativecommons.org/licenses/by/4.0/deed.en",
} as const;

/** Newest public challenges in one feed. */
export const FEED_ENTRY_LIMIT = 50;
export const API_DEFAULT_PAGE_SIZE = 20;
export const API_MAX_PAGE_SIZE = 100;
/** Rows the CSV export reads from the database at a time. */
export const CSV_BATCH_SIZE = 500;

/** Seconds a shared cache may keep each answer. */
/** When the hub opened: the "updated" date of a feed that has nothing in it yet (a fixed date keeps its ETag stable). */
export const hubOpenedAt = startOfTokyoDay("2026-04-01");

export const cacheSeconds = { feed: 300, api: 60, csv: 300, sitemap: 3600, robots: 86_400 } as const;

/**
 * The CSV's columns, in order. Several values in one cell (fields, skills, modes) are separated by ";";
 * the first field number is the primary field.
 */
export const csvColumns = [
  "number",
  "url",
  "status",
  "title_ja",
  "title_en",
  "summary_ja",
  "summary_en",
  "strategy_code",
  "strategy_name_ja",
  "strategy_name_en",
  "field_numbers",
  "field_names_ja",
  "field_names_en",
  "area_slug",
  "area_name_ja",
  "area_name_en",
  "period_number",
  "period_name_ja",
  "period_name_en",
  "skill_slugs",
  "skill_names_ja",
  "skill_names_en",
  "work_styles",
  "engagement_types",
  "capacity",
  "hours_per_month",
  "languages",
  "deadline",
  "published_at",
  "updated_at",
  "owner_department_ja",
  "owner_department_en",
  "licence",
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** Query parameters the list, the feeds, the API and the CSV share (the API adds pageSize). */
export const filterParameters = [
  "strategy",
  "field",
  "area",
  "skill",
  "workStyle",
  "engagementType",
  "status",
  "period",
  "q",
  "sort",
  "page",
] as const;
export const apiParameters = [...filterParameters, "pageSize"] as const;

/** The feeds, with the part of the address that varies in braces. */
export const feedAddresses = [
  { key: "all", path: "/challenges.atom" },
  { key: "strategy", path: "/strategies/{A|B|C}/challenges.atom" },
  { key: "field", path: "/fields/{1–9}/challenges.atom" },
  { key: "area", path: "/areas/{slug}/challenges.atom" },
] as const;

/** Activity feeds (Atom): one entry per activity, from the same table as the notifications. */
export const activityFeedAddresses = [
  { key: "initiative", path: "/initiatives/{number}/activity.atom", example: null },
  { key: "strategy", path: "/strategies/{A|B|C}/activity.atom", example: "/strategies/A/activity.atom" },
  { key: "field", path: "/fields/{1–9}/activity.atom", example: "/fields/4/activity.atom" },
  { key: "area", path: "/areas/{slug}/activity.atom", example: "/areas/narakawa/activity.atom" },
] as const;

/** Calendars (iCalendar): milestones and events, and in the hub-wide one the challenges' deadlines. */
export const calendarAddresses = [
  { key: "all", path: "/calendar.ics", example: "/calendar.ics?area=narakawa" },
  { key: "initiative", path: "/initiatives/{number}/calendar.ics", example: null },
] as const;

export const apiEndpoints = [
  { key: "list", path: "/api/challenges" },
  { key: "one", path: "/api/challenges/{number}" },
] as const;
