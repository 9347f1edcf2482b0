import type { Language } from "~/i18n/config.ts";
import { prisma } from "~/utils/db.server.ts";
import { pickLanguage } from "~/utils/localize.ts";

const strategyCodePattern = /^[A-Z]$/;

/**
 * The three strategies with their fields and live counts, in one query: Prisma turns the filtered
 * relation counts into correlated sub-selects of the same statement.
 */
export async function listStrategiesWithCounts(language: Language) {
  const strategies = await prisma.strategy.findMany({
    orderBy: { position: "asc" },
    select: {
      code: true,
      nameJa: true,
      nameEn: true,
      promisedValueJa: true,
      promisedValueEn: true,
      fields: { orderBy: { number: "asc" }, select: { number: true, nameJa: true, nameEn: true } },
      _count: {
        select: {
          challenges: { where: { status: "OPEN" } },
          initiatives: { where: { status: { in: ["ACTIVE", "COMPLETED"] } } },
          partnerInterest: true,
        },
      },
    },
  });
  return strategies.map((strategy) => ({
    code: strategy.code,
    name: pickLanguage(language, strategy.nameJa, strategy.nameEn),
    promisedValue: pickLanguage(language, strategy.promisedValueJa, strategy.promisedValueEn),
    fields: strategy.fields.map((field) => ({ number: field.number, name: pickLanguage(language, field.nameJa, field.nameEn) })),
    counts: {
      openChallenges: strategy._count.challenges,
      initiatives: strategy._count.initiatives,
      partners: strategy._count.partnerInterest,
    },
  }));
}

export type StrategySummary = Awaited<ReturnType<typeof listStrategiesWithCounts>>[number];

export async function getStrategyByCode(code: string, language: Language) {
  const normalised = code.toUpperCase();
  if (!strategyCodePattern.test(normalised)) return null;
  const strategy = await prisma.strategy.findUnique({
    where: { code: normalised },
    select: {
      code: true,
      nameJa: true,
      nameEn: true,
      promisedValueJa: true,
      promisedValueEn: true,
      contextJa: true,
      contextEn: true,
      fields: {
        orderBy: { number: "asc" },
        select: { number: true, nameJa: true, nameEn: true, visionJa: true, visionEn: true },
      },
      _count: {
        select: {
          challenges: { where: { status: "OPEN" } },
          initiatives: { where: { status: { in: ["ACTIVE", "COMPLETED"] } } },
          partnerInterest: true,
        },
      },
    },
  });
  if (!strategy) return null;
  return {
    code: strategy.code,
    name: pickLanguage(language, strategy.nameJa, strategy.nameEn),
    promisedValue: pickLanguage(language, strategy.promisedValueJa, strategy.promisedValueEn),
    context: pickLanguage(language, strategy.contextJa, strategy.contextEn),
    fields: strategy.fields.map((field) => ({
      number: field.number,
      name: pickLanguage(language, field.nameJa, field.nameEn),
      vision: pickLanguage(language, field.visionJa, field.visionEn),
    })),
    counts: {
      openChallenges: strategy._count.challenges,
      initiatives: strategy._count.initiatives,
      partners: strategy._count.partnerInterest,
    },
  };
}

export async function getFieldByNumber(numberParam: string, language: Language) {
  if (!/^[1-9][0-9]?$/.test(numberParam)) return null;
  const field = await prisma.strategyField.findUnique({
    where: { number: Number(numberParam) },
    select: {
      number: true,
      nameJa: true,
      nameEn: true,
      visionJa: true,
      visionEn: true,
      strategy: {
        select: {
          code: true,
          nameJa: true,
          nameEn: true,
          fields: { orderBy: { number: "asc" }, select: { number: true, nameJa: true, nameEn: true } },
        },
      },
    },
  });
  if (!field) return null;
  return {
    number: field.number,
    name: pickLanguage(language, field.nameJa, field.nameEn),
    vision: pickLanguage(language, field.visionJa, field.visionEn),
    strategy: {
      code: field.strategy.code,
      name: pickLanguage(language, field.strategy.nameJa, field.strategy.nameEn),
    },
    siblings: field.strategy.fields
      .filter((sibling) => sibling.number !== field.number)
      .map((sibling) => ({ number: sibling.number, name: pickLanguage(language, sibling.nameJa, sibling.nameEn) })),
  };
}
