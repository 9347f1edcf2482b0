import type { Language } from "~/kernel/i18n/config.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { memoize } from "~/kernel/memo.server.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";

/** What every page needs of the plan's mid-term periods (選択肢, labels, fiscal-year spans). */
export const periodSelect = { id: true, number: true, nameJa: true, nameEn: true, startFiscalYear: true, endFiscalYear: true } as const;

const strategyCodePattern = /^[A-Z]$/;

const taxonomyTtlMs = 60_000;

/** Strategies and their fields in both languages: reference data, read at most once a minute per process. */
const loadStrategyTaxonomy = memoize(taxonomyTtlMs, () =>
  prisma.strategy.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      retiredAt: true,
      nameJa: true,
      nameEn: true,
      promisedValueJa: true,
      promisedValueEn: true,
      contextJa: true,
      contextEn: true,
      fields: {
        orderBy: [{ position: "asc" }, { number: "asc" }],
        select: { number: true, nameJa: true, nameEn: true, visionJa: true, visionEn: true, retiredAt: true },
      },
    },
  }),
);

type StrategyCounts = { openChallenges: number; initiatives: number; partners: number };

/** Live counts for every strategy in one statement; they change with every new challenge, so never cached. */
async function countActivityByStrategy(): Promise<Map<number, StrategyCounts>> {
  const rows = await prisma.$queryRaw<Array<{ id: number; open_challenges: number; initiatives: number; partners: number }>>`
    SELECT s.id,
      (SELECT count(*) FROM "Challenge" c WHERE c."strategyId" = s.id AND c.status = 'OPEN')::int AS open_challenges,
      (SELECT count(*) FROM "Initiative" i WHERE i."strategyId" = s.id AND i.status IN ('ACTIVE', 'COMPLETED'))::int AS initiatives,
      (SELECT count(*) FROM "PartnerStrategyInterest" p WHERE p."strategyId" = s.id)::int AS partners
    FROM "Strategy" s`;
  return new Map(
    rows.map((row) => [row.id, { openChallenges: row.open_challenges, initiatives: row.initiatives, partners: row.partners }]),
  );
}

/** The three strategies with their fields and live counts. */
export async function listStrategiesWithCounts(language: Language) {
  const [strategies, counts] = await Promise.all([loadStrategyTaxonomy(), countActivityByStrategy()]);
  return strategies
    .filter((strategy) => !strategy.retiredAt)
    .map((strategy) => ({
      code: strategy.code,
      name: pickLanguage(language, strategy.nameJa, strategy.nameEn),
      promisedValue: pickLanguage(language, strategy.promisedValueJa, strategy.promisedValueEn),
      fields: strategy.fields
        .filter((field) => !field.retiredAt)
        .map((field) => ({ number: field.number, name: pickLanguage(language, field.nameJa, field.nameEn) })),
      counts: counts.get(strategy.id) ?? { openChallenges: 0, initiatives: 0, partners: 0 },
    }));
}

export type StrategySummary = Awaited<ReturnType<typeof listStrategiesWithCounts>>[number];

export async function getStrategyByCode(code: string, language: Language) {
  const normalised = code.toUpperCase();
  if (!strategyCodePattern.test(normalised)) return null;
  const [strategies, counts] = await Promise.all([loadStrategyTaxonomy(), countActivityByStrategy()]);
  const strategy = strategies.find((candidate) => candidate.code === normalised);
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
    counts: counts.get(strategy.id) ?? { openChallenges: 0, initiatives: 0, partners: 0 },
  };
}

export async function getFieldByNumber(numberParam: string, language: Language) {
  if (!/^[1-9][0-9]?$/.test(numberParam)) return null;
  const number = Number(numberParam);
  const strategies = await loadStrategyTaxonomy();
  const strategy = strategies.find((candidate) => candidate.fields.some((field) => field.number === number));
  const field = strategy?.fields.find((candidate) => candidate.number === number);
  if (!strategy || !field) return null;
  return {
    number: field.number,
    name: pickLanguage(language, field.nameJa, field.nameEn),
    vision: pickLanguage(language, field.visionJa, field.visionEn),
    strategy: { code: strategy.code, name: pickLanguage(language, strategy.nameJa, strategy.nameEn) },
    siblings: strategy.fields
      .filter((sibling) => sibling.number !== field.number)
      .map((sibling) => ({ number: sibling.number, name: pickLanguage(language, sibling.nameJa, sibling.nameEn) })),
  };
}

/** Everything filters and editors choose from (areas, periods, skills, fields), with ids for the queries. */
const loadTaxonomyVocabulary = memoize(taxonomyTtlMs, async () => {
  const [strategies, fields, areas, periods, skills] = await Promise.all([
    prisma.strategy.findMany({
      orderBy: { position: "asc" },
      select: { id: true, code: true, nameJa: true, nameEn: true, retiredAt: true },
    }),
    prisma.strategyField.findMany({
      orderBy: [{ position: "asc" }, { number: "asc" }],
      select: { id: true, number: true, nameJa: true, nameEn: true, retiredAt: true, strategy: { select: { code: true } } },
    }),
    prisma.area.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, kind: true, nameJa: true, nameEn: true, retiredAt: true },
    }),
    prisma.period.findMany({ orderBy: { number: "asc" }, select: periodSelect }),
    prisma.skill.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, categoryJa: true, categoryEn: true, nameJa: true, nameEn: true, retiredAt: true },
    }),
  ]);
  return { strategies, fields, areas, periods, skills };
});

/** Skills, fields and areas by id with both names, retired ones included (old scores name them too). */
export async function loadTaxonomyNamesById() {
  const vocabulary = await loadTaxonomyVocabulary();
  const byId = <Row extends { id: number; nameJa: string; nameEn: string }>(rows: Row[]) =>
    new Map(rows.map((row) => [row.id, { nameJa: row.nameJa, nameEn: row.nameEn }]));
  return { skills: byId(vocabulary.skills), fields: byId(vocabulary.fields), areas: byId(vocabulary.areas) };
}

/** After an admin's edit: this process reads the taxonomy afresh (other processes within a minute). */
export function invalidateTaxonomy() {
  loadStrategyTaxonomy.invalidate();
  loadTaxonomyVocabulary.invalidate();
}

export async function loadTaxonomyLookups() {
  const vocabulary = await loadTaxonomyVocabulary();
  return {
    strategyIdByCode: new Map(vocabulary.strategies.map((row) => [row.code, row.id])),
    fieldIdByNumber: new Map(vocabulary.fields.map((row) => [row.number, row.id])),
    areaIdBySlug: new Map(vocabulary.areas.map((row) => [row.slug, row.id])),
    periodIdByNumber: new Map(vocabulary.periods.map((row) => [row.number, row.id])),
    skillIdBySlug: new Map(vocabulary.skills.map((row) => [row.slug, row.id])),
  };
}

/**
 * The same vocabulary in one language, for filter forms and editors: retired entries are left out (no new input
 * uses them). Code that names what old records point at passes `withRetired`.
 */
/**
 * What a record being edited already uses (its form values): a retired entry among them stays offered on that
 * record, marked as retired, so saving the form does not silently drop it; new records never see it.
 */
export type KeptTaxonomy = {
  strategyCodes?: readonly string[];
  fieldNumbers?: readonly (number | string)[];
  areaSlugs?: readonly string[];
  skillSlugs?: readonly string[];
};

/** The taxonomy a record's form values refer to (strategyCode(s), fieldNumbers, areaSlug(s), skillSlugs). */
export function keptTaxonomyOf(values: Record<string, unknown>): KeptTaxonomy {
  const list = (...names: string[]) =>
    names.flatMap((name) => {
      const value = values[name];
      return Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : [];
    });
  return {
    strategyCodes: list("strategyCode", "strategyCodes"),
    fieldNumbers: list("fieldNumbers"),
    areaSlugs: list("areaSlug", "areaSlugs"),
    skillSlugs: list("skillSlugs"),
  };
}

export async function getTaxonomyOptions(language: Language, options: { withRetired?: boolean; keep?: KeptTaxonomy } = {}) {
  const all = await loadTaxonomyVocabulary();
  const kept = options.keep ?? {};
  const offered = <T extends { retiredAt: Date | null }>(rows: T[], isKept: (row: T) => boolean) =>
    options.withRetired ? rows : rows.filter((row) => !row.retiredAt || isKept(row));
  const vocabulary = {
    strategies: offered(all.strategies, (row) => kept.strategyCodes?.includes(row.code) ?? false),
    fields: offered(all.fields, (row) => kept.fieldNumbers?.map(String).includes(String(row.number)) ?? false),
    areas: offered(all.areas, (row) => kept.areaSlugs?.includes(row.slug) ?? false),
    periods: all.periods,
    skills: offered(all.skills, (row) => kept.skillSlugs?.includes(row.slug) ?? false),
  };
  const t = translator(language);
  // Only a record's own retired entries are marked: lists with every entry (withRetired) name them plainly.
  const name = (row: { nameJa: string; nameEn: string; retiredAt: Date | null }) => {
    const shown = pickLanguage(language, row.nameJa, row.nameEn);
    return row.retiredAt && !options.withRetired ? t("adminTaxonomy.retiredChoice", { name: shown }) : shown;
  };
  return {
    strategies: vocabulary.strategies.map((row) => ({ code: row.code, name: name(row) })),
    fields: vocabulary.fields.map((row) => ({
      number: row.number,
      strategyCode: row.strategy.code,
      name: name(row),
    })),
    areas: vocabulary.areas.map((row) => ({ slug: row.slug, kind: row.kind, name: name(row) })),
    periods: vocabulary.periods.map((row) => ({
      number: row.number,
      name: pickLanguage(language, row.nameJa, row.nameEn),
      startFiscalYear: row.startFiscalYear,
      endFiscalYear: row.endFiscalYear,
    })),
    skills: vocabulary.skills.map((row) => ({
      slug: row.slug,
      category: pickLanguage(language, row.categoryJa, row.categoryEn),
      name: name(row),
    })),
  };
}

export type TaxonomyOptions = Awaited<ReturnType<typeof getTaxonomyOptions>>;

/** Strategies with their fields under them, the way forms group the field choices. */
export function strategiesWithFields(taxonomy: Pick<TaxonomyOptions, "strategies" | "fields">) {
  return taxonomy.strategies.map((strategy) => ({
    code: strategy.code,
    name: strategy.name,
    fields: taxonomy.fields
      .filter((field) => field.strategyCode === strategy.code)
      .map((field) => ({ number: field.number, name: field.name })),
  }));
}
