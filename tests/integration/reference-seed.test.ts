import { describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { seedReferenceData } from "../../prisma/seed/reference.ts";

describe("reference data seed", () => {
  it("holds the plan's taxonomy: 3 strategies, 9 fields, 13 areas, 3 periods", async () => {
    expect(await prisma.strategy.count()).toBe(3);
    expect(await prisma.strategyField.count()).toBe(9);
    const areas = await prisma.area.findMany({ orderBy: { position: "asc" }, select: { nameJa: true, kind: true } });
    expect(areas.filter((area) => area.kind === "DISTRICT").map((area) => area.nameJa)).toEqual([
      "大門",
      "塩尻東",
      "片丘",
      "高出",
      "広丘",
      "吉田",
      "洗馬",
      "宗賀",
      "楢川",
      "北小野",
    ]);
    expect(areas.map((area) => area.kind)).toEqual(expect.arrayContaining(["CITYWIDE", "REGION", "ONLINE"]));
    const periods = await prisma.period.findMany({ orderBy: { number: "asc" }, select: { startFiscalYear: true, endFiscalYear: true } });
    expect(periods).toEqual([
      { startFiscalYear: 2024, endFiscalYear: 2026 },
      { startFiscalYear: 2027, endFiscalYear: 2029 },
      { startFiscalYear: 2030, endFiscalYear: 2032 },
    ]);
  });

  it("can run again without duplicating rows or overwriting values admins entered", async () => {
    const happiness = await prisma.planIndicator.findUniqueOrThrow({ where: { key: "happiness" }, select: { id: true } });
    await prisma.planIndicatorValue.update({
      where: { indicatorId_year: { indicatorId: happiness.id, year: 2022 } },
      data: { value: 6.8 },
    });
    const before = await Promise.all([prisma.strategy.count(), prisma.skill.count(), prisma.planIndicatorValue.count()]);

    await seedReferenceData(prisma);

    const after = await Promise.all([prisma.strategy.count(), prisma.skill.count(), prisma.planIndicatorValue.count()]);
    expect(after).toEqual(before);
    const value = await prisma.planIndicatorValue.findUniqueOrThrow({
      where: { indicatorId_year: { indicatorId: happiness.id, year: 2022 } },
      select: { value: true },
    });
    expect(value.value.toNumber()).toBe(6.8);
    await prisma.planIndicatorValue.update({
      where: { indicatorId_year: { indicatorId: happiness.id, year: 2022 } },
      data: { value: 6.77 },
    });
  });
});
