// The staff's response statistics (decision 0019) on known data in a fiscal year of their own (FY2030): counts, the
// response rate by the deadline and the median hours to the first response, per coordinator and per department, as
// the page and its CSV show them in both languages; residents get no figures.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseStats } from "../../app/features/proposals/response-stats.server.ts";
import { loader as pageLoader } from "~/routes/coordinate.proposals.responses.tsx";
import { loader as csvLoader } from "~/routes/coordinate.proposals.responses[.]csv.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { fiscalYearBounds, utcMidnight } from "../../app/kernel/japan-time.ts";
import { createChallenge, createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("response-stats.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const tokyo = (day: string, time = "10:00") => new Date(`${day}T${time}:00+09:00`);
const window = { from: fiscalYearBounds(2030).start, to: fiscalYearBounds(2030).end };

let first: { id: string; displayName: string };
let second: { id: string; displayName: string };
let cookies: { coordinator: string; english: string; resident: string };

beforeAll(async () => {
  first = await createUser(prisma, { email: ns.email("first"), displayName: `一番 ${randomUUID().slice(0, 4)}`, roles: ["COORDINATOR"] });
  second = await createUser(prisma, {
    email: ns.email("second"),
    displayName: `二番 ${randomUUID().slice(0, 4)}`,
    roles: ["COORDINATOR"],
    language: "en",
  });
  const resident = await createUser(prisma, { email: ns.email("resident"), displayName: "住民" });
  userIds.push(first.id, second.id, resident.id);
  cookies = {
    coordinator: await sessionCookie(first.id),
    english: await sessionCookie(second.id),
    resident: await sessionCookie(resident.id),
  };
  const partner = await createPartner(prisma, { displayName: `統計試験 ${randomUUID().slice(0, 6)}`, strategyCodes: ["A"] });
  partnerIds.push(partner.id);
  const challenge = await createChallenge(prisma, {
    strategyCode: "A",
    titleJa: `統計試験課題 ${randomUUID().slice(0, 6)}`,
    status: "OPEN",
    ownerDepartmentJa: "統計試験課",
    ownerDepartmentEn: "Statistics Test Division",
  });
  challengeIds.push(challenge.id);
  // [assignee, on a challenge?, submitted, due, first response]
  const rows: [string, boolean, string, string, Date | null][] = [
    [first.id, true, "2030-06-03", "2030-06-06", tokyo("2030-06-03", "12:00")], // 2 h, on time
    [first.id, true, "2030-06-03", "2030-06-06", tokyo("2030-06-10", "10:00")], // 168 h, late
    [first.id, false, "2030-06-03", "2030-06-06", null], // overdue
    [second.id, true, "2031-03-30", "2031-04-02", null], // not yet due on 2031-03-31
  ];
  for (const [assigneeId, onChallenge, submitted, due, responded] of rows) {
    const proposal = await createProposal(prisma, {
      partnerId: partner.id,
      assigneeId,
      challengeId: onChallenge ? challenge.id : null,
      strategyCode: "A",
      title: "統計の提案",
      status: "SUBMITTED",
    });
    await prisma.proposal.update({
      where: { id: proposal.id },
      data: { submittedAt: tokyo(submitted), firstResponseDueOn: utcMidnight(due), firstRespondedAt: responded },
    });
  }
});

afterAll(async () => {
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

describe("response statistics", () => {
  it("per coordinator: submitted, answered, by the deadline, rate, overdue and median hours", async () => {
    const rows = await responseStats(window, "coordinator", "2031-03-31");
    expect(rows.find((row) => row.key === first.id)).toMatchObject({
      submitted: 3,
      responded: 2,
      due: 3,
      onTime: 1,
      responseRate: 33.3,
      overdue: 1,
      medianHours: 85,
    });
    expect(rows.find((row) => row.key === second.id)).toMatchObject({
      submitted: 1,
      due: 0,
      responseRate: null,
      overdue: 0,
      medianHours: null,
    });
  });

  it("per department, with proposals outside any challenge in a row of their own", async () => {
    const rows = await responseStats(window, "department", "2031-03-31");
    expect(rows.find((row) => row.key === "統計試験課")).toMatchObject({ labelEn: "Statistics Test Division", submitted: 3, onTime: 1 });
    expect(rows.find((row) => row.key === null)).toMatchObject({ submitted: 1, overdue: 1 });
  });

  it("shows the page to coordinators only, and the CSV in the reader's language", async () => {
    const denied = await settle(() =>
      pageLoader({ request: getRequest("/coordinate/proposals/responses?fy=2030", cookies.resident), params: {}, context: {} }),
    );
    expect(denied).toBeInstanceOf(Response);
    expect((denied as Response).status).toBe(403);
    const page = await pageLoader({
      request: getRequest("/coordinate/proposals/responses?fy=2030", cookies.coordinator),
      params: {},
      context: {},
    });
    expect(page.fiscalYear).toBe(2030);
    expect(page.byCoordinator.map((row) => row.key)).toEqual(expect.arrayContaining([first.id, second.id]));
    // The page counts against the real day, before any of FY2030's deadlines: nothing is overdue yet.
    const csv = await csvLoader({
      request: getRequest("/coordinate/proposals/responses.csv?fy=2030&lng=en", cookies.english),
      params: {},
      context: {},
    });
    const text = await csv.text();
    expect(text).toContain("grouping,name,submitted,responded,due,on_time,response_rate_percent,overdue,median_hours");
    expect(text).toContain(`coordinator,${first.displayName},3,2,2,1,50,0,85`);
    expect(text).toContain("department,Statistics Test Division,3,2,2,1,50,0,85");
    expect(text).toContain("department,No department (free proposals),1,0,0,0,,0,");
    const japanese = await csvLoader({
      request: getRequest("/coordinate/proposals/responses.csv?fy=2030", cookies.coordinator),
      params: {},
      context: {},
    });
    expect(await japanese.text()).toContain("department,担当課なし（自由提案など）,1,0,0,0,,0,");
  });
});
