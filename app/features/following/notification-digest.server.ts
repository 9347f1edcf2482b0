// Daily and weekly digests: every notification a digest reader has not had by e-mail yet, in one message per user
// and period. The (userId, frequency, periodKey) key of NotificationDigest decides who sends it: however many
// workers run the same period at once, one insert wins and the others skip that user.
import type { DigestFrequency } from "~/generated/prisma/client.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { activityForMailSelect, activityOrigin, describeActivityForMail } from "~/features/following/notification-content.server.ts";
import { defaultMailOrigin, notificationSettingsUrl } from "~/features/following/notification.server.ts";
import { formatDate, tokyoDate, tokyoIsoWeekKey } from "~/kernel/japan-time.ts";
import { prisma } from "~/kernel/db.server.ts";
import { signLinkToken, unsubscribeUrl } from "~/kernel/signed-token.server.ts";

const DAY_MS = 24 * 60 * 60_000;
/** A digest looks back a little further than its period, so that a late or skipped run loses nothing. */
const lookBackDays: Record<DigestFrequency, number> = { DAILY: 2, WEEKLY: 8 };
const USERS_PER_CHUNK = 200;

/** The day in Japan: "2026-11-24". */
export function dailyPeriodKey(now: Date): string {
  return tokyoDate(now);
}

/** The ISO week in Japan: "2026-W48" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function weeklyPeriodKey(now: Date): string {
  return tokyoIsoWeekKey(now);
}

export function periodKeyFor(frequency: DigestFrequency, now: Date): string {
  return frequency === "DAILY" ? dailyPeriodKey(now) : weeklyPeriodKey(now);
}

export type DigestRun = { sent: number; skipped: number; emailIds: string[] };

/**
 * Sends the digests of one period to every user with that frequency, a verified address and notifications not yet
 * e-mailed. Users are taken in chunks; each user's digest commits on its own (the digest row, its notifications
 * marked, the queued e-mail) and a chunk's messages are dispatched once its commits are done.
 */
export async function sendDigests(input: { frequency: DigestFrequency; periodKey?: string; now?: Date }): Promise<DigestRun> {
  const now = input.now ?? new Date();
  const periodKey = input.periodKey ?? periodKeyFor(input.frequency, now);
  const since = new Date(now.getTime() - lookBackDays[input.frequency] * DAY_MS);
  const run: DigestRun = { sent: 0, skipped: 0, emailIds: [] };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const users = await prisma.$queryRaw<{ userId: string }[]>`
      SELECT DISTINCT n."userId" AS "userId"
        FROM "Notification" n
        JOIN "User" u ON u."id" = n."userId"
       WHERE u."notificationFrequency"::text = ${input.frequency} AND u."emailVerifiedAt" IS NOT NULL
         AND n."emailedAt" IS NULL AND n."digestId" IS NULL
         AND n."createdAt" < ${now} AND n."createdAt" >= ${since}
         AND n."userId" > ${after}::uuid
       ORDER BY n."userId"
       LIMIT ${USERS_PER_CHUNK}`;
    if (users.length === 0) break;
    after = users.at(-1)!.userId;
    const chunkIds: string[] = [];
    for (const { userId } of users) {
      const emailId = await sendDigest({ userId, frequency: input.frequency, periodKey, now, since });
      if (emailId) {
        run.sent += 1;
        chunkIds.push(emailId);
      } else {
        run.skipped += 1;
      }
    }
    await dispatchEmails(chunkIds);
    run.emailIds.push(...chunkIds);
    if (users.length < USERS_PER_CHUNK) break;
  }
  return run;
}

async function sendDigest(input: {
  userId: string;
  frequency: DigestFrequency;
  periodKey: string;
  now: Date;
  since: Date;
}): Promise<string | null> {
  const token = await signLinkToken({ u: input.userId, s: "all" });
  return prisma.$transaction(
    async (tx) => {
      // A concurrent worker inserting the same key makes this wait for its commit, then insert nothing.
      const [digest] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "NotificationDigest" ("id", "userId", "frequency", "periodKey", "notificationCount")
        VALUES (gen_random_uuid(), ${input.userId}::uuid, ${input.frequency}::"DigestFrequency", ${input.periodKey}, 0)
        ON CONFLICT ("userId", "frequency", "periodKey") DO NOTHING
        RETURNING "id"`;
      if (!digest) return null;
      const user = await tx.user.findUniqueOrThrow({
        where: { id: input.userId },
        select: { email: true, displayName: true, language: true, notificationFrequency: true, emailVerifiedAt: true },
      });
      const notifications =
        user.notificationFrequency === input.frequency && user.emailVerifiedAt
          ? await tx.notification.updateManyAndReturn({
              where: { userId: input.userId, emailedAt: null, digestId: null, createdAt: { lt: input.now, gte: input.since } },
              data: { digestId: digest.id, emailedAt: new Date() },
              select: { activityId: true },
            })
          : [];
      if (notifications.length === 0) {
        // Another path had them (the user changed frequency meanwhile): no empty digest, and no row claiming one.
        await tx.notificationDigest.delete({ where: { id: digest.id } });
        return null;
      }
      const activities = await tx.activity.findMany({
        where: { id: { in: notifications.map((notification) => notification.activityId) } },
        orderBy: { createdAt: "asc" },
        select: { ...activityForMailSelect, id: true },
      });
      const language = user.language === "en" ? "en" : "ja";
      const origin = activities.length ? activityOrigin(activities.at(-1)!.details, defaultMailOrigin()) : defaultMailOrigin();
      const groups = new Map<string, { title: string; url: string; items: Array<{ summary: string; url: string; date: string }> }>();
      for (const activity of activities) {
        const text = describeActivityForMail(activity, language, activityOrigin(activity.details, origin));
        let group = groups.get(text.subjectUrl);
        if (!group) {
          group = { title: text.subjectName, url: text.subjectUrl, items: [] };
          groups.set(text.subjectUrl, group);
        }
        group.items.push({ summary: text.summary, url: text.url, date: formatDate(language, activity.createdAt) });
      }
      const link = unsubscribeUrl(origin, token);
      const email = await queueEmail(tx, {
        template: "notification-digest",
        to: user.email,
        userId: input.userId,
        language,
        props: {
          displayName: user.displayName,
          frequency: input.frequency,
          periodKey: input.periodKey,
          groups: [...groups.values()],
          settingsUrl: notificationSettingsUrl(origin),
          unsubscribeUrl: link,
        },
        idempotencyKey: `digest:${input.userId}:${input.frequency}:${input.periodKey}`,
        listUnsubscribeUrl: link,
      });
      await tx.notificationDigest.update({
        where: { id: digest.id },
        data: { emailId: email.id, notificationCount: notifications.length },
        select: { id: true },
      });
      return email.id;
    },
    { timeout: 30_000, maxWait: 20_000 },
  );
}
