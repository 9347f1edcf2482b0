// Names of skills, strategy fields and areas by id, in either language, for explaining scores. They come from the
// taxonomy's own cache, so an admin's rename shows in the next explanation (this process at once, others within
// the taxonomy's minute) rather than after a second cache of our own runs out.
import type { Language } from "~/kernel/i18n/config.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { loadTaxonomyNamesById } from "~/features/taxonomy/index.server.ts";

type Named = { nameJa: string; nameEn: string };

export async function loadTaxonomyVocabularyForMatching() {
  const names = await loadTaxonomyNamesById();
  const name = (table: Map<number, Named>) => (id: number, language: Language) => {
    const row = table.get(id);
    return row ? pickLanguage(language, row.nameJa, row.nameEn) : "";
  };
  return { skill: name(names.skills), field: name(names.fields), area: name(names.areas) };
}
