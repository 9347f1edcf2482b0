// Telling an owner what the moderators did: a notice at /account/notices (read in whatever language they use the
// hub in) and the same by e-mail through the outbox, in their account's language, committed with the decision.
import type { ModerationNoticeKind, ModerationTargetType, ReportReason } from "~/generated/prisma/enums.ts";
import { mailOrigin, type RequestContext } from "~/kernel/auth/guards.server.ts";
import type { Db } from "~/kernel/db.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { queueEmail } from "~/kernel/email/outbox.server.ts";
import { isLanguage } from "~/kernel/i18n/config.ts";

export type NoticeInput = {
  userIds: readonly string[];
  kind: ModerationNoticeKind;
  targetType: ModerationTargetType | null;
  targetId: string | null;
  targetLabel: string;
  reason: ReportReason | null;
  note: string;
};

/** Writes one notice per owner and queues its e-mail in the caller's transaction; returns the outbox ids to dispatch. */
export async function noticeOwners(tx: Db, input: NoticeInput, context: RequestContext): Promise<string[]> {
  if (input.userIds.length === 0) return [];
  const owners = await tx.user.findMany({
    where: { id: { in: [...input.userIds] } },
    select: { id: true, email: true, displayName: true, language: true },
  });
  const emailIds: string[] = [];
  for (const owner of owners) {
    const notice = await tx.moderationNotice.create({
      data: {
        userId: owner.id,
        kind: input.kind,
        targetType: input.targetType,
        targetId: input.targetId,
        targetLabel: input.targetLabel,
        reason: input.reason,
        note: input.note,
      },
      select: { id: true },
    });
    const { id } = await queueEmail(tx, {
      template: "moderation-notice",
      to: owner.email,
      userId: owner.id,
      language: isLanguage(owner.language) ? owner.language : "ja",
      props: {
        displayName: owner.displayName,
        kind: input.kind,
        targetType: input.targetType,
        targetLabel: input.targetLabel,
        reason: input.reason,
        note: input.note,
        noticesUrl: `${mailOrigin(context)}/account/notices`,
      },
      idempotencyKey: `moderation-notice:${notice.id}`,
    });
    emailIds.push(id);
  }
  return emailIds;
}

/** The owner's notices, newest first; opening the page marks them read. */
export async function listNotices(userId: string) {
  const notices = await prisma.moderationNotice.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, targetType: true, targetLabel: true, reason: true, note: true, readAt: true, createdAt: true },
  });
  if (notices.some((notice) => notice.readAt === null)) {
    await prisma.moderationNotice.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  }
  return notices.map((notice) => ({
    ...notice,
    unread: notice.readAt === null,
    createdAt: notice.createdAt.toISOString(),
    readAt: undefined,
  }));
}
