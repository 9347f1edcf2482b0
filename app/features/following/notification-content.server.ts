// What the notification e-mails say about an activity, in each language: the in-app notification's sentence and
// link (app/features/following/activity-text.ts) made absolute, plus what only a mail needs (group headings, an excerpt, why).
// The words are i18next's "emails.notification" strings (locales/emails.<lang>.ts).
import type { ActivityKind, FollowTargetType, Prisma } from "~/generated/prisma/client.ts";
import { describeActivity } from "~/features/following/activity-text.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";
import type { EmailLanguage } from "../../../emails/strings.ts";

type Titled = { number: number; titleJa: string; titleEn: string | null };

export type ActivityForMail = {
  kind: ActivityKind;
  createdAt: Date;
  details: Prisma.JsonValue;
  initiative: Titled | null;
  challenge: Titled | null;
  update: { id: string; title: string; body: string } | null;
};

/** An activity's selection for activityForMail's input: one query, no per-row lookups. */
export const activityForMailSelect = {
  kind: true,
  createdAt: true,
  details: true,
  initiative: { select: { number: true, titleJa: true, titleEn: true } },
  challenge: { select: { number: true, titleJa: true, titleEn: true } },
  update: { select: { id: true, title: true, body: true } },
} satisfies Prisma.ActivitySelect;

function title(language: EmailLanguage, subject: Titled): string {
  return language === "en" && subject.titleEn ? subject.titleEn : subject.titleJa;
}

function detail(details: Prisma.JsonValue, key: string): string | null {
  if (!details || typeof details !== "object" || Array.isArray(details)) return null;
  const value = (details as Record<string, Prisma.JsonValue>)[key];
  return typeof value === "string" && value ? value : null;
}

/** Where links in mails about this activity point: the request's origin recorded with it, else the configured one. */
export function activityOrigin(details: Prisma.JsonValue, fallback: string): string {
  const origin = detail(details, "origin");
  return origin && /^https?:\/\/[^/\s]+$/.test(origin) ? origin : fallback;
}

function excerptOf(markdown: string): string | null {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return null;
  return plain.length > 160 ? `${plain.slice(0, 159)}…` : plain;
}

export type ActivityMailText = {
  /** The subject it is about, for a digest's group heading: 取り組み「…」. */
  subjectName: string;
  subjectUrl: string;
  /** What happened, naming the subject: the same sentence as the in-app notification (describeActivity). */
  summary: string;
  excerpt: string | null;
  url: string;
};

export function describeActivityForMail(activity: ActivityForMail, language: EmailLanguage, origin: string): ActivityMailText {
  const described = describeActivity(activity, language);
  const subject = activity.initiative ?? activity.challenge;
  const name = subject ? title(language, subject) : "";
  const subjectName = translator(language)(`emails.notification.subject.${activity.initiative ? "INITIATIVE" : "CHALLENGE"}`, { name });
  return {
    subjectName,
    subjectUrl: `${origin}${activity.initiative ? `/initiatives/${activity.initiative.number}` : subject ? `/challenges/${subject.number}` : "/challenges"}`,
    summary: described.text,
    excerpt: activity.update ? excerptOf(activity.update.body) : null,
    url: `${origin}${described.href}`,
  };
}

/** The follow that brought the notification, as the "why you get this" sentence completes it. */
export type FollowReason = { type: FollowTargetType; name: string };

/** What is followed, as the mail names it: 取り組み「…」 / the initiative "…". */
export function followedText(language: EmailLanguage, reason: FollowReason): string {
  return translator(language)(`emails.notification.followed.${reason.type}`, { name: reason.name });
}

export function reasonText(language: EmailLanguage, reason: FollowReason): string {
  return translator(language)("emails.notification.reason", { followed: followedText(language, reason) });
}
