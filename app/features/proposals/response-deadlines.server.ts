// Response deadlines of proposals (decision 0019). A submitted proposal is owed its first response within
// RESPONSE_DEADLINE_BUSINESS_DAYS business days (weekends, public holidays and the city's closed days such as 年末年始
// excluded): the assigned coordinator is reminded on the last business day before it, the coordinator lead after it.
// A proposal waiting on its partner (NEEDS_INFO) is closed kindly after NEEDS_INFO_CLOSE_DAYS days of the partner's
// silence, with a reminder NEEDS_INFO_REMINDER_DAYS days before. One pg-boss job runs it all; each reminder is claimed
// by its key (app/kernel/reminders.server.ts), so two workers running at once send it once.
import type PgBoss from "pg-boss";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import {
  TOKYO_TIME_ZONE,
  addBusinessDays,
  addTokyoDays,
  isBusinessDay,
  todayInTokyo,
  utcDate,
  utcMidnight,
  type Day,
} from "~/kernel/japan-time.ts";
import { claimReminder } from "~/kernel/reminders.server.ts";
import { isLanguage, type Language } from "~/kernel/i18n/config.ts";
import { partnerRecipients, proposalUrl, type MailRecipient } from "./proposal-status.server.ts";
import { NEEDS_INFO_REMINDER_DAYS, needsInfoClosesOn } from "./response-rules.server.ts";

/**
 * The coordinator lead (decision 0019): everyone holding the COORDINATOR_LEAD role, or — when nobody does — the
 * administrators, so that an overdue proposal always reaches someone.
 */
export async function leadRecipients(db: Pick<Db, "user"> = prisma): Promise<MailRecipient[]> {
  const select = { id: true, email: true, language: true, displayName: true } as const;
  let users = await db.user.findMany({ where: { roles: { some: { role: "COORDINATOR_LEAD" } } }, orderBy: { email: "asc" }, select });
  if (users.length === 0)
    users = await db.user.findMany({ where: { roles: { some: { role: "ADMIN" } } }, orderBy: { email: "asc" }, select });
  return users.map((user) => ({ userId: user.id, email: user.email, language: asLanguage(user.language), displayName: user.displayName }));
}

function asLanguage(value: string): Language {
  return isLanguage(value) ? value : "ja";
}

function mailOriginForJobs(): string {
  return getEnv().APP_ORIGIN ?? "http://localhost:3000";
}

export type ProposalDeadlineRun = { responseReminders: number; overdueNotices: number; needsInfoReminders: number; closed: number };

/**
 * Sends what is due at `now` (Tokyo): reminders of first responses due on the next business day, notices to the lead
 * of those overdue, reminders to partners whose NEEDS_INFO proposal closes soon, and closes those whose day has come.
 * Coordinators are written to on business days only. Safe to run any number of times, in several processes at once.
 */
export async function runProposalDeadlines(now: Date = new Date()): Promise<ProposalDeadlineRun> {
  const today = todayInTokyo(now);
  const origin = mailOriginForJobs();
  const run: ProposalDeadlineRun = { responseReminders: 0, overdueNotices: 0, needsInfoReminders: 0, closed: 0 };
  const mailIds: string[] = [];

  if (isBusinessDay(today)) {
    // Owed first responses due by the next business day: the one before the deadline, or past it.
    const owed = await prisma.proposal.findMany({
      where: { status: "SUBMITTED", responseDueOn: { not: null, lte: utcMidnight(addBusinessDays(today, 1)) } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        title: true,
        responseDueOn: true,
        partner: { select: { displayName: true } },
        assignee: { select: { id: true, email: true, language: true, displayName: true } },
      },
    });
    for (const proposal of owed) {
      const dueOn = utcDate(proposal.responseDueOn!);
      const overdue = dueOn < today;
      const queued = await prisma.$transaction(async (tx) => {
        if (!(await claimReminder(tx, `proposal-response:${proposal.id}:${dueOn}:${overdue ? "overdue" : "due"}`, now))) return [];
        const assignee = proposal.assignee
          ? [
              {
                userId: proposal.assignee.id,
                email: proposal.assignee.email,
                language: asLanguage(proposal.assignee.language),
                displayName: proposal.assignee.displayName,
              },
            ]
          : [];
        // Before the deadline the assignee hears (the lead when nobody is assigned); after it, the lead.
        const recipients = overdue || assignee.length === 0 ? await leadRecipients(tx) : assignee;
        const ids: string[] = [];
        for (const recipient of recipients) {
          const mail = await queueEmail(tx, {
            template: "proposal-deadline",
            to: recipient.email,
            userId: recipient.userId,
            language: recipient.language,
            props: {
              kind: overdue ? "RESPONSE_OVERDUE" : "RESPONSE_DUE",
              displayName: recipient.displayName,
              number: proposal.number,
              title: proposal.title,
              partnerName: proposal.partner.displayName,
              dueOn,
              assigneeName: proposal.assignee?.displayName ?? null,
              url: proposalUrl(origin, proposal.number, "COORDINATOR"),
            },
            idempotencyKey: `proposal-response:${proposal.id}:${dueOn}:${overdue ? "overdue" : "due"}:${recipient.userId}`,
          });
          ids.push(mail.id);
        }
        return ids;
      });
      if (queued.length > 0) run[overdue ? "overdueNotices" : "responseReminders"]++;
      mailIds.push(...queued);
    }
  }

  // Proposals waiting on their partner, with the partner's last word (a message) since the request.
  const waiting = await prisma.proposal.findMany({
    where: { status: "NEEDS_INFO" },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      version: true,
      partnerId: true,
      statusChangedAt: true,
      partner: { select: { displayName: true } },
      assigneeId: true,
      messages: { where: { side: "PARTNER" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  for (const proposal of waiting) {
    const lastWord = proposal.messages[0]?.createdAt;
    const silentSince = lastWord && lastWord > proposal.statusChangedAt ? lastWord : proposal.statusChangedAt;
    const closesOn = needsInfoClosesOn(silentSince);
    if (today >= closesOn) {
      const closed = await closeForSilence(proposal, closesOn, now, origin);
      if (closed) run.closed++;
      mailIds.push(...closed);
    } else if (today >= addTokyoDays(closesOn, -NEEDS_INFO_REMINDER_DAYS)) {
      const queued = await prisma.$transaction(async (tx) => {
        if (!(await claimReminder(tx, `proposal-needs-info:${proposal.id}:${closesOn}`, now))) return [];
        const ids: string[] = [];
        for (const recipient of await partnerRecipients(tx, proposal.partnerId)) {
          const mail = await queueEmail(tx, {
            template: "proposal-deadline",
            to: recipient.email,
            userId: recipient.userId,
            language: recipient.language,
            props: {
              kind: "NEEDS_INFO_REMINDER",
              displayName: "",
              number: proposal.number,
              title: proposal.title,
              partnerName: proposal.partner.displayName,
              dueOn: closesOn,
              assigneeName: null,
              url: proposalUrl(origin, proposal.number, "PARTNER"),
            },
            idempotencyKey: `proposal-needs-info:${proposal.id}:${closesOn}:${recipient.userId}`,
          });
          ids.push(mail.id);
        }
        return ids;
      });
      if (queued.length > 0) run.needsInfoReminders++;
      mailIds.push(...queued);
    }
  }

  await dispatchEmails(mailIds);
  return run;
}

/**
 * Closes a NEEDS_INFO proposal (to DECLINED, marked closed for silence: the partner reads a kind explanation, not a
 * coordinator's reason), with its event and audit entry, and tells the partner and the assigned coordinator. The
 * version check makes a second worker's attempt a no-op. Returns the queued mail ids (none when it lost the race).
 */
async function closeForSilence(
  proposal: {
    id: string;
    number: number;
    title: string;
    version: number;
    partnerId: string;
    assigneeId: string | null;
    partner: { displayName: string };
  },
  closesOn: Day,
  now: Date,
  origin: string,
): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const [updated] = await tx.proposal.updateManyAndReturn({
      where: { id: proposal.id, status: "NEEDS_INFO", version: proposal.version },
      data: {
        status: "DECLINED",
        version: { increment: 1 },
        statusChangedAt: now,
        decidedAt: now,
        decisionReason: null,
        closedForSilenceAt: now,
        responseDueOn: null,
      },
      select: { version: true },
    });
    if (!updated) return [];
    await tx.proposalEvent.create({
      data: { proposalId: proposal.id, fromStatus: "NEEDS_INFO", toStatus: "DECLINED", actorId: null, reason: null, createdAt: now },
    });
    await writeAudit(tx, {
      actor: null,
      action: "proposal.closed_for_silence",
      targetType: "proposal",
      targetId: proposal.id,
      details: { number: proposal.number, closesOn },
      ipAddress: null,
    });
    const partnerSide = (await partnerRecipients(tx, proposal.partnerId)).map((recipient) => ({ recipient, side: "PARTNER" as const }));
    const assignee = proposal.assigneeId
      ? await tx.user.findUnique({
          where: { id: proposal.assigneeId },
          select: { id: true, email: true, language: true, displayName: true },
        })
      : null;
    const staffSide = assignee
      ? [
          {
            recipient: {
              userId: assignee.id,
              email: assignee.email,
              language: asLanguage(assignee.language),
              displayName: assignee.displayName,
            },
            side: "COORDINATOR" as const,
          },
        ]
      : [];
    const ids: string[] = [];
    for (const { recipient, side } of [...partnerSide, ...staffSide]) {
      const mail = await queueEmail(tx, {
        template: "proposal-deadline",
        to: recipient.email,
        userId: recipient.userId,
        language: recipient.language,
        props: {
          kind: side === "PARTNER" ? "NEEDS_INFO_CLOSED" : "NEEDS_INFO_CLOSED_STAFF",
          displayName: recipient.displayName,
          number: proposal.number,
          title: proposal.title,
          partnerName: proposal.partner.displayName,
          dueOn: closesOn,
          assigneeName: null,
          url: proposalUrl(origin, proposal.number, side),
        },
        idempotencyKey: `proposal-closed:${proposal.id}:${updated.version}:${recipient.userId}`,
      });
      ids.push(mail.id);
    }
    return ids;
  });
}

// ───────────────────────────── The job ─────────────────────────────

export const PROPOSAL_DEADLINES_QUEUE = "proposal.deadlines";

export async function startProposalDeadlineJob(boss: PgBoss): Promise<void> {
  await boss.createQueue(PROPOSAL_DEADLINES_QUEUE, { name: PROPOSAL_DEADLINES_QUEUE, retryLimit: 2, retryDelay: 60, expireInSeconds: 600 });
  await boss.work(PROPOSAL_DEADLINES_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const run = await runProposalDeadlines();
    if (run.responseReminders || run.overdueNotices || run.needsInfoReminders || run.closed) console.log("[proposals] deadlines", run);
  });
  // Hourly in office hours (Japan time), so reminders reach people at work; one schedule row however many processes.
  await boss.schedule(PROPOSAL_DEADLINES_QUEUE, "5 8-18 * * *", {}, { tz: TOKYO_TIME_ZONE });
}
