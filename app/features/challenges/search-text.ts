// Keyword search for Japanese text, which has no spaces between words: every text is cut into overlapping
// two-character pieces (bigrams) after normalising width and case. A query matches when the row holds all of the
// query's bigrams (a GIN index answers that), then a plain substring check removes the rare false positive.

/** Full-width letters and digits to half-width, half-width kana to full-width, lower case, one space between words. */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

function bigramsOfWord(word: string, into: Set<string>) {
  const characters = Array.from(word);
  if (characters.length === 1) into.add(characters[0]!);
  for (let index = 0; index + 1 < characters.length; index++) into.add(characters[index]! + characters[index + 1]!);
}

/** The bigrams (and one-character words) of a text: stored with each row. */
export function searchBigrams(...texts: Array<string | null | undefined>): string[] {
  const bigrams = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of normaliseForSearch(text).split(" ")) if (word) bigramsOfWord(word, bigrams);
  }
  return [...bigrams];
}

/**
 * What a search for `query` must find: the bigrams every result contains, and the normalised words each
 * result must contain as substrings. A one-character word has no bigram; it is checked as a substring only.
 */
export function parseSearchQuery(query: string): { bigrams: string[]; words: string[] } {
  const words = normaliseForSearch(query).split(" ").filter(Boolean).slice(0, 8);
  const bigrams = new Set<string>();
  for (const word of words) if (Array.from(word).length >= 2) bigramsOfWord(word, bigrams);
  return { bigrams: [...bigrams], words };
}

/** The two stored search columns for a row whose searchable text is `texts`. */
export function searchColumnsFor(texts: Array<string | null | undefined>) {
  return { searchBigrams: searchBigrams(...texts), searchText: normaliseForSearch(texts.filter(Boolean).join(" ")) };
}
