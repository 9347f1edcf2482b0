// Names of skills, strategy fields and areas by id, in either language, for explaining scores (reference data,
// read at most once a minute per process, like the taxonomy).
import type { Language } from "~/kernel/i18n/config.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { memoize } from "~/kernel/memo.server.ts";

type Named = { nameJa: string; nameEn: string };

const loadNames = memoize(60_000, async () => {
  const [skills, fields, areas] = await Promise.all([
    prisma.skill.findMany({ select: { id: true, nameJa: true, nameEn: true } }),
    prisma.strategyField.findMany({ select: { id: true, nameJa: true, nameEn: true } }),
    prisma.area.findMany({ select: { id: true, nameJa: true, nameEn: true } }),
  ]);
  const byId = (rows: Array<Named & { id: number }>) => new Map(rows.map((row) => [row.id, row]));
  return { skills: byId(skills), fields: byId(fields), areas: byId(areas) };
});

export async function loadTaxonomyVocabularyForMatching() {
  const names = await loadNames();
  const name = (table: Map<number, Named>) => (id: number, language: Language) => {
    const row = table.get(id);
    return row ? pickLanguage(language, row.nameJa, row.nameEn) : "";
  };
  return { skill: name(names.skills), field: name(names.fields), area: name(names.areas) };
}
