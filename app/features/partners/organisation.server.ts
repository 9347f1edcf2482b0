// Organisations (団体) as partners: who acts for them (PartnerMember with OWNER/MEMBER), e-mailed invitations,
// and the rule that an organisation always keeps at least one OWNER. Every change to who belongs runs in a
// serialisable transaction that checks the rule before writing, so two owners leaving at the same moment cannot
// both succeed; every change is in the audit log and commits with the mail it causes.
import type { PartnerMemberRole } from "~/generated/prisma/enums.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { prisma, serializableTransaction, type Db } from "~/kernel/db.server.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { isUuid } from "~/kernel/params.server.ts";
import { consumeRateLimit } from "~/kernel/rate-limit.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { generateSessionToken, hashToken, type SessionUser } from "~/kernel/auth/session.server.ts";
import { grantRoleWithin } from "~/features/admin/index.server.ts";
import { conflict, forbidden, invalid, limited, notFound, ok, type Result } from "~/kernel/result.ts";
import type { Actor } from "~/kernel/auth/actor.ts";

export const INVITATION_LIFETIME_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The account acting, with what answering an invitation checks: its address (and whether it is confirmed). */
export type OrganisationActor = Actor & Pick<SessionUser, "email"> & Partial<Pick<SessionUser, "emailVerified" | "roles">>;
export type RequestContext = { ip: string; origin: string };

// Refusals name what the page says (a translation key). A stranger is told nothing: the page answers
// "organisations.errors.notFound" with its plain 404.
const unknownOrganisation = () => notFound("organisations.errors.notFound");
const ownersOnly = () => forbidden("organisations.errors.ownersOnly");
const lastOwner = () => conflict("organisations.errors.lastOwner");
const invitationGone = () => notFound("organisations.errors.invitationGone");
const memberGone = () => notFound("organisations.errors.memberGone");

export type MemberRecipient = { userId: string; email: string; language: Language };

function asLanguage(value: string): Language {
  return value === "en" ? "en" : "ja";
}

/** Invitation links carry 20 random bytes in base32, like sign-in links; only their SHA-256 is stored. */
const linkTokenShape = /^[a-z2-7]{32}$/;

const actorLabel = (actor: OrganisationActor) => ({ id: actor.id, label: actor.displayName });

/**
 * Everyone who should hear about a partner's proposals, in their own language: every member of an organisation
 * (owners and members alike), or for an individual profile its one owner. One statement; ordered by address so
 * the result is stable. Pass a transaction client to read inside the transaction that queues the mails.
 */
export async function organisationMemberRecipients(partnerId: string, db: Pick<Db, "user"> = prisma): Promise<MemberRecipient[]> {
  const users = await db.user.findMany({
    where: { OR: [{ partnerMemberships: { some: { partnerId } } }, { personalPartner: { is: { id: partnerId } } }] },
    orderBy: { email: "asc" },
    select: { id: true, email: true, language: true },
  });
  return users.map((user) => ({ userId: user.id, email: user.email, language: asLanguage(user.language) }));
}

// ───────────────────────────── Shared pieces ─────────────────────────────

async function organisationFor(tx: Db, partnerId: string) {
  if (!isUuid(partnerId)) return null;
  return tx.partnerProfile.findFirst({ where: { id: partnerId, kind: "ORGANISATION" }, select: { id: true, displayName: true } });
}

async function roleOf(tx: Db, partnerId: string, userId: string): Promise<PartnerMemberRole | null> {
  const row = await tx.partnerMember.findUnique({ where: { partnerId_userId: { partnerId, userId } }, select: { role: true } });
  return row?.role ?? null;
}

/** The organisation and the actor's role in it, or the refusal: not found for a stranger, forbidden for a member who is not an owner. */
async function requireOwner(tx: Db, partnerId: string, actor: OrganisationActor) {
  const organisation = await organisationFor(tx, partnerId);
  if (!organisation) return { refusal: unknownOrganisation() };
  const role = await roleOf(tx, organisation.id, actor.id);
  if (!role) return { refusal: unknownOrganisation() };
  if (role !== "OWNER") return { refusal: ownersOnly() };
  return { organisation };
}

/** Would the organisation still have an owner if `userId` stopped being one? Read inside the serialisable transaction. */
async function anotherOwnerExists(tx: Db, partnerId: string, userId: string) {
  const others = await tx.partnerMember.count({ where: { partnerId, role: "OWNER", userId: { not: userId } } });
  return others > 0;
}

// ───────────────────────────── Reading ─────────────────────────────

/** The organisations a user belongs to, with their role and the number of members; one statement. */
export async function listMyOrganisations(userId: string) {
  const rows = await prisma.partnerMember.findMany({
    where: { userId, partner: { kind: "ORGANISATION" } },
    orderBy: { joinedAt: "asc" },
    select: {
      role: true,
      joinedAt: true,
      partner: { select: { id: true, displayName: true, headline: true, _count: { select: { members: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.partner.id,
    displayName: row.partner.displayName,
    headline: row.partner.headline,
    role: row.role,
    joinedAt: row.joinedAt,
    memberCount: row.partner._count.members,
  }));
}

const openInvitation = (now: Date) => ({ acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } });

const openInvitationsTo = (email: string) => ({
  email: email.toLowerCase(),
  ...openInvitation(new Date()),
  partner: { kind: "ORGANISATION" as const },
});

/** Invitations addressed to this account's address that can still be answered; one statement. */
export async function pendingInvitationsFor(email: string) {
  return prisma.partnerInvitation.findMany({
    where: openInvitationsTo(email),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      partner: { select: { id: true, displayName: true } },
      invitedBy: { select: { displayName: true } },
    },
  });
}

/** How many invitations wait for this address (the account page points to them). */
export function countPendingInvitations(email: string) {
  return prisma.partnerInvitation.count({ where: openInvitationsTo(email) });
}

export type OrganisationAccess = "owner" | "member" | "coordinator";

/**
 * An organisation's page as `viewer` may see it: members see who belongs; owners (and coordinators, read-only)
 * also see members' addresses and the invitations not yet answered. Anyone else gets null (a 404).
 */
export async function getOrganisationForViewer(partnerId: string, viewer: Pick<SessionUser, "id" | "roles">) {
  if (!isUuid(partnerId)) return null;
  const organisation = await prisma.partnerProfile.findFirst({
    where: { id: partnerId, kind: "ORGANISATION" },
    select: {
      id: true,
      displayName: true,
      headline: true,
      isPublic: true,
      members: {
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
        select: { role: true, joinedAt: true, user: { select: { id: true, displayName: true, email: true } } },
      },
      invitations: {
        where: { acceptedAt: null, declinedAt: null, revokedAt: null },
        orderBy: { createdAt: "desc" },
        take: 100,
        select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { displayName: true } } },
      },
    },
  });
  if (!organisation) return null;
  const myRole = organisation.members.find((member) => member.user.id === viewer.id)?.role ?? null;
  const access: OrganisationAccess | null =
    myRole === "OWNER"
      ? "owner"
      : myRole === "MEMBER"
        ? "member"
        : hasPermission(viewer.roles, "partner:view-private")
          ? "coordinator"
          : null;
  if (!access) return null;
  const seesPrivate = access !== "member";
  const now = Date.now();
  return {
    id: organisation.id,
    displayName: organisation.displayName,
    headline: organisation.headline,
    isPublic: organisation.isPublic,
    access,
    members: organisation.members.map((member) => ({
      userId: member.user.id,
      displayName: member.user.displayName,
      email: seesPrivate ? member.user.email : null,
      role: member.role,
      joinedAt: member.joinedAt,
      isMe: member.user.id === viewer.id,
    })),
    invitations: seesPrivate
      ? organisation.invitations.map((invitation) => ({
          id: invitation.id,
          email: invitation.email,
          role: invitation.role,
          expiresAt: invitation.expiresAt,
          createdAt: invitation.createdAt,
          invitedBy: invitation.invitedBy?.displayName ?? null,
          expired: invitation.expiresAt.getTime() <= now,
        }))
      : [],
  };
}

/** Whether `userId` owns the organisation (the profile editor's guard); null when it is not an organisation. */
export async function organisationRoleOf(
  partnerId: string,
  userId: string,
): Promise<{ displayName: string; role: PartnerMemberRole | null } | null> {
  if (!isUuid(partnerId)) return null;
  const organisation = await prisma.partnerProfile.findFirst({
    where: { id: partnerId, kind: "ORGANISATION" },
    select: { displayName: true, members: { where: { userId }, select: { role: true } } },
  });
  if (!organisation) return null;
  return { displayName: organisation.displayName, role: organisation.members[0]?.role ?? null };
}

// ───────────────────────────── Invitations ─────────────────────────────

export type InvitationInput = { email: string; role: PartnerMemberRole; language: Language };

/**
 * An owner invites an address. The answer is the same whether or not the address has an account (the mail is in
 * the account's language if it has one, else in the language chosen on the form). A second invitation to the
 * same address replaces the pending one.
 */
export async function inviteMember(
  actor: OrganisationActor,
  partnerId: string,
  input: InvitationInput,
  context: RequestContext,
): Promise<Result<{ invitationId: string }>> {
  const email = input.email.trim().toLowerCase();
  const check = await requireOwner(prisma, partnerId, actor);
  if (check.refusal) return check.refusal;
  for (const [limit, key] of [
    ["invitationsByOrganisation", partnerId],
    ["invitationsByInviter", actor.id],
  ] as const) {
    const outcome = await consumeRateLimit(limit, key);
    if (!outcome.allowed) return limited("organisations.errors.tooManyInvitations", outcome.retryAfterSeconds);
  }

  const result = await serializableTransaction(async (tx): Promise<Result<{ invitationId: string; emailId: string }>> => {
    const owner = await requireOwner(tx, partnerId, actor);
    if (owner.refusal) return owner.refusal;
    const organisation = owner.organisation;
    // Owners see their members' addresses, so saying "already a member" tells them nothing new about accounts.
    const invitee = await tx.user.findUnique({
      where: { email },
      select: { id: true, displayName: true, language: true, partnerMemberships: { where: { partnerId }, select: { role: true } } },
    });
    if (invitee?.partnerMemberships.length) return invalid("organisations.errors.alreadyMember");

    const now = new Date();
    const revoked = await tx.partnerInvitation.updateManyAndReturn({
      where: { partnerId, email, acceptedAt: null, declinedAt: null, revokedAt: null },
      data: { revokedAt: now },
      select: { id: true },
    });
    const token = generateSessionToken();
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
    const invitation = await tx.partnerInvitation.create({
      data: { partnerId, email, role: input.role, tokenHash: hashToken(token), invitedById: actor.id, expiresAt },
      select: { id: true },
    });
    const language = invitee ? asLanguage(invitee.language) : input.language;
    const mail = await queueEmail(tx, {
      template: "organisation-invitation",
      to: email,
      userId: invitee?.id ?? null,
      language,
      props: {
        displayName: invitee?.displayName ?? "",
        inviterName: actor.displayName,
        organisationName: organisation.displayName,
        role: input.role,
        acceptUrl: `${context.origin}/invitations/${token}`,
        expiresInDays: INVITATION_LIFETIME_DAYS,
      },
      idempotencyKey: `organisation-invitation:${invitation.id}`,
    });
    await writeAudit(tx, {
      actor: actorLabel(actor),
      action: "organisation.member_invited",
      targetType: "partner",
      targetId: partnerId,
      details: { invitationId: invitation.id, email, role: input.role, replaced: revoked.map((row) => row.id) },
      ipAddress: context.ip,
    });
    return { ok: true, invitationId: invitation.id, emailId: mail.id };
  });
  if (!result.ok) return result;
  await dispatchEmails([result.emailId]);
  return { ok: true, invitationId: result.invitationId };
}

/** An owner withdraws an invitation that has not been answered; its link stops working. */
export async function revokeInvitation(
  actor: OrganisationActor,
  partnerId: string,
  invitationId: string,
  context: Pick<RequestContext, "ip">,
): Promise<Result> {
  if (!isUuid(invitationId)) return invitationGone();
  return serializableTransaction(async (tx): Promise<Result> => {
    const owner = await requireOwner(tx, partnerId, actor);
    if (owner.refusal) return owner.refusal;
    const revoked = await tx.partnerInvitation.updateManyAndReturn({
      where: { id: invitationId, partnerId, acceptedAt: null, declinedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { id: true, email: true },
    });
    const row = revoked[0];
    if (!row) return invitationGone();
    await writeAudit(tx, {
      actor: actorLabel(actor),
      action: "organisation.invitation_revoked",
      targetType: "partner",
      targetId: partnerId,
      details: { invitationId: row.id, email: row.email },
      ipAddress: context.ip,
    });
    return ok();
  });
}

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  declinedAt: true,
  revokedAt: true,
  invitedById: true,
  partner: { select: { id: true, displayName: true, kind: true } },
  invitedBy: { select: { displayName: true } },
} as const;

type InvitationRow = Prisma.PartnerInvitationGetPayload<{ select: typeof invitationSelect }>;

const isOpen = (row: InvitationRow, now = new Date()) =>
  !row.acceptedAt && !row.declinedAt && !row.revokedAt && row.expiresAt > now && row.partner.kind === "ORGANISATION";

export type InvitationView = {
  id: string;
  email: string;
  role: PartnerMemberRole;
  expiresAt: Date;
  organisation: { id: string; displayName: string };
  inviterName: string | null;
};

function invitationView(row: InvitationRow): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    expiresAt: row.expiresAt,
    organisation: { id: row.partner.id, displayName: row.partner.displayName },
    inviterName: row.invitedBy?.displayName ?? null,
  };
}

/** What an invitation link shows, without using it: null for a mistyped, expired, answered or withdrawn link. */
export async function peekInvitation(token: string): Promise<InvitationView | null> {
  if (!linkTokenShape.test(token)) return null;
  const row = await prisma.partnerInvitation.findUnique({ where: { tokenHash: hashToken(token) }, select: invitationSelect });
  return row && isOpen(row) ? invitationView(row) : null;
}

export type InvitationRef = { token: string } | { invitationId: string };

/**
 * Accepts or declines an invitation, by its link's token or (from the list of one's own invitations) by its id.
 * Only the account with the invited address may answer. Accepting makes the account a member (an owner stays an
 * owner) and grants the PARTNER role; either answer is audit-logged and mailed to the inviter in their language.
 */
export async function answerInvitation(
  actor: OrganisationActor,
  ref: InvitationRef,
  answer: "accept" | "decline",
  context: RequestContext,
): Promise<Result<{ partnerId: string; organisationName: string }>> {
  if ("token" in ref ? !linkTokenShape.test(ref.token) : !isUuid(ref.invitationId)) return invitationGone();
  if (actor.emailVerified === false) return forbidden("organisations.errors.unverified");
  const result = await serializableTransaction(
    async (tx): Promise<Result<{ partnerId: string; organisationName: string; emailId: string | null }>> => {
      const row = await tx.partnerInvitation.findUnique({
        where: "token" in ref ? { tokenHash: hashToken(ref.token) } : { id: ref.invitationId },
        select: invitationSelect,
      });
      if (!row || !isOpen(row)) return invitationGone();
      if (row.email !== actor.email.toLowerCase()) return forbidden("organisations.errors.wrongAccount");
      const now = new Date();
      const partnerId = row.partner.id;
      if (answer === "accept") {
        const current = await roleOf(tx, partnerId, actor.id);
        if (!current) await tx.partnerMember.create({ data: { partnerId, userId: actor.id, role: row.role }, select: { partnerId: true } });
        else if (current === "MEMBER" && row.role === "OWNER")
          await tx.partnerMember.update({
            where: { partnerId_userId: { partnerId, userId: actor.id } },
            data: { role: "OWNER" },
            select: { partnerId: true },
          });
        // Members propose as the organisation: joining one grants the PARTNER role (decision record 0009).
        await grantRoleWithin(tx, {
          userId: actor.id,
          role: "PARTNER",
          actor: actorLabel(actor),
          ip: context.ip,
          details: { reason: "organisation_invitation", partnerId },
        });
      }
      // The conditional update is the check: two clicks racing each other cannot both answer.
      const answered = await tx.partnerInvitation.updateMany({
        where: { id: row.id, acceptedAt: null, declinedAt: null, revokedAt: null },
        data: answer === "accept" ? { acceptedAt: now } : { declinedAt: now },
      });
      if (answered.count === 0) return invitationGone();
      await writeAudit(tx, {
        actor: actorLabel(actor),
        action: answer === "accept" ? "organisation.invitation_accepted" : "organisation.invitation_declined",
        targetType: "partner",
        targetId: partnerId,
        details: { invitationId: row.id, role: row.role },
        ipAddress: context.ip,
      });
      let emailId: string | null = null;
      const inviter = row.invitedById
        ? await tx.user.findUnique({ where: { id: row.invitedById }, select: { id: true, email: true, displayName: true, language: true } })
        : null;
      if (inviter && inviter.id !== actor.id) {
        const mail = await queueEmail(tx, {
          template: "organisation-invitation-answered",
          to: inviter.email,
          userId: inviter.id,
          language: asLanguage(inviter.language),
          props: {
            displayName: inviter.displayName,
            inviteeName: actor.displayName,
            inviteeEmail: row.email,
            organisationName: row.partner.displayName,
            accepted: answer === "accept",
            organisationUrl: `${context.origin}/organisations/${partnerId}`,
          },
          idempotencyKey: `organisation-invitation-answered:${row.id}`,
        });
        emailId = mail.id;
      }
      return { ok: true, partnerId, organisationName: row.partner.displayName, emailId };
    },
  );
  if (!result.ok) return result;
  if (result.emailId) await dispatchEmails([result.emailId]);
  return { ok: true, partnerId: result.partnerId, organisationName: result.organisationName };
}

// ───────────────────────────── Members ─────────────────────────────

/** An owner gives a member the owner or member role; demoting the last owner is refused. */
export async function changeMemberRole(
  actor: OrganisationActor,
  partnerId: string,
  input: { userId: string; role: PartnerMemberRole },
  context: Pick<RequestContext, "ip">,
): Promise<Result<{ changed: boolean }>> {
  if (!isUuid(input.userId)) return memberGone();
  return serializableTransaction(async (tx): Promise<Result<{ changed: boolean }>> => {
    const owner = await requireOwner(tx, partnerId, actor);
    if (owner.refusal) return owner.refusal;
    const current = await roleOf(tx, partnerId, input.userId);
    if (!current) return memberGone();
    if (current === input.role) return { ok: true, changed: false };
    if (input.role === "MEMBER" && !(await anotherOwnerExists(tx, partnerId, input.userId))) return lastOwner();
    await tx.partnerMember.update({
      where: { partnerId_userId: { partnerId, userId: input.userId } },
      data: { role: input.role },
      select: { partnerId: true },
    });
    await writeAudit(tx, {
      actor: actorLabel(actor),
      action: "organisation.member_role_changed",
      targetType: "partner",
      targetId: partnerId,
      details: { userId: input.userId, from: current, to: input.role },
      ipAddress: context.ip,
    });
    return { ok: true, changed: true };
  });
}

/** Ends a membership (an owner removing someone, or anyone leaving); refused when it would leave no owner. */
async function endMembership(
  actor: OrganisationActor,
  partnerId: string,
  userId: string,
  context: Pick<RequestContext, "ip">,
): Promise<Result> {
  const leaving = userId === actor.id;
  return serializableTransaction(async (tx): Promise<Result> => {
    const organisation = await organisationFor(tx, partnerId);
    if (!organisation) return unknownOrganisation();
    const actorRole = await roleOf(tx, partnerId, actor.id);
    if (!actorRole) return unknownOrganisation();
    if (!leaving && actorRole !== "OWNER") return ownersOnly();
    const targetRole = leaving ? actorRole : await roleOf(tx, partnerId, userId);
    if (!targetRole) return memberGone();
    if (targetRole === "OWNER" && !(await anotherOwnerExists(tx, partnerId, userId))) return lastOwner();
    await tx.partnerMember.delete({ where: { partnerId_userId: { partnerId, userId } }, select: { partnerId: true } });
    await writeAudit(tx, {
      actor: actorLabel(actor),
      action: leaving ? "organisation.member_left" : "organisation.member_removed",
      targetType: "partner",
      targetId: partnerId,
      details: { userId, role: targetRole },
      ipAddress: context.ip,
    });
    return ok();
  });
}

export function removeMember(
  actor: OrganisationActor,
  partnerId: string,
  userId: string,
  context: Pick<RequestContext, "ip">,
): Promise<Result> {
  if (!isUuid(userId)) return Promise.resolve(memberGone());
  return endMembership(actor, partnerId, userId, context);
}

export function leaveOrganisation(actor: OrganisationActor, partnerId: string, context: Pick<RequestContext, "ip">): Promise<Result> {
  return endMembership(actor, partnerId, actor.id, context);
}

/** An owner hands ownership to another member and becomes a member themself. */
export async function transferOwnership(
  actor: OrganisationActor,
  partnerId: string,
  userId: string,
  context: Pick<RequestContext, "ip">,
): Promise<Result> {
  if (!isUuid(userId) || userId === actor.id) return memberGone();
  return serializableTransaction(async (tx): Promise<Result> => {
    const owner = await requireOwner(tx, partnerId, actor);
    if (owner.refusal) return owner.refusal;
    const targetRole = await roleOf(tx, partnerId, userId);
    if (!targetRole) return memberGone();
    if (targetRole !== "OWNER") {
      await tx.partnerMember.update({
        where: { partnerId_userId: { partnerId, userId } },
        data: { role: "OWNER" },
        select: { partnerId: true },
      });
    }
    await tx.partnerMember.update({
      where: { partnerId_userId: { partnerId, userId: actor.id } },
      data: { role: "MEMBER" },
      select: { partnerId: true },
    });
    await writeAudit(tx, {
      actor: actorLabel(actor),
      action: "organisation.ownership_transferred",
      targetType: "partner",
      targetId: partnerId,
      details: { from: actor.id, to: userId },
      ipAddress: context.ip,
    });
    return ok();
  });
}

// ───────────────────────────── Account deletion ─────────────────────────────

/**
 * Before an account is deleted (inside the deletion's transaction): no organisation may be left without an owner.
 * Where the account is the only owner, the longest-standing other member becomes one; an organisation with no
 * other member is archived (kept for the city's records, contact details gone, never public). Invitations to the address and the
 * address in invitation audit entries go too (the log keeps the invitation's id).
 */
export async function releaseOrganisationsOf(
  tx: Db,
  user: { id: string; email: string },
  pseudonym: string,
  ip: string | null,
): Promise<{ archived: string[] }> {
  const memberships = await tx.partnerMember.findMany({
    where: { userId: user.id, role: "OWNER", partner: { kind: "ORGANISATION" } },
    select: {
      partnerId: true,
      partner: {
        select: {
          members: {
            where: { userId: { not: user.id } },
            orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
            select: { userId: true, role: true },
          },
        },
      },
    },
  });
  const orphaned: string[] = [];
  for (const membership of memberships) {
    const others = membership.partner.members;
    if (others.length === 0) {
      orphaned.push(membership.partnerId);
      continue;
    }
    if (others.some((member) => member.role === "OWNER")) continue;
    const successor = others[0]!;
    await tx.partnerMember.update({
      where: { partnerId_userId: { partnerId: membership.partnerId, userId: successor.userId } },
      data: { role: "OWNER" },
      select: { partnerId: true },
    });
    await writeAudit(tx, {
      actor: null,
      action: "organisation.member_role_changed",
      targetType: "partner",
      targetId: membership.partnerId,
      details: { userId: successor.userId, from: "MEMBER", to: "OWNER", reason: "last_owner_deleted_account" },
      ipAddress: ip,
    });
  }
  // An organisation nobody is left in is archived, not deleted: its proposals, matches and initiatives are the
  // city's records. Its contact details were the leaver's to give, so they go; it is never public or suggested again.
  if (orphaned.length) {
    const now = new Date();
    await tx.partnerProfile.updateMany({
      where: { id: { in: orphaned }, kind: "ORGANISATION" },
      data: {
        archivedAt: now,
        inactiveSince: now,
        isPublic: false,
        openToContact: false,
        contactEmail: null,
        contactPhone: null,
        version: { increment: 1 },
      },
    });
    await tx.partnerInvitation.deleteMany({ where: { partnerId: { in: orphaned } } });
    for (const partnerId of orphaned)
      await writeAudit(tx, {
        actor: null,
        action: "organisation.archived",
        targetType: "partner",
        targetId: partnerId,
        details: { reason: "last_member_deleted_account" },
        ipAddress: ip,
      });
  }
  const email = user.email.toLowerCase();
  await tx.partnerInvitation.deleteMany({ where: { email } });
  await tx.$executeRaw`UPDATE "AuditLog" SET details = (details - 'email') || jsonb_build_object('email', ${pseudonym}::text)
    WHERE "targetType" = 'partner' AND action LIKE 'organisation.%' AND details->>'email' = ${email}`;
  return { archived: orphaned };
}
