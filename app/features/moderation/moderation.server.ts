// The moderators' decisions on reported content: hide (gone from every public place, kept for the city's
// records), restore, dismiss the reports. Each is one conditional UPDATE, so sending it twice, or two moderators
// at once, leaves the state of one: the second finds nothing to change and writes no notice, mail or audit entry.
import { Prisma } from "~/generated/prisma/client.ts";
import type { HiddenCause, ModerationTargetType, ReportReason } from "~/generated/prisma/enums.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import type { RequestContext } from "~/kernel/auth/guards.server.ts";
import { writeAudit, type AuditEntryInput } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { dispatchEmails } from "~/kernel/email/outbox.server.ts";
import { conflict, notFound, ok, type ConflictFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";
import { findModerationTarget } from "./moderation-targets.server.ts";
import { noticeOwners } from "./notices.server.ts";

export const auditTargetType = {
  PARTNER_PROFILE: "partner",
  INITIATIVE_UPDATE: "initiative_update",
  PROPOSAL_MESSAGE: "proposal_message",
} as const satisfies Record<ModerationTargetType, AuditEntryInput["targetType"]>;

// ───────────────────────────── Hiding a profile (also used by suspension and role revocation) ─────────────────────────────

/**
 * Hides a partner profile: not public (isPublic false, its owner cannot turn it back on), remembering whether it was
 * public. Only a visible profile changes; true when this call hid it.
 */
export async function hideProfile(tx: Db, profileId: string, cause: HiddenCause): Promise<boolean> {
  const changed = await tx.$executeRaw`
    UPDATE "PartnerProfile"
    SET "publicBeforeHidden" = "isPublic", "isPublic" = false, "hiddenAt" = now(), "hiddenCause" = ${cause}::"HiddenCause",
        version = version + 1, "updatedAt" = now()
    WHERE id = ${profileId}::uuid AND "hiddenAt" IS NULL`;
  return changed > 0;
}

/** Gives a hidden profile back its visibility; with `onlyCause`, only when that is why it is hidden. */
export async function restoreProfile(tx: Db, profileId: string, onlyCause?: HiddenCause): Promise<boolean> {
  const causeCondition = onlyCause ? Prisma.sql`AND "hiddenCause" = ${onlyCause}::"HiddenCause"` : Prisma.empty;
  const changed = await tx.$executeRaw`
    UPDATE "PartnerProfile"
    SET "isPublic" = "publicBeforeHidden", "hiddenAt" = NULL, "hiddenCause" = NULL, version = version + 1, "updatedAt" = now()
    WHERE id = ${profileId}::uuid AND "hiddenAt" IS NOT NULL ${causeCondition}`;
  return changed > 0;
}

async function setHidden(tx: Db, type: ModerationTargetType, id: string, hidden: boolean): Promise<boolean> {
  if (type === "PARTNER_PROFILE") return hidden ? hideProfile(tx, id, "MODERATION") : restoreProfile(tx, id);
  const where = { id, hiddenAt: hidden ? null : { not: null } };
  const data = { hiddenAt: hidden ? new Date() : null };
  const changed =
    type === "INITIATIVE_UPDATE"
      ? await tx.initiativeUpdate.updateMany({ where, data })
      : await tx.proposalMessage.updateMany({ where, data });
  return changed.count > 0;
}

// ───────────────────────────── Decisions ─────────────────────────────

export type DecisionOutcome = Result<
  { emailIds?: string[] },
  | NotFoundFailure<"moderation.target.missing">
  | ConflictFailure<"moderation.target.alreadyHidden" | "moderation.target.alreadyVisible" | "moderation.target.nothingOpen">
>;

type Decision =
  { intent: "hide"; reason: ReportReason; note: string } | { intent: "restore"; note: string } | { intent: "dismiss"; note: string };

export async function decide(
  moderator: Actor,
  target: { type: ModerationTargetType; id: string },
  decision: Decision,
  context: RequestContext,
): Promise<DecisionOutcome> {
  const outcome = await prisma.$transaction(async (tx): Promise<DecisionOutcome> => {
    const found = await findModerationTarget(tx, target.type, target.id);
    if (!found) return notFound("moderation.target.missing");
    const actor = { id: moderator.id, label: moderator.displayName };
    const audit = (action: AuditEntryInput["action"], details: Prisma.InputJsonObject) =>
      writeAudit(tx, { actor, action, targetType: auditTargetType[target.type], targetId: target.id, details, ipAddress: context.ip });
    const resolveOpen = (resolution: "HIDDEN" | "DISMISSED") =>
      tx.moderationReport.updateMany({
        where: { targetType: target.type, targetId: target.id, resolvedAt: null },
        data: { resolvedAt: new Date(), resolution, resolvedById: moderator.id },
      });

    if (decision.intent === "dismiss") {
      const closed = await resolveOpen("DISMISSED");
      if (closed.count === 0) return conflict("moderation.target.nothingOpen");
      await audit("moderation.reports_dismissed", { label: found.label, reports: closed.count, note: decision.note });
      return ok();
    }
    const hide = decision.intent === "hide";
    if (!(await setHidden(tx, target.type, target.id, hide))) {
      return conflict(hide ? "moderation.target.alreadyHidden" : "moderation.target.alreadyVisible");
    }
    const closed = hide ? await resolveOpen("HIDDEN") : { count: 0 };
    const reason = hide ? decision.reason : null;
    await audit(hide ? "moderation.hidden" : "moderation.restored", {
      label: found.label,
      ...(reason ? { reason } : {}),
      note: decision.note,
      ...(hide ? { reports: closed.count } : {}),
    });
    const emailIds = await noticeOwners(
      tx,
      {
        userIds: found.ownerIds,
        kind: hide ? "CONTENT_HIDDEN" : "CONTENT_RESTORED",
        targetType: target.type,
        targetId: target.id,
        targetLabel: found.label,
        reason,
        note: decision.note,
      },
      context,
    );
    return ok({ emailIds });
  });
  if (outcome.ok && outcome.emailIds) await dispatchEmails(outcome.emailIds);
  return outcome;
}

// ───────────────────────────── The queue ─────────────────────────────

export const QUEUE_PAGE_SIZE = 50;

type QueueRow = {
  targetType: ModerationTargetType;
  targetId: string;
  reports: number;
  open: number;
  reasons: ReportReason[];
  firstAt: Date;
  lastAt: Date;
};

/** Reports grouped by what they report: how many, why, first and last; waiting ones first. */
export async function listReportQueue(filters: { status: "open" | "all"; page: number }) {
  const onlyOpen = filters.status === "open" ? Prisma.sql`WHERE "resolvedAt" IS NULL` : Prisma.empty;
  const offset = (filters.page - 1) * QUEUE_PAGE_SIZE;
  const [rows, [totals]] = await Promise.all([
    prisma.$queryRaw<QueueRow[]>`
      SELECT "targetType", "targetId"::text AS "targetId", count(*)::int AS reports,
        (count(*) FILTER (WHERE "resolvedAt" IS NULL))::int AS open,
        array_agg(DISTINCT reason)::text[] AS reasons, min("createdAt") AS "firstAt", max("updatedAt") AS "lastAt"
      FROM "ModerationReport" ${onlyOpen}
      GROUP BY "targetType", "targetId"
      ORDER BY count(*) FILTER (WHERE "resolvedAt" IS NULL) > 0 DESC, count(*) DESC, max("updatedAt") DESC
      LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}`,
    prisma.$queryRaw<Array<{ total: number }>>`
      SELECT count(DISTINCT ("targetType", "targetId"))::int AS total FROM "ModerationReport" ${onlyOpen}`,
  ]);
  const idsOf = (type: ModerationTargetType) => rows.filter((row) => row.targetType === type).map((row) => row.targetId);
  // One query per kind of thing, never one per row.
  const [profiles, updates, messages] = await Promise.all([
    prisma.partnerProfile.findMany({
      where: { id: { in: idsOf("PARTNER_PROFILE") } },
      select: { id: true, displayName: true, hiddenAt: true },
    }),
    prisma.initiativeUpdate.findMany({
      where: { id: { in: idsOf("INITIATIVE_UPDATE") } },
      select: { id: true, title: true, hiddenAt: true },
    }),
    prisma.proposalMessage.findMany({ where: { id: { in: idsOf("PROPOSAL_MESSAGE") } }, select: { id: true, body: true, hiddenAt: true } }),
  ]);
  const known = new Map<string, { label: string; hidden: boolean }>([
    ...profiles.map((row) => [row.id, { label: row.displayName, hidden: row.hiddenAt !== null }] as const),
    ...updates.map((row) => [row.id, { label: row.title, hidden: row.hiddenAt !== null }] as const),
    ...messages.map((row) => [row.id, { label: row.body.replace(/\s+/g, " ").slice(0, 60), hidden: row.hiddenAt !== null }] as const),
  ]);
  return {
    total: totals?.total ?? 0,
    pageSize: QUEUE_PAGE_SIZE,
    items: rows.map((row) => ({
      ...row,
      label: known.get(row.targetId)?.label ?? "",
      hidden: known.get(row.targetId)?.hidden ?? false,
      firstAt: row.firstAt.toISOString(),
      lastAt: row.lastAt.toISOString(),
    })),
  };
}

/** One reported thing with every report of it and what was recorded about it. */
export async function getModerationCase(type: ModerationTargetType, id: string) {
  const target = await findModerationTarget(prisma, type, id);
  if (!target) return null;
  const [reports, owners, history] = await Promise.all([
    prisma.moderationReport.findMany({
      where: { targetType: type, targetId: id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        reason: true,
        details: true,
        createdAt: true,
        updatedAt: true,
        resolvedAt: true,
        resolution: true,
        reporter: { select: { displayName: true } },
      },
    }),
    prisma.user.findMany({ where: { id: { in: target.ownerIds } }, select: { id: true, displayName: true, suspendedAt: true } }),
    prisma.auditLog.findMany({
      where: { targetId: id, action: { in: ["report.filed", "moderation.hidden", "moderation.restored", "moderation.reports_dismissed"] } },
      orderBy: { id: "desc" },
      take: 50,
      select: { id: true, action: true, actorLabel: true, targetType: true, targetId: true, details: true, createdAt: true },
    }),
  ]);
  return {
    target: {
      type,
      id,
      label: target.label,
      text: target.text,
      hiddenAt: target.hiddenAt?.toISOString() ?? null,
      hiddenCause: target.hiddenCause,
      path: target.path,
      accountId: target.accountId,
    },
    owners: owners.map((owner) => ({ ...owner, suspended: owner.suspendedAt !== null, suspendedAt: undefined })),
    reports: reports.map((report) => ({
      ...report,
      reporter: report.reporter.displayName,
      createdAt: report.createdAt.toISOString(),
      updatedAt: report.updatedAt.toISOString(),
      resolvedAt: report.resolvedAt?.toISOString() ?? null,
    })),
    // Moderators do not read the whole audit log (it names everyone's addresses): only this thing's entries, no IPs.
    history: history.map((entry) => ({ ...entry, id: entry.id.toString(), ipAddress: null })),
  };
}
