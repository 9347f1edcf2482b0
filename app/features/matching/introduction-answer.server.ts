// The introduced partner's answer (decision 0019): within INTRODUCTION_ANSWER_BUSINESS_DAYS business days of the
// introduction, a member of the partner accepts it or declines it with a reason code — in the hub (/matches/<n>) or
// from the introduction e-mail's signed link (/introductions/<token>, no sign-in). A decline ends the match. The
// deadline job reminds the partner on the last business day before the answer is due and tells the match's
// coordinator (the lead when it has none) once it is overdue; each reminder is claimed by its key, so several workers
// send it once.
import type PgBoss from "pg-boss";
import type { IntroductionNoticeKind } from "../../../emails/introduction-notice.tsx";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";
import { isLanguage, type Language } from "~/kernel/i18n/config.ts";
import {
  TOKYO_TIME_ZONE,
  addBusinessDays,
  formatDate,
  isBusinessDay,
  todayInTokyo,
  tokyoDate,
  utcDate,
  utcMidnight,
  type Day,
} from "~/kernel/japan-time.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { claimReminder } from "~/kernel/reminders.server.ts";
import {
  conflict,
  invalid,
  notFound,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { signLinkToken } from "~/kernel/signed-token.server.ts";
import { organisationMemberRecipients } from "~/features/partners/index.server.ts";
import { actsForPartner, leadRecipients } from "~/features/proposals/index.server.ts";
import type { IntroductionAnswerName, IntroductionDeclineReasonName } from "./introduction-answer-schemas.ts";
import { moveMatchWithin } from "./match.server.ts";
import { mailOrigin, type RequestContext } from "~/kernel/auth/guards.server.ts";

/** The day an introduction made at `introducedAt` is to be answered by. */
export function introductionAnswerDueOn(introducedAt: Date): Day {
  return addBusinessDays(tokyoDate(introducedAt), getEnv().INTRODUCTION_ANSWER_BUSINESS_DAYS);
}

/** The link in the introduction e-mail that answers it as `userId`, without signing in. */
export async function introductionAnswerUrl(origin: string, matchId: string, userId: string): Promise<string> {
  return `${origin}/introductions/${await signLinkToken({ u: userId, s: `answer:${matchId}` })}`;
}

function asLanguage(value: string): Language {
  return isLanguage(value) ? value : "ja";
}

/** A decline's reason as a person reads it: "too busy until 24 Mar 2027", in `language`. */
export function declineReasonText(language: Language, reason: IntroductionDeclineReasonName, busyUntil: Day | null): string {
  const t = translator(language, "matching.answer.reasons");
  return reason === "TOO_BUSY" && busyUntil ? t("TOO_BUSY_UNTIL", { date: formatDate(language, busyUntil) }) : t(reason);
}

export type AnswerIntroductionResult = Result<
  { changed: boolean; answer: IntroductionAnswerName; matchNumber: number },
  | NotFoundFailure
  | ConflictFailure<"not-introduced">
  | (ConflictFailure<"already-answered"> & { answer: IntroductionAnswerName })
  | InvalidFailure<"busy-until-past">
>;

export type AnswerIntroductionInput = {
  matchId: string;
  answer: IntroductionAnswerName;
  reason?: IntroductionDeclineReasonName | null;
  busyUntil?: Day | null;
  note?: string | null;
  /** A member of the partner (signed in, or named by the e-mail's signed link). */
  actor: { userId: string };
  requestContext?: RequestContext;
  now?: Date;
};

/**
 * Records the partner's answer. The same answer again changes nothing ({ changed: false }); another answer after one
 * was given is "already-answered" (a decline has ended the match). Only an INTRODUCED match is answered. The match
 * row is locked first, so two answers at once are taken one after the other.
 */
export async function answerIntroduction(input: AnswerIntroductionInput): Promise<AnswerIntroductionResult> {
  const now = input.now ?? new Date();
  const outcome = await prisma.$transaction(async (tx): Promise<{ result: AnswerIntroductionResult; mailIds: string[] }> => {
    const refuse = (result: AnswerIntroductionResult) => ({ result, mailIds: [] });
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Match" WHERE "id" = ${input.matchId}::uuid FOR UPDATE`;
    if (!locked) return refuse(notFound());
    const match = await tx.match.findUniqueOrThrow({
      where: { id: input.matchId },
      select: {
        id: true,
        number: true,
        stage: true,
        version: true,
        partnerId: true,
        partnerAnswer: true,
        ownerId: true,
        counterpartName: true,
        answerDueOn: true,
        partner: { select: { displayName: true } },
        challenge: { select: { titleJa: true, titleEn: true } },
      },
    });
    if (!(await actsForPartner(tx, match.partnerId, input.actor.userId))) return refuse(notFound());
    if (match.partnerAnswer) {
      if (match.partnerAnswer === input.answer)
        return refuse({ ok: true, changed: false, answer: match.partnerAnswer, matchNumber: match.number });
      return refuse({ ...conflict("already-answered"), answer: match.partnerAnswer });
    }
    if (match.stage !== "INTRODUCED") return refuse(conflict("not-introduced"));
    const declined = input.answer === "DECLINED";
    const reason = declined ? (input.reason ?? "OTHER") : null;
    const busyUntil = declined && reason === "TOO_BUSY" ? (input.busyUntil ?? null) : null;
    if (busyUntil && busyUntil < todayInTokyo(now)) return refuse(invalid("busy-until-past", "busyUntil"));
    const note = declined ? input.note?.trim() || null : null;

    const answerer = await tx.user.findUniqueOrThrow({ where: { id: input.actor.userId }, select: { displayName: true, language: true } });
    if (declined) {
      // The match ends with the reason in the words of the partner who declined (the board shows it as written).
      const endedReason = [declineReasonText(asLanguage(answerer.language), reason!, busyUntil), note].filter(Boolean).join(" — ");
      const moved = await moveMatchWithin(tx, {
        matchId: match.id,
        expectedVersion: match.version,
        to: "ENDED",
        reason: endedReason,
        actor: input.actor,
        requestContext: input.requestContext,
      });
      if (!moved.ok) return refuse(conflict("not-introduced"));
    }
    await tx.match.update({
      where: { id: match.id },
      data: {
        partnerAnswer: input.answer,
        partnerAnsweredAt: now,
        partnerAnsweredById: input.actor.userId,
        declineReason: reason,
        busyUntil: busyUntil ? utcMidnight(busyUntil) : null,
        declineNote: note,
        ...(declined ? {} : { version: { increment: 1 } }),
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor: { id: input.actor.userId, label: answerer.displayName },
      action: declined ? "match.introduction_declined" : "match.introduction_accepted",
      targetType: "match",
      targetId: match.id,
      details: { number: match.number, ...(reason ? { reason } : {}), ...(busyUntil ? { busyUntil } : {}) },
      ipAddress: input.requestContext?.ip ?? null,
    });
    const staff = match.ownerId ? await staffRecipient(tx, match.ownerId) : await leadRecipients(tx);
    const mailIds: string[] = [];
    const origin = mailOrigin(input.requestContext);
    for (const recipient of staff) {
      const mail = await queueEmail(tx, {
        template: "introduction-notice",
        to: recipient.email,
        userId: recipient.userId,
        language: recipient.language,
        props: {
          kind: declined ? "DECLINED" : "ACCEPTED",
          displayName: recipient.displayName,
          ...aboutMatch(recipient.language, match),
          dueOn: match.answerDueOn ? utcDate(match.answerDueOn) : todayInTokyo(now),
          reason: reason ? declineReasonText(recipient.language, reason, busyUntil) : null,
          note,
          url: `${origin}/coordinate/matches/${match.number}`,
          answerUrl: null,
        },
        idempotencyKey: `introduction-answer:${match.id}:${recipient.userId}`,
      });
      mailIds.push(mail.id);
    }
    return { result: { ok: true, changed: true, answer: input.answer, matchNumber: match.number }, mailIds };
  });
  await dispatchEmails(outcome.mailIds);
  return outcome.result;
}

/** What every introduction notice says about its match, in the reader's language. */
function aboutMatch(
  language: Language,
  match: {
    number: number;
    counterpartName: string | null;
    partner: { displayName: string };
    challenge: { titleJa: string; titleEn: string | null };
  },
) {
  return {
    matchNumber: match.number,
    challengeTitle: pickLanguage(language, match.challenge.titleJa, match.challenge.titleEn),
    partnerName: match.partner.displayName,
    counterpartName: match.counterpartName ?? "",
  };
}

async function staffRecipient(db: Pick<Db, "user">, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, language: true, displayName: true } });
  return user ? [{ userId: user.id, email: user.email, language: asLanguage(user.language), displayName: user.displayName }] : [];
}

// ───────────────────────────── The deadline job ─────────────────────────────

export type IntroductionDeadlineRun = { reminders: number; overdueNotices: number };

/**
 * Reminds partners whose answer is due by the next business day and tells coordinators of the overdue ones, on
 * business days. Safe to run any number of times, in several processes at once.
 */
export async function runIntroductionDeadlines(now: Date = new Date()): Promise<IntroductionDeadlineRun> {
  const today = todayInTokyo(now);
  const run: IntroductionDeadlineRun = { reminders: 0, overdueNotices: 0 };
  if (!isBusinessDay(today)) return run;
  const origin = mailOrigin(undefined);
  const owed = await prisma.match.findMany({
    where: { stage: "INTRODUCED", partnerAnswer: null, answerDueOn: { not: null, lte: utcMidnight(addBusinessDays(today, 1)) } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      partnerId: true,
      ownerId: true,
      answerDueOn: true,
      counterpartName: true,
      partner: { select: { displayName: true } },
      challenge: { select: { titleJa: true, titleEn: true } },
    },
  });
  const mailIds: string[] = [];
  for (const match of owed) {
    const dueOn = utcDate(match.answerDueOn!);
    const kind: IntroductionNoticeKind = dueOn < today ? "ANSWER_OVERDUE" : "ANSWER_DUE";
    const queued = await prisma.$transaction(async (tx) => {
      if (!(await claimReminder(tx, `introduction-answer:${match.id}:${dueOn}:${kind === "ANSWER_DUE" ? "due" : "overdue"}`, now)))
        return [];
      const recipients =
        kind === "ANSWER_DUE"
          ? (await organisationMemberRecipients(match.partnerId, tx)).map((member) => ({ ...member, displayName: "", partner: true }))
          : (match.ownerId ? await staffRecipient(tx, match.ownerId) : await leadRecipients(tx)).map((staff) => ({
              ...staff,
              partner: false,
            }));
      const ids: string[] = [];
      for (const recipient of recipients) {
        const mail = await queueEmail(tx, {
          template: "introduction-notice",
          to: recipient.email,
          userId: recipient.userId,
          language: recipient.language,
          props: {
            kind,
            displayName: recipient.displayName,
            ...aboutMatch(recipient.language, match),
            dueOn,
            reason: null,
            note: null,
            url: recipient.partner ? `${origin}/matches/${match.number}` : `${origin}/coordinate/matches/${match.number}`,
            answerUrl: recipient.partner ? await introductionAnswerUrl(origin, match.id, recipient.userId) : null,
          },
          idempotencyKey: `introduction-answer:${match.id}:${dueOn}:${kind}:${recipient.userId}`,
        });
        ids.push(mail.id);
      }
      return ids;
    });
    if (queued.length > 0) run[kind === "ANSWER_DUE" ? "reminders" : "overdueNotices"]++;
    mailIds.push(...queued);
  }
  await dispatchEmails(mailIds);
  return run;
}

export const INTRODUCTION_DEADLINES_QUEUE = "match.introduction-deadlines";

export async function startIntroductionDeadlineJob(boss: PgBoss): Promise<void> {
  await boss.createQueue(INTRODUCTION_DEADLINES_QUEUE, {
    name: INTRODUCTION_DEADLINES_QUEUE,
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 600,
  });
  await boss.work(INTRODUCTION_DEADLINES_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const run = await runIntroductionDeadlines();
    if (run.reminders || run.overdueNotices) console.log("[matching] introduction deadlines", run);
  });
  await boss.schedule(INTRODUCTION_DEADLINES_QUEUE, "10 8-18 * * *", {}, { tz: TOKYO_TIME_ZONE });
}
