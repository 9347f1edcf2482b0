import type { Language } from "~/i18n/config.ts";

/** Content is written in Japanese with optional English: English readers get the Japanese when no translation exists. */
export function pickLanguage(language: Language, ja: string, en: string | null | undefined): string {
  return language === "en" && en ? en : ja;
}

const japaneseCharacters = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/gu;
const latinLetters = /[A-Za-z]/g;

/**
 * The `lang` a piece of content needs on a page in `pageLanguage` (WCAG 3.1.2, language of parts): "ja" for text
 * that is mostly Japanese on an English page — a title with no translation yet — so screen readers switch voice;
 * undefined when it is in the page's own language. Text only ever falls back to Japanese, so that is the one case.
 */
export function textLang(text: string | null | undefined, pageLanguage: Language): "ja" | undefined {
  if (pageLanguage === "ja" || !text) return undefined;
  const japanese = text.match(japaneseCharacters)?.length ?? 0;
  const latin = text.match(latinLetters)?.length ?? 0;
  return japanese > latin ? "ja" : undefined;
}

const circledNumbers = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"];

/** The plan numbers its strategy fields ①–⑨. */
export function fieldMark(number: number): string {
  return circledNumbers[number - 1] ?? String(number);
}

// Building an Intl.NumberFormat costs far more than using one: keep one per language and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(language: Language, value: number, fractionDigits = 0): string {
  const key = `${language}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === "ja" ? "ja-JP" : "en-GB", {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
