import type { Language } from "~/i18n/config.ts";

/** Content is written in Japanese with optional English: English readers get the Japanese when no translation exists. */
export function pickLanguage(language: Language, ja: string, en: string | null | undefined): string {
  return language === "en" && en ? en : ja;
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
