import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { shouldUseSecureCookies } from "~/kernel/cookies.server.ts";
import { defaultLanguage, isLanguage, languageCookieName, supportedLanguages, type Language } from "./config.ts";
import { getI18nInstance } from "./translator.server.ts";

export { getI18nInstance };

export const languageCookie = createCookie(languageCookieName, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: shouldUseSecureCookies(),
  maxAge: 60 * 60 * 24 * 365,
});

/** remix-i18next detects the language; translation itself uses the shared instances of translator.server.ts. */
const languageDetector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage: defaultLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie", "header"],
  },
});

/** The visitor's language: ?lng=, then the remembered cookie, then Accept-Language, then Japanese. */
export async function getLanguage(request: Request): Promise<Language> {
  const detected = await languageDetector.getLocale(request);
  return isLanguage(detected) ? detected : defaultLanguage;
}

export async function getFixedT(request: Request) {
  const language = await getLanguage(request);
  return getI18nInstance(language).getFixedT(language);
}
