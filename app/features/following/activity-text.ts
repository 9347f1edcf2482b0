// One sentence and one link for an activity, in the reader's language: the in-app notifications use it, and the
// notification e-mails and digests can too. No database; the wording is i18next's "following.activity" strings
// (app/features/following/locales/following.<lang>.ts), read through the server's shared instances.
import type { ActivityKind } from "~/generated/prisma/enums.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { translator, type Translate } from "~/kernel/i18n/translator.server.ts";

type Titled = { number: number; titleJa: string; titleEn: string | null };

/** What describeActivity reads; Prisma's activityForMailSelect (or the inbox query) provides it. */
export type DescribableActivity = {
  kind: ActivityKind;
  /** Activity.details: { from, to } for status moves, a milestone's titleJa/titleEn, an outcome's labelJa/labelEn … */
  details: unknown;
  challenge: Titled | null;
  initiative: Titled | null;
  update: { id: string; title: string } | null;
};

export type ActivityText = {
  /** The sentence, naming the subject: 取り組み「…」に活動報告「…」が投稿されました. */
  text: string;
  /** Where it happened, relative to the site: /initiatives/3#update-…, /challenges/12. */
  href: string;
};

function detail(details: unknown, key: string): string | null {
  if (!details || typeof details !== "object" || Array.isArray(details)) return null;
  const value = (details as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() ? value : null;
}

/** A localised value from details: `<key>En` in English when present, else `<key>Ja`, else plain `<key>`. */
function localisedDetail(details: unknown, key: string, language: Language): string | null {
  const english = language === "en" ? detail(details, `${key}En`) : null;
  return english ?? detail(details, `${key}Ja`) ?? detail(details, key);
}

function titleOf(subject: Titled, language: Language): string {
  return language === "en" && subject.titleEn ? subject.titleEn : subject.titleJa;
}

export function describeActivity(activity: DescribableActivity, language: Language): ActivityText {
  const t = translator(language, "following.activity");
  const untitled = t("untitled");
  if (activity.initiative) {
    const base = `/initiatives/${activity.initiative.number}`;
    const values = {
      title: titleOf(activity.initiative, language),
      update: activity.update?.title ?? detail(activity.details, "title") ?? untitled,
      milestone: localisedDetail(activity.details, "title", language) ?? untitled,
      outcome: localisedDetail(activity.details, "label", language) ?? localisedDetail(activity.details, "title", language) ?? untitled,
      to: statusLabel(t, "initiativeStatus", detail(activity.details, "to")),
    };
    const kind =
      activity.kind === "INITIATIVE_UPDATE_POSTED" && values.update === untitled ? "INITIATIVE_UPDATE_POSTED_UNTITLED" : activity.kind;
    // A kind without a sentence of its own reads as the initiative's start (i18next takes the first key it finds).
    return {
      text: t([kind, "INITIATIVE_STARTED"], values),
      href: activity.update ? `${base}#update-${activity.update.id}` : base,
    };
  }
  const challenge = activity.challenge;
  const values = {
    title: challenge ? titleOf(challenge, language) : untitled,
    to: statusLabel(t, "challengeStatus", detail(activity.details, "to")),
  };
  const key = activity.kind === "CHALLENGE_STATUS_CHANGED" ? "CHALLENGE_STATUS_CHANGED" : "CHALLENGE_PUBLISHED";
  return { text: t(key, values), href: challenge ? `/challenges/${challenge.number}` : "/challenges" };
}

/** A status's name, or the status itself when the strings do not know it (a status added later). */
function statusLabel(t: Translate, group: "challengeStatus" | "initiativeStatus", status: string | null): string {
  if (!status) return "";
  return t(`${group}.${status}`, { defaultValue: status });
}
