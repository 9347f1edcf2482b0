// The proposal status engine: the one way a proposal (協働提案) moves along its lifecycle, for partners and
// coordinators alike. One transaction checks the move against app/features/proposals/proposal-lifecycle.ts, checks the version
// the person saw, updates the proposal, records a ProposalEvent and an audit entry, and queues the e-mails to
// the other side. The DB trigger refuses any other move too, so this is the friendly front of a hard rule.
import type { ProposalSide } from "~/generated/prisma/enums.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { autoFollow } from "~/features/following/index.server.ts";
import { organisationMemberRecipients } from "~/features/partners/index.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import {
  conflict,
  conflictOrNotFound,
  invalid,
  notFound,
  type Change,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { allowedTransitions, findTransition, type ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import { type RequestContext, mailOrigin } from "~/kernel/auth/guards.server.ts";
import { utcMidnight } from "~/kernel/japan-time.ts";
import { firstResponseDueOn } from "./response-rules.server.ts";

/** Who acts, and for which side: a member of the proposing partner, or a coordinator. */
export type ProposalActingUser = { userId: string; side: ProposalSide };

/** Where the request came from: the client address for the audit log, the origin for e-mailed links. */

export type ChangeProposalStatusResult = Result<
  { number: number; status: ProposalStatusName; version: number },
  | NotFoundFailure
  | ConflictFailure<"conflict">
  /** Not a move the lifecycle allows the actor's side from the status the proposal is in. */
  | (ConflictFailure<"invalid-transition"> & { from: ProposalStatusName; allowed: ProposalStatusName[] })
  | InvalidFailure<"reason-required">
>;

export type ChangeProposalStatusInput = {
  proposalId: string;
  /** The version the person saw when they chose the move. */
  expectedVersion: number;
  to: ProposalStatusName;
  actor: ProposalActingUser;
  /** Required for NEEDS_INFO, ACCEPTED and DECLINED (see proposal-status.ts); the partner reads it. */
  reason?: string | null;
  requestContext?: RequestContext;
};

// ───────────────────────────── Shared by the proposal modules ─────────────────────────────

/** Where each side reads a proposal: partners at /proposals/<n>, coordinators in the review pages. */
export function proposalUrl(origin: string, number: number, side: ProposalSide): string {
  return side === "PARTNER" ? `${origin}/proposals/${number}` : `${origin}/coordinate/proposals/${number}`;
}

/** Whether the user acts for the partner (individual owner or organisation member): one PartnerMember lookup. */
export async function actsForPartner(db: Pick<Db, "partnerMember">, partnerId: string, userId: string): Promise<boolean> {
  const member = await db.partnerMember.findUnique({ where: { partnerId_userId: { partnerId, userId } }, select: { userId: true } });
  return member !== null;
}

/**
 * What a person who acted on an old version is told: the proposal changed, when and by whom (and its status now).
 * Every change to a proposal (edits, moves, assignment) writes an audit entry, so the newest one names who made
 * the change the person did not see.
 */
export async function proposalConflict(
  proposalId: string,
  db: Pick<Db, "proposal" | "auditLog"> = prisma,
): Promise<(Change & { status: ProposalStatusName }) | null> {
  const [proposal, lastEntry] = await Promise.all([
    db.proposal.findUnique({ where: { id: proposalId }, select: { version: true, status: true, updatedAt: true } }),
    // An internal note changes nothing a form shows (no new version), so it never names who "changed" the proposal.
    db.auditLog.findFirst({
      where: { targetType: "proposal", targetId: proposalId, action: { not: "proposal.note_added" } },
      orderBy: { id: "desc" },
      select: { actorLabel: true, createdAt: true },
    }),
  ]);
  if (!proposal) return null;
  return {
    version: proposal.version,
    status: proposal.status,
    changedAt: lastEntry && lastEntry.createdAt > proposal.updatedAt ? lastEntry.createdAt : proposal.updatedAt,
    changedBy: lastEntry?.actorLabel || null,
  };
}

export type MailRecipient = { userId: string; email: string; language: "ja" | "en"; displayName: string };

/** The coordinator a proposal is assigned to, as a mail recipient (none when unassigned or deleted). */
export async function assigneeRecipients(db: Pick<Db, "user">, assigneeId: string | null): Promise<MailRecipient[]> {
  if (!assigneeId) return [];
  const user = await db.user.findUnique({
    where: { id: assigneeId },
    select: { id: true, email: true, language: true, displayName: true },
  });
  return user
    ? [{ userId: user.id, email: user.email, language: user.language === "en" ? "en" : "ja", displayName: user.displayName }]
    : [];
}

/** Everyone acting for the partner, in their own language. The partner's mails greet no one by name. */
export async function partnerRecipients(db: Pick<Db, "user">, partnerId: string): Promise<MailRecipient[]> {
  const members = await organisationMemberRecipients(partnerId, db);
  return members.map((member) => ({ ...member, displayName: "" }));
}

// ───────────────────────────── The engine ─────────────────────────────

const decisions: readonly ProposalStatusName[] = ["ACCEPTED", "DECLINED"];

/**
 * Moves a proposal to `to` for `actor`. Refusals come back as results, never as exceptions: a proposal that
 * does not exist (or that a partner-side actor does not act for) is "not-found", a move the table does not
 * allow for the actor's side is "invalid-transition", a missing reason is "reason-required", and a proposal that
 * changed since `expectedVersion` is "conflict" with who changed it and when. Mails go out after the commit.
 */
export async function changeProposalStatus(input: ChangeProposalStatusInput): Promise<ChangeProposalStatusResult> {
  const reason = input.reason?.trim() || null;
  const origin = mailOrigin(input.requestContext);
  const outcome = await prisma.$transaction(async (tx): Promise<{ result: ChangeProposalStatusResult; mailIds: string[] }> => {
    const refuse = (result: ChangeProposalStatusResult) => ({ result, mailIds: [] });
    const proposal = await tx.proposal.findUnique({
      where: { id: input.proposalId },
      select: {
        id: true,
        number: true,
        status: true,
        version: true,
        title: true,
        partnerId: true,
        authorId: true,
        challengeId: true,
        assigneeId: true,
        submittedAt: true,
        firstRespondedAt: true,
        partner: { select: { displayName: true } },
      },
    });
    if (!proposal) return refuse(notFound());
    if (input.actor.side === "PARTNER" && !(await actsForPartner(tx, proposal.partnerId, input.actor.userId))) {
      return refuse(notFound());
    }
    const stale = async () => refuse(conflictOrNotFound(await proposalConflict(proposal.id, tx)));
    if (proposal.version !== input.expectedVersion) return stale();
    const transition = findTransition(proposal.status, input.to);
    if (!transition || transition.by !== input.actor.side) {
      return refuse({
        ...conflict("invalid-transition"),
        from: proposal.status,
        allowed: allowedTransitions(proposal.status, input.actor.side),
      });
    }
    if (transition.reasonRequired && !reason) return refuse(invalid("reason-required"));

    const now = new Date();
    const decided = decisions.includes(input.to);
    const [updated] = await tx.proposal.updateManyAndReturn({
      where: { id: proposal.id, version: input.expectedVersion, status: proposal.status },
      data: {
        status: input.to,
        version: { increment: 1 },
        statusChangedAt: now,
        // The first submission dates the proposal; resubmissions after NEEDS_INFO show in statusChangedAt.
        ...(input.to === "SUBMITTED" && !proposal.submittedAt ? { submittedAt: now } : {}),
        ...(decided ? { decidedAt: now, decisionReason: reason } : {}),
        // A (re)submission is owed a response by its deadline; any other move settles what was owed (decision 0019).
        responseDueOn: input.to === "SUBMITTED" ? utcMidnight(firstResponseDueOn(now)) : null,
        ...(input.to === "SUBMITTED" && !proposal.submittedAt ? { firstResponseDueOn: utcMidnight(firstResponseDueOn(now)) } : {}),
        ...(input.actor.side === "COORDINATOR" && proposal.submittedAt && !proposal.firstRespondedAt ? { firstRespondedAt: now } : {}),
      },
      select: { version: true },
    });
    // Someone else moved or edited it between the read and the write.
    if (!updated) return stale();

    const actor = await tx.user.findUnique({ where: { id: input.actor.userId }, select: { displayName: true } });
    const actorName = actor?.displayName ?? "";
    await tx.proposalEvent.create({
      data: {
        proposalId: proposal.id,
        fromStatus: proposal.status,
        toStatus: input.to,
        actorId: input.actor.userId,
        reason,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actor: { id: input.actor.userId, label: actorName },
      action: input.to === "SUBMITTED" ? "proposal.submitted" : "proposal.status_changed",
      targetType: "proposal",
      targetId: proposal.id,
      details: { number: proposal.number, from: proposal.status, to: input.to, side: input.actor.side, ...(reason ? { reason } : {}) },
      ipAddress: input.requestContext?.ip ?? null,
    });

    // Whoever proposes to a challenge hears how it goes on: the author and everyone acting for the partner.
    if (input.to === "SUBMITTED" && proposal.challengeId) {
      const members = await tx.partnerMember.findMany({ where: { partnerId: proposal.partnerId }, select: { userId: true } });
      const followers = [...members.map((member) => member.userId), ...(proposal.authorId ? [proposal.authorId] : [])];
      await autoFollow(tx, followers, { type: "CHALLENGE", challengeId: proposal.challengeId });
    }

    // The other side hears about it: the partner's members when a coordinator moved it, the assigned
    // coordinator when the partner did. Never the person who acted.
    const recipientSide: ProposalSide = input.actor.side === "COORDINATOR" ? "PARTNER" : "COORDINATOR";
    const recipients = (
      recipientSide === "PARTNER" ? await partnerRecipients(tx, proposal.partnerId) : await assigneeRecipients(tx, proposal.assigneeId)
    ).filter((recipient) => recipient.userId !== input.actor.userId);
    const mailIds: string[] = [];
    for (const recipient of recipients) {
      const queued = await queueEmail(tx, {
        template: "proposal-status-changed",
        to: recipient.email,
        userId: recipient.userId,
        language: recipient.language,
        props: {
          displayName: recipient.displayName,
          partnerName: proposal.partner.displayName,
          proposalNumber: proposal.number,
          proposalTitle: proposal.title,
          from: proposal.status,
          to: input.to,
          reason,
          changedBy: actorName,
          url: proposalUrl(origin, proposal.number, recipientSide),
        },
        idempotencyKey: `proposal-status:${proposal.id}:${updated.version}:${recipient.userId}`,
      });
      mailIds.push(queued.id);
    }
    return { result: { ok: true, number: proposal.number, status: input.to, version: updated.version }, mailIds };
  });
  await dispatchEmails(outcome.mailIds);
  return outcome.result;
}
