// The pipeline reports against hand-made history: funnel counts from MatchEvent (an ended match still counts for
// the stages it reached), medians of days per stage, the window (fiscal year or mid-term period), and the CSV
// (BOM, columns, coordinators only).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatch, moveMatch } from "../../app/features/matching/match.server.ts";
import { fiscalYearWindow, matchReport } from "../../app/features/matching/match-reports.server.ts";
import { loader as csvLoader } from "~/routes/coordinate.matches.reports[.]csv.ts";
import { loader as reportsLoader } from "~/routes/coordinate.matches.reports.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import type { MatchStageName } from "../../app/features/matching/match-stages.ts";
import { createChallenge, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("match-reports.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const DAY = 86_400_000;
// A fiscal year nothing else in the database lives in.
const YEAR = 2011;
const base = new Date(`${YEAR}-05-01T09:00:00+09:00`).getTime();

let coordinator: { id: string };
let cookies: { coordinator: string; resident: string };

/** A match walked along `path`, its events then dated `days` after the base date (hand-made history). */
async function matchWithHistory(challengeId: string, path: MatchStageName[], days: number[]) {
  const partner = await createPartner(prisma, { displayName: `レポート試験 ${randomUUID().slice(0, 6)}` });
  partnerIds.push(partner.id);
  const created = await createMatch({
    challengeId,
    partnerId: partner.id,
    ownerId: coordinator.id,
    score: 50,
    scoreFactors: [],
    actor: { userId: coordinator.id },
  });
  if (!created.ok) throw new Error(created.reason);
  let version = 1;
  for (const to of path) {
    const moved = await moveMatch({
      matchId: created.match.id,
      expectedVersion: version,
      to,
      reason: to === "ENDED" ? "見送り" : null,
      actor: { userId: coordinator.id },
    });
    if (!moved.ok) throw new Error(moved.reason);
    version = moved.version;
  }
  const events = await prisma.matchEvent.findMany({ where: { matchId: created.match.id }, orderBy: { id: "asc" }, select: { id: true } });
  for (const [index, event] of events.entries())
    await prisma.matchEvent.update({ where: { id: event.id }, data: { createdAt: new Date(base + days[index]! * DAY) } });
  await prisma.match.update({ where: { id: created.match.id }, data: { createdAt: new Date(base) } });
}

beforeAll(async () => {
  coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "集計係", roles: ["COORDINATOR"] });
  const resident = await createUser(prisma, { email: ns.email("resident"), displayName: "住民" });
  userIds.push(coordinator.id, resident.id);
  cookies = { coordinator: await sessionCookie(coordinator.id), resident: await sessionCookie(resident.id) };
  const a = await createChallenge(prisma, { strategyCode: "A", titleJa: `レポート課題A ${randomUUID().slice(0, 6)}`, status: "OPEN" });
  const b = await createChallenge(prisma, { strategyCode: "B", titleJa: `レポート課題B ${randomUUID().slice(0, 6)}`, status: "OPEN" });
  challengeIds.push(a.id, b.id);
  await matchWithHistory(a.id, ["INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"], [0, 2, 5, 15, 45]);
  await matchWithHistory(a.id, ["INTRODUCED", "ENDED"], [0, 4, 10]);
  await matchWithHistory(a.id, ["ENDED"], [0, 6]);
  await matchWithHistory(b.id, [], [0]);
});

afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

describe("match reports", () => {
  it("counts every stage a match reached and the median days per stage", async () => {
    const rows = await matchReport(fiscalYearWindow(YEAR));
    expect(rows).toEqual([
      {
        strategyCode: "A",
        counts: { SUGGESTED: 3, INTRODUCED: 2, AGREED: 1, ACTIVE: 1, COMPLETED: 1 },
        // Suggested: 2, 4, 6 days; introduced: 3 and 6; agreed: 10; active: 30.
        medianDays: { SUGGESTED: 4, INTRODUCED: 4.5, AGREED: 10, ACTIVE: 30 },
      },
      {
        strategyCode: "B",
        counts: { SUGGESTED: 1, INTRODUCED: 0, AGREED: 0, ACTIVE: 0, COMPLETED: 0 },
        medianDays: { SUGGESTED: null, INTRODUCED: null, AGREED: null, ACTIVE: null },
      },
    ]);
    expect(await matchReport(fiscalYearWindow(YEAR), "B")).toHaveLength(1);
    expect(await matchReport(fiscalYearWindow(YEAR + 1))).toEqual([]);
  });

  it("shows the page for a fiscal year to coordinators only", async () => {
    const data = (await reportsLoader({
      request: getRequest(`/coordinate/matches/reports?fy=${YEAR}&strategy=a`, cookies.coordinator),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof reportsLoader>>;
    expect(data.filters).toEqual({ fy: YEAR, period: undefined, strategy: "A" });
    expect(data.rows.map((row) => row.counts.SUGGESTED)).toEqual([3]);
    const resident = await settle(() =>
      reportsLoader({ request: getRequest("/coordinate/matches/reports", cookies.resident), params: {}, context: {} }),
    );
    expect((resident as Response).status).toBe(403);
  });

  it("exports CSV with a BOM and the evaluation's columns, to coordinators only", async () => {
    const response = (await csvLoader({
      request: getRequest(`/coordinate/matches/reports.csv?fy=${YEAR}`, cookies.coordinator),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split("\r\n");
    expect(lines[0]).toBe(
      "strategy,period,reached_suggested,reached_introduced,reached_agreed,reached_active,reached_completed,median_days_suggested,median_days_introduced,median_days_agreed,median_days_active",
    );
    expect(lines[1]).toBe(`A,FY${YEAR},3,2,1,1,1,4,4.5,10,30`);
    expect(lines[2]).toBe(`B,FY${YEAR},1,0,0,0,0,,,,`);
    for (const cookie of [cookies.resident, undefined]) {
      const refused = await settle(() =>
        csvLoader({ request: getRequest("/coordinate/matches/reports.csv", cookie), params: {}, context: {} }),
      );
      expect([302, 403]).toContain((refused as Response).status);
    }
  });
});
