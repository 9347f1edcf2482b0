import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { shouldUseSecureCookies } from "~/kernel/cookies.server.ts";
import { defaultLanguage, i18nOptions, isLanguage, languageCookieName, supportedLanguages, type Language } from "./config.ts";
import { resources } from "~/locales/resources.server.ts";

export const languageCookie = createCookie(languageCookieName, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: shouldUseSecureCookies(),
  maxAge: 60 * 60 * 24 * 365,
});

/** remix-i18next detects the language; translation itself uses the shared instances below. */
const languageDetector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage: defaultLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie", "header"],
  },
});

// One initialised instance per language for the whole process. Creating one per request was the largest
// cost of rendering a page; sharing is safe because nothing ever calls changeLanguage on them.
const instances = new Map<Language, I18n>();
for (const language of supportedLanguages) {
  const instance = createInstance();
  void instance.use(initReactI18next).init({ ...i18nOptions, lng: language, resources, initImmediate: false });
  instances.set(language, instance);
}

export function getI18nInstance(language: Language): I18n {
  return instances.get(language)!;
}

/** The visitor's language: ?lng=, then the remembered cookie, then Accept-Language, then Japanese. */
export async function getLanguage(request: Request): Promise<Language> {
  const detected = await languageDetector.getLocale(request);
  return isLanguage(detected) ? detected : defaultLanguage;
}

export async function getFixedT(request: Request) {
  const language = await getLanguage(request);
  return getI18nInstance(language).getFixedT(language);
}
