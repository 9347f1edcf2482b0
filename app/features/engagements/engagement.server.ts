// Engagements: the work an AGREED match becomes (decision 0020). A coordinator starts one from the template of its
// kind, edits its scope under optimistic locking (every save is a new revision, confirmed again by both sides), the
// partner and the host confirm the revision they read (the kickoff agreement), and the work ends in reflections
// (engagement-completion.server.ts). The host is the city side named in the scope: they confirm and answer through
// signed e-mail links, and the owning coordinator may act for them in the hub.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { hasPermission, type RoleName } from "~/kernel/auth/permissions.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { writeAudit, type AuditAction } from "~/kernel/audit/audit.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { mailOrigin, type RequestContext } from "~/kernel/auth/guards.server.ts";
import { addTokyoDays, todayInTokyo, utcDate, utcMidnight } from "~/kernel/japan-time.ts";
import { signRecordLink } from "~/kernel/signed-token.server.ts";
import { conflict, conflictOrNotFound, forbidden, invalid, notFound, ok } from "~/kernel/result.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  scopeAgreed,
  scopeEditable,
  type EngagementKindName,
  type EngagementSideName,
  type EngagementStatusName,
} from "./engagement-rules.ts";
import type { ScopeValues } from "./schemas.ts";

export type EngagementActor = Actor & { roles: readonly RoleName[] };

export function isEngagementCoordinator(actor: Pick<EngagementActor, "roles"> | null): boolean {
  return actor ? hasPermission(actor.roles, "engagement:manage") : false;
}

/** Match stages an engagement may start from: agreed, or already under way. */
const startableStages = ["AGREED", "ACTIVE"] as const;

export function auditEngagement(
  tx: Pick<Db, "auditLog">,
  input: { actor: Actor | null; engagementId: string; context?: RequestContext },
  action: AuditAction,
  details: Prisma.InputJsonObject,
) {
  return writeAudit(tx, {
    actor: input.actor ? { id: input.actor.id, label: input.actor.displayName } : null,
    action,
    targetType: "engagement",
    targetId: input.engagementId,
    details,
    ipAddress: input.context?.ip ?? null,
  });
}

// ───────────────────────────── Templates ─────────────────────────────

export async function listEngagementTemplates(language: Language) {
  const rows = await prisma.engagementTemplate.findMany({
    orderBy: { position: "asc" },
    select: {
      kind: true,
      nameJa: true,
      nameEn: true,
      hoursPerMonth: true,
      durationDays: true,
      checkInEveryDays: true,
      deliverableJa: true,
      deliverableEn: true,
    },
  });
  return rows.map((row) => ({
    kind: row.kind as EngagementKindName,
    name: language === "en" ? row.nameEn : row.nameJa,
    deliverable: language === "en" ? row.deliverableEn : row.deliverableJa,
    hoursPerMonth: row.hoursPerMonth,
    durationDays: row.durationDays,
    checkInEveryDays: row.checkInEveryDays,
  }));
}

// ───────────────────────────── Who may see what ─────────────────────────────

/** Whether the account acts for the engagement's partner (a member of its profile). */
export async function actsForPartner(engagementId: string, userId: string): Promise<boolean> {
  const found = await prisma.engagement.count({ where: { id: engagementId, partner: { members: { some: { userId } } } } });
  return found > 0;
}

/** The engagement's id and the viewer's sides, or null when the viewer may not know of it. */
export async function engagementAccess(number: number, actor: EngagementActor | null) {
  const row = await prisma.engagement.findUnique({ where: { number }, select: { id: true } });
  if (!row || !actor) return null;
  const coordinator = isEngagementCoordinator(actor);
  const partner = await actsForPartner(row.id, actor.id);
  if (!coordinator && !partner) return null;
  return { id: row.id, coordinator, partner };
}

// ───────────────────────────── Starting ─────────────────────────────

function scopeSnapshot(row: {
  title: string;
  deliverable: string;
  hoursPerMonth: number;
  startsOn: Date;
  endsOn: Date;
  meetingRhythm: string;
  checkInEveryDays: number;
  cityProvides: string;
  hostName: string;
  hostEmail: string;
  hostLanguage: string;
}): Prisma.InputJsonObject {
  return {
    title: row.title,
    deliverable: row.deliverable,
    hoursPerMonth: row.hoursPerMonth,
    startsOn: utcDate(row.startsOn),
    endsOn: utcDate(row.endsOn),
    meetingRhythm: row.meetingRhythm,
    checkInEveryDays: row.checkInEveryDays,
    cityProvides: row.cityProvides,
    hostName: row.hostName,
    hostEmail: row.hostEmail,
    hostLanguage: row.hostLanguage,
  };
}

/**
 * Starts the engagement of an agreed match from its kind's template, in the coordinator's language; the host is the
 * match's counterpart when one was introduced. Twice (or concurrently) for one match: the second finds the first.
 */
export async function startEngagement(input: {
  actor: EngagementActor;
  matchNumber: number;
  kind: EngagementKindName;
  language: Language;
  now?: Date;
  context?: RequestContext;
}) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const match = await prisma.match.findUnique({
    where: { number: input.matchNumber },
    select: {
      id: true,
      stage: true,
      partnerId: true,
      ownerId: true,
      counterpartName: true,
      counterpartEmail: true,
      counterpartLanguage: true,
      challenge: { select: { titleJa: true, titleEn: true } },
      initiative: { select: { initiativeId: true } },
      engagement: { select: { number: true } },
    },
  });
  if (!match) return invalid("engagements.errors.noMatch", "matchNumber");
  if (match.engagement) return { ...conflict("exists"), number: match.engagement.number };
  if (!(startableStages as readonly string[]).includes(match.stage)) return invalid("engagements.errors.matchNotAgreed", "matchNumber");
  const template = await prisma.engagementTemplate.findUnique({ where: { kind: input.kind } });
  if (!template) return invalid("engagements.errors.noTemplate", "kind");
  const en = input.language === "en";
  const startsOn = todayInTokyo(input.now);
  const data = {
    title: pickLanguage(input.language, match.challenge.titleJa, match.challenge.titleEn),
    deliverable: en ? template.deliverableEn : template.deliverableJa,
    hoursPerMonth: template.hoursPerMonth,
    startsOn: utcMidnight(startsOn),
    endsOn: utcMidnight(addTokyoDays(startsOn, Math.max(0, template.durationDays - 1))),
    meetingRhythm: en ? template.meetingRhythmEn : template.meetingRhythmJa,
    checkInEveryDays: template.checkInEveryDays,
    cityProvides: en ? template.cityProvidesEn : template.cityProvidesJa,
    hostName: match.counterpartName ?? "",
    hostEmail: match.counterpartEmail ?? "",
    hostLanguage: match.counterpartLanguage === "en" ? "en" : "ja",
  };
  const created = await prisma.$transaction(async (tx) => {
    const [row] = await tx.engagement.createManyAndReturn({
      data: [
        {
          ...data,
          matchId: match.id,
          partnerId: match.partnerId,
          initiativeId: match.initiative?.initiativeId ?? null,
          ownerId: match.ownerId ?? input.actor.id,
          kind: input.kind,
          updatedById: input.actor.id,
        },
      ],
      skipDuplicates: true,
      select: { id: true, number: true },
    });
    if (!row) return null;
    await tx.engagementScopeRevision.create({
      data: { engagementId: row.id, revision: 1, scope: scopeSnapshot(data), changedByName: input.actor.displayName },
    });
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.started", {
      number: row.number,
      kind: input.kind,
    });
    return row;
  });
  if (!created) {
    const existing = await prisma.engagement.findUniqueOrThrow({ where: { matchId: match.id }, select: { number: true } });
    return { ...conflict("exists"), number: existing.number };
  }
  return ok({ number: created.number, id: created.id });
}

// ───────────────────────────── The scope ─────────────────────────────

async function engagementConflict(number: number) {
  const current = await prisma.engagement.findUnique({
    where: { number },
    select: { version: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  return conflictOrNotFound(
    current ? { version: current.version, changedAt: current.updatedAt, changedBy: current.updatedBy?.displayName ?? null } : null,
  );
}

/**
 * Saves the scope as a new revision when the coordinator's version is still current; both confirmations then wait
 * for the new revision, and both sides get the scope to confirm by mail.
 */
export async function updateScope(input: {
  actor: EngagementActor;
  number: number;
  values: Omit<ScopeValues, "intent">;
  context?: RequestContext;
}) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const { version, ...values } = input.values;
  const current = await prisma.engagement.findUnique({ where: { number: input.number }, select: { status: true } });
  if (!current) return notFound();
  if (!scopeEditable(current.status as EngagementStatusName)) return conflict("not-editable");
  const data = { ...values, startsOn: utcMidnight(values.startsOn), endsOn: utcMidnight(values.endsOn) };
  const saved = await prisma.$transaction(async (tx) => {
    const [row] = await tx.engagement.updateManyAndReturn({
      where: { number: input.number, version, status: { in: ["SCOPING", "ACTIVE"] } },
      data: { ...data, version: { increment: 1 }, scopeRevision: { increment: 1 }, updatedById: input.actor.id },
      select: { id: true, number: true, version: true, scopeRevision: true },
    });
    if (!row) return null;
    await tx.engagementScopeRevision.create({
      data: { engagementId: row.id, revision: row.scopeRevision, scope: scopeSnapshot(data), changedByName: input.actor.displayName },
    });
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.scope_updated", {
      number: row.number,
      revision: row.scopeRevision,
    });
    const emailIds = await queueScopeMails(tx, row.id, mailOrigin(input.context));
    return { row, emailIds };
  });
  if (!saved) return engagementConflict(input.number);
  await dispatchEmails(saved.emailIds);
  return ok({ version: saved.row.version, revision: saved.row.scopeRevision });
}

/** The partner's members who get its mail: everyone acting for it (an individual is their own only member). */
export async function partnerRecipients(db: Pick<Db, "partnerMember">, partnerId: string) {
  const members = await db.partnerMember.findMany({
    where: { partnerId },
    select: { user: { select: { id: true, email: true, displayName: true, language: true } } },
  });
  return members.map((member) => ({ ...member.user, language: (member.user.language === "en" ? "en" : "ja") as Language }));
}

/** "Please confirm revision N": to the partner's members (the hub's page) and to the host (a signed link). */
async function queueScopeMails(tx: Db, engagementId: string, origin: string) {
  const engagement = await tx.engagement.findUniqueOrThrow({
    where: { id: engagementId },
    select: {
      id: true,
      number: true,
      title: true,
      scopeRevision: true,
      hostName: true,
      hostEmail: true,
      hostLanguage: true,
      partnerId: true,
    },
  });
  const ids: string[] = [];
  const props = { number: engagement.number, title: engagement.title, revision: engagement.scopeRevision };
  for (const member of await partnerRecipients(tx, engagement.partnerId)) {
    const queued = await queueEmail(tx, {
      template: "engagement-scope",
      to: member.email,
      userId: member.id,
      language: member.language,
      props: { ...props, displayName: member.displayName, url: `${origin}/engagements/${engagement.number}` },
      idempotencyKey: `engagement-scope:${engagement.id}:${engagement.scopeRevision}:${member.id}`,
    });
    ids.push(queued.id);
  }
  if (engagement.hostEmail) {
    const token = await signRecordLink(`scope:${engagement.id}:${engagement.scopeRevision}`);
    const queued = await queueEmail(tx, {
      template: "engagement-scope",
      to: engagement.hostEmail,
      language: engagement.hostLanguage === "en" ? "en" : "ja",
      props: { ...props, displayName: engagement.hostName, url: `${origin}/engagement-links/${token}` },
      idempotencyKey: `engagement-scope:${engagement.id}:${engagement.scopeRevision}:host`,
    });
    ids.push(queued.id);
  }
  return ids;
}

/** Sends the current revision to both sides again (after the first save, or when a mail went astray). */
export async function sendScopeForConfirmation(input: { actor: EngagementActor; number: number; context?: RequestContext }) {
  if (!isEngagementCoordinator(input.actor)) return forbidden();
  const row = await prisma.engagement.findUnique({ where: { number: input.number }, select: { id: true, status: true, hostEmail: true } });
  if (!row) return notFound();
  if (!row.hostEmail) return invalid("engagements.errors.hostEmailMissing");
  const ids = await prisma.$transaction((tx) => queueScopeMails(tx, row.id, mailOrigin(input.context)));
  await dispatchEmails(ids);
  return ok();
}

/**
 * One side confirms the revision it read. A newer revision is a conflict (read it first); confirming twice changes
 * nothing. When both sides have confirmed the current revision of a scope still SCOPING, the work starts (ACTIVE).
 */
export async function confirmScope(input: {
  engagementId: string;
  side: EngagementSideName;
  revision: number;
  byName: string;
  actor: Actor | null;
  now?: Date;
  context?: RequestContext;
}) {
  const now = input.now ?? new Date();
  const sideFields =
    input.side === "PARTNER"
      ? { partnerConfirmedRevision: input.revision, partnerConfirmedAt: now, partnerConfirmedByName: input.byName }
      : { hostConfirmedRevision: input.revision, hostConfirmedAt: now, hostConfirmedByName: input.byName };
  // Not yet confirmed by this side at this revision (a NULL column counts as not confirmed; NOT (NULL = n) would not).
  const unconfirmed =
    input.side === "PARTNER"
      ? [{ partnerConfirmedRevision: null }, { partnerConfirmedRevision: { not: input.revision } }]
      : [{ hostConfirmedRevision: null }, { hostConfirmedRevision: { not: input.revision } }];
  const outcome = await prisma.$transaction(async (tx) => {
    const [row] = await tx.engagement.updateManyAndReturn({
      where: { id: input.engagementId, scopeRevision: input.revision, status: { in: ["SCOPING", "ACTIVE"] }, OR: unconfirmed },
      data: sideFields,
      select: { id: true, number: true },
    });
    if (!row) return null;
    // Both confirmations in: the kickoff. The row lock taken above makes a concurrent confirmation of the other
    // side wait, so exactly one of the two sees both and moves the status.
    await tx.engagement.updateMany({
      where: { id: input.engagementId, status: "SCOPING", partnerConfirmedRevision: input.revision, hostConfirmedRevision: input.revision },
      data: { status: "ACTIVE", kickedOffAt: now, version: { increment: 1 } },
    });
    await auditEngagement(tx, { actor: input.actor, engagementId: row.id, context: input.context }, "engagement.scope_confirmed", {
      number: row.number,
      side: input.side,
      revision: input.revision,
      by: input.byName,
    });
    return row;
  });
  const current = await prisma.engagement.findUnique({
    where: { id: input.engagementId },
    select: { status: true, scopeRevision: true, partnerConfirmedRevision: true, hostConfirmedRevision: true },
  });
  if (!current) return notFound();
  if (outcome) return ok({ alreadyConfirmed: false, agreed: scopeAgreed(current), status: current.status });
  const confirmedRevision = input.side === "PARTNER" ? current.partnerConfirmedRevision : current.hostConfirmedRevision;
  if (confirmedRevision === input.revision && current.scopeRevision === input.revision)
    return ok({ alreadyConfirmed: true, agreed: scopeAgreed(current), status: current.status });
  if (!scopeEditable(current.status as EngagementStatusName)) return conflict("not-editable");
  return conflict("scope-changed");
}
