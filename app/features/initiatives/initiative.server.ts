// 取り組み: what an AGREED match grows into. Starting one (or joining one) from a match, editing its details with
// optimistic locking, moving its status, who takes part and who is shown, the local counterparts, and cheers.
// Every change commits with its audit entry (and activity, for what followers hear about); the database's
// triggers refuse an impossible status move or a match that is not AGREED, and these functions turn those
// rules into results, never exceptions. Updates, milestones and outcomes: initiative-updates.server.ts.
import type { Prisma } from "~/generated/prisma/client.ts";
import {
  canChangeInitiativeStatus,
  type CounterpartValues,
  type InitiativeDetailsValues,
  type InitiativeStatusName,
} from "~/features/initiatives/schemas.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { hasPermission, type RoleName } from "~/kernel/auth/permissions.ts";
import { dispatchActivities, recordActivity } from "~/features/following/index.server.ts";
import { writeAudit, type AuditAction, type AuditDetails } from "~/kernel/audit/audit.server.ts";
import { getI18nInstance } from "~/kernel/i18n/i18next.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { autoFollow } from "~/features/following/index.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import {
  conflict,
  invalid,
  notFound,
  ok,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { todayInTokyo, utcMidnight } from "~/kernel/japan-time.ts";

/** The account acting on an initiative, with its roles: coordinators may do more than partners. */
export type InitiativeActor = Actor & { roles: readonly RoleName[] };
export type InitiativeRequestContext = { ip?: string | null; origin?: string | null };

/** One audit entry about an initiative, by the person acting, from the request's address; commits with `tx`. */
export function auditInitiative(
  tx: Pick<Db, "auditLog">,
  { actor, initiativeId, requestContext }: { actor: InitiativeActor; initiativeId: string; requestContext?: InitiativeRequestContext },
  action: AuditAction,
  details: AuditDetails,
) {
  return writeAudit(tx, {
    actor: { id: actor.id, label: actor.displayName },
    action,
    targetType: "initiative",
    targetId: initiativeId,
    details,
    ipAddress: requestContext?.ip ?? null,
  });
}

/** Match stages that may become (or join) an initiative; the participant trigger checks the same. */
export const initiativeReadyStages = ["AGREED", "ACTIVE", "COMPLETED"] as const;

export function isCoordinator(actor: Pick<InitiativeActor, "roles">): boolean {
  return hasPermission(actor.roles, "initiative:manage");
}

/** The error a trigger raises (check_violation, SQLSTATE 23514), however the driver adapter surfaces it. */
export function isCheckViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause, message } = error as { code?: unknown; cause?: { originalCode?: unknown; code?: unknown }; message?: unknown };
  if (code === "23514" || cause?.originalCode === "23514" || cause?.code === "23514") return true;
  return typeof message === "string" && (message.includes("initiative status cannot change") || message.includes("only an AGREED match"));
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { originalCode?: unknown; kind?: unknown } };
  return code === "P2002" || cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}

// ───────────────────────────── Starting from a match ─────────────────────────────

export type FromMatchResult = Result<
  { initiative: { id: string; number: number } },
  | NotFoundFailure
  | ConflictFailure<"not-agreed">
  | ConflictFailure<"already-joined">
  | ConflictFailure<"already-participant">
  | ConflictFailure<"initiative-completed">
>;

const matchForInitiativeSelect = {
  id: true,
  number: true,
  stage: true,
  partnerId: true,
  ownerId: true,
  proposal: { select: { authorId: true } },
  partner: { select: { members: { select: { userId: true } } } },
  initiative: { select: { initiativeId: true } },
  challenge: {
    select: {
      id: true,
      strategyId: true,
      areaId: true,
      periodId: true,
      titleJa: true,
      titleEn: true,
      summaryJa: true,
      summaryEn: true,
      fields: { select: { fieldId: true, isPrimary: true } },
    },
  },
} satisfies Prisma.MatchSelect;

type MatchForInitiative = Prisma.MatchGetPayload<{ select: typeof matchForInitiativeSelect }>;

/** Who follows an initiative from the start: the partner's members, whoever wrote the idea, the coordinators. */
function followersOf(match: MatchForInitiative, actorId: string): string[] {
  return [
    ...match.partner.members.map((member) => member.userId),
    ...(match.proposal?.authorId ? [match.proposal.authorId] : []),
    ...(match.ownerId ? [match.ownerId] : []),
    actorId,
  ];
}

/** An initiative's first summary, until its coordinator writes one: where it came from, in each language. */
function startedSummary(language: Language, challengeTitle: string) {
  return getI18nInstance(language).getFixedT(language)("initiatives.fromMatch.startedSummary", { title: challengeTitle });
}

async function loadReadyMatch(tx: Db, matchNumber: number) {
  const match = await tx.match.findUnique({ where: { number: matchNumber }, select: matchForInitiativeSelect });
  if (!match) return notFound();
  if (!(initiativeReadyStages as readonly string[]).includes(match.stage)) return conflict("not-agreed");
  if (match.initiative) return conflict("already-joined");
  return ok({ match });
}

/**
 * A new ACTIVE initiative from an AGREED (or later) match, its details taken from the match's challenge, with the
 * match's partner as its first participant (not shown publicly until the partner says so).
 */
export async function createInitiativeFromMatch(input: {
  matchNumber: number;
  actor: InitiativeActor;
  requestContext?: InitiativeRequestContext;
}): Promise<FromMatchResult> {
  const { actor } = input;
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      const loaded = await loadReadyMatch(tx, input.matchNumber);
      if (!loaded.ok) return { result: loaded, activities: [] };
      const { match } = loaded;
      const challenge = match.challenge;
      const initiative = await tx.initiative.create({
        data: {
          strategyId: challenge.strategyId,
          areaId: challenge.areaId,
          periodId: challenge.periodId,
          challengeId: challenge.id,
          titleJa: challenge.titleJa,
          titleEn: challenge.titleEn,
          // The challenge's summary invites partners ("…を募集します"); the initiative has found them.
          summaryJa: startedSummary("ja", challenge.titleJa),
          summaryEn: startedSummary("en", challenge.titleEn ?? challenge.titleJa),
          createdById: actor.id,
          // Today in Japan by the app's clock: a default filled in UTC made one started before 09:00 a day early.
          startedOn: utcMidnight(todayInTokyo()),
          fields: { create: challenge.fields.map((field) => ({ fieldId: field.fieldId, isPrimary: field.isPrimary })) },
          statusEvents: { create: { fromStatus: null, toStatus: "ACTIVE", actorId: actor.id } },
          participants: { create: { partnerId: match.partnerId, matchId: match.id } },
        },
        select: { id: true, number: true },
      });
      await auditInitiative(tx, { actor, initiativeId: initiative.id, requestContext: input.requestContext }, "initiative.created", {
        number: initiative.number,
        matchNumber: match.number,
        partnerId: match.partnerId,
      });
      const activity = await recordActivity(tx, {
        kind: "INITIATIVE_STARTED",
        initiativeId: initiative.id,
        actorId: actor.id,
        origin: input.requestContext?.origin,
      });
      await autoFollow(tx, followersOf(match, actor.id), { type: "INITIATIVE", initiativeId: initiative.id });
      return { result: { ok: true as const, initiative }, activities: [activity] };
    });
    await dispatchActivities(outcome.activities);
    return outcome.result;
  } catch (error) {
    // Two coordinators pressing the button at once: the match joins only one initiative (unique matchId).
    if (isUniqueViolation(error)) return conflict("already-joined");
    if (isCheckViolation(error)) return conflict("not-agreed");
    throw error;
  }
}

/** The match's partner joins an existing initiative (a second partner on the same work). */
export async function joinInitiativeFromMatch(input: {
  matchNumber: number;
  initiativeNumber: number;
  actor: InitiativeActor;
  requestContext?: InitiativeRequestContext;
}): Promise<FromMatchResult> {
  const { actor } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const loaded = await loadReadyMatch(tx, input.matchNumber);
      if (!loaded.ok) return loaded;
      const { match } = loaded;
      const initiative = await tx.initiative.findUnique({
        where: { number: input.initiativeNumber },
        select: {
          id: true,
          number: true,
          status: true,
          participants: { where: { partnerId: match.partnerId }, select: { partnerId: true } },
        },
      });
      if (!initiative) return notFound();
      if (initiative.status === "COMPLETED") return conflict("initiative-completed");
      if (initiative.participants.length) return conflict("already-participant");
      await tx.initiativeParticipant.create({ data: { initiativeId: initiative.id, partnerId: match.partnerId, matchId: match.id } });
      await auditInitiative(
        tx,
        { actor, initiativeId: initiative.id, requestContext: input.requestContext },
        "initiative.participant_added",
        { number: initiative.number, matchNumber: match.number, partnerId: match.partnerId },
      );
      await autoFollow(tx, followersOf(match, actor.id), { type: "INITIATIVE", initiativeId: initiative.id });
      return { ok: true as const, initiative: { id: initiative.id, number: initiative.number } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return conflict("already-joined");
    if (isCheckViolation(error)) return conflict("not-agreed");
    throw error;
  }
}

/** For the match page: the initiative the match is part of, and those it could join. */
export async function getMatchInitiativeOptions(matchId: string) {
  const [joined, open] = await Promise.all([
    prisma.initiativeParticipant.findUnique({
      where: { matchId },
      select: { initiative: { select: { number: true, titleJa: true, titleEn: true } } },
    }),
    prisma.initiative.findMany({
      where: { status: { not: "COMPLETED" } },
      orderBy: { number: "desc" },
      take: 200,
      select: { number: true, titleJa: true, titleEn: true },
    }),
  ]);
  return { joined: joined?.initiative ?? null, open };
}

// ───────────────────────────── Details ─────────────────────────────

export type DetailsOutcome = Result<
  { number: number; version: number },
  | NotFoundFailure
  | ConflictFailure<"conflict">
  | (InvalidFailure<"invalid-reference"> & { field: "strategyCode" | "fieldNumbers" | "areaSlug" | "periodNumber" })
>;

/** Who changed the initiative last and when, for a 409: the last audited change of its details or status. */
async function conflictState(number: number) {
  const current = await prisma.initiative.findUnique({ where: { number }, select: { id: true, version: true, updatedAt: true } });
  if (!current) return notFound();
  const last = await prisma.auditLog.findFirst({
    where: {
      targetType: "initiative",
      targetId: current.id,
      action: { in: ["initiative.updated", "initiative.status_changed", "initiative.created"] },
    },
    orderBy: { createdAt: "desc" },
    select: { actorLabel: true },
  });
  return conflict({ version: current.version, changedAt: current.updatedAt, changedBy: last?.actorLabel || null });
}

export async function updateInitiativeDetails(input: {
  actor: InitiativeActor;
  number: number;
  values: Omit<InitiativeDetailsValues, "intent" | "removeCover">;
  coverImageId?: string | null;
  removeCover?: boolean;
  requestContext?: InitiativeRequestContext;
}): Promise<DetailsOutcome> {
  const { values, actor } = input;
  const lookups = await loadTaxonomyLookups();
  const strategyId = lookups.strategyIdByCode.get(values.strategyCode);
  if (strategyId === undefined) return invalid("invalid-reference", "strategyCode");
  const fieldIds = values.fieldNumbers.map((number) => lookups.fieldIdByNumber.get(number));
  if (fieldIds.some((id) => id === undefined)) return invalid("invalid-reference", "fieldNumbers");
  const areaId = lookups.areaIdBySlug.get(values.areaSlug);
  if (areaId === undefined) return invalid("invalid-reference", "areaSlug");
  const periodId = lookups.periodIdByNumber.get(values.periodNumber);
  if (periodId === undefined) return invalid("invalid-reference", "periodNumber");
  const uniqueFieldIds = [...new Set(fieldIds as number[])];
  const coverChange = input.coverImageId
    ? { coverImageId: input.coverImageId }
    : input.removeCover
      ? { coverImageId: null, coverAltJa: null, coverAltEn: null }
      : {};
  const saved = await prisma.$transaction(async (tx) => {
    const [row] = await tx.initiative.updateManyAndReturn({
      where: { number: input.number, version: values.version },
      data: {
        titleJa: values.titleJa,
        titleEn: values.titleEn,
        summaryJa: values.summaryJa,
        summaryEn: values.summaryEn,
        storyJa: values.storyJa,
        storyEn: values.storyEn,
        strategyId,
        areaId,
        periodId,
        coverAltJa: values.coverAltJa,
        coverAltEn: values.coverAltEn,
        ...coverChange,
        version: { increment: 1 },
      },
      select: { id: true, number: true, version: true },
    });
    if (!row) return null;
    await tx.initiativeField.deleteMany({ where: { initiativeId: row.id } });
    // The first field chosen is the one it is listed under first.
    await tx.initiativeField.createMany({
      data: uniqueFieldIds.map((fieldId, index) => ({ initiativeId: row.id, fieldId, isPrimary: index === 0 })),
    });
    await auditInitiative(tx, { actor, initiativeId: row.id, requestContext: input.requestContext }, "initiative.updated", {
      number: row.number,
      version: row.version,
    });
    return { ok: true as const, number: row.number, version: row.version };
  });
  return saved ?? conflictState(input.number);
}

// ───────────────────────────── Status ─────────────────────────────

export type StatusOutcome = Result<
  { status: InitiativeStatusName; version: number },
  /** Not a move the lifecycle allows from the status it is in. */
  NotFoundFailure | ConflictFailure<"conflict"> | (ConflictFailure<"not-allowed"> & { from: InitiativeStatusName })
>;

export async function changeInitiativeStatus(input: {
  actor: InitiativeActor;
  number: number;
  expectedVersion: number;
  to: InitiativeStatusName;
  reason: string;
  requestContext?: InitiativeRequestContext;
}): Promise<StatusOutcome> {
  const current = await prisma.initiative.findUnique({
    where: { number: input.number },
    select: { id: true, status: true, version: true },
  });
  if (!current) return notFound();
  if (current.version !== input.expectedVersion) return conflictState(input.number);
  if (!canChangeInitiativeStatus(current.status, input.to)) return { ...conflict("not-allowed"), from: current.status };
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const [row] = await tx.initiative.updateManyAndReturn({
        where: { id: current.id, version: input.expectedVersion, status: current.status },
        data: { status: input.to, statusChangedAt: now, completedAt: input.to === "COMPLETED" ? now : null, version: { increment: 1 } },
        select: { version: true },
      });
      if (!row) return null;
      await tx.initiativeEvent.create({
        data: {
          initiativeId: current.id,
          fromStatus: current.status,
          toStatus: input.to,
          actorId: input.actor.id,
          reason: input.reason,
          createdAt: now,
        },
      });
      await auditInitiative(
        tx,
        { actor: input.actor, initiativeId: current.id, requestContext: input.requestContext },
        "initiative.status_changed",
        { number: input.number, from: current.status, to: input.to, reason: input.reason },
      );
      const activity = await recordActivity(tx, {
        kind: "INITIATIVE_STATUS_CHANGED",
        initiativeId: current.id,
        actorId: input.actor.id,
        // The reason is public (the page's history shows it), so followers and feed readers get it too.
        details: { from: current.status, to: input.to, reason: input.reason },
        origin: input.requestContext?.origin,
      });
      return { version: row.version, activity };
    });
    if (!outcome) return conflictState(input.number);
    await dispatchActivities([outcome.activity]);
    return { ok: true, status: input.to, version: outcome.version };
  } catch (error) {
    // The trigger is the last word when two moves race past the check above.
    if (isCheckViolation(error)) return { ...conflict("not-allowed"), from: current.status };
    throw error;
  }
}

// ───────────────────────────── Participants ─────────────────────────────

/** The participating partners the user acts for (member or owner). */
export async function participatingPartnersOf(initiativeId: string, userId: string) {
  const rows = await prisma.initiativeParticipant.findMany({
    where: { initiativeId, partner: { members: { some: { userId } } } },
    select: { partnerId: true, showPublicly: true, partner: { select: { displayName: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return rows.map((row) => ({ partnerId: row.partnerId, displayName: row.partner.displayName, showPublicly: row.showPublicly }));
}

export type ParticipantOutcome = Result<object, NotFoundFailure>;

/** A partner's member decides whether the partner is named on the public page. Others: not found. */
export async function setParticipantVisibility(input: {
  actor: InitiativeActor;
  initiativeId: string;
  partnerId: string;
  showPublicly: boolean;
  requestContext?: InitiativeRequestContext;
}): Promise<ParticipantOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.initiativeParticipant.updateMany({
      where: { initiativeId: input.initiativeId, partnerId: input.partnerId, partner: { members: { some: { userId: input.actor.id } } } },
      data: { showPublicly: input.showPublicly },
    });
    if (count === 0) return notFound();
    await auditInitiative(tx, input, "initiative.updated", { partnerId: input.partnerId, showPublicly: input.showPublicly });
    return ok();
  });
}

/** For /matches/<n>: whether the match's partner takes part in an initiative and is shown there. */
export async function getParticipationOfMatch(matchId: string) {
  const row = await prisma.initiativeParticipant.findUnique({
    where: { matchId },
    select: {
      initiativeId: true,
      partnerId: true,
      showPublicly: true,
      initiative: { select: { number: true, titleJa: true, titleEn: true } },
    },
  });
  return row;
}

export async function removeParticipant(input: {
  actor: InitiativeActor;
  initiativeId: string;
  partnerId: string;
  requestContext?: InitiativeRequestContext;
}): Promise<ParticipantOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.initiativeParticipant.deleteMany({
      where: { initiativeId: input.initiativeId, partnerId: input.partnerId },
    });
    if (count === 0) return notFound();
    await auditInitiative(tx, input, "initiative.participant_removed", { partnerId: input.partnerId });
    return ok();
  });
}

// ───────────────────────────── Counterparts ─────────────────────────────

export async function saveCounterpart(input: {
  actor: InitiativeActor;
  initiativeId: string;
  values: Omit<CounterpartValues, "intent">;
  requestContext?: InitiativeRequestContext;
}): Promise<ParticipantOutcome> {
  const { counterpartId, ...columns } = input.values;
  return prisma.$transaction(async (tx) => {
    if (counterpartId) {
      const { count } = await tx.initiativeCounterpart.updateMany({
        where: { id: counterpartId, initiativeId: input.initiativeId },
        data: columns,
      });
      if (count === 0) return notFound();
    } else {
      await tx.initiativeCounterpart.create({ data: { ...columns, initiativeId: input.initiativeId } });
    }
    await auditInitiative(tx, input, "initiative.updated", { counterpart: columns.nameJa });
    return ok();
  });
}

export async function deleteCounterpart(input: {
  actor: InitiativeActor;
  initiativeId: string;
  counterpartId: string;
  requestContext?: InitiativeRequestContext;
}): Promise<ParticipantOutcome> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.initiativeCounterpart.deleteMany({ where: { id: input.counterpartId, initiativeId: input.initiativeId } });
    if (count === 0) return notFound();
    await auditInitiative(tx, input, "initiative.updated", { counterpartRemoved: input.counterpartId });
    return ok();
  });
}

// ───────────────────────────── Cheers ─────────────────────────────

/** 応援 on or off; once per account (the primary key), so repeating either is harmless. Returns the new count. */
export async function setCheer(initiativeId: string, userId: string, on: boolean): Promise<{ cheered: boolean; count: number }> {
  if (on) await prisma.initiativeCheer.createMany({ data: [{ initiativeId, userId }], skipDuplicates: true });
  else await prisma.initiativeCheer.deleteMany({ where: { initiativeId, userId } });
  const count = await prisma.initiativeCheer.count({ where: { initiativeId } });
  return { cheered: on, count };
}
