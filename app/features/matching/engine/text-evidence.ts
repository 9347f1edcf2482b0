// Skills read from text: a partner's headline, biography and free-text skills, a challenge's title, summary and
// body. Each skill is known by the parts of its name in both languages ("林業・木工" → 林業, 木工; "Forestry and
// woodworking" → forestry, woodworking) and by the synonyms admins keep in /admin/taxonomy (間伐, 林道, thinning…).
// Pure given an analyser (app/kernel/text): the save path, the backfill and the evaluation bench all use it.
import type { Analyser } from "~/kernel/text/analyser.server.ts";
import { compilePhrases, findPhrases, type Phrase, type PhraseSet } from "~/kernel/text/phrases.server.ts";

export type SkillTerms = { id: number; nameJa: string; nameEn: string; keywordsJa: readonly string[]; keywordsEn: readonly string[] };

export const partnerTextSources = ["headline", "bio", "freeSkills"] as const;
export const challengeTextSources = ["title", "summary", "body"] as const;
export type TextSource = (typeof partnerTextSources)[number] | (typeof challengeTextSources)[number];

/** One skill found in text, with the words that showed it (quoted in explanations: 自己紹介に「間伐」). */
export type SkillEvidence = { skillId: number; source: TextSource; words: string[] };

/** Words in skill names that are no skill by themselves ("Traditional crafts (Kiso lacquerware and more)"). */
const fillerParts = new Set(["more", "others", "etc", "など"]);

/** The parts of a skill name: split on ・, commas, brackets and "and". */
export function nameParts(name: string): string[] {
  return name
    .split(/[・、,，/／()（）]|\band\b|など/u)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && !fillerParts.has(part.toLowerCase()));
}

export function skillPhrases(skills: readonly SkillTerms[]): Array<Phrase<number>> {
  const phrases: Array<Phrase<number>> = [];
  for (const skill of skills) {
    const texts = new Set([...nameParts(skill.nameJa), ...nameParts(skill.nameEn), ...skill.keywordsJa, ...skill.keywordsEn]);
    for (const text of texts) if (text.trim()) phrases.push({ key: skill.id, text: text.trim() });
  }
  return phrases;
}

export type SkillPhraseSet = PhraseSet<number>;

export function compileSkillPhrases(analyser: Analyser, skills: readonly SkillTerms[]): SkillPhraseSet {
  return compilePhrases(analyser, skillPhrases(skills));
}

/** How many words of one skill's evidence are kept for the explanation. */
const quotedWords = 3;

/**
 * The skills the texts speak of, one entry per skill: the first source (in the order given) that names it, with
 * up to three distinct words from it.
 */
export function findSkillEvidence(
  analyser: Analyser,
  phrases: SkillPhraseSet,
  texts: ReadonlyArray<{ source: TextSource; text: string | null | undefined }>,
): SkillEvidence[] {
  const bySkill = new Map<number, SkillEvidence>();
  for (const { source, text } of texts) {
    if (!text) continue;
    for (const hit of findPhrases(analyser, phrases, text)) {
      const existing = bySkill.get(hit.key);
      if (!existing) bySkill.set(hit.key, { skillId: hit.key, source, words: [hit.quote] });
      else if (existing.source === source && existing.words.length < quotedWords && !existing.words.includes(hit.quote))
        existing.words.push(hit.quote);
    }
  }
  return [...bySkill.values()].sort((a, b) => a.skillId - b.skillId);
}

export function partnerTexts(profile: { headline: string; bio: string; freeSkills: readonly string[] }) {
  return [
    { source: "headline" as const, text: profile.headline },
    { source: "bio" as const, text: profile.bio },
    { source: "freeSkills" as const, text: profile.freeSkills.join("\n") },
  ];
}

export function challengeTexts(challenge: {
  titleJa: string;
  titleEn: string | null;
  summaryJa: string;
  summaryEn: string | null;
  bodyJa: string;
  bodyEn: string | null;
}) {
  const both = (ja: string, en: string | null) => [ja, en ?? ""].filter(Boolean).join("\n");
  return [
    { source: "title" as const, text: both(challenge.titleJa, challenge.titleEn) },
    { source: "summary" as const, text: both(challenge.summaryJa, challenge.summaryEn) },
    { source: "body" as const, text: both(challenge.bodyJa, challenge.bodyEn) },
  ];
}
