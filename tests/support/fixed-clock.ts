// A Vitest setup file (vitest.config.ts) that runs the tests on a faked app clock, to catch dates taken in the
// wrong zone: `HUB_TEST_NOW=23:30` (or `00:30`, any "HH:MM" wall-clock time in Japan) sets the clock to the nearest
// such moment, at most 12 hours from the real time, so the database's own clock stays close; a full ISO instant
// ("2026-12-06T15:30:00Z") is taken as it is. Only `Date` is faked and it keeps running from there; timers are real.
// Without HUB_TEST_NOW nothing changes. Run it with TZ=UTC as well, as the servers do:
//   TZ=UTC HUB_TEST_NOW=00:30 vitest run
import { beforeAll, beforeEach, vi } from "vitest";

const hourInMs = 60 * 60 * 1000;
const tokyoOffsetMs = 9 * hourInMs;

/** The instant HUB_TEST_NOW stands for, or null when the real clock is to be used. */
export function testClockStart(setting = process.env.HUB_TEST_NOW, realNow = Date.now()): Date | null {
  if (!setting) return null;
  const wallClock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(setting);
  if (!wallClock) {
    const instant = new Date(setting);
    if (Number.isNaN(instant.getTime())) throw new Error(`HUB_TEST_NOW must be "HH:MM" (Japan time) or an ISO instant, not "${setting}"`);
    return instant;
  }
  // Today's date in Japan at that wall-clock time, moved by a day when that is more than 12 hours away.
  const tokyoNow = new Date(realNow + tokyoOffsetMs);
  const candidate =
    Date.UTC(tokyoNow.getUTCFullYear(), tokyoNow.getUTCMonth(), tokyoNow.getUTCDate(), Number(wallClock[1]), Number(wallClock[2])) -
    tokyoOffsetMs;
  const dayInMs = 24 * hourInMs;
  const nearest =
    candidate - realNow > dayInMs / 2 ? candidate - dayInMs : realNow - candidate > dayInMs / 2 ? candidate + dayInMs : candidate;
  return new Date(nearest);
}

/** Fakes `Date` at HUB_TEST_NOW (running on from there); a test that switched to real timers calls it to return. */
export function useTestClock() {
  // One offset for the whole run (its real start is set once in vitest.config.ts), so that time runs on from file
  // to file as it does on a server instead of starting again at HUB_TEST_NOW in each.
  const runStartedAt = Number(process.env.HUB_TEST_RUN_STARTED_AT) || Date.now();
  const start = testClockStart(process.env.HUB_TEST_NOW, runStartedAt);
  if (!start) return;
  // advanceTimeDelta 1: the clock moves every millisecond like a real one (the default 20 ms steps gave two rows written
  // one after the other the same createdAt, and a thread lost its order).
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (start.getTime() - runStartedAt), shouldAdvanceTime: true, advanceTimeDelta: 1 });
}

if (testClockStart()) {
  // Faked only once the test file's modules are loaded: @date-fns/tz's TZDate extends the Date it finds at import,
  // and a class built on the fake Date loses the zone.
  beforeAll(() => useTestClock());
  beforeEach(() => {
    if (!vi.isFakeTimers()) useTestClock();
  });
}
