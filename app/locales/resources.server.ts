// Both languages, for the server, which renders either. The browser loads only the page's language
// (entry.client.tsx), so this module must stay out of client code.
import en from "~/locales/en.ts";
import ja from "~/locales/ja.ts";

export const resources = { ja: { translation: ja }, en: { translation: en } } as const;
