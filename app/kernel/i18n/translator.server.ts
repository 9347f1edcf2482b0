// The process's i18next instances, one per language, and fixed translators for text written outside a request
// (e-mails, notification texts). Nothing here reads a cookie or the environment, so e-mail templates and tests
// can load it on its own; request language detection lives in i18next.server.ts.
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nOptions, supportedLanguages, type Language } from "./config.ts";
import { resources } from "~/locales/resources.server.ts";

// Creating an instance per request was the largest cost of rendering a page; sharing is safe because nothing
// ever calls changeLanguage on them.
const instances = new Map<Language, I18n>();
for (const language of supportedLanguages) {
  const instance = createInstance();
  void instance.use(initReactI18next).init({ ...i18nOptions, lng: language, resources, initImmediate: false });
  instances.set(language, instance);
}

export function getI18nInstance(language: Language): I18n {
  return instances.get(language)!;
}

/** A translation: a key (or keys, the first found wins) and the values to interpolate into it. */
export type Translate = (key: string | string[], values?: Record<string, unknown>) => string;

// i18next puts each value where the first "{{name}}" of the text is, after the values before it are in: a value
// that itself reads "{{title}}" (a title typed that way) would be filled in as if it were the text's own "{{title}}". Values travel with
// their braces escaped (in a private-use character, itself escaped), so mails and notifications say exactly what
// was typed.
const escapeMark = "\uE000";
const escapedMark = "\uE001";
const escapedBrace = "\uE002";

function escapeValues(values: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" ? value.replaceAll(escapeMark, escapeMark + escapedMark).replaceAll("{", escapeMark + escapedBrace) : value,
    ]),
  );
}

function unescape(text: string): string {
  return text.replace(/\uE000([\uE001\uE002])/g, (_, escaped: string) => (escaped === escapedBrace ? "{" : escapeMark));
}

const translators = new Map<string, Translate>();

/** t() in one language for text written outside a request; with a key prefix ("emails.verify-email"), keys are read below it. */
export function translator(language: Language, keyPrefix?: string): Translate {
  const cacheKey = `${language}:${keyPrefix ?? ""}`;
  let translate = translators.get(cacheKey);
  if (!translate) {
    const t: TFunction = getI18nInstance(language).getFixedT(language, null, keyPrefix);
    translate = (key, values) => unescape(String(t(key, escapeValues(values) as never)));
    translators.set(cacheKey, translate);
  }
  return translate;
}
