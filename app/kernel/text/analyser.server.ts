// Reading Japanese and English text as words: kuromoji (a morphological analyser with the IPA dictionary) cuts
// Japanese, which has no spaces, into words; Latin-script runs are words of their own, lower-cased and stripped of a
// plural "s". Shared by matching (skills in profiles and challenges, docs/decisions/0021) and, later, search.
//
// The dictionary is ~18 MB on disk and ~90 MB of heap once loaded, and takes one to three seconds to load: it is
// loaded once per process, on first use (never at import), and only by the code that analyses text when something
// is saved or backfilled — never on a request that only reads.
import { createRequire } from "node:module";
import path from "node:path";
import kuromoji from "kuromoji";

/** One word of a text: its normalised form (what phrases are compared on) and where it sits in the text. */
export type Word = { form: string; start: number; end: number; japanese: boolean };

export type Analyser = { words: (text: string) => Word[] };

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

let loading: Promise<Analyser> | undefined;

function dictionaryPath(): string {
  // The dictionary ships inside the npm package; resolved from the package so it works from any working directory.
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

/** Full-width letters and digits to half-width, half-width kana to full-width, lower case. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const latin = /^[a-z0-9][a-z0-9+#.'’-]*$/u;
const japaneseCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;
// Particles, auxiliaries and symbols never decide anything; skipping them lets "森林組合で間伐と" read as 森林組合 間伐.
const skippedPartsOfSpeech = new Set(["助詞", "助動詞", "記号"]);

/** A light English stem: plural and possessive endings only (translator ≠ translation on purpose). */
export function stemLatin(word: string): string {
  let stem = word.replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "");
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us") && !stem.endsWith("is"))
    stem = stem.slice(0, -1);
  return stem;
}

function analyserOf(tokenizer: KuromojiTokenizer): Analyser {
  return {
    words(text) {
      const normalised = normaliseText(text);
      const words: Word[] = [];
      for (const token of tokenizer.tokenize(normalised)) {
        const surface = token.surface_form;
        const start = token.word_position - 1;
        if (!surface.trim() || skippedPartsOfSpeech.has(token.pos)) continue;
        if (latin.test(surface)) {
          words.push({ form: stemLatin(surface), start, end: start + surface.length, japanese: false });
        } else if (japaneseCharacter.test(surface)) {
          words.push({ form: surface, start, end: start + surface.length, japanese: true });
        }
      }
      return words;
    },
  };
}

/** The analyser of this process, loading the dictionary on the first call (concurrent callers share the load). */
export function loadAnalyser(): Promise<Analyser> {
  loading ??= new Promise<Analyser>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(analyserOf(tokenizer));
    });
  }).catch((error: unknown) => {
    loading = undefined; // a failed load (disk hiccup) is retried by the next caller
    throw error;
  });
  return loading;
}
