import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { invalidatePlanIndicators } from "../../app/features/dashboard/indicator.server.ts";
import { invalidateTaxonomy } from "../../app/features/taxonomy/taxonomy.server.ts";
import { loader as homeLoader } from "~/routes/_index.tsx";
import { loader as strategyLoader } from "~/routes/strategies.$code.tsx";
import { loader as fieldLoader } from "~/routes/fields.$number.tsx";
import { createChallenge, createInitiative, createPartner } from "../../prisma/seed/factories.ts";
import { recordQueries } from "../support/query-counter.ts";
import { loaderArgs } from "../support/requests.ts";

const createdTitle = "統合テスト用の課題";

afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { titleJa: { startsWith: createdTitle } } });
  await prisma.initiative.deleteMany({ where: { titleJa: { startsWith: createdTitle } } });
  await prisma.partnerProfile.deleteMany({ where: { displayName: { startsWith: createdTitle } } });
});

async function expectResponseStatus(promise: Promise<unknown>, status: number) {
  const thrown = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  expect((thrown as Response).status).toBe(status);
}

describe("home page loader", () => {
  it("shows the three strategies in plan order with their fields ①–⑨", async () => {
    const data = await homeLoader(loaderArgs("/"));
    expect(data.strategies.map((strategy) => strategy.code)).toEqual(["A", "B", "C"]);
    expect(data.strategies.flatMap((strategy) => strategy.fields.map((field) => field.number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(data.strategies[0]?.name).toBe("次世代とともに学び成長し、ワクワクして暮らす");
  });

  it("counts open challenges, initiatives and interested partners live, per strategy", async () => {
    const before = (await homeLoader(loaderArgs("/"))).strategies.find((strategy) => strategy.code === "B")!.counts;
    await createChallenge(prisma, { strategyCode: "B", titleJa: `${createdTitle} 公開`, status: "OPEN" });
    await createChallenge(prisma, { strategyCode: "B", titleJa: `${createdTitle} 下書き`, status: "DRAFT" });
    await createInitiative(prisma, { strategyCode: "B", titleJa: `${createdTitle} 取り組み` });
    await createPartner(prisma, { displayName: `${createdTitle} パートナー`, strategyCodes: ["B", "C"] });

    const after = (await homeLoader(loaderArgs("/"))).strategies.find((strategy) => strategy.code === "B")!.counts;
    expect(after).toEqual({
      openChallenges: before.openChallenges + 1, // the draft is not counted
      initiatives: before.initiatives + 1,
      partners: before.partners + 1,
    });
  });

  it("reads the plan's top indicators from the database", async () => {
    const data = await homeLoader(loaderArgs("/"));
    const happiness = data.indicators.find((indicator) => indicator.key === "happiness");
    const population = data.indicators.find((indicator) => indicator.key === "population");
    expect(happiness?.baseline).toEqual({ value: 6.77, year: 2022 });
    expect(happiness?.target).toEqual({ value: 6.77, year: 2032, comparison: "AT_LEAST" });
    expect(population?.target.value).toBe(65000);
    expect(population?.projection?.value).toBe(63200);
  });

  it("answers in English for an English browser", async () => {
    const data = await homeLoader(loaderArgs("/", {}, { "Accept-Language": "en-US,en;q=0.9" }));
    expect(data.language).toBe("en");
    expect(data.strategies[1]?.name).toBe("Creating and circulating new value through co-creation, living vibrantly");
    expect(data.meta.title).toContain("Shiojiri Co-creation Hub");
  });

  it("makes a constant, small number of queries: live counts and the newest challenges once the taxonomy is cached", async () => {
    invalidateTaxonomy();
    invalidatePlanIndicators();
    const cold = await recordQueries(() => homeLoader(loaderArgs("/")));
    expect(cold.statements.length).toBeGreaterThan(2);
    expect(cold.statements.length).toBeLessThanOrEqual(12); // both taxonomy reads (strategies, vocabulary) cleared
    const warm = await recordQueries(() => homeLoader(loaderArgs("/")));
    expect(warm.statements).toHaveLength(2);
    expect(warm.statements.some((statement) => statement.includes("count(*)") && statement.includes("PartnerStrategyInterest"))).toBe(true);
  });

  it("shows the newest open challenges, never drafts", async () => {
    await createChallenge(prisma, { strategyCode: "A", titleJa: `${createdTitle} 新着`, status: "OPEN" });
    await createChallenge(prisma, { strategyCode: "A", titleJa: `${createdTitle} 新着の下書き`, status: "DRAFT" });
    const data = await homeLoader(loaderArgs("/"));
    expect(data.newestChallenges[0]?.title).toBe(`${createdTitle} 新着`);
    expect(data.newestChallenges.every((challenge) => challenge.status === "OPEN")).toBe(true);
    expect(data.newestChallenges.length).toBeLessThanOrEqual(4);
  });
});

describe("strategy page loader", () => {
  it("shows the strategy's promised value and its fields with their visions", async () => {
    const data = await strategyLoader(loaderArgs("/strategies/C", { code: "C" }));
    expect(data.strategy.promisedValue).toContain("ニコニコ");
    expect(data.strategy.fields.map((field) => field.number)).toEqual([7, 8, 9]);
    expect(data.strategy.fields[0]?.vision).toContain("お互い様文化");
  });

  it("accepts a lower-case code", async () => {
    const data = await strategyLoader(loaderArgs("/strategies/a", { code: "a" }));
    expect(data.strategy.code).toBe("A");
  });

  it.each(["D", "AB", "1", "", "%00"])("answers 404 for the unknown strategy %j", async (code) => {
    await expectResponseStatus(strategyLoader(loaderArgs(`/strategies/${code}`, { code })), 404);
  });
});

describe("field page loader", () => {
  it("shows the field's vision (ありたい姿) and its strategy", async () => {
    const data = await fieldLoader(loaderArgs("/fields/5", { number: "5" }));
    expect(data.field.name).toBe("環境・気候");
    expect(data.field.vision).toContain("エネルギー");
    expect(data.field.strategy.code).toBe("B");
    expect(data.field.siblings.map((sibling) => sibling.number)).toEqual([4, 6]);
  });

  it("translates for English readers", async () => {
    const data = await fieldLoader(loaderArgs("/fields/9?lng=en", { number: "9" }));
    expect(data.field.name).toBe("Town planning, infrastructure and disaster preparedness");
  });

  it.each(["0", "10", "abc", "1.5", "-1", "99999999999999999999"])("answers 404 for the field %j", async (number) => {
    await expectResponseStatus(fieldLoader(loaderArgs(`/fields/${number}`, { number })), 404);
  });
});
