import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLanguage, i18nOptions, isLanguage, languageCookieName, resources, supportedLanguages, type Language } from "./config.ts";

export const languageCookie = createCookie(languageCookieName, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: process.env.NODE_ENV === "production",
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage: defaultLanguage,
    cookie: languageCookie,
    order: ["searchParams", "cookie", "header"],
  },
  i18next: { ...i18nOptions, resources },
});

/** The visitor's language: ?lng=, then the remembered cookie, then Accept-Language, then Japanese. */
export async function getLanguage(request: Request): Promise<Language> {
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : defaultLanguage;
}

export async function getFixedT(request: Request) {
  return i18nServer.getFixedT(await getLanguage(request));
}
