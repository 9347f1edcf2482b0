// Both languages, for the server, which renders either. The browser loads only the page's language
// (entry.client.tsx), so this module must stay out of client code. The e-mail strings join the same translation
// here, under "emails": only the server writes mails.
import enEmails from "~/locales/en/emails.ts";
import en from "~/locales/en.ts";
import jaEmails from "~/locales/ja/emails.ts";
import ja from "~/locales/ja.ts";

export const resources = {
  ja: { translation: { ...ja, emails: jaEmails } },
  en: { translation: { ...en, emails: enEmails } },
} as const;
