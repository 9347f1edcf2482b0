// The match pipeline's engine: creating a match (always SUGGESTED) and moving it along
// app/features/matching/match-stages.ts. Each change commits with its MatchEvent and audit entry; a DB trigger refuses any
// other move and the partial unique index "Match_open_pair_key" a second open match per challenge and partner, so
// these functions are the friendly front of hard rules and turn every refusal into a result, never an exception.
import type { Prisma } from "~/generated/prisma/client.ts";
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
import {
  allowedMatchMoves,
  isAllowedMatchMove,
  movesWithoutPartner,
  partnerHasLeft,
  type MatchStageName,
} from "~/features/matching/match-stages.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { getPartnerFeatureIndex, loadChallengeFeatures, loadPartnerFeatures } from "./engine/features.server.ts";
import { compileChallenge, explainFit } from "./engine/score.ts";
import { type RequestContext } from "~/kernel/auth/guards.server.ts";

export type CreateMatchInput = {
  challengeId: string;
  partnerId: string;
  proposalId?: string | null;
  /** The coordinator who follows the match. */
  ownerId: string | null;
  score: number;
  scoreFactors: Prisma.InputJsonValue;
  actor: { userId: string };
  requestContext?: RequestContext;
  /** Run inside the caller's transaction (a batch creating many); else a transaction of its own. */
  tx?: Db;
};

export type CreateMatchResult = Result<
  { match: { id: string; number: number } },
  NotFoundFailure | ConflictFailure<"open-match-exists"> | ConflictFailure<"challenge-closed">
>;

/** Challenges that take new matches: open ones and those already matching. */
const matchableChallengeStatuses = ["OPEN", "MATCHING"] as const;

/**
 * The unique violation (SQLSTATE 23505) of the open-pair index "Match_open_pair_key", in whichever shape the driver
 * adapter surfaces it (P2002 for a statement, the bare adapter error otherwise). Match has no other unique key a
 * create can hit (its id is a fresh UUID, its number a sequence).
 */
export function isOpenMatchViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause, message } = error as {
    code?: unknown;
    cause?: { originalCode?: unknown; kind?: unknown; code?: unknown };
    message?: unknown;
  };
  if (code === "P2002" || code === "23505") return true;
  if (cause && (cause.originalCode === "23505" || cause.code === "23505" || cause.kind === "UniqueConstraintViolation")) return true;
  return typeof message === "string" && message.includes("Match_open_pair_key");
}

async function actorLabel(db: Pick<Db, "user">, userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { displayName: true } });
  return user?.displayName ?? "";
}

async function createWithin(tx: Db, input: CreateMatchInput): Promise<CreateMatchResult> {
  const [challenge, partner, proposal] = await Promise.all([
    tx.challenge.findUnique({ where: { id: input.challengeId }, select: { id: true, number: true, status: true } }),
    tx.partnerProfile.findUnique({ where: { id: input.partnerId }, select: { id: true, displayName: true } }),
    input.proposalId
      ? tx.proposal.findUnique({ where: { id: input.proposalId }, select: { id: true, partnerId: true, challengeId: true } })
      : null,
  ]);
  if (!challenge || !partner) return notFound();
  if (input.proposalId && (!proposal || proposal.partnerId !== partner.id)) return notFound();
  // An accepted proposal may still become a match once its challenge is under way.
  const open = proposal ? [...matchableChallengeStatuses, "IN_PROGRESS"] : matchableChallengeStatuses;
  if (!(open as readonly string[]).includes(challenge.status)) return conflict("challenge-closed");
  // Checked first so that a batch's transaction is not aborted by the index in the common case; the index still
  // decides when two requests race (the second insert waits for the first to commit, then fails).
  const existing = await tx.match.findFirst({
    where: { challengeId: challenge.id, partnerId: partner.id, stage: { notIn: ["COMPLETED", "ENDED"] } },
    select: { id: true },
  });
  if (existing) return conflict("open-match-exists");

  const now = new Date();
  const match = await tx.match.create({
    data: {
      challengeId: challenge.id,
      partnerId: partner.id,
      proposalId: proposal?.id ?? null,
      ownerId: input.ownerId,
      createdById: input.actor.userId,
      score: Math.max(0, Math.min(100, input.score)),
      scoreFactors: input.scoreFactors,
      stageChangedAt: now,
      createdAt: now,
    },
    select: { id: true, number: true },
  });
  await tx.matchEvent.create({
    data: { matchId: match.id, fromStage: null, toStage: "SUGGESTED", actorId: input.actor.userId, createdAt: now },
  });
  await writeAudit(tx, {
    actor: { id: input.actor.userId, label: await actorLabel(tx, input.actor.userId) },
    action: "match.created",
    targetType: "match",
    targetId: match.id,
    details: {
      number: match.number,
      challengeNumber: challenge.number,
      partnerId: partner.id,
      score: input.score,
      ...(proposal ? { proposalId: proposal.id } : {}),
    },
    ipAddress: input.requestContext?.ip ?? null,
  });
  return { ok: true, match };
}

/**
 * A new SUGGESTED match of a partner with a challenge, with its first MatchEvent and the `match.created` audit
 * entry. A second open match for the same pair is "open-match-exists" (also when two requests race: the
 * index's error is mapped, in a transaction of our own; inside a caller's `tx` the pre-check catches it, and a
 * lost race aborts the caller's transaction, which then gets "open-match-exists" and must not go on with it:
 * the batch starts its transaction again, where the pre-check sees the winner's match).
 */
export async function createMatch(input: CreateMatchInput): Promise<CreateMatchResult> {
  try {
    if (input.tx) return await createWithin(input.tx, input);
    return await prisma.$transaction((tx) => createWithin(tx, input));
  } catch (error) {
    if (isOpenMatchViolation(error)) return conflict("open-match-exists");
    throw error;
  }
}

// ───────────────────────────── Moves ─────────────────────────────

export type MoveMatchResult = Result<
  { number: number; stage: MatchStageName; version: number },
  | NotFoundFailure
  | ConflictFailure<"conflict">
  /** Not a move the table allows from the stage the match is in. */
  | (ConflictFailure<"invalid-move"> & { from: MatchStageName; allowed: MatchStageName[] })
  | InvalidFailure<"reason-required">
  /** The partner left (account deleted, organisation archived): only closing moves remain. */
  | ConflictFailure<"partner-gone">
>;

export type MoveMatchInput = {
  matchId: string;
  /** The version the person saw when they chose the move. */
  expectedVersion: number;
  to: MatchStageName;
  /** Required when ending a match. */
  reason?: string | null;
  actor: { userId: string };
  requestContext?: RequestContext;
};

/**
 * What a person who acted on an old version is told: the match changed, when and by whom (and its stage now).
 * Every change to a match writes an audit entry, so the newest one names who made the change not seen.
 */
export async function matchConflict(
  matchId: string,
  db: Pick<Db, "match" | "auditLog"> = prisma,
): Promise<(Change & { stage: MatchStageName }) | null> {
  const [match, lastEntry] = await Promise.all([
    db.match.findUnique({ where: { id: matchId }, select: { version: true, stage: true, updatedAt: true } }),
    db.auditLog.findFirst({
      where: { targetType: "match", targetId: matchId },
      orderBy: { id: "desc" },
      select: { actorLabel: true, createdAt: true },
    }),
  ]);
  if (!match) return null;
  return {
    version: match.version,
    stage: match.stage,
    changedAt: lastEntry && lastEntry.createdAt > match.updatedAt ? lastEntry.createdAt : match.updatedAt,
    changedBy: lastEntry?.actorLabel || null,
  };
}

const stageTimestamp: Partial<Record<MatchStageName, "introducedAt" | "agreedAt" | "activeAt" | "completedAt" | "endedAt">> = {
  INTRODUCED: "introducedAt",
  AGREED: "agreedAt",
  ACTIVE: "activeAt",
  COMPLETED: "completedAt",
  ENDED: "endedAt",
};

/** Extra columns a move writes with it (the introduction's counterpart). */
export type MoveExtras = Pick<
  Prisma.MatchUpdateManyMutationInput,
  "counterpartName" | "counterpartEmail" | "counterpartLanguage" | "answerDueOn"
>;

/**
 * Moves a match inside the caller's transaction: checks the version and the move, updates the stage and its
 * timestamp, records a MatchEvent and the audit entry. The introduction uses this to send its mails in the same
 * transaction; everyone else calls moveMatch.
 */
export async function moveMatchWithin(tx: Db, input: MoveMatchInput, extras: MoveExtras = {}): Promise<MoveMatchResult> {
  const reason = input.reason?.trim() || null;
  const match = await tx.match.findUnique({
    where: { id: input.matchId },
    select: { id: true, number: true, stage: true, version: true, partner: { select: { deletedAt: true, archivedAt: true } } },
  });
  if (!match) return notFound();
  const stale = async () => conflictOrNotFound(await matchConflict(match.id, tx));
  if (match.version !== input.expectedVersion) return stale();
  if (!isAllowedMatchMove(match.stage, input.to))
    return { ...conflict("invalid-move"), from: match.stage, allowed: allowedMatchMoves(match.stage) };
  if (partnerHasLeft(match.partner) && !movesWithoutPartner(match.stage).includes(input.to)) return conflict("partner-gone");
  if (input.to === "ENDED" && !reason) return invalid("reason-required");

  const now = new Date();
  const timestamp = stageTimestamp[input.to];
  const [updated] = await tx.match.updateManyAndReturn({
    where: { id: match.id, version: input.expectedVersion, stage: match.stage },
    data: {
      ...extras,
      stage: input.to,
      version: { increment: 1 },
      stageChangedAt: now,
      ...(timestamp ? { [timestamp]: now } : {}),
      ...(input.to === "ENDED" ? { endedReason: reason } : {}),
    },
    select: { version: true },
  });
  if (!updated) return stale();
  await tx.matchEvent.create({
    data: { matchId: match.id, fromStage: match.stage, toStage: input.to, actorId: input.actor.userId, reason, createdAt: now },
  });
  await writeAudit(tx, {
    actor: { id: input.actor.userId, label: await actorLabel(tx, input.actor.userId) },
    action: "match.stage_changed",
    targetType: "match",
    targetId: match.id,
    details: { number: match.number, from: match.stage, to: input.to, ...(reason ? { reason } : {}) },
    ipAddress: input.requestContext?.ip ?? null,
  });
  return { ok: true, number: match.number, stage: input.to, version: updated.version };
}

/** Moves a match to `to` (see moveMatchWithin); refusals are results. */
export async function moveMatch(input: MoveMatchInput): Promise<MoveMatchResult> {
  return prisma.$transaction((tx) => moveMatchWithin(tx, input));
}

// ───────────────────────────── Owner ─────────────────────────────

export type SetMatchOwnerResult = Result<
  { changed: boolean; version: number },
  NotFoundFailure | ConflictFailure<"conflict"> | InvalidFailure<"not-coordinator">
>;

/** Gives the match to a coordinator (or to no one); version-checked like a move, audited as `match.owner_changed`. */
export async function setMatchOwner(input: {
  matchId: string;
  expectedVersion: number;
  ownerId: string | null;
  actor: { userId: string };
  requestContext?: RequestContext;
}): Promise<SetMatchOwnerResult> {
  return prisma.$transaction(async (tx): Promise<SetMatchOwnerResult> => {
    const match = await tx.match.findUnique({
      where: { id: input.matchId },
      select: { id: true, number: true, version: true, ownerId: true },
    });
    if (!match) return notFound();
    const stale = async () => conflictOrNotFound(await matchConflict(match.id, tx));
    if (match.version !== input.expectedVersion) return stale();
    if (match.ownerId === input.ownerId) return { ok: true, changed: false, version: match.version };
    if (input.ownerId) {
      const coordinator = await tx.userRole.findFirst({
        where: { userId: input.ownerId, role: { in: ["COORDINATOR", "ADMIN"] } },
        select: { userId: true },
      });
      if (!coordinator) return invalid("not-coordinator", "ownerId");
    }
    const [updated] = await tx.match.updateManyAndReturn({
      where: { id: match.id, version: input.expectedVersion },
      data: { ownerId: input.ownerId, version: { increment: 1 } },
      select: { version: true },
    });
    if (!updated) return stale();
    await writeAudit(tx, {
      actor: { id: input.actor.userId, label: await actorLabel(tx, input.actor.userId) },
      action: "match.owner_changed",
      targetType: "match",
      targetId: match.id,
      details: { number: match.number, from: match.ownerId, to: input.ownerId },
      ipAddress: input.requestContext?.ip ?? null,
    });
    return { ok: true, changed: true, version: updated.version };
  });
}

// ───────────────────────────── From an accepted proposal ─────────────────────────────

export type CreateFromProposalResult = Result<
  { match: { id: string; number: number } },
  | NotFoundFailure
  | ConflictFailure<"challenge-closed">
  | ConflictFailure<"not-accepted">
  | (ConflictFailure<"open-match-exists"> & { existing: number | null })
>;

/**
 * A match for an ACCEPTED proposal on a challenge: the proposing partner with that challenge, the score frozen
 * from the partner's current profile (the same scoring as suggestions). An open match for the pair is answered
 * with its number, so the coordinator can be taken to it.
 */
export async function createMatchFromProposal(input: {
  proposalNumber: number;
  actor: { userId: string };
  requestContext?: RequestContext;
}): Promise<CreateFromProposalResult> {
  const proposal = await prisma.proposal.findUnique({
    where: { number: input.proposalNumber },
    select: { id: true, status: true, partnerId: true, challengeId: true },
  });
  if (!proposal || proposal.status === "DRAFT") return notFound();
  if (proposal.status !== "ACCEPTED" || !proposal.challengeId) return conflict("not-accepted");
  const [[partner], [challenge], index] = await Promise.all([
    loadPartnerFeatures([proposal.partnerId]),
    loadChallengeFeatures({ id: proposal.challengeId }),
    getPartnerFeatureIndex(),
  ]);
  // A partner who opted out of suggestions may still have proposed: the proposal is their own request to work on it.
  const fit = partner && challenge ? explainFit(compileChallenge(challenge, index.context), partner) : null;
  const created = await createMatch({
    challengeId: proposal.challengeId,
    partnerId: proposal.partnerId,
    proposalId: proposal.id,
    ownerId: input.actor.userId,
    score: fit?.score ?? 0,
    scoreFactors: (fit?.factors ?? []) as unknown as Prisma.InputJsonValue,
    actor: input.actor,
    requestContext: input.requestContext,
  });
  if (created.ok || created.reason !== "open-match-exists") return created;
  const open = await prisma.match.findFirst({
    where: { challengeId: proposal.challengeId, partnerId: proposal.partnerId, stage: { notIn: ["COMPLETED", "ENDED"] } },
    select: { number: true },
  });
  return { ...conflict("open-match-exists"), existing: open?.number ?? null };
}
