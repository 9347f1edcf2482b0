// The public dashboard on a real database: every figure moves by exactly what the test adds (drafts, inactive
// partners and other strategies or periods never count), small prefecture counts are suppressed, the statements
// are few and do not grow with the data, and the CSV and JSON carry the same numbers.
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDashboard, getDashboard, type DashboardData } from "../../app/features/dashboard/dashboard.server.ts";
import { loader as csvLoader } from "~/routes/dashboard[.]csv.ts";
import { loader as jsonLoader } from "~/routes/dashboard[.]json.ts";
import { loader as pageLoader } from "~/routes/dashboard.tsx";
import { dashboardCsvColumns, SUPPRESSED_TEXT } from "../../app/features/dashboard/dashboard.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges, createInitiative, createMatchWithHistory, createPartners, createProposal } from "../../prisma/seed/factories.ts";
import { recordQueries } from "../support/query-counter.ts";
import { loaderArgs } from "../support/requests.ts";

const marker = "ダッシュボード試験";
let before: { all: DashboardData; strategyC: DashboardData; strategyA: DashboardData; period2: DashboardData };
let after: typeof before;
let statementsBefore = 0;
/** Two prefectures with no active partner before the test: one gets 1 partner (suppressed), one gets exactly 3. */
let lonelyPrefecture = 0;
let smallPrefecture = 0;

const strategy = (data: DashboardData, code: string) => data.strategies.find((entry) => entry.code === code)!;
const field = (data: DashboardData, number: number) =>
  data.strategies.flatMap((entry) => entry.fields).find((entry) => entry.number === number)!;
const prefecture = (data: DashboardData, code: number) => data.partnersByPrefecture.find((entry) => entry.code === code)!;
const lastCumulative = (data: DashboardData, metric: keyof DashboardData["trend"]["series"]) =>
  data.trend.series[metric].cumulative.at(-1)!;

async function snapshot() {
  const [all, strategyC, strategyA, period2] = await Promise.all([
    loadDashboard({}),
    loadDashboard({ strategy: "C" }),
    loadDashboard({ strategy: "A" }),
    loadDashboard({ period: 2 }),
  ]);
  return { all, strategyC, strategyA, period2 };
}

beforeAll(async () => {
  const counted = await prisma.partnerProfile.groupBy({ by: ["prefectureCode"], where: { prefectureCode: { not: null } }, _count: true });
  const used = new Set(counted.map((row) => row.prefectureCode));
  const free = Array.from({ length: 47 }, (_, index) => index + 1).filter((code) => !used.has(code) && code !== 20);
  [lonelyPrefecture, smallPrefecture] = free as [number, number];
  expect(smallPrefecture).toBeGreaterThan(0);

  await loadDashboard({}); // reference data (strategies, fields, periods) is then cached, as on a running server
  statementsBefore = (await recordQueries(() => loadDashboard({}))).statements.length;
  before = await snapshot();

  const [open1, open2, matching, , archived] = await createChallenges(prisma, [
    { strategyCode: "C", titleJa: `${marker} 募集中1`, fieldNumbers: [8, 9] },
    { strategyCode: "C", titleJa: `${marker} 募集中2`, fieldNumbers: [8, 9] },
    { strategyCode: "C", titleJa: `${marker} マッチング中`, status: "MATCHING", fieldNumbers: [8, 9] },
    { strategyCode: "C", titleJa: `${marker} 下書き`, status: "DRAFT", fieldNumbers: [8, 9] },
    { strategyCode: "C", titleJa: `${marker} アーカイブ`, status: "ARCHIVED", fieldNumbers: [8, 9] },
  ]);
  const partners = await createPartners(prisma, [
    ...[1, 2, 3].map((index) => ({
      displayName: `${marker} 団体${index}`,
      prefectureCode: smallPrefecture,
      relationships: ["DUAL_RESIDENCE" as const],
      strategyCodes: ["C"],
      fieldNumbers: [8],
    })),
    {
      displayName: `${marker} 団体4`,
      prefectureCode: lonelyPrefecture,
      relationships: ["DUAL_RESIDENCE" as const],
      strategyCodes: ["C"],
      fieldNumbers: [8],
    },
    // Paused: counted nowhere.
    {
      displayName: `${marker} 休止中`,
      prefectureCode: smallPrefecture,
      relationships: ["DUAL_RESIDENCE" as const],
      strategyCodes: ["C"],
      fieldNumbers: [8],
    },
  ]);
  await prisma.partnerProfile.update({ where: { id: partners[4]!.id }, data: { inactiveSince: new Date() } });
  const partnerId = partners[0]!.id;
  await createProposal(prisma, { partnerId, challengeId: open1!.id, title: `${marker} 下書きの提案`, status: "DRAFT" });
  await createProposal(prisma, { partnerId, challengeId: open1!.id, title: `${marker} 提出`, status: "SUBMITTED" });
  await createProposal(prisma, { partnerId: partners[1]!.id, challengeId: open2!.id, title: `${marker} 審査中`, status: "UNDER_REVIEW" });
  await createProposal(prisma, { partnerId: partners[2]!.id, challengeId: matching!.id, title: `${marker} 採択`, status: "ACCEPTED" });
  await createMatchWithHistory(prisma, { challengeId: open1!.id, partnerId, path: ["INTRODUCED", "AGREED"] });
  await createMatchWithHistory(prisma, { challengeId: open2!.id, partnerId: partners[1]!.id });
  const active = await createInitiative(prisma, { strategyCode: "C", titleJa: `${marker} 活動中`, challengeId: archived!.id });
  await createInitiative(prisma, { strategyCode: "C", titleJa: `${marker} 完了`, status: "COMPLETED" });
  const field9 = await prisma.strategyField.findUniqueOrThrow({ where: { number: 9 }, select: { id: true } });
  await prisma.initiativeField.create({ data: { initiativeId: active.id, fieldId: field9.id, isPrimary: true } });
  await prisma.initiativeOutcome.create({
    data: { initiativeId: active.id, labelJa: "参加者", value: 12, unitJa: `${marker}人`, unitEn: "test people", achievedOn: new Date() },
  });

  after = await snapshot();
});

describe("dashboard figures", () => {
  it("counts open challenges, proposals, matches and initiatives per strategy by exactly what was added", () => {
    const [was, now] = [strategy(before.all, "C").figures, strategy(after.all, "C").figures];
    expect(now.openChallenges - was.openChallenges).toBe(3);
    expect(now.proposals.IN_REVIEW - was.proposals.IN_REVIEW).toBe(2);
    expect(now.proposals.ACCEPTED - was.proposals.ACCEPTED).toBe(1);
    expect(now.proposals.total - was.proposals.total).toBe(3);
    expect(now.matches.AGREED - was.matches.AGREED).toBe(1);
    expect(now.matches.SUGGESTED - was.matches.SUGGESTED).toBe(1);
    expect(now.matches.total - was.matches.total).toBe(2);
    expect(now.initiatives.ACTIVE - was.initiatives.ACTIVE).toBe(1);
    expect(now.initiatives.COMPLETED - was.initiatives.COMPLETED).toBe(1);
    expect(now.partnersInterested - was.partnersInterested).toBe(4);
    expect(after.all.totals.openChallenges - before.all.totals.openChallenges).toBe(3);
    for (const code of ["A", "B"]) expect(strategy(after.all, code).figures).toEqual(strategy(before.all, code).figures);
  });

  it("counts per field: a challenge in two fields counts in both; proposals under the challenge's main field", () => {
    for (const number of [8, 9])
      expect(field(after.all, number).figures.openChallenges - field(before.all, number).figures.openChallenges).toBe(3);
    expect(field(after.all, 8).figures.proposals.total - field(before.all, 8).figures.proposals.total).toBe(3);
    expect(field(after.all, 9).figures.proposals.total - field(before.all, 9).figures.proposals.total).toBe(0);
    expect(field(after.all, 9).figures.initiatives.ACTIVE - field(before.all, 9).figures.initiatives.ACTIVE).toBe(1);
    expect(field(after.all, 8).figures.partnersInterested - field(before.all, 8).figures.partnersInterested).toBe(4);
    expect(field(after.all, 1).figures).toEqual(field(before.all, 1).figures);
  });

  it("filters by strategy and by mid-term period", () => {
    expect(after.strategyC.strategies.map((entry) => entry.code)).toEqual(["C"]);
    expect(after.strategyC.totals.openChallenges - before.strategyC.totals.openChallenges).toBe(3);
    expect(after.strategyA.totals).toEqual(before.strategyA.totals);
    // The test's challenges and initiatives are in period 1.
    expect(after.period2.totals).toEqual(before.period2.totals);
    // Partners in the map count only when interested in the chosen strategy.
    expect(prefecture(after.strategyC, smallPrefecture).count).toBe(3);
    expect(prefecture(after.strategyA, smallPrefecture).count).toBe(0);
  });

  it("counts active partners by prefecture, suppresses 1 or 2, and counts relationships", () => {
    expect(prefecture(before.all, smallPrefecture)).toMatchObject({ count: 0, suppressed: false });
    expect(prefecture(after.all, smallPrefecture)).toMatchObject({ count: 3, suppressed: false });
    expect(prefecture(after.all, lonelyPrefecture)).toMatchObject({ count: null, suppressed: true });
    expect(after.all.partnersByPrefecture).toHaveLength(47);
    const relationship = (data: DashboardData) =>
      data.partnersByRelationship.find((entry) => entry.relationship === "DUAL_RESIDENCE")!.count;
    expect(relationship(after.all) - relationship(before.all)).toBe(4);
  });

  it("adds the new events to the trend's running totals (never drafts)", () => {
    expect(after.all.trend.months).toHaveLength(24);
    expect(lastCumulative(after.all, "challengesPublished") - lastCumulative(before.all, "challengesPublished")).toBe(4);
    expect(lastCumulative(after.all, "proposalsSubmitted") - lastCumulative(before.all, "proposalsSubmitted")).toBe(3);
    expect(lastCumulative(after.all, "matchesAgreed") - lastCumulative(before.all, "matchesAgreed")).toBe(1);
    expect(lastCumulative(after.all, "initiativesStarted") - lastCumulative(before.all, "initiativesStarted")).toBe(2);
    expect(lastCumulative(after.all, "initiativesCompleted") - lastCumulative(before.all, "initiativesCompleted")).toBe(1);
    const monthly = after.all.trend.series.challengesPublished;
    expect(monthly.before + monthly.monthly.reduce((sum, n) => sum + n, 0)).toBe(monthly.cumulative.at(-1));
  });

  it("sums outcomes per unit and reads the plan indicators with their targets", () => {
    const outcome = (data: DashboardData) =>
      data.outcomes.find((entry) => entry.unitJa === `${marker}人`) ?? { total: 0, initiatives: 0, unitEn: "test people" };
    expect(outcome(after.all).total - outcome(before.all).total).toBe(12);
    expect(outcome(after.all).initiatives - outcome(before.all).initiatives).toBe(1);
    expect(outcome(after.all).unitEn).toBe("test people");
    expect(after.all.indicators.map((indicator) => indicator.key)).toEqual(expect.arrayContaining(["happiness", "population"]));
    for (const indicator of after.all.indicators) expect(indicator.target.year).toBeGreaterThan(2000);
  });

  it("reads everything in a few statements, however much data there is", async () => {
    const { statements } = await recordQueries(() => loadDashboard({}));
    expect(statements.length).toBeLessThanOrEqual(6);
    expect(statements.length).toBe(statementsBefore);
  });

  it("keeps the figures a minute per filter: a second request reads nothing", async () => {
    await getDashboard({ strategy: "B" });
    const { statements } = await recordQueries(() => getDashboard({ strategy: "B" }));
    expect(statements).toHaveLength(0);
  });
});

describe("dashboard page and open data", () => {
  it("answers 404 for a strategy or period that does not exist", async () => {
    await expect(pageLoader(loaderArgs("/dashboard?strategy=Z"))).rejects.toMatchObject({ status: 404 });
    expect((await csvLoader(loaderArgs("/dashboard.csv?period=7"))).status).toBe(404);
    const bad = await jsonLoader(loaderArgs("/dashboard.json?strategy=Q"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe("strategy");
  });

  it("serves the same figures as CSV (with a BOM, documented columns) and JSON", async () => {
    const csvResponse = await csvLoader(loaderArgs("/dashboard.csv"));
    expect(csvResponse.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(csvResponse.headers.get("Cache-Control")).toBe("public, max-age=300");
    const bytes = new Uint8Array(await csvResponse.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...dashboardCsvColumns]);

    const jsonResponse = await jsonLoader(loaderArgs("/dashboard.json"));
    expect(jsonResponse.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(jsonResponse.headers.get("Cache-Control")).toBe("public, max-age=300");
    const json = (await jsonResponse.json()) as DashboardData & { licence: { id: string }; description: Record<string, string> };
    expect(json.licence.id).toBe("CC-BY-4.0");
    expect(Object.keys(json.description)).toEqual(expect.arrayContaining(["strategies", "partnersByPrefecture", "trend"]));

    const csvValue = (dataset: string, scope: string, measure: string, category = "", period = "") =>
      rows.find(
        (row) =>
          row.dataset === dataset && row.scope === scope && row.measure === measure && row.category === category && row.period === period,
      )?.value;
    for (const entry of json.strategies) {
      expect(csvValue("strategies", entry.code, "open_challenges")).toBe(String(entry.figures.openChallenges));
      expect(csvValue("strategies", entry.code, "matches", "AGREED")).toBe(String(entry.figures.matches.AGREED));
      expect(csvValue("strategies", entry.code, "partners_interested")).toBe(String(entry.figures.partnersInterested));
      for (const fieldEntry of entry.fields)
        expect(csvValue("fields", String(fieldEntry.number), "proposals", "IN_REVIEW")).toBe(
          String(fieldEntry.figures.proposals.IN_REVIEW),
        );
    }
    expect(csvValue("strategies", "C", "open_challenges")).toBe(String(strategy(after.all, "C").figures.openChallenges));
    expect(csvValue("partnersByPrefecture", String(smallPrefecture), "partners")).toBe("3");
    expect(csvValue("partnersByPrefecture", String(lonelyPrefecture), "partners")).toBe(SUPPRESSED_TEXT);
    expect(json.partnersByPrefecture.find((entry) => entry.code === lonelyPrefecture)).toMatchObject({ count: null, suppressed: true });
    const month = json.trend.months.at(-1)!;
    expect(csvValue("trend", "hub", "challenges_published", "cumulative", month)).toBe(
      String(json.trend.series.challengesPublished.cumulative.at(-1)),
    );
    expect(rows.filter((row) => row.dataset === "partnersByPrefecture")).toHaveLength(48);
    // Only aggregates: no partner's name appears anywhere.
    expect(text).not.toContain(marker + " 団体");
    expect(JSON.stringify(json)).not.toContain(marker + " 団体");
  });
});
