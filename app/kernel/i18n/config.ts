export const supportedLanguages = ["ja", "en"] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = "ja";
export const languageCookieName = "lng";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

export const i18nOptions = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: defaultLanguage,
  defaultNS: "translation",
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
