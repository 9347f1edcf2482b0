// Fan-out: one Activity becomes a Notification for every follower of what it is about, and an e-mail for those
// who want one right away. Set-based so that an update on an initiative with tens of thousands of followers
// commits in one short transaction: a few statements whatever the number of followers, no per-row round trips.
import { emailTemplates, renderEmail, type EmailLanguage } from "../../../emails/index.ts";
import type { FollowTargetType } from "~/generated/prisma/client.ts";
import { dispatchEmailBatches } from "~/kernel/email/outbox.server.ts";
import { recipientSlot } from "~/kernel/email/compose.server.ts";
import {
  activityForMailSelect,
  activityOrigin,
  describeActivityForMail,
  followedText,
  reasonText,
  type FollowReason,
} from "~/features/following/notification-content.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { getLinkSigningKey, signLinkTokenWith, unsubscribeUrl } from "~/kernel/signed-token.server.ts";

export type FanOutResult =
  { status: "fanned-out"; notified: number; emailIds: string[] } | { status: "skipped"; reason: "not-found" | "already-fanned-out" };

/** Where notification e-mails link to when the activity did not record its request's origin. */
export function defaultMailOrigin(): string {
  return getEnv().APP_ORIGIN ?? "http://localhost:3000";
}

/** Links about the account's notification settings (frequency, follows). */
export function notificationSettingsUrl(origin: string): string {
  return `${origin}/account/notifications`;
}

type Recipient = { userId: string; followId: string; language: string; targetType: FollowTargetType; fieldId: number | null };

// The most specific follow explains the mail best: an initiative's follower hears "you follow this initiative"
// even if they also follow its strategy.
const reasonOrder = `CASE f."targetType" WHEN 'INITIATIVE' THEN 0 WHEN 'CHALLENGE' THEN 1 WHEN 'FIELD' THEN 2 WHEN 'AREA' THEN 3 ELSE 4 END`;

/**
 * Creates the activity's notifications and queues the immediate e-mails, in one transaction that holds the
 * activity's row lock: running it twice, or in two workers at once, leaves exactly one of each (the second finds
 * fannedOutAt set). E-mails are handed to the batch sender after the commit.
 */
export async function fanOutActivity(activityId: bigint | string): Promise<FanOutResult> {
  const id = BigInt(activityId);
  const key = await getLinkSigningKey();
  const result = await prisma.$transaction(
    async (tx): Promise<FanOutResult> => {
      const [locked] = await tx.$queryRaw<
        { fannedOutAt: Date | null }[]
      >`SELECT "fannedOutAt" FROM "Activity" WHERE "id" = ${id} FOR UPDATE`;
      if (!locked) return { status: "skipped", reason: "not-found" };
      if (locked.fannedOutAt) return { status: "skipped", reason: "already-fanned-out" };
      const activity = await tx.activity.findUniqueOrThrow({
        where: { id },
        select: {
          ...activityForMailSelect,
          initiativeId: true,
          challengeId: true,
          strategyId: true,
          fieldIds: true,
          areaId: true,
          actorId: true,
          strategy: { select: { nameJa: true, nameEn: true } },
          area: { select: { nameJa: true, nameEn: true } },
        },
      });
      // The subject was deleted (its activities go with it by cascade) or never was one: nothing to tell.
      if (!activity.initiative && !activity.challenge) {
        await tx.activity.update({ where: { id }, data: { fannedOutAt: new Date() }, select: { id: true } });
        return { status: "fanned-out", notified: 0, emailIds: [] };
      }

      const matches = (alias: string) => `(
        ${alias}."mutedAt" IS NULL
        AND (${alias}."initiativeId" = $2::uuid OR ${alias}."challengeId" = $3::uuid OR ${alias}."strategyId" = $4
             OR ${alias}."fieldId" = ANY($5::int[]) OR ${alias}."areaId" = $6)
        AND ${alias}."userId" IS DISTINCT FROM $7::uuid)`;
      const parameters = [
        id,
        activity.initiativeId,
        activity.challengeId,
        activity.strategyId,
        activity.fieldIds,
        activity.areaId,
        activity.actorId,
      ] as const;

      // Whoever gets an immediate e-mail has it marked on the notification at once: the e-mail commits with it.
      const emailedNow = `u."notificationFrequency" = 'IMMEDIATE' AND u."emailVerifiedAt" IS NOT NULL`;
      // Stamped by the app's clock, the one the digests and the inbox compare with (not the database's now()).
      const notified = await tx.$executeRawUnsafe(
        `INSERT INTO "Notification" ("userId", "activityId", "emailedAt", "createdAt")
         SELECT DISTINCT f."userId", $1::bigint, CASE WHEN ${emailedNow} THEN $8::timestamp END, $8::timestamp
           FROM "Follow" f JOIN "User" u ON u."id" = f."userId"
          WHERE ${matches("f")}
         ON CONFLICT ("activityId", "userId") DO NOTHING`,
        ...parameters,
        new Date(),
      );

      const recipients = await tx.$queryRawUnsafe<Recipient[]>(
        `SELECT DISTINCT ON (f."userId") f."userId" AS "userId", f."id" AS "followId", u."language", f."targetType" AS "targetType", f."fieldId" AS "fieldId"
           FROM "Follow" f
           JOIN "User" u ON u."id" = f."userId"
           JOIN "Notification" n ON n."activityId" = $1::bigint AND n."userId" = f."userId" AND n."emailedAt" IS NOT NULL
          WHERE ${matches("f")} AND ${emailedNow}
          ORDER BY f."userId", ${reasonOrder}`,
        ...parameters,
      );
      if (recipients.length === 0) {
        await tx.activity.update({ where: { id }, data: { fannedOutAt: new Date() }, select: { id: true } });
        return { status: "fanned-out", notified, emailIds: [] };
      }

      const fieldIds = [
        ...new Set(recipients.map((recipient) => recipient.fieldId).filter((fieldId): fieldId is number => fieldId !== null)),
      ];
      const fields = fieldIds.length
        ? await tx.strategyField.findMany({ where: { id: { in: fieldIds } }, select: { id: true, nameJa: true, nameEn: true } })
        : [];
      const fieldNames = new Map(fields.map((field) => [field.id, field]));
      const pick = (language: EmailLanguage, named: { nameJa: string; nameEn: string } | null | undefined) =>
        named ? (language === "en" ? named.nameEn : named.nameJa) : "";
      const titleOf = (language: EmailLanguage, subject: { titleJa: string; titleEn: string | null } | null) =>
        subject ? (language === "en" && subject.titleEn ? subject.titleEn : subject.titleJa) : "";
      const reasonFor = (language: EmailLanguage, recipient: Recipient): FollowReason => {
        switch (recipient.targetType) {
          case "INITIATIVE":
            return { type: "INITIATIVE", name: titleOf(language, activity.initiative) };
          case "CHALLENGE":
            return { type: "CHALLENGE", name: titleOf(language, activity.challenge) };
          case "FIELD":
            return { type: "FIELD", name: pick(language, recipient.fieldId === null ? null : fieldNames.get(recipient.fieldId)) };
          case "AREA":
            return { type: "AREA", name: pick(language, activity.area) };
          default:
            return { type: "STRATEGY", name: pick(language, activity.strategy) };
        }
      };

      // One shared body per language and reason: a handful of renders for any number of recipients.
      const origin = activityOrigin(activity.details, defaultMailOrigin());
      const bodies = new Map<string, string>();
      // One tab-separated line per recipient in a single text parameter: tens of thousands of array elements
      // cost far more to bind than one string PostgreSQL splits itself (ids, addresses and links hold no tabs).
      const lines: string[] = [];
      for (const recipient of recipients) {
        const language: EmailLanguage = recipient.language === "en" ? "en" : "ja";
        const reasonKey = `${language}:${recipient.targetType}:${recipient.fieldId ?? ""}`;
        let bodyId = bodies.get(reasonKey);
        if (!bodyId) {
          const text = describeActivityForMail(activity, language, origin);
          const reason = reasonFor(language, recipient);
          const props = {
            topic: text.summary,
            summary: text.summary,
            excerpt: text.excerpt,
            url: text.url,
            reason: reasonText(language, reason),
            settingsUrl: notificationSettingsUrl(origin),
            followed: followedText(language, reason),
            unfollowUrl: recipientSlot("unfollowUrl"),
            unsubscribeUrl: recipientSlot("unsubscribeUrl"),
          };
          const rendered = await renderEmail("notification", language, props);
          const body = await tx.emailBody.create({
            data: { ...rendered, subject: emailTemplates.notification.subject(language, props) },
            select: { id: true },
          });
          bodyId = body.id;
          bodies.set(reasonKey, bodyId);
        }
        const link = unsubscribeUrl(origin, signLinkTokenWith(key, { u: recipient.userId, s: "all" }));
        const unfollowLink = unsubscribeUrl(origin, signLinkTokenWith(key, { u: recipient.userId, s: `follow:${recipient.followId}` }));
        lines.push(`${recipient.userId}\t${language}\t${bodyId}\t${link}\t${unfollowLink}`);
      }

      const queued = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "EmailMessage" ("id", "idempotencyKey", "template", "language", "toAddress", "userId", "subject", "html", "text",
                                    "bodyId", "variables", "listUnsubscribeUrl", "updatedAt")
        SELECT gen_random_uuid(), 'notify:' || ${String(id)} || ':' || u."id", 'notification', r.language, u."email", u."id",
               b."subject", '', '', b."id", jsonb_build_object('unsubscribeUrl', r.link, 'unfollowUrl', r.unfollow_link), r.link, now()
          FROM (SELECT split_part(line, E'\t', 1)::uuid AS user_id, split_part(line, E'\t', 2) AS language,
                       split_part(line, E'\t', 3)::uuid AS body_id, split_part(line, E'\t', 4) AS link,
                       split_part(line, E'\t', 5) AS unfollow_link
                  FROM string_to_table(${lines.join("\n")}, E'\n') AS line) AS r
          JOIN "User" u ON u."id" = r.user_id
          JOIN "EmailBody" b ON b."id" = r.body_id
        ON CONFLICT ("idempotencyKey") DO NOTHING
        RETURNING "id"`;
      await tx.activity.update({ where: { id }, data: { fannedOutAt: new Date() }, select: { id: true } });
      return { status: "fanned-out", notified, emailIds: queued.map((row) => row.id) };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  if (result.status === "fanned-out") await dispatchEmailBatches(result.emailIds);
  return result;
}

/** Activities whose fan-out never happened (a lost job, a crash): older than `olderThanMs`, oldest first. */
export async function findUnfannedActivityIds(options: { olderThanMs?: number; limit?: number } = {}): Promise<bigint[]> {
  const rows = await prisma.activity.findMany({
    where: { fannedOutAt: null, createdAt: { lt: new Date(Date.now() - (options.olderThanMs ?? 60_000)) } },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 500,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
