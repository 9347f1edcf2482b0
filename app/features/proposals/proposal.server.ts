// 協働提案 from the partner's side: writing drafts (on an open challenge, or free under a strategy and field),
// editing while DRAFT or NEEDS_INFO with optimistic locking, deleting drafts, and reading them back. Every
// read here is scoped to the partners the user acts for (PartnerMember), and nothing here reads ProposalNote.
// Status moves (submit, resubmit, withdraw) go through the status engine in proposal-status.server.ts.
import { Prisma } from "~/generated/prisma/client.ts";
import type { PartnerKind } from "~/generated/prisma/enums.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import type { ProposalFormValues } from "~/features/proposals/proposal-schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { isEditableByPartner, type ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import {
  conflict,
  conflictOrNotFound,
  invalid,
  notFound,
  ok,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { actsForPartner, proposalConflict } from "./proposal-status.server.ts";
import { listProposalMessages } from "./proposal-thread.server.ts";
import { getTaxonomyOptions, loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { type RequestContext } from "~/kernel/auth/guards.server.ts";

/** The person writing, as the audit log names them. */
export type ProposalAuthor = { userId: string; displayName: string };

/** What the editor saves: the text, and for a free proposal its strategy and field. */
export type ProposalContent = Pick<ProposalFormValues, "title" | "offer" | "needs" | "timeline" | "team"> & {
  showPartnerPublicly: boolean;
  strategyCode?: string | undefined;
  fieldNumber?: number | undefined;
};

export function proposalContentFromForm(values: ProposalFormValues): ProposalContent {
  return {
    title: values.title,
    offer: values.offer,
    needs: values.needs,
    timeline: values.timeline,
    team: values.team,
    showPartnerPublicly: values.showPartnerPublicly === "on",
    strategyCode: values.strategyCode,
    fieldNumber: values.fieldNumber,
  };
}

/** A form field the model refused; the reason is the message key to show next to it. */
type ProposalFieldError = InvalidFailure & { field: "partnerId" | "challengeNumber" | "strategyCode" | "fieldNumber" };

export type ProposalWriteResult = Result<
  { id: string; number: number; version: number; status: ProposalStatusName },
  NotFoundFailure | ConflictFailure<"conflict"> | (ConflictFailure<"not-editable"> & { status: ProposalStatusName }) | ProposalFieldError
>;

function textColumns(content: ProposalContent) {
  return {
    title: content.title,
    offer: content.offer,
    needs: content.needs,
    timeline: content.timeline,
    team: content.team,
    showPartnerPublicly: content.showPartnerPublicly,
  };
}

/** A free proposal's strategy and optional field (which must belong to that strategy), as ids. */
async function resolveFreeTarget(strategyCode: string | undefined, fieldNumber: number | undefined) {
  const [lookups, taxonomy] = await Promise.all([loadTaxonomyLookups(), getTaxonomyOptions("ja", { withRetired: true })]);
  const strategyId = strategyCode ? lookups.strategyIdByCode.get(strategyCode) : undefined;
  if (strategyId === undefined) return invalid("validation.required", "strategyCode");
  if (fieldNumber === undefined) return ok({ strategyId, fieldId: null });
  const field = taxonomy.fields.find((candidate) => candidate.number === fieldNumber);
  const fieldId = lookups.fieldIdByNumber.get(fieldNumber);
  if (!field || fieldId === undefined || field.strategyCode !== strategyCode) {
    return invalid("proposals.form.fieldOfStrategy", "fieldNumber");
  }
  return ok({ strategyId, fieldId });
}

/** An OPEN challenge's id, strategy and main field, or why it cannot take a proposal. */
async function resolveChallengeTarget(challengeNumber: number) {
  const challenge = await prisma.challenge.findUnique({
    where: { number: challengeNumber },
    select: { id: true, status: true, strategyId: true, fields: { where: { isPrimary: true }, select: { fieldId: true }, take: 1 } },
  });
  if (!challenge || challenge.status !== "OPEN") {
    return invalid("proposals.form.challengeNotOpen", "challengeNumber");
  }
  return ok({ challengeId: challenge.id, strategyId: challenge.strategyId, fieldId: challenge.fields[0]?.fieldId ?? null });
}

// ───────────────────────────── Writing ─────────────────────────────

/**
 * A new draft "as" `partnerId` (the user's own profile or an organisation they belong to), on an OPEN challenge
 * (its strategy and main field are taken from the challenge) or free under a strategy and optional field.
 */
export async function createProposalDraft(
  author: ProposalAuthor,
  input: { partnerId: string | undefined; challengeNumber?: number | undefined } & ProposalContent,
  context: RequestContext = {},
): Promise<ProposalWriteResult> {
  if (!input.partnerId || !(await actsForPartner(prisma, input.partnerId, author.userId))) {
    return invalid("proposals.form.partnerInvalid", "partnerId");
  }
  const target =
    input.challengeNumber !== undefined
      ? await resolveChallengeTarget(input.challengeNumber)
      : await resolveFreeTarget(input.strategyCode, input.fieldNumber);
  if (!target.ok) return target;
  const partnerId = input.partnerId;
  return prisma.$transaction(async (tx) => {
    const created = await tx.proposal.create({
      data: {
        partnerId,
        authorId: author.userId,
        challengeId: "challengeId" in target ? target.challengeId : null,
        strategyId: target.strategyId,
        fieldId: target.fieldId,
        ...textColumns(input),
      },
      select: { id: true, number: true, version: true, status: true },
    });
    await writeAudit(tx, {
      actor: { id: author.userId, label: author.displayName },
      action: "proposal.created",
      targetType: "proposal",
      targetId: created.id,
      details: { number: created.number, partnerId },
      ipAddress: context.ip ?? null,
    });
    return { ok: true as const, ...created };
  });
}

/**
 * Saves the partner's edit of a DRAFT or NEEDS_INFO proposal, only if nobody changed it since `expectedVersion`
 * (the second of two members saving gets a conflict and keeps what they typed). A free proposal may move to
 * another strategy or field; a challenge's proposal stays on its challenge.
 */
export async function updateProposal(
  author: ProposalAuthor,
  number: number,
  expectedVersion: number,
  content: ProposalContent,
  context: RequestContext = {},
): Promise<ProposalWriteResult> {
  const current = await prisma.proposal.findUnique({
    where: { number },
    select: { id: true, partnerId: true, status: true, version: true, challengeId: true },
  });
  if (!current || !(await actsForPartner(prisma, current.partnerId, author.userId))) return notFound();
  if (!isEditableByPartner(current.status)) return { ...conflict("not-editable"), status: current.status };
  if (current.version !== expectedVersion)
    return (await repeatOfOwnSave(current.id, author, expectedVersion, content)) ?? conflictResult(current.id);
  let targetColumns = {};
  if (!current.challengeId) {
    const target = await resolveFreeTarget(content.strategyCode, content.fieldNumber);
    if (!target.ok) return target;
    targetColumns = { strategyId: target.strategyId, fieldId: target.fieldId };
  }
  const saved = await prisma.$transaction(async (tx) => {
    const [row] = await tx.proposal.updateManyAndReturn({
      where: { id: current.id, version: expectedVersion, status: { in: ["DRAFT", "NEEDS_INFO"] } },
      data: { ...textColumns(content), ...targetColumns, version: { increment: 1 } },
      select: { id: true, number: true, version: true, status: true },
    });
    if (!row) return null;
    await writeAudit(tx, {
      actor: { id: author.userId, label: author.displayName },
      action: "proposal.updated",
      targetType: "proposal",
      targetId: row.id,
      details: { number: row.number, version: row.version },
      ipAddress: context.ip ?? null,
    });
    return { ok: true as const, ...row };
  });
  return saved ?? (await repeatOfOwnSave(current.id, author, expectedVersion, content)) ?? conflictResult(current.id);
}

/**
 * The same save arriving a second time (a double click, back and resend): the proposal is exactly one version past
 * the page that was sent, that version is this person's save, and it holds what this form sends. They see their
 * save, not a conflict with themselves; anything else (someone else's change, other content) stays a conflict.
 */
async function repeatOfOwnSave(
  proposalId: string,
  author: ProposalAuthor,
  expectedVersion: number,
  content: ProposalContent,
): Promise<ProposalWriteResult | null> {
  const [row, lastChange] = await Promise.all([
    prisma.proposal.findUnique({
      where: { id: proposalId },
      select: {
        id: true,
        number: true,
        version: true,
        status: true,
        title: true,
        offer: true,
        needs: true,
        timeline: true,
        team: true,
        showPartnerPublicly: true,
        challengeId: true,
        strategy: { select: { code: true } },
        field: { select: { number: true } },
      },
    }),
    prisma.auditLog.findFirst({
      where: { targetType: "proposal", targetId: proposalId, action: { not: "proposal.note_added" } },
      orderBy: { id: "desc" },
      select: { action: true, actorId: true },
    }),
  ]);
  if (!row || row.version !== expectedVersion + 1) return null;
  if (lastChange?.action !== "proposal.updated" || lastChange.actorId !== author.userId) return null;
  const stored: Record<string, unknown> = row;
  const sameText = Object.entries(textColumns(content)).every(([column, value]) => value === undefined || stored[column] === value);
  const sameTarget =
    row.challengeId !== null || (row.strategy.code === content.strategyCode && (row.field?.number ?? undefined) === content.fieldNumber);
  if (!sameText || !sameTarget) return null;
  return { ok: true, id: row.id, number: row.number, version: row.version, status: row.status };
}

async function conflictResult(proposalId: string) {
  return conflictOrNotFound(await proposalConflict(proposalId));
}

export type DeleteDraftResult = Result<object, Exclude<ProposalWriteResult, { ok: true } | ProposalFieldError>>;

/** Deletes a draft nobody has changed since `expectedVersion`. Submitted proposals are kept (withdraw them). */
export async function deleteProposalDraft(
  author: ProposalAuthor,
  number: number,
  expectedVersion: number,
  context: RequestContext = {},
): Promise<DeleteDraftResult> {
  const current = await prisma.proposal.findUnique({
    where: { number },
    select: { id: true, partnerId: true, status: true, version: true },
  });
  if (!current || !(await actsForPartner(prisma, current.partnerId, author.userId))) return notFound();
  if (current.status !== "DRAFT") return { ...conflict("not-editable"), status: current.status };
  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.proposal.deleteMany({ where: { id: current.id, version: expectedVersion, status: "DRAFT" } });
    if (count === 0) return false;
    await writeAudit(tx, {
      actor: { id: author.userId, label: author.displayName },
      action: "proposal.draft_deleted",
      targetType: "proposal",
      targetId: current.id,
      details: { number },
      ipAddress: context.ip ?? null,
    });
    return true;
  });
  if (deleted) return ok();
  return conflictResult(current.id);
}

// ───────────────────────────── Reading (partner side) ─────────────────────────────

type ProposalListRow = {
  number: number;
  title: string;
  status: ProposalStatusName;
  statusChangedAt: Date;
  updatedAt: Date;
  strategyId: number;
  fieldId: number | null;
  partnerName: string;
  partnerKind: PartnerKind;
  challengeNumber: number | null;
  challengeTitleJa: string | null;
  challengeTitleEn: string | null;
};

/** How a proposal's target reads: the challenge it answers, or the strategy (and field) of a free proposal. */
export type ProposalTarget =
  | { kind: "challenge"; number: number; title: string }
  | { kind: "free"; strategyCode: string; strategyName: string; fieldNumber: number | null; fieldName: string | null };

async function describeTargets(language: Language) {
  const [lookups, taxonomy] = await Promise.all([loadTaxonomyLookups(), getTaxonomyOptions(language, { withRetired: true })]);
  const strategyById = new Map(
    [...lookups.strategyIdByCode].map(([code, id]) => [id, taxonomy.strategies.find((strategy) => strategy.code === code)!]),
  );
  const fieldById = new Map(
    [...lookups.fieldIdByNumber].map(([number, id]) => [id, taxonomy.fields.find((field) => field.number === number)!]),
  );
  return (row: {
    strategyId: number;
    fieldId: number | null;
    challengeNumber: number | null;
    challengeTitleJa: string | null;
    challengeTitleEn: string | null;
  }): ProposalTarget => {
    if (row.challengeNumber !== null)
      return {
        kind: "challenge",
        number: row.challengeNumber,
        title: pickLanguage(language, row.challengeTitleJa ?? "", row.challengeTitleEn),
      };
    const strategy = strategyById.get(row.strategyId);
    const field = row.fieldId === null ? undefined : fieldById.get(row.fieldId);
    return {
      kind: "free",
      strategyCode: strategy?.code ?? "",
      strategyName: strategy?.name ?? "",
      fieldNumber: field?.number ?? null,
      fieldName: field?.name ?? null,
    };
  };
}

/**
 * Every proposal of every partner the user acts for (their own profile and their organisations'), most recently
 * changed first. One SQL statement; strategy and field names come from the cached taxonomy.
 */
export async function listProposalsForUser(userId: string, language: Language) {
  const [rows, describe] = await Promise.all([
    prisma.$queryRaw<ProposalListRow[]>(Prisma.sql`
      SELECT p.number, p.title, p.status::text AS status, p."statusChangedAt", p."updatedAt", p."strategyId", p."fieldId",
        pp."displayName" AS "partnerName", pp.kind::text AS "partnerKind",
        c.number AS "challengeNumber", c."titleJa" AS "challengeTitleJa", c."titleEn" AS "challengeTitleEn"
      FROM "Proposal" p
      JOIN "PartnerProfile" pp ON pp.id = p."partnerId"
      LEFT JOIN "Challenge" c ON c.id = p."challengeId"
      WHERE p."partnerId" IN (SELECT m."partnerId" FROM "PartnerMember" m WHERE m."userId" = ${userId}::uuid)
      ORDER BY p."updatedAt" DESC, p.number DESC`),
    describeTargets(language),
  ]);
  return rows.map((row) => ({
    number: row.number,
    title: row.title,
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    partner: { name: row.partnerName, kind: row.partnerKind },
    target: describe(row),
  }));
}

/** The few facts the partner page's actions need, or null unless the user acts for the proposing partner. */
export async function findPartnerProposal(number: number, userId: string) {
  const row = await prisma.proposal.findFirst({
    where: { number, partner: { members: { some: { userId } } } },
    select: { id: true, status: true, version: true, offer: true },
  });
  return row ? { id: row.id, status: row.status, version: row.version, hasOffer: row.offer.trim().length > 0 } : null;
}

/**
 * One proposal as its partner's members see it, or null (→ 404) unless the user acts for the proposing partner.
 * Selects the proposal, its status history and its thread; never the coordinators' notes, and of the assignee
 * only the name.
 */
export async function getProposalForPartnerMember(number: number, userId: string, language: Language, threadPage?: number) {
  const proposal = await prisma.proposal.findFirst({
    where: { number, partner: { members: { some: { userId } } } },
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
      showPartnerPublicly: true,
      decisionReason: true,
      submittedAt: true,
      statusChangedAt: true,
      createdAt: true,
      updatedAt: true,
      strategyId: true,
      fieldId: true,
      partner: { select: { id: true, displayName: true, kind: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true, status: true } },
      assignee: { select: { displayName: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { displayName: true } } },
      },
    },
  });
  if (!proposal) return null;
  const [describe, messages] = await Promise.all([describeTargets(language), listProposalMessages(proposal.id, threadPage)]);
  const lastRequest = [...proposal.events].reverse().find((event) => event.toStatus === "NEEDS_INFO");
  return {
    id: proposal.id,
    number: proposal.number,
    status: proposal.status,
    version: proposal.version,
    title: proposal.title,
    offer: proposal.offer,
    needs: proposal.needs,
    timeline: proposal.timeline,
    team: proposal.team,
    showPartnerPublicly: proposal.showPartnerPublicly,
    decisionReason: proposal.decisionReason,
    /** What the coordinator asked for, while the proposal waits for the partner's answer. */
    infoRequest: proposal.status === "NEEDS_INFO" ? (lastRequest?.reason ?? null) : null,
    submittedAt: proposal.submittedAt?.toISOString() ?? null,
    statusChangedAt: proposal.statusChangedAt.toISOString(),
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
    partner: proposal.partner,
    assigneeName: proposal.assignee?.displayName ?? null,
    target: describe({
      strategyId: proposal.strategyId,
      fieldId: proposal.fieldId,
      challengeNumber: proposal.challenge?.number ?? null,
      challengeTitleJa: proposal.challenge?.titleJa ?? null,
      challengeTitleEn: proposal.challenge?.titleEn ?? null,
    }),
    events: proposal.events.map((event) => ({
      id: event.id.toString(),
      from: event.fromStatus,
      to: event.toStatus,
      reason: event.reason,
      actorName: event.actor?.displayName ?? null,
      createdAt: event.createdAt.toISOString(),
    })),
    messages,
  };
}

// ───────────────────────────── Counting (challenge pages) ─────────────────────────────

/** Proposals that count as "made" on a challenge: submitted at some point and not withdrawn. */
export const countedProposalStatuses: readonly ProposalStatusName[] = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO", "ACCEPTED", "DECLINED"];

/** How many proposals each challenge has (drafts and withdrawn ones not counted), in one statement. */
export async function countProposalsForChallenges(challengeIds: readonly string[]): Promise<Map<string, number>> {
  if (challengeIds.length === 0) return new Map();
  const groups = await prisma.proposal.groupBy({
    by: ["challengeId"],
    where: { challengeId: { in: [...challengeIds] }, status: { in: [...countedProposalStatuses] } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.challengeId!, group._count._all]));
}
