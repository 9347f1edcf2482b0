// What the notification e-mails say about an activity, in each language. Kept apart from the delivery code so
// that the wording can follow the in-app notifications (app/utils/activity-text.ts) without touching fan-out.
import type { ActivityKind, FollowTargetType, Prisma } from "~/generated/prisma/client.ts";
import type { EmailLanguage } from "../../emails/strings.ts";

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

const initiativeStatus: Record<EmailLanguage, Record<string, string>> = {
  ja: { ACTIVE: "進行中", PAUSED: "休止中", COMPLETED: "完了" },
  en: { ACTIVE: "active", PAUSED: "paused", COMPLETED: "completed" },
};
const challengeStatus: Record<EmailLanguage, Record<string, string>> = {
  ja: { DRAFT: "下書き", OPEN: "募集中", MATCHING: "マッチング中", IN_PROGRESS: "進行中", COMPLETED: "完了", ARCHIVED: "終了" },
  en: { DRAFT: "draft", OPEN: "open", MATCHING: "matching", IN_PROGRESS: "in progress", COMPLETED: "completed", ARCHIVED: "archived" },
};

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
  const plain = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[#>*_`~-]+/g, " ").replace(/\s+/g, " ").trim();
  if (!plain) return null;
  return plain.length > 160 ? `${plain.slice(0, 159)}…` : plain;
}

export type ActivityMailText = {
  /** The subject it is about, for a digest's group heading: 取り組み「…」. */
  subjectName: string;
  subjectUrl: string;
  topic: string;
  /** What happened, naming the subject (immediate mail). */
  summary: string;
  /** What happened, without repeating the subject (a digest line under its group). */
  line: string;
  excerpt: string | null;
  url: string;
};

export function describeActivityForMail(activity: ActivityForMail, language: EmailLanguage, origin: string): ActivityMailText {
  const ja = language === "ja";
  const from = detail(activity.details, "from");
  const to = detail(activity.details, "to");
  const detailTitle = detail(activity.details, "title");
  if (activity.initiative) {
    const name = title(language, activity.initiative);
    const subjectName = ja ? `取り組み「${name}」` : `the initiative "${name}"`;
    const subjectUrl = `${origin}/initiatives/${activity.initiative.number}`;
    const status = (value: string | null) => (value ? (initiativeStatus[language][value] ?? value) : "");
    const updateTitle = activity.update?.title ?? detailTitle ?? "";
    const url = activity.update ? `${subjectUrl}#update-${activity.update.id}` : subjectUrl;
    const lines: Record<string, { topic: string; line: string }> = ja
      ? {
          INITIATIVE_STARTED: { topic: `${subjectName}が始まりました`, line: "取り組みが始まりました。" },
          INITIATIVE_UPDATE_POSTED: { topic: `${subjectName}に活動報告`, line: `活動報告「${updateTitle}」が投稿されました。` },
          INITIATIVE_STATUS_CHANGED: { topic: `${subjectName}：${status(to)}`, line: `状況が「${status(from)}」から「${status(to)}」に変わりました。` },
          MILESTONE_ADDED: { topic: `${subjectName}に新しい目標`, line: `目標「${detailTitle ?? ""}」が加わりました。` },
          MILESTONE_ACHIEVED: { topic: `${subjectName}が目標を達成`, line: `目標「${detailTitle ?? ""}」を達成しました。` },
          OUTCOME_RECORDED: { topic: `${subjectName}の成果`, line: `成果「${detailTitle ?? ""}」が記録されました。` },
        }
      : {
          INITIATIVE_STARTED: { topic: `New initiative: "${name}"`, line: "The initiative started." },
          INITIATIVE_UPDATE_POSTED: { topic: `Update on "${name}"`, line: `A new update was posted: "${updateTitle}".` },
          INITIATIVE_STATUS_CHANGED: { topic: `"${name}" is now ${status(to)}`, line: `Its status changed from ${status(from)} to ${status(to)}.` },
          MILESTONE_ADDED: { topic: `New milestone for "${name}"`, line: `A milestone was added: "${detailTitle ?? ""}".` },
          MILESTONE_ACHIEVED: { topic: `Milestone reached on "${name}"`, line: `The milestone "${detailTitle ?? ""}" was reached.` },
          OUTCOME_RECORDED: { topic: `Outcome recorded on "${name}"`, line: `An outcome was recorded: "${detailTitle ?? ""}".` },
        };
    const text = lines[activity.kind] ?? { topic: subjectName, line: ja ? "更新がありました。" : "Something changed." };
    return {
      subjectName: ja ? subjectName : `Initiative "${name}"`,
      subjectUrl,
      topic: text.topic,
      summary: ja ? `${subjectName}：${text.line}` : `On ${subjectName}: ${text.line}`,
      line: text.line,
      excerpt: activity.update ? excerptOf(activity.update.body) : null,
      url,
    };
  }
  const challenge = activity.challenge ?? { number: 0, titleJa: "", titleEn: null };
  const name = title(language, challenge);
  const subjectName = ja ? `課題「${name}」` : `the challenge "${name}"`;
  const subjectUrl = `${origin}/challenges/${challenge.number}`;
  const status = (value: string | null) => (value ? (challengeStatus[language][value] ?? value) : "");
  const text =
    activity.kind === "CHALLENGE_PUBLISHED"
      ? ja
        ? { topic: `新しい課題「${name}」`, line: "新しい課題が公開されました。" }
        : { topic: `New challenge: "${name}"`, line: "A new challenge was published." }
      : ja
        ? { topic: `${subjectName}：${status(to)}`, line: `状況が「${status(from)}」から「${status(to)}」に変わりました。` }
        : { topic: `"${name}" is now ${status(to)}`, line: `Its status changed from ${status(from)} to ${status(to)}.` };
  return {
    subjectName: ja ? subjectName : `Challenge "${name}"`,
    subjectUrl,
    topic: text.topic,
    summary: ja ? `${subjectName}：${text.line}` : `On ${subjectName}: ${text.line}`,
    line: text.line,
    excerpt: null,
    url: subjectUrl,
  };
}

/** The follow that brought the notification, as the "why you get this" sentence completes it. */
export type FollowReason = { type: FollowTargetType; name: string };

export function reasonText(language: EmailLanguage, reason: FollowReason): string {
  const kinds: Record<FollowTargetType, [string, string]> = {
    INITIATIVE: ["取り組み", "initiative"],
    CHALLENGE: ["課題", "challenge"],
    STRATEGY: ["戦略", "strategy"],
    FIELD: ["分野", "field"],
    AREA: ["地域", "area"],
  };
  const [ja, en] = kinds[reason.type];
  return language === "ja" ? `${ja}「${reason.name}」をフォローしている` : `you follow the ${en} "${reason.name}"`;
}
