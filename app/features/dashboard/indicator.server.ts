import type { Language } from "~/kernel/i18n/config.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { memoize } from "~/kernel/memo.server.ts";

/** Indicators change when an admin enters a yearly value or edits them: read at most once a minute per process. */
const loadPlanIndicators = memoize(60_000, () =>
  prisma.planIndicator.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
    select: {
      key: true,
      nameJa: true,
      nameEn: true,
      unitJa: true,
      unitEn: true,
      descriptionJa: true,
      descriptionEn: true,
      decimals: true,
      baselineValue: true,
      baselineYear: true,
      targetValue: true,
      targetYear: true,
      targetComparison: true,
      projectionValue: true,
      values: { orderBy: { year: "desc" }, take: 1, select: { year: true, value: true } },
    },
  }),
);

export const invalidatePlanIndicators = loadPlanIndicators.invalidate;

/** The plan's top outcome indicators with their latest entered value. */
export async function listPlanIndicators(language: Language) {
  const indicators = await loadPlanIndicators();
  return indicators.map((indicator) => {
    const latest = indicator.values[0];
    return {
      key: indicator.key,
      name: pickLanguage(language, indicator.nameJa, indicator.nameEn),
      unit: pickLanguage(language, indicator.unitJa, indicator.unitEn),
      description: pickLanguage(language, indicator.descriptionJa, indicator.descriptionEn),
      decimals: indicator.decimals,
      baseline:
        indicator.baselineValue !== null && indicator.baselineYear !== null
          ? { value: indicator.baselineValue.toNumber(), year: indicator.baselineYear }
          : null,
      target: { value: indicator.targetValue.toNumber(), year: indicator.targetYear, comparison: indicator.targetComparison },
      projection: indicator.projectionValue !== null ? { value: indicator.projectionValue.toNumber(), year: indicator.targetYear } : null,
      latest: latest ? { value: latest.value.toNumber(), year: latest.year } : null,
    };
  });
}

export type PlanIndicatorSummary = Awaited<ReturnType<typeof listPlanIndicators>>[number];
