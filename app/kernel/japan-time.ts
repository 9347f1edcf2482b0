// The hub serves Shiojiri: every date it shows, counts or compares is a date in Japan, whatever the zone of the
// server, the browser or the test run. All of it passes through this module, which does the arithmetic with
// date-fns in the Asia/Tokyo zone (@date-fns/tz) and knows Japan's public holidays (@holiday-jp/holiday_jp).
//
// Two kinds of value cross its boundary: instants (plain `Date`s, as stored and sent as JSON) and calendar days in
// Japan (`Day`, "2026-11-24"). TZDate stays inside: its toISOString and toJSON write "+09:00" rather than "Z",
// which a `timestamp` column would read as a wall-clock time. Client-safe.
import { TZDate, tz } from "@date-fns/tz";
import holidays from "@holiday-jp/holiday_jp/lib/holidays.js";
import { addDays, addMonths, endOfDay, formatISO, getISOWeek, getISOWeekYear, isWeekend, lightFormat, startOfDay } from "date-fns";
import { millisecondsInDay } from "date-fns/constants";
import type { Language } from "~/kernel/i18n/config.ts";

export const TOKYO_TIME_ZONE = "Asia/Tokyo";
const inTokyo = /* @__PURE__ */ tz(TOKYO_TIME_ZONE);

/** A calendar day in Japan: "2026-11-24". */
export type Day = string;
/** A month in Japan: "2026-11". */
export type Month = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDay = (value: unknown): value is Day => typeof value === "string" && dayPattern.test(value);
const plain = (date: Date) => new Date(date.getTime());
// formatISO and lightFormat rather than format, which would bring its locale data into every page's bundle.
const dayString = (date: Date) => formatISO(date, { in: inTokyo, representation: "date" });

// ───────────────────────────── Days and instants ─────────────────────────────

/** The calendar day in Japan of an instant: 23:30 JST on 24 November (14:30 UTC) is "2026-11-24". */
export function tokyoDate(instant: Date | string | number): Day {
  return dayString(new Date(instant));
}

/** Today's date in Japan. */
export function todayInTokyo(now: Date = new Date()): Day {
  return tokyoDate(now);
}

/**
 * A day in Japan as a TZDate at its midnight, for date-fns arithmetic in Japan time (hand callers a plain Date:
 * see the note at the top). A day past the month's end rolls over ("2026-02-31" is 3 March), as `Date.parse` does
 * with the day strings the forms accept; anything else malformed is an invalid date.
 */
export function parseTokyoDate(day: Day): TZDate {
  const match = dayPattern.exec(day);
  const month = Number(match?.[2]);
  const date = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || date < 1 || date > 31) return new TZDate(Number.NaN, TOKYO_TIME_ZONE);
  const midnight = new TZDate(0, TOKYO_TIME_ZONE);
  // setFullYear rather than the constructor, which would read years below 100 as 19xx.
  midnight.setFullYear(Number(match[1]), month - 1, date);
  midnight.setHours(0, 0, 0, 0);
  return midnight;
}

/** The instant a calendar day in Japan starts: midnight JST, 15:00 UTC the day before. */
export function startOfTokyoDay(day: Day | Date): Date {
  return plain(typeof day === "string" ? parseTokyoDate(day) : startOfDay(day, { in: inTokyo }));
}

/** The last millisecond of a calendar day in Japan. */
export function endOfTokyoDay(day: Day): Date {
  return plain(endOfDay(parseTokyoDate(day)));
}

/** The instant of a wall-clock time ("13:30", 24-hour) on a calendar day in Japan. */
export function tokyoDateTime(day: Day, time = "00:00"): Date {
  const [hours, minutes] = time.split(":").map(Number);
  const local = parseTokyoDate(day);
  local.setHours(hours ?? Number.NaN, minutes ?? Number.NaN, 0, 0);
  return plain(local);
}

/** The day `amount` calendar days after (or, negative, before) `day`. */
export function addTokyoDays(day: Day, amount: number): Day {
  return dayString(addDays(parseTokyoDate(day), amount));
}

/** Whole days from `today` to `deadline` (both days in Japan): 0 on the day itself, negative once past. */
export function daysUntil(deadline: Day, today: Day): number {
  // Two calendar days need no zone: their midnights UTC lie whole days apart. Lists call this once a row, and
  // differenceInCalendarDays over TZDates costs some 100 µs a call against well under 1 µs for this.
  return Math.round((utcMidnight(deadline).getTime() - utcMidnight(today).getTime()) / millisecondsInDay);
}

/** Japan's wall-clock reading of an instant, field by field (month 1–12). */
export function tokyoClock(instant: Date) {
  const local = new TZDate(instant.getTime(), TOKYO_TIME_ZONE);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
  };
}

/** The time of day in Japan, 24-hour: "09:05". */
export function tokyoTime(instant: Date): string {
  return lightFormat(new TZDate(instant.getTime(), TOKYO_TIME_ZONE), "HH:mm");
}

/** An instant written in Japan time with its offset, to the second: "2026-11-30T23:59:59+09:00". */
export function formatTokyoIso(instant: Date): string {
  return formatISO(instant, { in: inTokyo });
}

// ───────────────────────────── Date columns ─────────────────────────────
// A PostgreSQL `date` holds a calendar day with no zone; Prisma hands it over, and expects it, as midnight UTC.

/** The calendar day in UTC of a value: the day a `date` column holds. Of an instant, it is not Japan's day. */
export function utcDate(value: Date): Day {
  return value.toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar day: what Prisma writes to a `date` column as that day. */
export function utcMidnight(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

// ───────────────────────────── Months ─────────────────────────────

/** The month in Japan of an instant: "2026-11". */
export function tokyoMonth(instant: Date): Month {
  return dayString(instant).slice(0, 7);
}

/** The month `amount` months after (or, negative, before) `month`. */
export function addTokyoMonths(month: Month, amount: number): Month {
  return dayString(addMonths(parseTokyoDate(`${month}-01`), amount)).slice(0, 7);
}

/** The instant a month starts in Japan: midnight JST on its first day. */
export function startOfTokyoMonth(month: Month): Date {
  return startOfTokyoDay(`${month}-01`);
}

// ───────────────────────────── Fiscal years and weeks ─────────────────────────────

/** The fiscal year (年度, April to March) of an instant in Japan: FY2026 starts on 1 April 2026 at 00:00 JST. */
export function fiscalYearOf(instant: Date = new Date()): number {
  const local = new TZDate(instant.getTime(), TOKYO_TIME_ZONE);
  return local.getMonth() >= 3 ? local.getFullYear() : local.getFullYear() - 1;
}

/** Fiscal year `year` as the instants [start, end): 1 April `year` to 1 April `year + 1`, midnight JST. */
export function fiscalYearBounds(year: number): { start: Date; end: Date } {
  return { start: plain(new TZDate(year, 3, 1, TOKYO_TIME_ZONE)), end: plain(new TZDate(year + 1, 3, 1, TOKYO_TIME_ZONE)) };
}

/** The ISO week of an instant in Japan (weeks start on Monday; week 1 holds the year's first Thursday). */
export function tokyoIsoWeek(instant: Date): { year: number; week: number } {
  return { year: getISOWeekYear(instant, { in: inTokyo }), week: getISOWeek(instant, { in: inTokyo }) };
}

/** The ISO week of an instant in Japan as "2026-W48"; 1 January 2027 is in "2026-W53". */
export function tokyoIsoWeekKey(instant: Date): string {
  const { year, week } = tokyoIsoWeek(instant);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

// ───────────────────────────── Business days ─────────────────────────────

/**
 * Days the city office is closed every year besides weekends and public holidays, as "MM-DD": the year-end and
 * New Year closure (年末年始), 29 December to 3 January. A business day is a day the office is open.
 */
export const CITY_CLOSED_DAYS: readonly string[] = ["12-29", "12-30", "12-31", "01-01", "01-02", "01-03"];

// holiday_jp's table, looked up by day string: the package's isHoliday(Date) reads the date in the process's zone,
// not Japan's. Imported from its data file rather than its main entry, and read only inside functions, so that a
// page that never asks about business days leaves the table (150 kB) out of its bundle.
let holidayYears: { first: number; last: number } | undefined;

/** Whether a day is a public holiday in Japan (祝日, 振替休日, 国民の休日); throws outside the holiday data's years. */
export function isPublicHoliday(day: Day): boolean {
  if (!isDay(day)) throw new RangeError(`Not a day: ${day}`);
  if (!holidayYears) {
    const years = Object.keys(holidays).map((key) => Number(key.slice(0, 4)));
    holidayYears = { first: Math.min(...years), last: Math.max(...years) };
  }
  const year = Number(day.slice(0, 4));
  if (year < holidayYears.first || year > holidayYears.last) throw new RangeError(`No public holiday data for ${year}`);
  return Object.hasOwn(holidays, day);
}

/** A day in Japan as a TZDate, from a day string or from an instant (its day in Japan); throws when malformed. */
function tokyoDay(value: Day | Date): TZDate {
  const local = typeof value === "string" ? parseTokyoDate(value) : startOfDay(value, { in: inTokyo });
  if (Number.isNaN(local.getTime())) throw new RangeError(`Not a day: ${String(value)}`);
  return local;
}

/** Whether the city office is open on a day (or on an instant's day in Japan): not a weekend, holiday or closed day. */
export function isBusinessDay(value: Day | Date): boolean {
  const local = tokyoDay(value);
  const day = dayString(local);
  return !isWeekend(local) && !CITY_CLOSED_DAYS.includes(day.slice(5)) && !isPublicHoliday(day);
}

/**
 * The business day `amount` business days after (or, negative, before) a day; 0 gives the day itself, business
 * day or not. From a Friday, 1 is the next Monday unless that is a holiday.
 */
export function addBusinessDays(value: Day | Date, amount: number): Day {
  if (!Number.isInteger(amount)) throw new RangeError(`Not a whole number of days: ${amount}`);
  let local = tokyoDay(value);
  const step = Math.sign(amount);
  for (let left = Math.abs(amount); left > 0;) {
    local = addDays(local, step);
    if (isBusinessDay(local)) left--;
  }
  return dayString(local);
}

/**
 * Business days from `from` to `to`: the n for which addBusinessDays(from, n) is `to` when `to` is a business day.
 * Counts the business days after `from` up to and including `to`, or, when `to` is earlier, those from `to` up to
 * but excluding `from`, negated. 0 for the same day.
 */
export function businessDaysBetween(from: Day | Date, to: Day | Date): number {
  const start = tokyoDay(from);
  const end = tokyoDay(to);
  let count = 0;
  if (end > start) {
    for (let local = addDays(start, 1); local <= end; local = addDays(local, 1)) if (isBusinessDay(local)) count++;
  } else {
    for (let local = end; local < start; local = addDays(local, 1)) if (isBusinessDay(local)) count--;
  }
  return count;
}

// ───────────────────────────── Display ─────────────────────────────

// Built once: constructing a DateTimeFormat costs far more than formatting with one (it showed in profiles).
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(language: Language, withTime: boolean, timeZone = TOKYO_TIME_ZONE) {
  const key = `${language}:${withTime}:${timeZone}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === "ja" ? "ja-JP" : "en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
    formats.set(key, formatter);
  }
  return formatter;
}

/**
 * "2026年11月24日" / "24 Nov 2026": the day in Japan of an instant, or a day as given ("2026-11-24"). A day is
 * shown as its midnight UTC read in UTC, which needs no zone arithmetic (and keeps TZDate out of the page).
 */
export function formatDate(language: Language, value: Date | string): string {
  return isDay(value) ? formatFor(language, false, "UTC").format(utcMidnight(value)) : formatFor(language, false).format(new Date(value));
}

/** "2026年11月24日 09:05" / "24 Nov 2026, 09:05" in Japan time. */
export function formatDateTime(language: Language, value: Date | string): string {
  return formatFor(language, true).format(new Date(value));
}

/** Whole 24-hour periods elapsed since `since` (0 for the future): how long something has waited, not calendar days. */
export function daysSince(since: Date | string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000));
}
