// What administrators see and change about accounts: the user list, one user's roles and their history.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma, serializableTransaction, type Db } from "~/kernel/db.server.ts";
import type { RoleName } from "~/kernel/auth/permissions.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { followPartnerRole } from "~/features/moderation/index.server.ts";
import { conflict, notFound, type ConflictFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";

export const USER_PAGE_SIZE = 50;

export async function listUsers(filters: { query?: string; role?: RoleName; page: number }) {
  const where: Prisma.UserWhereInput = {
    ...(filters.query
      ? {
          OR: [
            { email: { contains: filters.query, mode: "insensitive" } },
            { displayName: { contains: filters.query, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filters.role && filters.role !== "RESIDENT" ? { roles: { some: { role: filters.role } } } : {}),
    ...(filters.role === "RESIDENT" ? { roles: { none: {} } } : {}),
  };
  const [users, total] = await Promise.all([
    prisma.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filters.page - 1) * USER_PAGE_SIZE,
      take: USER_PAGE_SIZE,
      select: { id: true, email: true, displayName: true, emailVerifiedAt: true, createdAt: true, roles: { select: { role: true } } },
    }),
    prisma.user.count({ where }),
  ]);
  return { users, total, pageSize: USER_PAGE_SIZE };
}

export async function getUserForAdmin(userId: string) {
  const [user, history] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        displayName: true,
        language: true,
        emailVerifiedAt: true,
        createdAt: true,
        roles: { select: { role: true, grantedAt: true, grantedBy: { select: { displayName: true } } }, orderBy: { grantedAt: "asc" } },
      },
    }),
    prisma.auditLog.findMany({
      where: { targetType: "user", targetId: userId },
      orderBy: { id: "desc" },
      take: 20,
      select: { id: true, action: true, actorLabel: true, details: true, createdAt: true },
    }),
  ]);
  if (!user) return null;
  return { user, history: history.map((entry) => ({ ...entry, id: entry.id.toString() })) };
}

/**
 * Grants one role inside the caller's transaction and logs it there, so the grant commits with the change that
 * caused it (an admin's decision, or self-service such as PARTNER on creating a partner profile). False when
 * the account already held the role: nothing is written then.
 */
export async function grantRoleWithin(
  tx: Pick<Db, "userRole" | "auditLog">,
  input: {
    userId: string;
    role: Exclude<RoleName, "RESIDENT">;
    actor: { id: string; label: string } | null;
    ip?: string;
    details?: Prisma.InputJsonObject;
  },
): Promise<boolean> {
  const created = await tx.userRole.createMany({
    data: [{ userId: input.userId, role: input.role, grantedById: input.actor?.id ?? null }],
    skipDuplicates: true,
  });
  if (created.count === 0) return false;
  await writeAudit(tx, {
    actor: input.actor,
    action: "role.granted",
    targetType: "user",
    targetId: input.userId,
    details: { role: input.role, ...input.details },
    ipAddress: input.ip,
  });
  return true;
}

export type RoleChangeOutcome = Result<{ changed: boolean }, NotFoundFailure<"admin.userMissing"> | ConflictFailure<"account.lastAdmin">>;

/**
 * Grants or revokes one role, audit-logged in the same transaction. Serializable, so two admins revoking
 * each other at once cannot leave the hub without an administrator.
 */
export async function changeRole(
  actor: Actor,
  input: { userId: string; role: Exclude<RoleName, "RESIDENT">; intent: "grant" | "revoke" },
  ip: string,
): Promise<RoleChangeOutcome> {
  return serializableTransaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
    if (!target) return notFound("admin.userMissing");
    if (input.intent === "grant") {
      const changed = await grantRoleWithin(tx, {
        userId: target.id,
        role: input.role,
        actor: { id: actor.id, label: actor.displayName },
        ip,
        details: { email: target.email },
      });
      // Granting PARTNER again gives back a profile hidden when it was revoked.
      if (changed && input.role === "PARTNER") await followPartnerRole(tx, target.id, true);
      return { ok: true, changed } as const;
    }
    const held = await tx.userRole.findUnique({
      where: { userId_role: { userId: target.id, role: input.role } },
      select: { userId: true },
    });
    if (!held) return { ok: true, changed: false } as const;
    if (input.role === "ADMIN") {
      const admins = await tx.userRole.count({ where: { role: "ADMIN" } });
      if (admins <= 1) return conflict("account.lastAdmin");
    }
    await tx.userRole.delete({ where: { userId_role: { userId: target.id, role: input.role } } });
    // A former partner's profile leaves the public directory with the role (decision 0018).
    const profileHidden = input.role === "PARTNER" ? await followPartnerRole(tx, target.id, false) : false;
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "role.revoked",
      targetType: "user",
      targetId: target.id,
      details: { role: input.role, email: target.email, ...(profileHidden ? { profileHidden } : {}) },
      ipAddress: ip,
    });
    return { ok: true, changed: true } as const;
  });
}

/** Accounts in total and per granted role, in one grouped query. */
export async function countUsersByRole() {
  const [total, grouped] = await Promise.all([prisma.user.count(), prisma.userRole.groupBy({ by: ["role"], _count: { _all: true } })]);
  const counts = { total, PARTNER: 0, COORDINATOR: 0, COORDINATOR_LEAD: 0, MODERATOR: 0, ADMIN: 0 };
  for (const row of grouped) if (row.role !== "RESIDENT") counts[row.role] = row._count._all;
  return counts;
}
