// Every calendar date the hub stores or shows is a day in Japan, whatever the zone of the server, the database
// session or the test run, and whatever the time of day: 00:30 JST is still the previous day in UTC, 23:30 JST is
// already 14:30 UTC. The app clock is faked (Date only) at those times; the database's own clock cannot be, so
// its defaults are checked under session zones far from Tokyo.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadDashboard, type DashboardData } from "../../app/features/dashboard/dashboard.server.ts";
import { listHubCalendar } from "../../app/features/following/calendar-queries.server.ts";
import { createInitiativeFromMatch, type InitiativeActor } from "../../app/features/initiatives/initiative.server.ts";
import { getInitiativePage } from "../../app/features/initiatives/initiative-queries.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { tokyoDate, utcDate } from "../../app/kernel/japan-time.ts";
import { createChallenge, createMatchWithHistory, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, sessionCookie } from "../support/signed-in.ts";
import { loader as exportLoader } from "~/routes/account.export.ts";

const ns = accountNamespace("tokyo-dates.test");
const marker = `日付試験 ${randomUUID().slice(0, 6)}`;
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const initiativeIds: string[] = [];
let coordinator: InitiativeActor;

/** 00:30 and 23:30 in Japan on 1 March 2026: 15:30 UTC on 28 February and 14:30 UTC on 1 March. */
const justAfterMidnight = new Date("2026-02-28T15:30:00Z");
const justBeforeMidnight = new Date("2026-03-01T14:30:00Z");

beforeAll(async () => {
  const user = await createUser(prisma, { email: ns.email("coordinator"), displayName: `調整役 ${marker}`, roles: ["COORDINATOR"] });
  userIds.push(user.id);
  coordinator = { id: user.id, displayName: user.displayName, roles: ["COORDINATOR"] };
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await prisma.activity.deleteMany({ where: { initiativeId: { in: initiativeIds } } });
  await prisma.auditLog.deleteMany({ where: { targetType: "initiative", targetId: { in: initiativeIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function startInitiativeAt(now: Date) {
  const owner = await createUser(prisma, { email: ns.email("owner"), displayName: `団体 ${marker}`, roles: ["PARTNER"] });
  userIds.push(owner.id);
  const partner = await createPartner(prisma, {
    displayName: `団体 ${marker} ${randomUUID().slice(0, 4)}`,
    ownerId: owner.id,
    strategyCodes: ["B"],
  });
  partnerIds.push(partner.id);
  const challenge = await createChallenge(prisma, { strategyCode: "B", titleJa: `${marker} 課題`, status: "IN_PROGRESS" });
  challengeIds.push(challenge.id);
  const match = await createMatchWithHistory(prisma, {
    challengeId: challenge.id,
    partnerId: partner.id,
    ownerId: coordinator.id,
    path: ["INTRODUCED", "AGREED"],
  });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
  const outcome = await createInitiativeFromMatch({ matchNumber: match.number, actor: coordinator });
  vi.useRealTimers();
  if (!outcome.ok) throw new Error(`could not start: ${outcome.reason}`);
  initiativeIds.push(outcome.initiative.id);
  return outcome.initiative;
}

describe("an initiative's start date", () => {
  it.each([
    ["00:30", justAfterMidnight],
    ["23:30", justBeforeMidnight],
  ])("is the day in Japan when it is started at %s JST, stored and shown", async (_time, now) => {
    const initiative = await startInitiativeAt(now);
    const stored = await prisma.initiative.findUniqueOrThrow({ where: { id: initiative.id }, select: { startedOn: true } });
    expect(utcDate(stored.startedOn)).toBe("2026-03-01");
    const page = await getInitiativePage(initiative.number, "ja", { userId: null, coordinator: false });
    expect(page?.startedOn).toBe("2026-03-01");
  });

  it("defaults, in the database itself, to today in Japan whatever the session's time zone", async () => {
    const reference = await prisma.challenge.findFirstOrThrow({ select: { strategyId: true, areaId: true, periodId: true } });
    for (const zone of ["Pacific/Kiritimati", "Etc/GMT+12", "UTC"]) {
      const [row] = await prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE '${zone}'`);
        return tx.$queryRaw<Array<{ id: string; startedOn: string; today: string }>>`
          INSERT INTO "Initiative" ("id", "strategyId", "areaId", "periodId", "titleJa", "updatedAt")
          VALUES (gen_random_uuid(), ${reference.strategyId}, ${reference.areaId}, ${reference.periodId}, ${`${marker} 既定値`}, now())
          RETURNING "id"::text AS id, "startedOn"::text AS "startedOn", (now() AT TIME ZONE 'Asia/Tokyo')::date::text AS today`;
      });
      initiativeIds.push(row!.id);
      expect(row!.startedOn, zone).toBe(row!.today);
    }
  });
});

describe("the dashboard trend", () => {
  const monthly = (data: DashboardData, month: string) =>
    data.trend.series.challengesPublished.monthly[data.trend.months.indexOf(month)] ?? Number.NaN;

  it("counts an event in its month in Japan: 00:30 JST on the 1st is the new month, 23:30 JST on the last day the old", async () => {
    const now = new Date("2026-03-20T03:00:00Z");
    const before = await loadDashboard({ strategy: "B" }, now);
    const created = await Promise.all(
      [justAfterMidnight, new Date("2026-02-28T14:30:00Z")].map((publishedAt, index) =>
        createChallenge(prisma, { strategyCode: "B", titleJa: `${marker} 公開${index}`, status: "OPEN", publishedAt }),
      ),
    );
    challengeIds.push(...created.map((challenge) => challenge.id));
    const after = await loadDashboard({ strategy: "B" }, now);
    expect(monthly(after, "2026-03") - monthly(before, "2026-03")).toBe(1);
    expect(monthly(after, "2026-02") - monthly(before, "2026-02")).toBe(1);
  });
});

describe("the hub calendar's year of history", () => {
  it("starts at the same day in Japan a year ago, for deadlines as for milestones", async () => {
    const [dayBefore, firstDay] = await Promise.all(
      ["2025-02-28", "2025-03-01"].map((day) =>
        createChallenge(prisma, {
          strategyCode: "B",
          titleJa: `${marker} 締切 ${day}`,
          status: "OPEN",
          deadline: new Date(`${day}T00:00:00Z`),
        }),
      ),
    );
    challengeIds.push(dayBefore!.id, firstDay!.id);
    const rows = await listHubCalendar({}, justAfterMidnight);
    const ids = new Set(rows.map((row) => row.id));
    expect(tokyoDate(justAfterMidnight)).toBe("2026-03-01");
    expect(ids.has(firstDay!.id)).toBe(true);
    expect(ids.has(dayBefore!.id)).toBe(false);
  });
});

describe("the account export's file name", () => {
  it("carries today's date in Japan at 00:30 JST", async () => {
    const resident = await createUser(prisma, { email: ns.email("export"), displayName: `書き出し ${marker}` });
    userIds.push(resident.id);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(justAfterMidnight);
    const cookie = await sessionCookie(resident.id);
    const response = (await exportLoader({ request: getRequest("/account/export", cookie), params: {}, context: {} })) as Response;
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="shiojiri-hub-my-data-2026-03-01.json"');
  });
});
