import type { Language } from "~/kernel/i18n/config.ts";

/** Content is written in Japanese with optional English: English readers get the Japanese when no translation exists. */
export function pickLanguage(language: Language, ja: string, en: string | null | undefined): string {
  return language === "en" && en ? en : ja;
}

const japaneseCharacters = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/gu;
const latinLetters = /[A-Za-z]/g;

/**
 * The `lang` a piece of content needs on a page in `pageLanguage` (WCAG 3.1.2, language of parts), so screen
 * readers switch voice: "ja" for mostly Japanese text on an English page (a title with no translation yet, a
 * partner's own words), "en" for English prose on a Japanese page (a partner who writes in English); undefined
 * when the text is in the page's language. A few Latin letters (DX, NPO, a name) do not make Japanese text English.
 */
export function textLang(text: string | null | undefined, pageLanguage: Language): Language | undefined {
  if (!text) return undefined;
  const japanese = text.match(japaneseCharacters)?.length ?? 0;
  const latin = text.match(latinLetters)?.length ?? 0;
  if (pageLanguage === "en") return japanese > latin ? "ja" : undefined;
  return latin >= 12 && latin > japanese * 2 ? "en" : undefined;
}

/** textLang for rendered Markdown: the words, not the tags. */
export function htmlTextLang(html: string | null | undefined, pageLanguage: Language): Language | undefined {
  return textLang(html?.replace(/<[^>]*>/g, " "), pageLanguage);
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
