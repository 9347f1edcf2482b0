// The fixed test clock (tests/support/fixed-clock.ts): "HH:MM" is the nearest such wall-clock time in Japan.
import { describe, expect, it } from "vitest";
import { testClockStart } from "../support/fixed-clock.ts";

describe("testClockStart", () => {
  const real = Date.parse("2026-12-07T19:45:00Z"); // 04:45 JST on 8 December

  it("uses the real clock without a setting", () => {
    expect(testClockStart("", real)).toBeNull();
  });

  it("takes the nearest moment Japan's clocks show that time, at most 12 hours away", () => {
    expect(testClockStart("00:30", real)?.toISOString()).toBe("2026-12-07T15:30:00.000Z"); // 00:30 JST on 8 December
    expect(testClockStart("23:30", real)?.toISOString()).toBe("2026-12-07T14:30:00.000Z"); // 23:30 JST on 7 December
    expect(testClockStart("12:00", real)?.toISOString()).toBe("2026-12-08T03:00:00.000Z"); // noon JST on 8 December
  });

  it("takes an ISO instant as it is and refuses anything else", () => {
    expect(testClockStart("2026-02-28T15:30:00Z", real)?.toISOString()).toBe("2026-02-28T15:30:00.000Z");
    expect(() => testClockStart("half past midnight", real)).toThrow(/HUB_TEST_NOW/);
  });
});
