// Suspending an account: it cannot sign in (its sessions end now and any left are refused), its own public
// profile is hidden, and everything it gave the city (proposals, threads, matches, initiatives) stays. Lifting the
// suspension restores only what the suspension hid. Conditional updates make a repeat a no-op.
import type { ReportReason } from "~/generated/prisma/enums.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import type { RequestContext } from "~/kernel/auth/guards.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { dispatchEmails } from "~/kernel/email/outbox.server.ts";
import { conflict, notFound, ok, type ConflictFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";
import { hideProfile, restoreProfile } from "./moderation.server.ts";
import { noticeOwners } from "./notices.server.ts";

export async function getAccountForModeration(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      createdAt: true,
      suspendedAt: true,
      suspensionReason: true,
      suspensionNote: true,
      roles: { select: { role: true } },
      personalPartner: { select: { id: true, displayName: true, hiddenAt: true, hiddenCause: true } },
      _count: { select: { proposalsAuthored: true } },
    },
  });
  if (!user) return null;
  const history = await prisma.auditLog.findMany({
    where: { targetType: "user", targetId: userId, action: { in: ["moderation.account_suspended", "moderation.account_unsuspended"] } },
    orderBy: { id: "desc" },
    take: 20,
    select: { id: true, action: true, actorLabel: true, targetType: true, targetId: true, details: true, createdAt: true },
  });
  return {
    user: {
      ...user,
      roles: user.roles.map((entry) => entry.role),
      createdAt: user.createdAt.toISOString(),
      suspendedAt: user.suspendedAt?.toISOString() ?? null,
      proposals: user._count.proposalsAuthored,
      _count: undefined,
    },
    history: history.map((entry) => ({ ...entry, id: entry.id.toString(), ipAddress: null })),
  };
}

export type SuspensionOutcome = Result<
  { emailIds?: string[] },
  | NotFoundFailure<"moderation.account.missing">
  | ConflictFailure<
      "moderation.account.self" | "moderation.account.admin" | "moderation.account.alreadySuspended" | "moderation.account.notSuspended"
    >
>;

export async function changeSuspension(
  moderator: Actor,
  input: { userId: string; intent: "suspend"; reason: ReportReason; note: string } | { userId: string; intent: "unsuspend"; note: string },
  context: RequestContext,
): Promise<SuspensionOutcome> {
  const outcome = await prisma.$transaction(async (tx: Db): Promise<SuspensionOutcome> => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, displayName: true, roles: { select: { role: true } }, personalPartner: { select: { id: true } } },
    });
    if (!user) return notFound("moderation.account.missing");
    const suspend = input.intent === "suspend";
    if (suspend && user.id === moderator.id) return conflict("moderation.account.self");
    if (suspend && user.roles.some((entry) => entry.role === "ADMIN")) return conflict("moderation.account.admin");
    const changed = await tx.user.updateMany({
      where: { id: user.id, suspendedAt: suspend ? null : { not: null } },
      data: suspend
        ? { suspendedAt: new Date(), suspensionReason: input.reason, suspensionNote: input.note }
        : { suspendedAt: null, suspensionReason: null, suspensionNote: "" },
    });
    if (changed.count === 0) return conflict(suspend ? "moderation.account.alreadySuspended" : "moderation.account.notSuspended");
    let profileChanged = false;
    if (suspend) {
      await tx.session.deleteMany({ where: { userId: user.id } });
      if (user.personalPartner) profileChanged = await hideProfile(tx, user.personalPartner.id, "SUSPENSION");
    } else if (user.personalPartner) {
      profileChanged = await restoreProfile(tx, user.personalPartner.id, "SUSPENSION");
    }
    const reason = suspend ? input.reason : null;
    await writeAudit(tx, {
      actor: { id: moderator.id, label: moderator.displayName },
      action: suspend ? "moderation.account_suspended" : "moderation.account_unsuspended",
      targetType: "user",
      targetId: user.id,
      details: { name: user.displayName, ...(reason ? { reason } : {}), note: input.note, profileChanged },
      ipAddress: context.ip,
    });
    const emailIds = await noticeOwners(
      tx,
      {
        userIds: [user.id],
        kind: suspend ? "ACCOUNT_SUSPENDED" : "ACCOUNT_UNSUSPENDED",
        targetType: null,
        targetId: null,
        targetLabel: user.displayName,
        reason,
        note: input.note,
      },
      context,
    );
    return ok({ emailIds });
  });
  if (outcome.ok && outcome.emailIds) await dispatchEmails(outcome.emailIds);
  return outcome;
}

/**
 * Revoking PARTNER hides the account's own public profile (it no longer speaks for the hub's partners); granting
 * it again restores a profile hidden for that reason only. Runs in the role change's transaction.
 */
export async function followPartnerRole(tx: Db, userId: string, held: boolean): Promise<boolean> {
  const profile = await tx.partnerProfile.findUnique({ where: { personalUserId: userId }, select: { id: true } });
  if (!profile) return false;
  return held ? restoreProfile(tx, profile.id, "ROLE_REVOKED") : hideProfile(tx, profile.id, "ROLE_REVOKED");
}
