import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import resourcesToBackend from "i18next-resources-to-backend";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { defaultLanguage, i18nOptions, isLanguage, type Language } from "~/kernel/i18n/config.ts";

// Each language is its own chunk: a page loads only its own (a third of what a first visit downloads was the
// other language), and the language switcher loads the other one when it is chosen.
const translations: Record<Language, () => Promise<{ default: object }>> = {
  ja: () => import("~/locales/ja.ts"),
  en: () => import("~/locales/en.ts"),
};

async function hydrate() {
  const htmlLanguage = document.documentElement.lang;
  await i18next
    .use(
      resourcesToBackend((language: string) =>
        isLanguage(language) ? translations[language]() : Promise.reject(new Error(`no ${language}`)),
      ),
    )
    .use(initReactI18next)
    .init({
      ...i18nOptions,
      lng: isLanguage(htmlLanguage) ? htmlLanguage : defaultLanguage,
      // The server renders every key in both languages (the types demand it), so the browser needs no fallback
      // language and loads only the page's.
      fallbackLng: false,
    });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
