// The coordinators' side of proposals (協働提案): the review queue, one proposal in full for review, internal
// notes, assignment, and the proposal counts shown on challenge pages. Status changes themselves go through
// changeProposalStatus (proposal-status.server.ts), the one place that enforces the lifecycle.
//
// Internal notes (ProposalNote) are read only here, by functions whose callers require proposal:review.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { REVIEW_QUEUE_PAGE_SIZE, type ReviewQueueFilters, type ReviewStatusFilter } from "~/features/proposals/review-schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { awaitingCoordinator, proposalStatuses, type ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { countedProposalStatuses } from "./proposal.server.ts";
import { proposalConflict, proposalUrl } from "./proposal-status.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { shownPartnerName } from "~/features/partners/index.server.ts";
import {
  conflictOrNotFound,
  invalid,
  notFound,
  ok,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { daysSince } from "~/kernel/japan-time.ts";

const DAY_MS = 86_400_000;

/** Statuses a coordinator can see: all but DRAFT, which is the partner's private work. */
export const reviewableStatuses = proposalStatuses.filter((status) => status !== "DRAFT");

function statusesFor(filter: ReviewStatusFilter): ProposalStatusName[] {
  if (filter === "waiting") return [...awaitingCoordinator];
  if (filter === "all") return [...reviewableStatuses];
  return [filter];
}

// ───────────────────────────── The queue ─────────────────────────────

type QueueRow = {
  number: number;
  title: string;
  status: ProposalStatusName;
  statusChangedAt: Date;
  submittedAt: Date | null;
  partnerId: string;
  partnerName: string;
  partnerKind: "INDIVIDUAL" | "ORGANISATION";
  challengeNumber: number | null;
  challengeTitleJa: string | null;
  challengeTitleEn: string | null;
  strategyCode: string;
  strategyNameJa: string;
  strategyNameEn: string;
  fieldNumber: number | null;
  fieldNameJa: string | null;
  fieldNameEn: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  total: number;
};

async function queueConditions(filters: ReviewQueueFilters, viewerId: string, now: Date): Promise<Prisma.Sql> {
  const lookups = await loadTaxonomyLookups();
  const nothing = -1;
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status = ANY (${statusesFor(filters.status)}::"ProposalStatus"[])`];
  if (filters.strategy) conditions.push(Prisma.sql`p."strategyId" = ${lookups.strategyIdByCode.get(filters.strategy) ?? nothing}`);
  if (filters.field !== undefined) {
    // A proposal on a challenge is in the challenge's fields even when the partner picked none of its own.
    const fieldId = lookups.fieldIdByNumber.get(filters.field) ?? nothing;
    conditions.push(
      Prisma.sql`(p."fieldId" = ${fieldId} OR EXISTS (SELECT 1 FROM "ChallengeField" cf WHERE cf."challengeId" = p."challengeId" AND cf."fieldId" = ${fieldId}))`,
    );
  }
  if (filters.age !== undefined) conditions.push(Prisma.sql`p."statusChangedAt" <= ${new Date(now.getTime() - filters.age * DAY_MS)}`);
  if (filters.assignee === "me") conditions.push(Prisma.sql`p."assigneeId" = ${viewerId}::uuid`);
  if (filters.assignee === "unassigned") conditions.push(Prisma.sql`p."assigneeId" IS NULL`);
  if (filters.challenge !== undefined)
    conditions.push(Prisma.sql`p."challengeId" = (SELECT id FROM "Challenge" WHERE number = ${filters.challenge})`);
  return Prisma.join(conditions, " AND ");
}

/**
 * One page of the review queue, oldest first (by when the status last changed, which is when a proposal came to
 * wait for a coordinator), in one SQL statement whatever the page size: partner, challenge, strategy, field
 * (the proposal's own, else its challenge's main one) and assignee come joined.
 */
export async function listReviewQueue(filters: ReviewQueueFilters, viewer: { id: string }, language: Language, now = new Date()) {
  const where = await queueConditions(filters, viewer.id, now);
  const offset = (filters.page - 1) * REVIEW_QUEUE_PAGE_SIZE;
  const rows = await prisma.$queryRaw<QueueRow[]>`
    SELECT p.number, p.title, p.status::text AS status, p."statusChangedAt", p."submittedAt",
      pp.id AS "partnerId", pp."displayName" AS "partnerName", pp.kind::text AS "partnerKind",
      c.number AS "challengeNumber", c."titleJa" AS "challengeTitleJa", c."titleEn" AS "challengeTitleEn",
      s.code AS "strategyCode", s."nameJa" AS "strategyNameJa", s."nameEn" AS "strategyNameEn",
      f.number AS "fieldNumber", f."nameJa" AS "fieldNameJa", f."nameEn" AS "fieldNameEn",
      u.id AS "assigneeId", u."displayName" AS "assigneeName",
      (count(*) OVER ())::int AS total
    FROM "Proposal" p
    JOIN "PartnerProfile" pp ON pp.id = p."partnerId"
    JOIN "Strategy" s ON s.id = p."strategyId"
    LEFT JOIN "Challenge" c ON c.id = p."challengeId"
    LEFT JOIN "StrategyField" f ON f.id = coalesce(
      p."fieldId",
      (SELECT cf."fieldId" FROM "ChallengeField" cf WHERE cf."challengeId" = p."challengeId" ORDER BY cf."isPrimary" DESC, cf."fieldId" LIMIT 1)
    )
    LEFT JOIN "User" u ON u.id = p."assigneeId"
    WHERE ${where}
    ORDER BY p."statusChangedAt" ASC, p.number ASC
    OFFSET ${offset} LIMIT ${REVIEW_QUEUE_PAGE_SIZE}`;
  // Past the last page no row carries the total: count separately, only then.
  const total = rows[0]?.total ?? (offset > 0 ? await countQueue(where) : 0);
  return {
    total,
    pageSize: REVIEW_QUEUE_PAGE_SIZE,
    items: rows.map((row) => ({
      number: row.number,
      title: row.title,
      status: row.status,
      statusChangedAt: row.statusChangedAt.toISOString(),
      daysInStatus: daysSince(row.statusChangedAt, now),
      partner: { id: row.partnerId, name: shownPartnerName(row.partnerName, language), kind: row.partnerKind },
      challenge:
        row.challengeNumber === null
          ? null
          : { number: row.challengeNumber, title: pickLanguage(language, row.challengeTitleJa ?? "", row.challengeTitleEn) },
      strategy: { code: row.strategyCode, name: pickLanguage(language, row.strategyNameJa, row.strategyNameEn) },
      field:
        row.fieldNumber === null ? null : { number: row.fieldNumber, name: pickLanguage(language, row.fieldNameJa ?? "", row.fieldNameEn) },
      assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "", isViewer: row.assigneeId === viewer.id } : null,
    })),
  };
}

async function countQueue(where: Prisma.Sql) {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "Proposal" p WHERE ${where}`;
  return row?.total ?? 0;
}

// ───────────────────────────── One proposal ─────────────────────────────

/** Accounts that may review proposals (COORDINATOR or ADMIN): the choices for "assign to". */
export async function listReviewers() {
  return prisma.user.findMany({
    where: { roles: { some: { role: { in: ["COORDINATOR", "ADMIN"] } } } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true },
  });
}

/** The few columns an action needs to act on a proposal; null for a draft or a number never used. */
export async function findReviewableProposal(number: number) {
  const row = await prisma.proposal.findUnique({ where: { number }, select: { id: true, status: true, assigneeId: true } });
  return row && row.status !== "DRAFT" ? row : null;
}

/**
 * A proposal as its reviewers see it: text, partner, challenge, status history and internal notes. A draft is
 * null like a number never used: it is the partner's private work until submitted.
 */
export async function getProposalForReview(number: number, language: Language) {
  const row = await prisma.proposal.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      title: true,
      offer: true,
      needs: true,
      timeline: true,
      team: true,
      decisionReason: true,
      showPartnerPublicly: true,
      submittedAt: true,
      statusChangedAt: true,
      decidedAt: true,
      updatedAt: true,
      partner: { select: { id: true, displayName: true, kind: true, headline: true, deletedAt: true } },
      author: { select: { displayName: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true } },
      strategy: { select: { code: true, nameJa: true, nameEn: true } },
      field: { select: { number: true, nameJa: true, nameEn: true } },
      assignee: { select: { id: true, displayName: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { displayName: true } } },
      },
      notes: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
      },
    },
  });
  if (!row || row.status === "DRAFT") return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    title: row.title,
    offer: row.offer,
    needs: row.needs,
    timeline: row.timeline,
    team: row.team,
    decisionReason: row.decisionReason,
    showPartnerPublicly: row.showPartnerPublicly,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    statusChangedAt: row.statusChangedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    partner: {
      id: row.partner.id,
      kind: row.partner.kind,
      headline: row.partner.headline,
      displayName: shownPartnerName(row.partner.displayName, language),
      deletedAt: row.partner.deletedAt?.toISOString() ?? null,
    },
    authorName: row.author?.displayName ?? null,
    challenge: row.challenge
      ? { number: row.challenge.number, title: pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn) }
      : null,
    strategy: { code: row.strategy.code, name: pickLanguage(language, row.strategy.nameJa, row.strategy.nameEn) },
    field: row.field ? { number: row.field.number, name: pickLanguage(language, row.field.nameJa, row.field.nameEn) } : null,
    assignee: row.assignee,
    events: row.events.map((event) => ({
      id: event.id.toString(),
      from: event.fromStatus,
      to: event.toStatus,
      reason: event.reason,
      at: event.createdAt.toISOString(),
      actorName: event.actor?.displayName ?? null,
    })),
    notes: row.notes.map((note) => ({
      id: note.id,
      body: note.body,
      at: note.createdAt.toISOString(),
      authorName: note.author?.displayName ?? null,
    })),
  };
}

// ───────────────────────────── Internal notes ─────────────────────────────

export type NoteOutcome = Result<{ id: string }, NotFoundFailure>;

/** Adds an internal note (never shown to the partner, never in their mail) and records it in the audit log. */
export async function addProposalNote(actor: Actor, number: number, body: string, ip?: string): Promise<NoteOutcome> {
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findUnique({ where: { number }, select: { id: true, status: true } });
    if (!proposal || proposal.status === "DRAFT") return notFound();
    const note = await tx.proposalNote.create({ data: { proposalId: proposal.id, authorId: actor.id, body }, select: { id: true } });
    // The note's text stays out of the audit log: admins read the log, and the note is for reviewers.
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "proposal.note_added",
      targetType: "proposal",
      targetId: proposal.id,
      details: { number, noteId: note.id },
      ipAddress: ip,
    });
    return ok({ id: note.id });
  });
}

// ───────────────────────────── Assignment ─────────────────────────────

export type AssignOutcome = Result<
  { changed: boolean; version: number },
  NotFoundFailure | ConflictFailure<"conflict"> | InvalidFailure<"not-reviewer">
>;

/**
 * Gives the proposal to a reviewer (or to nobody), only if nobody changed it since `expectedVersion`. The new
 * assignee hears about it by e-mail in their language, unless they took it themselves.
 */
export async function assignProposal(
  actor: Actor,
  number: number,
  expectedVersion: number,
  assigneeId: string | null,
  context: { origin: string; ip?: string },
): Promise<AssignOutcome> {
  const assignee = assigneeId
    ? await prisma.user.findFirst({
        where: { id: assigneeId, roles: { some: { role: { in: ["COORDINATOR", "ADMIN"] } } } },
        select: { id: true, email: true, displayName: true, language: true },
      })
    : null;
  if (assigneeId && !assignee) return invalid("not-reviewer", "assigneeId");
  const outcome = await prisma.$transaction(async (tx) => {
    const current = await tx.proposal.findUnique({
      where: { number },
      select: { id: true, status: true, version: true, assigneeId: true },
    });
    if (!current || current.status === "DRAFT") return { ok: false as const, reason: "not-found" as const };
    if (current.version !== expectedVersion) return { ok: false as const, reason: "conflict" as const, id: current.id };
    if (current.assigneeId === (assignee?.id ?? null))
      return { ok: true as const, changed: false, version: current.version, emailId: null };
    const [updated] = await tx.proposal.updateManyAndReturn({
      where: { id: current.id, version: expectedVersion },
      data: { assigneeId: assignee?.id ?? null, version: { increment: 1 } },
      select: { version: true, title: true, partner: { select: { displayName: true } } },
    });
    if (!updated) return { ok: false as const, reason: "conflict" as const, id: current.id };
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "proposal.assigned",
      targetType: "proposal",
      targetId: current.id,
      details: { number, from: current.assigneeId, to: assignee?.id ?? null, assigneeName: assignee?.displayName ?? null },
      ipAddress: context.ip,
    });
    let emailId: string | null = null;
    if (assignee && assignee.id !== actor.id) {
      const language = assignee.language === "en" ? "en" : "ja";
      const queued = await queueEmail(tx, {
        template: "proposal-assigned",
        to: assignee.email,
        userId: assignee.id,
        language,
        props: {
          displayName: assignee.displayName,
          assignedBy: actor.displayName,
          number,
          title: updated.title,
          partnerName: shownPartnerName(updated.partner.displayName, language),
          reviewUrl: proposalUrl(context.origin, number, "COORDINATOR"),
        },
        idempotencyKey: `proposal-assigned:${current.id}:${updated.version}`,
      });
      emailId = queued.id;
    }
    return { ok: true as const, changed: true, version: updated.version, emailId };
  });
  if (!outcome.ok) {
    if (outcome.reason === "not-found") return notFound();
    // Someone changed the proposal since the page was opened: nothing is written; say who and when.
    return conflictOrNotFound(await proposalConflict(outcome.id));
  }
  if (outcome.emailId) await dispatchEmails([outcome.emailId]);
  return { ok: true, changed: outcome.changed, version: outcome.version };
}

// ───────────────────────────── Counts on challenge pages ─────────────────────────────

/**
 * For a challenge's public page, in one statement: how many proposals it received (countedProposalStatuses:
 * everything a partner sent, whatever came of it; drafts were never sent, withdrawn ones were taken back), and the
 * partners who may be
 * named: accepted proposals whose partner agreed to be shown (showPartnerPublicly) and whose profile is public.
 * Nobody else is named, and nothing but the public name and profile id leaves the database.
 */
export async function getChallengeProposalSummary(challengeId: string) {
  const [row] = await prisma.$queryRaw<Array<{ total: number; named: Array<{ id: string; name: string }> }>>`
    SELECT
      (SELECT count(*) FROM "Proposal" p WHERE p."challengeId" = ${challengeId}::uuid AND p.status = ANY (${[...countedProposalStatuses]}::"ProposalStatus"[]))::int AS total,
      (SELECT coalesce(json_agg(json_build_object('id', named.id, 'name', named."displayName") ORDER BY named."displayName", named.id), '[]'::json)
         FROM (SELECT DISTINCT pp.id, pp."displayName"
                 FROM "Proposal" p JOIN "PartnerProfile" pp ON pp.id = p."partnerId"
                WHERE p."challengeId" = ${challengeId}::uuid AND p.status = 'ACCEPTED' AND p."showPartnerPublicly" AND pp."isPublic") named) AS named`;
  return { total: row?.total ?? 0, namedPartners: row?.named ?? [] };
}
