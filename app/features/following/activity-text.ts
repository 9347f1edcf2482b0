// One sentence and one link for an activity, in the reader's language: the in-app notifications use it, and the
// notification e-mails and digests can too. Pure (no database, no i18next instance): the wording lives in the
// "following.activity" strings of app/locales/{ja,en}/following.ts.
import type { ActivityKind } from "~/generated/prisma/enums.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import en from "~/features/following/locales/following.en.ts";
import ja from "~/features/following/locales/following.ja.ts";

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

const strings = { ja: ja.activity, en: en.activity } as const;

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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

function titleOf(subject: Titled, language: Language): string {
  return language === "en" && subject.titleEn ? subject.titleEn : subject.titleJa;
}

export function describeActivity(activity: DescribableActivity, language: Language): ActivityText {
  const words = strings[language];
  const untitled = words.untitled;
  if (activity.initiative) {
    const base = `/initiatives/${activity.initiative.number}`;
    const values = {
      title: titleOf(activity.initiative, language),
      update: activity.update?.title ?? detail(activity.details, "title") ?? untitled,
      milestone: localisedDetail(activity.details, "title", language) ?? untitled,
      outcome: localisedDetail(activity.details, "label", language) ?? localisedDetail(activity.details, "title", language) ?? untitled,
      to: statusLabel(words.initiativeStatus, detail(activity.details, "to")),
    };
    const kind = activity.kind === "INITIATIVE_UPDATE_POSTED" && values.update === untitled ? "INITIATIVE_UPDATE_POSTED_UNTITLED" : activity.kind;
    const template = kind in words ? words[kind as keyof typeof words] : words.INITIATIVE_STARTED;
    return {
      text: fill(typeof template === "string" ? template : words.INITIATIVE_STARTED, values),
      href: activity.update ? `${base}#update-${activity.update.id}` : base,
    };
  }
  const challenge = activity.challenge;
  const values = {
    title: challenge ? titleOf(challenge, language) : untitled,
    to: statusLabel(words.challengeStatus, detail(activity.details, "to")),
  };
  const template = activity.kind === "CHALLENGE_STATUS_CHANGED" ? words.CHALLENGE_STATUS_CHANGED : words.CHALLENGE_PUBLISHED;
  return { text: fill(template, values), href: challenge ? `/challenges/${challenge.number}` : "/challenges" };
}

function statusLabel(labels: Record<string, string>, status: string | null): string {
  if (!status) return "";
  return labels[status] ?? status;
}
