// Japan time whatever the process's zone: run this file under TZ=UTC and TZ=America/Los_Angeles (the last block
// also switches process.env.TZ itself). Instants are written in UTC; the comments give Japan time (UTC+9).
import { afterEach, describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addTokyoDays,
  addTokyoMonths,
  businessDaysBetween,
  CITY_CLOSED_DAYS,
  daysUntil,
  endOfTokyoDay,
  fiscalYearBounds,
  fiscalYearOf,
  formatDate,
  formatDateTime,
  formatTokyoIso,
  isBusinessDay,
  isPublicHoliday,
  parseTokyoDate,
  startOfTokyoDay,
  startOfTokyoMonth,
  todayInTokyo,
  tokyoClock,
  tokyoDate,
  tokyoDateTime,
  tokyoIsoWeek,
  tokyoIsoWeekKey,
  tokyoMonth,
  tokyoTime,
  utcDate,
  utcMidnight,
} from "../../app/kernel/japan-time.ts";

const at = (iso: string) => new Date(iso);

describe("calendar days in Japan", () => {
  it("takes the day of an instant in Japan, not in UTC or the process's zone", () => {
    expect(tokyoDate(at("2026-11-24T14:30:00Z"))).toBe("2026-11-24"); // 23:30 on the 24th
    expect(tokyoDate(at("2026-11-24T15:30:00Z"))).toBe("2026-11-25"); // 00:30 on the 25th
    expect(tokyoDate(at("2026-11-24T23:30:00Z"))).toBe("2026-11-25"); // 08:30: still the 24th in UTC
    expect(todayInTokyo(at("2026-12-31T15:00:00Z"))).toBe("2027-01-01"); // midnight on New Year's Day
    expect(todayInTokyo(at("2026-12-31T14:59:59.999Z"))).toBe("2026-12-31");
    expect(tokyoDate("2026-11-24T15:30:00.000Z")).toBe("2026-11-25");
  });

  it("starts a day at midnight in Japan, and hands out plain Dates", () => {
    const start = startOfTokyoDay("2026-11-25");
    expect(start.toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(JSON.stringify(start)).toBe('"2026-11-24T15:00:00.000Z"');
    expect(start.constructor.name).toBe("Date"); // a plain Date, not a TZDate (compared by name: the fixed test clock fakes the global)
    expect(startOfTokyoDay(at("2026-11-25T14:59:00Z")).toISOString()).toBe("2026-11-24T15:00:00.000Z"); // 23:59
    expect(startOfTokyoDay(at("2026-11-24T14:59:00Z")).toISOString()).toBe("2026-11-23T15:00:00.000Z");
    expect(endOfTokyoDay("2026-11-25").toISOString()).toBe("2026-11-25T14:59:59.999Z");
    expect(tokyoDateTime("2026-11-25", "13:30").toISOString()).toBe("2026-11-25T04:30:00.000Z");
    expect(tokyoDateTime("2026-11-25", "00:00").toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(tokyoDateTime("2026-11-25").toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });

  it("parses a day the way the forms' Date.parse check lets it through", () => {
    expect(parseTokyoDate("2026-11-25").getTime()).toBe(Date.parse("2026-11-25T00:00:00+09:00"));
    // A day past the month's end rolls over, as it always has; impossible months and days are invalid.
    expect(tokyoDate(startOfTokyoDay("2026-02-31"))).toBe("2026-03-03");
    for (const malformed of ["2026-13-01", "2026-00-10", "2026-01-32", "2026-1-5", "26-01-05", "", "2026-01-05T00:00"]) {
      expect(Number.isNaN(startOfTokyoDay(malformed).getTime()), malformed).toBe(true);
    }
  });

  it("counts calendar days to a deadline", () => {
    expect(daysUntil("2026-11-24", "2026-11-24")).toBe(0);
    expect(daysUntil("2026-12-01", "2026-11-24")).toBe(7);
    expect(daysUntil("2026-11-23", "2026-11-24")).toBe(-1);
    expect(daysUntil("2028-03-01", "2028-02-28")).toBe(2); // a leap year
    expect(daysUntil("2027-01-01", "2026-12-31")).toBe(1);
    expect(addTokyoDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addTokyoDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("reads Japan's wall clock and writes Japan's offset", () => {
    expect(tokyoClock(at("2026-12-31T15:05:09Z"))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 5, second: 9 });
    expect(tokyoTime(at("2026-11-24T00:05:00Z"))).toBe("09:05");
    expect(tokyoTime(at("2026-11-24T15:00:00Z"))).toBe("00:00");
    expect(formatTokyoIso(endOfTokyoDay("2026-11-30"))).toBe("2026-11-30T23:59:59+09:00");
  });

  it("keeps a date column's day as stored: midnight UTC both ways", () => {
    expect(utcMidnight("2026-11-25").toISOString()).toBe("2026-11-25T00:00:00.000Z");
    expect(utcDate(utcMidnight("2026-11-25"))).toBe("2026-11-25");
    expect(utcDate(at("2026-11-24T23:30:00Z"))).toBe("2026-11-24"); // of an instant it is UTC's day, not Japan's
  });
});

describe("months", () => {
  it("takes the month in Japan and counts months back across a year", () => {
    expect(tokyoMonth(at("2026-11-30T14:59:00Z"))).toBe("2026-11");
    expect(tokyoMonth(at("2026-11-30T15:00:00Z"))).toBe("2026-12"); // midnight on 1 December
    expect(addTokyoMonths("2026-01", -1)).toBe("2025-12");
    expect(addTokyoMonths("2026-11", -23)).toBe("2024-12");
    expect(startOfTokyoMonth("2026-04").toISOString()).toBe("2026-03-31T15:00:00.000Z");
  });
});

describe("fiscal years (April to March)", () => {
  it("changes year at midnight on 1 April, Japan time", () => {
    expect(fiscalYearOf(at("2027-03-31T14:59:00Z"))).toBe(2026); // 31 March 23:59
    expect(fiscalYearOf(at("2027-03-31T14:59:59.999Z"))).toBe(2026);
    expect(fiscalYearOf(at("2027-03-31T15:00:00Z"))).toBe(2027); // 1 April 00:00
    expect(fiscalYearOf(at("2027-01-01T03:00:00Z"))).toBe(2026);
    expect(fiscalYearOf(at("2026-12-31T15:00:00Z"))).toBe(2026); // New Year is not a new fiscal year
  });

  it("gives the fiscal year as [start, end), each at midnight JST on 1 April", () => {
    const { start, end } = fiscalYearBounds(2026);
    expect(start.toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(end.toISOString()).toBe("2027-03-31T15:00:00.000Z");
    expect(start.constructor.name).toBe("Date"); // a plain Date, not a TZDate (compared by name: the fixed test clock fakes the global)
    expect(fiscalYearOf(start)).toBe(2026);
    expect(fiscalYearOf(new Date(end.getTime() - 1))).toBe(2026);
    expect(fiscalYearOf(end)).toBe(2027);
    expect(fiscalYearBounds(2027).start).toEqual(end);
  });
});

describe("ISO weeks in Japan", () => {
  it("puts the days around New Year 2027 in the right week and week-year", () => {
    expect(tokyoIsoWeek(at("2026-12-31T03:00:00Z"))).toEqual({ year: 2026, week: 53 }); // Thursday
    expect(tokyoIsoWeekKey(at("2027-01-01T03:00:00Z"))).toBe("2026-W53"); // Friday, New Year's Day
    expect(tokyoIsoWeekKey(at("2027-01-03T14:30:00Z"))).toBe("2026-W53"); // Sunday 23:30
    expect(tokyoIsoWeekKey(at("2027-01-03T15:30:00Z"))).toBe("2027-W01"); // Monday 4 January 00:30
    expect(tokyoIsoWeek(at("2027-01-04T03:00:00Z"))).toEqual({ year: 2027, week: 1 });
    expect(tokyoIsoWeekKey(at("2025-12-29T03:00:00Z"))).toBe("2026-W01"); // a Monday in December
    expect(tokyoIsoWeekKey(at("2026-11-29T23:30:00Z"))).toBe("2026-W49"); // Monday 08:30
    expect(tokyoIsoWeekKey(at("2026-11-29T14:00:00Z"))).toBe("2026-W48"); // Sunday 23:00
  });
});

describe("business days", () => {
  it("closes the city office at weekends, on public holidays and over 年末年始", () => {
    expect(CITY_CLOSED_DAYS).toEqual(["12-29", "12-30", "12-31", "01-01", "01-02", "01-03"]);
    expect(isBusinessDay("2026-11-24")).toBe(true); // Tuesday
    expect(isBusinessDay("2026-11-28")).toBe(false); // Saturday
    expect(isBusinessDay("2026-11-29")).toBe(false); // Sunday
    expect(isBusinessDay("2026-11-23")).toBe(false); // 勤労感謝の日, a Monday
    expect(isBusinessDay("2026-12-28")).toBe(true);
    for (const day of ["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]) {
      expect(isBusinessDay(day), day).toBe(false);
    }
    expect(isBusinessDay("2027-01-04")).toBe(true);
  });

  it("takes an instant's day in Japan", () => {
    expect(isBusinessDay(at("2027-04-28T14:30:00Z"))).toBe(true); // Wednesday 28 April 23:30
    expect(isBusinessDay(at("2027-04-28T15:30:00Z"))).toBe(false); // 昭和の日 00:30
    expect(addBusinessDays(at("2027-04-28T15:30:00Z"), 1)).toBe("2027-04-30");
  });

  it("steps over Golden Week 2027", () => {
    // 29 April (Thu) 昭和の日, 30 April open, 1–2 May weekend, 3–5 May holidays, 6 May (Thu) open.
    expect(addBusinessDays("2027-04-28", 1)).toBe("2027-04-30");
    expect(addBusinessDays("2027-04-30", 1)).toBe("2027-05-06");
    expect(addBusinessDays("2027-04-28", 3)).toBe("2027-05-07");
    expect(addBusinessDays("2027-05-06", -1)).toBe("2027-04-30");
    expect(addBusinessDays("2027-05-07", -3)).toBe("2027-04-28");
    expect(businessDaysBetween("2027-04-28", "2027-05-07")).toBe(3);
    expect(businessDaysBetween("2027-05-07", "2027-04-28")).toBe(-3);
    expect(businessDaysBetween("2027-04-29", "2027-05-05")).toBe(1);
  });

  it("steps over 年末年始 2026/27", () => {
    expect(addBusinessDays("2026-12-28", 1)).toBe("2027-01-04");
    expect(addBusinessDays("2026-12-25", 2)).toBe("2027-01-04");
    expect(addBusinessDays("2027-01-04", -1)).toBe("2026-12-28");
    expect(addBusinessDays("2026-12-30", 0)).toBe("2026-12-30");
    expect(businessDaysBetween("2026-12-25", "2027-01-04")).toBe(2);
    expect(businessDaysBetween("2026-12-28", "2027-01-03")).toBe(0);
  });

  it("steps over 春分の日 and its substitute holiday", () => {
    // 2026: 20 March, a Friday. 2027: 21 March, a Sunday, so Monday 22 March is a 振替休日.
    expect(addBusinessDays("2026-03-19", 1)).toBe("2026-03-23");
    expect(isPublicHoliday("2027-03-21")).toBe(true);
    expect(isPublicHoliday("2027-03-22")).toBe(true);
    expect(isBusinessDay("2027-03-22")).toBe(false);
    expect(addBusinessDays("2027-03-19", 1)).toBe("2027-03-23");
    expect(businessDaysBetween("2027-03-19", "2027-03-23")).toBe(1);
  });

  it("agrees with itself: addBusinessDays(from, businessDaysBetween(from, to)) is `to` for a business day", () => {
    const days = [
      "2026-12-24",
      "2026-12-28",
      "2027-01-04",
      "2027-03-18",
      "2027-03-23",
      "2027-04-26",
      "2027-04-30",
      "2027-05-06",
      "2027-05-10",
    ];
    for (const from of days) {
      for (const to of days) expect(addBusinessDays(from, businessDaysBetween(from, to)), `${from} → ${to}`).toBe(to);
    }
  });

  it("has holiday data for the whole plan period (FY2024–2032) and refuses years it lacks", () => {
    expect(isPublicHoliday("2024-01-01")).toBe(true);
    expect(isPublicHoliday("2032-01-01")).toBe(true); // 元日
    expect(isPublicHoliday("2032-01-02")).toBe(false); // closed, but not a public holiday
    expect(isPublicHoliday("2033-03-20")).toBe(true); // 春分の日 at the end of FY2032
    for (let year = 2024; year <= 2033; year++) {
      // 成人の日, the second Monday of January, and the Tuesday after it.
      const firstMonday = [1, 2, 3, 4, 5, 6, 7].map((day) => `${year}-01-0${day}`).find((day) => parseTokyoDate(day).getDay() === 1)!;
      const comingOfAge = addTokyoDays(firstMonday, 7);
      expect(isPublicHoliday(comingOfAge), comingOfAge).toBe(true);
      expect(isBusinessDay(comingOfAge), comingOfAge).toBe(false);
      expect(isBusinessDay(addTokyoDays(comingOfAge, 1)), comingOfAge).toBe(true);
    }
    expect(() => isBusinessDay("2051-01-04")).toThrow(RangeError);
    expect(() => isBusinessDay("2026-13-01")).toThrow(RangeError);
    expect(() => addBusinessDays("2026-11-24", 1.5)).toThrow(RangeError);
  });
});

describe("display", () => {
  it("formats dates and times in Japan time, as before", () => {
    const instant = at("2026-11-24T14:30:00Z"); // 23:30
    expect(formatDate("ja", instant)).toBe("2026年11月24日");
    expect(formatDate("en", instant)).toBe("24 Nov 2026");
    expect(formatDateTime("ja", instant)).toBe("2026年11月24日 23:30");
    expect(formatDateTime("en", instant)).toBe("24 Nov 2026, 23:30");
    expect(formatDate("ja", "2026-11-24T15:30:00.000Z")).toBe("2026年11月25日");
    expect(formatDateTime("en", at("2026-11-24T15:30:00Z"))).toBe("25 Nov 2026, 00:30");
  });

  it("formats a day string as that day in Japan", () => {
    expect(formatDate("ja", "2026-11-25")).toBe("2026年11月25日");
    expect(formatDate("en", "2027-01-01")).toBe("1 Jan 2027");
  });
});

describe("independence from the process's zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives the same answers in UTC, Los Angeles, Kiritimati (UTC+14) and Tokyo", () => {
    const answers = (zone: string) => {
      process.env.TZ = zone;
      return [
        tokyoDate(at("2026-11-24T15:30:00Z")),
        startOfTokyoDay("2026-11-25").toISOString(),
        tokyoDateTime("2026-03-08", "02:30").toISOString(), // a DST change in Los Angeles
        fiscalYearOf(at("2027-03-31T15:00:00Z")),
        tokyoIsoWeekKey(at("2027-01-03T15:30:00Z")),
        isBusinessDay(at("2027-04-28T15:30:00Z")),
        addBusinessDays("2026-12-28", 1),
        businessDaysBetween("2027-04-28", "2027-05-07"),
        daysUntil("2026-03-09", "2026-03-07"),
        formatDateTime("en", at("2026-11-24T15:30:00Z")),
        addTokyoMonths("2026-03", 1),
      ];
    };
    const expected = [
      "2026-11-25",
      "2026-11-24T15:00:00.000Z",
      "2026-03-07T17:30:00.000Z",
      2027,
      "2027-W01",
      false,
      "2027-01-04",
      3,
      2,
      "25 Nov 2026, 00:30",
      "2026-04",
    ];
    for (const zone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"]) expect(answers(zone), zone).toEqual(expected);
  });
});
