// What every template shares: its translator, the greeting, the subject line and how a time limit reads. The words
// are i18next's, like the app's: "emails.*" (app/locales/<lang>/emails.ts, and each feature's
// locales/emails.<lang>.ts for its templates' own wording), "site.*" for the hub's name.
import type { Language } from "~/kernel/i18n/config.ts";
import { translator, type Translate } from "~/kernel/i18n/translator.server.ts";

export type EmailLanguage = Language;

/** t() for one template's wording ("emails.<template>.…"), in the mail's language. */
export function templateT(language: EmailLanguage, template: string): Translate {
  return translator(language, `emails.${template}`);
}

/** 「山田 花子 様」 / "Hello Hanako Yamada," — and a polite greeting when the account has no name yet. */
export function greeting(language: EmailLanguage, displayName: string): string {
  const t = translator(language);
  const name = displayName.trim();
  return name ? t("emails.greeting.named", { name }) : t("emails.greeting.anonymous");
}

/** A link's lifetime as people say it: 「30分」「24時間」, "30 minutes", "1 hour 30 minutes". */
export function formatDuration(language: EmailLanguage, totalMinutes: number): string {
  const t = translator(language);
  const minutes = Math.max(1, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("emails.duration.minutes", { count: rest });
  if (rest === 0) return t("emails.duration.hours", { count: hours });
  return t("emails.duration.hoursAndMinutes", {
    hours: t("emails.duration.hours", { count: hours }),
    minutes: t("emails.duration.minutes", { count: rest }),
  });
}

/** Subjects all read 「【しおじり共創ハブ】…」 in Japanese and "… — Shiojiri Co-creation Hub" in English. */
export function subjectLine(language: EmailLanguage, topic: string): string {
  const t = translator(language);
  return t("emails.subject", { hub: t("site.name"), topic });
}
