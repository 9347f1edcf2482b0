// The end of an engagement: at its end date (the daily job) or when a coordinator marks it done, both sides are asked
// for a reflection (what was delivered, the hours actually spent, whether they would work together again, and a 1–5
// rating only coordinators read). Neither side reads the other's answer before both answered or 14 days passed.
// When both answered (or a coordinator closes it after the 14 days), the engagement is COMPLETED and the partner's
// contribution record is written in the same transaction. Ending early records the reason.
import { prisma, type Db } from "~/kernel/db.server.ts";
import { dispatchEmailBatches, dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { mailOrigin, type RequestContext } from "~/kernel/auth/guards.server.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { getLinkSigningKey, signRecordLink, signRecordLinkWith } from "~/kernel/signed-token.server.ts";
import { queueSharedMails, type SharedMail } from "./shared-mail.server.ts";
import { todayInTokyo, utcDate, utcMidnight } from "~/kernel/japan-time.ts";
import { conflict, forbidden, notFound, ok } from "~/kernel/result.ts";
import { auditEngagement, isEngagementCoordinator, partnerRecipients, type EngagementActor } from "./engagement.server.ts";
import { reflectionsRevealed, type EngagementSideName } from "./engagement-rules.ts";

/** "Please write your reflection": the partner's members (the hub) and the host (a signed link). */
async function queueReflectionMails(tx: Db, engagementId: string, origin: string) {
  const engagement = await tx.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: { id: true, number: true, title: true, hostName: true, hostEmail: true, hostLanguage: true, partnerId: true },
  });
  const ids: string[] = [];
  for (const member of await partnerRecipients(tx, engagement.partnerId)) {
    const queued = await queueEmail(tx, {
      template: "engagement-reflection",
      to: member.email,
      userId: member.id,
      language: member.language,
      props: { displayName: member.displayName, title: engagement.title, url: `${origin}/engagements/${engagement.number}` },
      idempotencyKey: `engagement-reflection:${engagement.id}:${member.id}`,
    });
    ids.push(queued.id);
  }
  if (engagement.hostEmail) {
    const token = await signRecordLink(`reflection:${engagement.id}`);
    const queued = await queueEmail(tx, {
      template: "engagement-reflection",
      to: engagement.hostEmail,
      language: engagement.hostLanguage === "en" ? "en" : "ja",
      props: { displayName: engagement.hostName, title: engagement.title, url: `${origin}/engagement-links/${token}` },
      idempotencyKey: `engagement-reflection:${engagement.id}:host`,
    });
    ids.push(queued.id);
  }
  return ids;
}

/**
 * The daily job's second half: ACTIVE engagements whose end date passed (in Japan) move to reflections, and both
 * sides of each are asked by mail. The mails share one rendered body per language (recipient values in their
 * variables), so a day when many engagements end costs two renders.
 */
export async function openDueReflections(now: Date = new Date(), origin = mailOrigin()) {
  const today = utcMidnight(todayInTokyo(now));
  const opened = await prisma.engagement.updateManyAndReturn({
    where: { status: "ACTIVE", endsOn: { lt: today } },
    data: { status: "REFLECTING", reflectionsOpenedAt: now, version: { increment: 1 } },
    select: { id: true, number: true, title: true, hostName: true, hostEmail: true, hostLanguage: true, partnerId: true },
  });
  if (opened.length === 0) return { opened: 0 };
  const members = await prisma.partnerMember.findMany({
    where: { partnerId: { in: opened.map((row) => row.partnerId) } },
    select: { partnerId: true, user: { select: { id: true, email: true, displayName: true, language: true } } },
  });
  const key = await getLinkSigningKey();
  const mails: SharedMail[] = [];
  for (const engagement of opened) {
    for (const member of members.filter((row) => row.partnerId === engagement.partnerId)) {
      mails.push({
        idempotencyKey: `engagement-reflection:${engagement.id}:${member.user.id}`,
        to: member.user.email,
        userId: member.user.id,
        language: member.user.language === "en" ? "en" : "ja",
        variables: { displayName: member.user.displayName, title: engagement.title, url: `${origin}/engagements/${engagement.number}` },
      });
    }
    if (engagement.hostEmail) {
      mails.push({
        idempotencyKey: `engagement-reflection:${engagement.id}:host`,
        to: engagement.hostEmail,
        userId: null,
        language: engagement.hostLanguage === "en" ? "en" : "ja",
        variables: {
          displayName: engagement.hostName,
          title: engagement.title,
          url: `${origin}/engagement-links/${signRecordLinkWith(key, `reflection:${engagement.id}`)}`,
        },
      });
    }
  }
  const ids = await queueSharedMails("engagement-reflection", mails);
  await dispatchEmailBatches(ids);
  return { opened: opened.length };
}

async function stateConflict(number: number) {
  const current = await prisma.engagement.findUnique({
    where: { number },
    select: { version: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  if (!current) return notFound();
  return conflict({ version: current.version, changedAt: current.updatedAt, changedBy: current.updatedBy?.displayName ?? null });
}

/** A coordinator marks an ACTIVE engagement done before (or on) its end date: reflections open now. */
/** A coordinator's move of one engagement from the version they read. */
type StateMove = { actor: EngagementActor; number: number; version: number; now?: Date; context?: RequestContext };

export async function markEngagementDone(input: StateMove) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const now = input.now ?? new Date();
  const done = await prisma.$transaction(async (tx) => {
    const [row] = await tx.engagement.updateManyAndReturn({
      where: { number: input.number, version: input.version, status: "ACTIVE" },
      data: { status: "REFLECTING", reflectionsOpenedAt: now, version: { increment: 1 }, updatedById: input.actor.id },
      select: { id: true, number: true },
    });
    if (!row) return null;
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.marked_done", {
      number: row.number,
    });
    return queueReflectionMails(tx, row.id, mailOrigin(input.context));
  });
  if (!done) return stateConflict(input.number);
  await dispatchEmails(done);
  return ok();
}

/** Ends the engagement before its work is done, with the reason (kept for the coordinators' records). */
export async function endEngagementEarly(input: StateMove & { reason: string }) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const now = input.now ?? new Date();
  const ended = await prisma.$transaction(async (tx) => {
    const [row] = await tx.engagement.updateManyAndReturn({
      where: { number: input.number, version: input.version, status: { in: ["SCOPING", "ACTIVE", "REFLECTING"] } },
      data: { status: "ENDED_EARLY", endedEarlyAt: now, endedReason: input.reason, version: { increment: 1 }, updatedById: input.actor.id },
      select: { id: true, number: true },
    });
    if (!row) return null;
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.ended_early", {
      number: row.number,
      reason: input.reason,
    });
    return row;
  });
  return ended ? ok() : stateConflict(input.number);
}

export type ReflectionInput = { delivered: string; hoursSpent: number; wouldWorkAgain: boolean; rating: number };

/**
 * One side's reflection, once: a second one is refused (the first stays). The second side's answer completes the
 * engagement and writes the partner's contribution record.
 */
export async function submitReflection(input: {
  engagementId: string;
  side: EngagementSideName;
  values: ReflectionInput;
  authorName: string;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const outcome = await prisma.$transaction(async (tx) => {
    // Locks the engagement row: the other side's concurrent answer waits, then sees this one.
    const [engagement] = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT "status"::text AS "status" FROM "Engagement" WHERE "id" = ${input.engagementId}::uuid FOR UPDATE`;
    if (!engagement) return "not-found" as const;
    if (engagement.status !== "REFLECTING") return "not-open" as const;
    const created = await tx.engagementReflection.createMany({
      data: [{ engagementId: input.engagementId, side: input.side, ...input.values, authorName: input.authorName, submittedAt: now }],
      skipDuplicates: true,
    });
    if (created.count === 0) return "already" as const;
    const sides = await tx.engagementReflection.count({ where: { engagementId: input.engagementId } });
    if (sides === 2) await completeEngagement(tx, input.engagementId, now, null);
    return "ok" as const;
  });
  if (outcome === "not-found") return notFound();
  if (outcome === "not-open") return conflict("not-open");
  if (outcome === "already") return conflict("already-reflected");
  return ok();
}

/**
 * A coordinator completes an engagement whose partner reflected but whose host did not within the 14 days (or
 * completes it for both once both answered, which the second answer already does).
 */
export async function closeEngagement(input: StateMove) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const now = input.now ?? new Date();
  const row = await prisma.engagement.findUnique({
    where: { number: input.number },
    select: { id: true, status: true, version: true, reflectionsOpenedAt: true, reflections: { select: { side: true } } },
  });
  if (!row) return notFound();
  const partnerReflected = row.reflections.some((reflection) => reflection.side === "PARTNER");
  if (row.status !== "REFLECTING" || !partnerReflected) return conflict("not-closable");
  if (!reflectionsRevealed({ submittedSides: row.reflections.length, openedAt: row.reflectionsOpenedAt, now }))
    return conflict("too-early");
  const closed = await prisma.$transaction(async (tx) => {
    const moved = await tx.engagement.updateMany({
      where: { id: row.id, version: input.version, status: "REFLECTING" },
      data: { updatedById: input.actor.id },
    });
    if (moved.count === 0) return false;
    await completeEngagement(tx, row.id, now, input.actor);
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.closed", {
      number: input.number,
    });
    return true;
  });
  return closed ? ok() : stateConflict(input.number);
}

/** COMPLETED, and the partner's contribution record: hours as the partner reported them, confirmed by the host. */
async function completeEngagement(tx: Db, engagementId: string, now: Date, closedBy: Actor | null) {
  const engagement = await tx.engagement.update({
    where: { id: engagementId },
    data: { status: "COMPLETED", completedAt: now, version: { increment: 1 } },
    select: {
      id: true,
      partnerId: true,
      title: true,
      endsOn: true,
      hostName: true,
      initiative: { select: { strategyId: true, fields: { where: { isPrimary: true }, select: { fieldId: true } } } },
      match: { select: { challenge: { select: { strategyId: true, fields: { where: { isPrimary: true }, select: { fieldId: true } } } } } },
      reflections: { select: { side: true, hoursSpent: true, authorName: true } },
    },
  });
  const partner = engagement.reflections.find((reflection) => reflection.side === "PARTNER");
  const host = engagement.reflections.find((reflection) => reflection.side === "HOST");
  const today = todayInTokyo(now);
  const endsOn = utcDate(engagement.endsOn);
  const source = engagement.initiative ?? engagement.match.challenge;
  await tx.contributionRecord.createMany({
    data: [
      {
        partnerId: engagement.partnerId,
        kind: "ENGAGEMENT",
        engagementId: engagement.id,
        title: engagement.title,
        occurredOn: utcMidnight(endsOn < today ? endsOn : today),
        hours: partner?.hoursSpent ?? 0,
        strategyId: source.strategyId,
        fieldId: source.fields[0]?.fieldId ?? null,
        hostName: engagement.hostName,
        confirmedById: host ? null : (closedBy?.id ?? null),
        confirmedByName: host?.authorName ?? closedBy?.displayName ?? engagement.hostName,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * The reflections as one viewer may read them: their own side's always; the other side's once revealed; the
 * ratings only for coordinators.
 */
export async function reflectionsFor(engagementId: string, viewer: { sides: EngagementSideName[]; coordinator: boolean }, now: Date) {
  const engagement = await prisma.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: {
      reflectionsOpenedAt: true,
      reflections: {
        select: { side: true, delivered: true, hoursSpent: true, wouldWorkAgain: true, rating: true, authorName: true, submittedAt: true },
      },
    },
  });
  const revealed = reflectionsRevealed({ submittedSides: engagement.reflections.length, openedAt: engagement.reflectionsOpenedAt, now });
  return {
    revealed,
    submittedSides: engagement.reflections.map((reflection) => reflection.side as EngagementSideName),
    shown: engagement.reflections
      .filter((reflection) => viewer.coordinator || revealed || viewer.sides.includes(reflection.side as EngagementSideName))
      .map((reflection) => ({
        side: reflection.side as EngagementSideName,
        delivered: reflection.delivered,
        hoursSpent: Number(reflection.hoursSpent),
        wouldWorkAgain: reflection.wouldWorkAgain,
        authorName: reflection.authorName,
        submittedAt: reflection.submittedAt.toISOString(),
        rating: viewer.coordinator ? reflection.rating : null,
      })),
  };
}
