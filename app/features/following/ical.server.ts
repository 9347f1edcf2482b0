// iCalendar (RFC 5545) documents of initiatives' milestones and events and of challenge deadlines, built with
// `ical-generator`. Calendar apps keep their copy of each event by UID and replace it when SEQUENCE grows, so
// both come from the stored row and never from the request.
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Language } from "~/kernel/i18n/config.ts";
import { addTokyoDays, TOKYO_TIME_ZONE, tokyoClock, tokyoDate, utcMidnight } from "~/kernel/japan-time.ts";

// Japan has kept +09:00 all year since 1951, so one STANDARD block describes the zone for every date we show.
const tokyoTimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${TOKYO_TIME_ZONE}`,
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:JST",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

export type CalendarEvent = {
  /** Stable per row, e.g. milestone-<id>@<host>. */
  uid: string;
  /** Grows with every change of the row. */
  sequence: number;
  /** When the row last changed (DTSTAMP). */
  stamp: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  categories?: string[];
  /**
   * All-day: `start` and `end` are the first and last day (inclusive) of the event in Japan, whatever the
   * time of day in the stored value. Timed: instants, written in Japan time with TZID=Asia/Tokyo.
   */
  allDay: boolean;
  start: Date;
  end?: Date | null;
};

export type CalendarOptions = {
  name: string;
  description?: string;
  /** The page the calendar belongs to. */
  url?: string;
  language: Language;
  /** How often calendar apps should fetch it again. */
  refreshSeconds: number;
};

/**
 * Japan's wall-clock time of an instant in the shape of a Temporal.ZonedDateTime, which ical-generator writes
 * field by field after TZID. Given a plain Date and a zone, it would write the server's local time instead.
 */
function tokyoWallClock(instant: Date) {
  const fields = tokyoClock(instant);
  const iso = instant.toISOString();
  const plain = {
    ...fields,
    toPlainDate: () => ({ year: fields.year, month: fields.month, day: fields.day }),
    toZonedDateTime: () => zoned,
    toJSON: () => iso,
    toString: () => iso,
  };
  const zoned = {
    ...fields,
    timeZoneId: TOKYO_TIME_ZONE,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
    toInstant: () => ({ epochMilliseconds: instant.getTime() }),
    toJSON: () => iso,
    toString: () => iso,
  };
  return zoned;
}

/** The iCalendar text of `events`, in the order given. */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description ?? null,
    url: options.url ?? null,
    prodId: { company: "Shiojiri City", product: "Shiojiri Co-creation Hub", language: options.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: options.refreshSeconds,
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP in it, and DTSTAMP must be UTC. The
    // generator still emits the VTIMEZONE for the zone the timed events name.
    timezone: { name: null, generator: (zone) => (zone === TOKYO_TIME_ZONE ? tokyoTimezone : null) },
    x: { "X-WR-TIMEZONE": TOKYO_TIME_ZONE },
  });
  for (const event of events) {
    const common = {
      id: event.uid,
      sequence: event.sequence,
      stamp: event.stamp,
      summary: event.summary,
      description: event.description || null,
      location: event.location || null,
      url: event.url ?? null,
      categories: (event.categories ?? []).map((name) => ({ name })),
    };
    if (event.allDay) {
      // ical-generator writes a Date's UTC calendar day as VALUE=DATE: hand it Japan's day at midnight UTC.
      const first = tokyoDate(event.start);
      const last = event.end ? tokyoDate(event.end) : first;
      // DTEND of an all-day event is the day after the last one; a one-day event needs none.
      const end = last > first ? utcMidnight(addTokyoDays(last, 1)) : null;
      calendar.createEvent({ ...common, allDay: true, start: utcMidnight(first), end });
    } else {
      calendar.createEvent({
        ...common,
        timezone: TOKYO_TIME_ZONE,
        start: tokyoWallClock(event.start),
        end: event.end && event.end > event.start ? tokyoWallClock(event.end) : null,
      });
    }
  }
  return calendar.toString();
}
