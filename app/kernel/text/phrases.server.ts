// Finding known phrases (a skill's name parts and synonyms, later a search's terms) in analysed text, on word
// boundaries: "間伐" is found in 「森林組合で間伐と林道整備」 and in 「間伐材」, but "林業" is not found inside
// 「農林業」 and "art" not inside "start". Phrases are analysed with the same analyser as the text, so both sides
// are cut into words the same way.
import type { Analyser, Word } from "./analyser.server.ts";

export type Phrase<Key> = { key: Key; text: string };
type CompiledPhrase<Key> = { key: Key; forms: string[] };

export type PhraseSet<Key> = {
  /** Phrases by their first word's form. */
  byFirst: Map<string, Array<CompiledPhrase<Key>>>;
  /** Japanese single-word phrases, found also at the start of a longer compound word (間伐 in 間伐材). */
  japanesePrefixes: Map<string, Array<CompiledPhrase<Key>>>;
  longestPrefix: number;
};

export type PhraseHit<Key> = { key: Key; quote: string };

export function compilePhrases<Key>(analyser: Analyser, phrases: ReadonlyArray<Phrase<Key>>): PhraseSet<Key> {
  const byFirst = new Map<string, Array<CompiledPhrase<Key>>>();
  const japanesePrefixes = new Map<string, Array<CompiledPhrase<Key>>>();
  let longestPrefix = 0;
  for (const phrase of phrases) {
    const words = analyser.words(phrase.text);
    if (words.length === 0) continue;
    const compiled = { key: phrase.key, forms: words.map((word) => word.form) };
    const first = compiled.forms[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), compiled]);
    if (words.length === 1 && words[0]!.japanese && first.length >= 2) {
      japanesePrefixes.set(first, [...(japanesePrefixes.get(first) ?? []), compiled]);
      longestPrefix = Math.max(longestPrefix, first.length);
    }
  }
  return { byFirst, japanesePrefixes, longestPrefix };
}

function matchesAt(words: readonly Word[], at: number, forms: readonly string[]): boolean {
  if (at + forms.length > words.length) return false;
  for (let k = 0; k < forms.length; k += 1) if (words[at + k]!.form !== forms[k]) return false;
  return true;
}

/** Every phrase of the set found in `text`, with the words of the text that matched (as normalised). */
export function findPhrases<Key>(analyser: Analyser, set: PhraseSet<Key>, text: string): Array<PhraseHit<Key>> {
  if (!text.trim()) return [];
  const words = analyser.words(text);
  const normalised = text.normalize("NFKC").toLowerCase();
  const hits: Array<PhraseHit<Key>> = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    for (const phrase of set.byFirst.get(word.form) ?? []) {
      if (matchesAt(words, i, phrase.forms)) {
        const last = words[i + phrase.forms.length - 1]!;
        hits.push({ key: phrase.key, quote: normalised.slice(word.start, last.end) });
      }
    }
    if (word.japanese) {
      // A compound the dictionary knows as one word (間伐材, 保育士会): its leading part may be the phrase.
      for (let length = Math.min(set.longestPrefix, word.form.length - 1); length >= 2; length -= 1) {
        for (const phrase of set.japanesePrefixes.get(word.form.slice(0, length)) ?? []) {
          hits.push({ key: phrase.key, quote: word.form });
        }
      }
    }
  }
  return hits;
}
