// A user's in-app notifications (お知らせ): the list, the unread count in the header, marking read. The
// Notification rows themselves are written by the fan-out (app/features/following/notification.server.ts).
import type { ActivityKind } from "~/generated/prisma/enums.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { describeActivity } from "~/features/following/activity-text.ts";
import { prisma } from "~/kernel/db.server.ts";

export const NOTIFICATION_PAGE_SIZE = 30;

type InboxRow = {
  id: bigint;
  readAt: Date | null;
  createdAt: Date;
  kind: ActivityKind;
  details: unknown;
  challengeNumber: number | null;
  challengeTitleJa: string | null;
  challengeTitleEn: string | null;
  initiativeNumber: number | null;
  initiativeTitleJa: string | null;
  initiativeTitleEn: string | null;
  updateId: string | null;
  updateTitle: string | null;
};

/** Cheap enough for every page's header: the (userId, readAt) index answers it. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** What describeActivity needs of an activity: the sentence and the link of a notification. */
const describableActivitySelect = {
  kind: true,
  details: true,
  challenge: { select: { number: true, titleJa: true, titleEn: true } },
  initiative: { select: { number: true, titleJa: true, titleEn: true } },
  update: { select: { id: true, title: true } },
} satisfies Prisma.ActivitySelect;

/**
 * One page of the user's notifications, newest first, each with its sentence and link. The rows and the titles
 * of what they are about come in one statement; the totals in a second.
 */
export async function listNotifications(userId: string, language: Language, page: number, pageSize = NOTIFICATION_PAGE_SIZE) {
  const offset = (Math.max(1, page) - 1) * pageSize;
  const [rows, [totals]] = await Promise.all([
    prisma.$queryRaw<InboxRow[]>`
      SELECT n.id, n."readAt", n."createdAt", a.kind, a.details,
        c.number AS "challengeNumber", c."titleJa" AS "challengeTitleJa", c."titleEn" AS "challengeTitleEn",
        i.number AS "initiativeNumber", i."titleJa" AS "initiativeTitleJa", i."titleEn" AS "initiativeTitleEn",
        u.id::text AS "updateId", u.title AS "updateTitle"
      FROM "Notification" n
      JOIN "Activity" a ON a.id = n."activityId"
      LEFT JOIN "Challenge" c ON c.id = a."challengeId"
      LEFT JOIN "Initiative" i ON i.id = a."initiativeId"
      LEFT JOIN "InitiativeUpdate" u ON u.id = a."updateId"
      WHERE n."userId" = ${userId}::uuid AND u."hiddenAt" IS NULL
      ORDER BY n."createdAt" DESC, n.id DESC
      LIMIT ${pageSize} OFFSET ${offset}`,
    prisma.$queryRaw<Array<{ total: number; unread: number }>>`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE n."readAt" IS NULL))::int AS unread
      FROM "Notification" n
      JOIN "Activity" a ON a.id = n."activityId"
      LEFT JOIN "InitiativeUpdate" u ON u.id = a."updateId"
      WHERE n."userId" = ${userId}::uuid AND u."hiddenAt" IS NULL`,
  ]);
  const items = rows.map((row) => {
    const { text, href } = describeActivity(
      {
        kind: row.kind,
        details: row.details,
        challenge:
          row.challengeNumber === null
            ? null
            : { number: row.challengeNumber, titleJa: row.challengeTitleJa ?? "", titleEn: row.challengeTitleEn },
        initiative:
          row.initiativeNumber === null
            ? null
            : { number: row.initiativeNumber, titleJa: row.initiativeTitleJa ?? "", titleEn: row.initiativeTitleEn },
        update: row.updateId === null ? null : { id: row.updateId, title: row.updateTitle ?? "" },
      },
      language,
    );
    return { id: String(row.id), text, href, read: row.readAt !== null, createdAt: row.createdAt.toISOString() };
  });
  return { items, total: totals?.total ?? 0, unread: totals?.unread ?? 0, page: Math.max(1, page), pageSize };
}

/**
 * Marks one of the user's notifications read and returns where it points; null when the id is not one of theirs
 * (someone else's notification is as unknown as one that never existed).
 */
export async function openNotification(userId: string, id: string, language: Language): Promise<string | null> {
  if (!/^[1-9][0-9]{0,18}$/.test(id)) return null;
  const notification = await prisma.notification.findFirst({
    where: { id: BigInt(id), userId },
    select: {
      id: true,
      readAt: true,
      activity: { select: describableActivitySelect },
    },
  });
  if (!notification) return null;
  if (!notification.readAt)
    await prisma.notification.updateMany({ where: { id: notification.id, userId, readAt: null }, data: { readAt: new Date() } });
  return describeActivity(notification.activity, language).href;
}

/**
 * Marks every unread notification read, up to the top one of the list the user saw (`upToId`), so that one
 * arriving while the page was open stays unread. Returns how many changed.
 *
 * "Up to" is in the list's order (createdAt, then id), not in id order: a notification's time is the start of the
 * fan-out transaction that wrote it, so one committed later for an earlier activity has a higher id yet sits
 * below the top one. Comparing ids alone left it unread ("未読 1 件" after すべて既読にする).
 */
export async function markAllNotificationsRead(userId: string, upToId?: string | null): Promise<number> {
  const top =
    upToId && /^[1-9][0-9]{0,18}$/.test(upToId)
      ? await prisma.notification.findFirst({ where: { id: BigInt(upToId), userId }, select: { id: true, createdAt: true } })
      : null;
  // A top notification gone meanwhile (its subject deleted): everything up to its id is what the page showed.
  const limit = top
    ? { OR: [{ createdAt: { lt: top.createdAt } }, { createdAt: top.createdAt, id: { lte: top.id } }] }
    : upToId && /^[1-9][0-9]{0,18}$/.test(upToId)
      ? { id: { lte: BigInt(upToId) } }
      : {};
  const { count } = await prisma.notification.updateMany({ where: { userId, readAt: null, ...limit }, data: { readAt: new Date() } });
  return count;
}

/** Everything the account export includes about notifications: what they said and when, nothing of others. */
export async function exportNotifications(userId: string) {
  const rows = await prisma.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      createdAt: true,
      readAt: true,
      emailedAt: true,
      activity: { select: describableActivitySelect },
    },
  });
  return rows.map((row) => ({
    text: describeActivity(row.activity, "ja").text,
    link: describeActivity(row.activity, "ja").href,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    emailedAt: row.emailedAt?.toISOString() ?? null,
  }));
}
