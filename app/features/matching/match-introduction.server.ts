// Introducing a partner to the local counterpart of a challenge, and the partner's consent to share their contact
// details. The introduction moves the match to INTRODUCED and queues one mail per side in the same transaction;
// each side reads only what the other agreed to share (the partner's contact details need recorded consent).
// Partners see their own matches here too (members of the partner only).
import type { Language } from "~/kernel/i18n/config.ts";
import { prisma } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import type { MatchStageName } from "~/features/matching/match-stages.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { matchConflict, moveMatchWithin, type MoveMatchResult } from "./match.server.ts";
import { conflict, conflictOrNotFound, notFound, type ConflictFailure, type NotFoundFailure, type Result } from "~/kernel/result.ts";
import { organisationMemberRecipients, shownPartnerName } from "~/features/partners/index.server.ts";
import { actsForPartner } from "~/features/proposals/index.server.ts";
import { type RequestContext, mailOrigin } from "~/kernel/auth/guards.server.ts";
import { utcDate, utcMidnight } from "~/kernel/japan-time.ts";
import { introductionAnswerDueOn, introductionAnswerUrl } from "./introduction-answer.server.ts";

export type Counterpart = { name: string; email: string; language: "ja" | "en" };

/** The partner's public summary as the counterpart reads it: the first paragraph of the bio, kept short. */
function summaryOf(bio: string): string {
  const first = bio.trim().split(/\n\s*\n/)[0] ?? "";
  return first.length > 400 ? `${first.slice(0, 399)}…` : first;
}

/**
 * Moves the match to INTRODUCED with the counterpart stored on it and, in the same transaction, queues the
 * introduction to every member of the partner (in their language) and to the counterpart (in theirs). The
 * counterpart's mail carries the partner's contact details only when the partner's consent is recorded: the
 * profile's contact e-mail and phone, else the account e-mail of the partner's first owner.
 */
export async function introduceMatch(input: {
  matchId: string;
  expectedVersion: number;
  counterpart: Counterpart;
  actor: { userId: string };
  requestContext?: RequestContext;
}): Promise<MoveMatchResult> {
  const origin = mailOrigin(input.requestContext);
  // The partner answers the introduction by this day (decision 0019); the e-mail says so and links the answer.
  const answerDueOn = introductionAnswerDueOn(new Date());
  const outcome = await prisma.$transaction(async (tx): Promise<{ result: MoveMatchResult; mailIds: string[] }> => {
    const moved = await moveMatchWithin(
      tx,
      {
        matchId: input.matchId,
        expectedVersion: input.expectedVersion,
        to: "INTRODUCED",
        actor: input.actor,
        requestContext: input.requestContext,
      },
      {
        counterpartName: input.counterpart.name,
        counterpartEmail: input.counterpart.email,
        counterpartLanguage: input.counterpart.language,
        answerDueOn: utcMidnight(answerDueOn),
      },
    );
    if (!moved.ok) return { result: moved, mailIds: [] };
    const match = await tx.match.findUniqueOrThrow({
      where: { id: input.matchId },
      select: {
        id: true,
        number: true,
        contactConsentAt: true,
        challenge: { select: { number: true, titleJa: true, titleEn: true } },
        partner: {
          select: {
            id: true,
            displayName: true,
            headline: true,
            bio: true,
            contactEmail: true,
            contactEmailVerifiedAt: true,
            contactPhone: true,
            members: { where: { role: "OWNER" }, orderBy: { joinedAt: "asc" }, take: 1, select: { user: { select: { email: true } } } },
          },
        },
      },
    });
    const coordinator = await tx.user.findUniqueOrThrow({ where: { id: input.actor.userId }, select: { displayName: true } });
    const partner = match.partner;
    const contact = match.contactConsentAt
      ? {
          // An unconfirmed contact address is never handed out (decision 0017): the owner's sign-in address, which
          // the account confirmed, stands in until the link mailed to the contact address is used.
          email: (partner.contactEmailVerifiedAt ? partner.contactEmail : null) ?? partner.members[0]?.user.email ?? null,
          phone: partner.contactPhone ?? null,
        }
      : null;
    const common = {
      matchNumber: match.number,
      challengeUrl: `${origin}/challenges/${match.challenge.number}`,
      partnerHeadline: partner.headline,
      partnerSummary: summaryOf(partner.bio),
      counterpartName: input.counterpart.name,
      counterpartEmail: input.counterpart.email,
      coordinatorName: coordinator.displayName,
    };
    const mailIds: string[] = [];
    for (const member of await organisationMemberRecipients(partner.id, tx)) {
      const queued = await queueEmail(tx, {
        template: "match-introduction",
        to: member.email,
        userId: member.userId,
        language: member.language,
        props: {
          ...common,
          side: "PARTNER",
          partnerName: shownPartnerName(partner.displayName, member.language),
          displayName: "",
          challengeTitle: pickLanguage(member.language, match.challenge.titleJa, match.challenge.titleEn),
          partnerContact: null,
          url: `${origin}/matches/${match.number}`,
          answer: { url: await introductionAnswerUrl(origin, match.id, member.userId), dueOn: answerDueOn },
        },
        idempotencyKey: `match-introduction:${match.id}:${moved.version}:${member.userId}`,
      });
      mailIds.push(queued.id);
    }
    const toCounterpart = await queueEmail(tx, {
      template: "match-introduction",
      to: input.counterpart.email,
      language: input.counterpart.language,
      props: {
        ...common,
        side: "COUNTERPART",
        partnerName: shownPartnerName(partner.displayName, input.counterpart.language),
        displayName: input.counterpart.name,
        challengeTitle: pickLanguage(input.counterpart.language, match.challenge.titleJa, match.challenge.titleEn),
        partnerContact: contact && (contact.email || contact.phone) ? contact : null,
        url: null,
      },
      idempotencyKey: `match-introduction:${match.id}:${moved.version}:counterpart`,
    });
    mailIds.push(toCounterpart.id);
    await writeAudit(tx, {
      actor: { id: input.actor.userId, label: coordinator.displayName },
      action: "match.introduced",
      targetType: "match",
      targetId: match.id,
      details: {
        number: match.number,
        counterpartLanguage: input.counterpart.language,
        contactShared: Boolean(contact),
        partnerMails: mailIds.length - 1,
      },
      ipAddress: input.requestContext?.ip ?? null,
    });
    return { result: moved, mailIds };
  });
  await dispatchEmails(outcome.mailIds);
  return outcome.result;
}

// ───────────────────────────── Consent ─────────────────────────────

export type ConsentResult = Result<
  { changed: boolean },
  NotFoundFailure | ConflictFailure<"conflict"> | ConflictFailure<"already-introduced">
>;

/**
 * Records (or, before the introduction, withdraws) the partner's consent that the counterpart may receive their
 * contact details. A member of the partner acts for themselves; a coordinator records consent given by phone or
 * e-mail (`side: "COORDINATOR"`), and the record keeps who did it. A partner-side actor who is not a member gets
 * "not-found", like a match that does not exist.
 */
export async function setContactConsent(input: {
  matchId: string;
  consent: boolean;
  side: "PARTNER" | "COORDINATOR";
  actor: { userId: string };
  expectedVersion?: number;
  requestContext?: RequestContext;
}): Promise<ConsentResult> {
  return prisma.$transaction(async (tx): Promise<ConsentResult> => {
    const match = await tx.match.findUnique({
      where: { id: input.matchId },
      select: { id: true, number: true, partnerId: true, stage: true, version: true, contactConsentAt: true },
    });
    if (!match) return notFound();
    if (input.side === "PARTNER" && !(await actsForPartner(tx, match.partnerId, input.actor.userId))) return notFound();
    if (input.expectedVersion !== undefined && input.expectedVersion !== match.version)
      return conflictOrNotFound(await matchConflict(match.id, tx));
    if (Boolean(match.contactConsentAt) === input.consent) return { ok: true, changed: false };
    // Once introduced, the details may already be in the counterpart's mailbox: consent then stays on record.
    if (!input.consent && match.stage !== "SUGGESTED") return conflict("already-introduced");
    const now = new Date();
    await tx.match.update({
      where: { id: match.id },
      data: input.consent
        ? { contactConsentAt: now, contactConsentById: input.actor.userId, version: { increment: 1 } }
        : { contactConsentAt: null, contactConsentById: null, version: { increment: 1 } },
      select: { id: true },
    });
    const actor = await tx.user.findUnique({ where: { id: input.actor.userId }, select: { displayName: true } });
    await writeAudit(tx, {
      actor: { id: input.actor.userId, label: actor?.displayName ?? "" },
      action: input.consent ? "match.consent_recorded" : "match.consent_withdrawn",
      targetType: "match",
      targetId: match.id,
      details: { number: match.number, side: input.side },
      ipAddress: input.requestContext?.ip ?? null,
    });
    return { ok: true, changed: true };
  });
}

// ───────────────────────────── The partner's side ─────────────────────────────

/** The matches of every partner the user acts for (their own profile and their organisations), newest first. */
export async function listPartnerMatches(userId: string, language: Language) {
  const rows = await prisma.match.findMany({
    where: { partner: { members: { some: { userId } } } },
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    take: 200,
    select: {
      number: true,
      stage: true,
      stageChangedAt: true,
      contactConsentAt: true,
      partner: { select: { displayName: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true } },
    },
  });
  return rows.map((row) => ({
    number: row.number,
    stage: row.stage,
    stageChangedAt: row.stageChangedAt.toISOString(),
    consented: row.contactConsentAt !== null,
    partnerName: shownPartnerName(row.partner.displayName, language),
    challenge: { number: row.challenge.number, title: pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn) },
  }));
}

/** One match as the partner's members see it (null for anyone else): no score, no internal history. */
export async function getPartnerMatch(number: number, userId: string, language: Language) {
  const row = await prisma.match.findFirst({
    where: { number, partner: { members: { some: { userId } } } },
    select: {
      id: true,
      number: true,
      stage: true,
      stageChangedAt: true,
      contactConsentAt: true,
      contactConsentBy: { select: { displayName: true } },
      counterpartName: true,
      counterpartEmail: true,
      introducedAt: true,
      answerDueOn: true,
      partnerAnswer: true,
      partnerAnsweredAt: true,
      declineReason: true,
      busyUntil: true,
      declineNote: true,
      partner: { select: { id: true, displayName: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true, summaryJa: true, summaryEn: true } },
      owner: { select: { displayName: true } },
    },
  });
  if (!row) return null;
  const stage: MatchStageName = row.stage;
  return {
    id: row.id,
    number: row.number,
    stage,
    stageChangedAt: row.stageChangedAt.toISOString(),
    consent: row.contactConsentAt ? { at: row.contactConsentAt.toISOString(), by: row.contactConsentBy?.displayName ?? null } : null,
    // The counterpart's name and e-mail reach the partner with the introduction, not before.
    counterpart: row.introducedAt && row.counterpartName ? { name: row.counterpartName, email: row.counterpartEmail ?? "" } : null,
    partnerName: shownPartnerName(row.partner.displayName, language),
    challenge: {
      number: row.challenge.number,
      title: pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn),
      summary: pickLanguage(language, row.challenge.summaryJa, row.challenge.summaryEn),
    },
    coordinator: row.owner?.displayName ?? null,
    /** The introduction's answer: owed by `dueOn` while INTRODUCED and unanswered, or as given (decision 0019). */
    answer: {
      dueOn: row.answerDueOn ? utcDate(row.answerDueOn) : null,
      given: row.partnerAnswer,
      at: row.partnerAnsweredAt?.toISOString() ?? null,
      reason: row.declineReason,
      busyUntil: row.busyUntil ? utcDate(row.busyUntil) : null,
      note: row.declineNote,
    },
  };
}
