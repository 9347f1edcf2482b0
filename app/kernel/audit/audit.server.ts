import type { Prisma } from "~/generated/prisma/client.ts";
import type { AuditAction, AuditDetailKey } from "~/kernel/audit/audit-actions.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";

export type { AuditAction } from "~/kernel/audit/audit-actions.ts";

/** Only keys with a name in both languages, so the audit page can label them. */
export type AuditDetails = { readonly [key in AuditDetailKey]?: Prisma.InputJsonValue | null };

export type AuditEntryInput = {
  actor: { id: string; label: string } | null;
  action: AuditAction;
  targetType:
    | "user"
    | "email"
    | "challenge"
    | "partner"
    | "proposal"
    | "match"
    | "initiative"
    | "taxonomy"
    | "indicator"
    | "initiative_update"
    | "proposal_message"
    | "audit"
    | "engagement"
    | "contribution";
  targetId?: string | null;
  details?: AuditDetails;
  ipAddress?: string | null;
};

/** Appends to the audit log; pass the transaction client so the entry commits with the change it records. */
export async function writeAudit(db: Pick<Db, "auditLog">, entry: AuditEntryInput) {
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor?.label ?? "",
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ipAddress: entry.ipAddress ?? null,
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { action?: string; actor?: string; targetId?: string; from?: Date; to?: Date; page: number; pageSize?: number };

export async function listAuditEntries(filters: AuditFilters) {
  const pageSize = filters.pageSize ?? AUDIT_PAGE_SIZE;
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorLabel: { contains: filters.actor, mode: "insensitive" } } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(filters.from || filters.to
      ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } }
      : {}),
  };
  const [entries, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        actorLabel: true,
        action: true,
        targetType: true,
        targetId: true,
        details: true,
        ipAddress: true,
        createdAt: true,
      },
    }),
    prisma.auditLog.count({ where }),
  ]);
  return { entries: entries.map((entry) => ({ ...entry, id: entry.id.toString() })), total, pageSize };
}
