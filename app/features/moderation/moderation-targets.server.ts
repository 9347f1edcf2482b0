// What can be reported and moderated, read the same way for the report form, the queue and the decisions: its
// name, an excerpt, who owns it (told when it is hidden), who may see it, and where it appears.
import type { ModerationTargetType } from "~/generated/prisma/enums.ts";
import { hasPermission, type RoleName } from "~/kernel/auth/permissions.ts";
import type { Db } from "~/kernel/db.server.ts";

export type ModerationTarget = {
  type: ModerationTargetType;
  id: string;
  /** The name or title as it is now (a message has none: its first words). */
  label: string;
  /** What the moderators read. */
  text: string;
  hiddenAt: Date | null;
  hiddenCause: "MODERATION" | "SUSPENSION" | "ROLE_REVOKED" | null;
  /** Accounts told about a decision: the author, or the profile's own account or organisation owners. */
  ownerIds: string[];
  /** The account whose suspension the moderators may consider (an author or an individual's own account). */
  accountId: string | null;
  /** Accounts that may not report it: owners and, for an organisation, every member. */
  insiderIds: string[];
  /** Where it appears: the public page, or the proposal page each side reads. */
  path: string;
  /** Visible to this account (public, or theirs, or a thread they are part of). */
  visibleTo: (viewer: { id: string; roles: readonly RoleName[] }) => boolean;
};

const excerpt = (text: string, length = 60) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};

export async function findModerationTarget(db: Db, type: ModerationTargetType, id: string): Promise<ModerationTarget | null> {
  if (type === "PARTNER_PROFILE") {
    const row = await db.partnerProfile.findUnique({
      where: { id },
      select: {
        id: true,
        displayName: true,
        headline: true,
        bio: true,
        isPublic: true,
        hiddenAt: true,
        hiddenCause: true,
        personalUserId: true,
        members: { select: { userId: true, role: true } },
      },
    });
    if (!row) return null;
    const owners = row.personalUserId
      ? [row.personalUserId]
      : row.members.filter((member) => member.role === "OWNER").map((member) => member.userId);
    const insiders = [...new Set([...owners, ...row.members.map((member) => member.userId)])];
    return {
      type,
      id: row.id,
      label: row.displayName,
      text: [row.headline, row.bio].filter(Boolean).join("\n\n"),
      hiddenAt: row.hiddenAt,
      hiddenCause: row.hiddenCause,
      ownerIds: owners,
      accountId: row.personalUserId,
      insiderIds: insiders,
      // Individuals and organisations share the public profile page.
      path: `/partners/${row.id}`,
      visibleTo: (viewer) => row.isPublic || insiders.includes(viewer.id) || hasPermission(viewer.roles, "partner:view-private"),
    };
  }
  if (type === "INITIATIVE_UPDATE") {
    const row = await db.initiativeUpdate.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        body: true,
        hiddenAt: true,
        authorId: true,
        initiative: { select: { number: true } },
        partner: { select: { personalUserId: true, members: { where: { role: "OWNER" }, select: { userId: true } } } },
      },
    });
    if (!row) return null;
    // The author hears of it; when their account is gone, the partner it was posted for.
    const partnerOwners = row.partner
      ? row.partner.personalUserId
        ? [row.partner.personalUserId]
        : row.partner.members.map((m) => m.userId)
      : [];
    const owners = row.authorId ? [row.authorId] : partnerOwners;
    return {
      type,
      id: row.id,
      label: row.title,
      text: row.body,
      hiddenAt: row.hiddenAt,
      hiddenCause: row.hiddenAt ? "MODERATION" : null,
      ownerIds: owners,
      accountId: row.authorId,
      insiderIds: row.authorId ? [row.authorId] : [],
      path: `/initiatives/${row.initiative.number}#update-${row.id}`,
      visibleTo: () => row.hiddenAt === null,
    };
  }
  const row = await db.proposalMessage.findUnique({
    where: { id },
    select: {
      id: true,
      body: true,
      hiddenAt: true,
      authorId: true,
      proposal: {
        select: { number: true, authorId: true, partner: { select: { personalUserId: true, members: { select: { userId: true } } } } },
      },
    },
  });
  if (!row) return null;
  const partnerSide = [
    row.proposal.authorId,
    row.proposal.partner.personalUserId,
    ...row.proposal.partner.members.map((m) => m.userId),
  ].filter((userId): userId is string => Boolean(userId));
  return {
    type,
    id: row.id,
    label: excerpt(row.body),
    text: row.body,
    hiddenAt: row.hiddenAt,
    hiddenCause: row.hiddenAt ? "MODERATION" : null,
    ownerIds: row.authorId ? [row.authorId] : [],
    accountId: row.authorId,
    insiderIds: row.authorId ? [row.authorId] : [],
    path: `/proposals/${row.proposal.number}#thread`,
    // Only the two sides of the thread read it: the partner's people and the reviewing coordinators.
    visibleTo: (viewer) => partnerSide.includes(viewer.id) || hasPermission(viewer.roles, "proposal:review"),
  };
}
