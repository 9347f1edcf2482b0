// The one way the application sends e-mail: a durable outbox row written in the caller's transaction, then a
// job per message (app/kernel/email/email-worker.server.ts). A message exists if and only if the change that caused
// it committed, and a crash between commit and dispatch only delays it until the sweeper runs.
import { emailTemplates, renderEmail, type EmailLanguage, type EmailTemplateName, type EmailTemplateProps } from "../../../emails/index.ts";
import type { EmailStatus, Prisma } from "~/generated/prisma/client.ts";
import { getBoss, getStartedBoss } from "~/kernel/jobs.server.ts";
import { enqueueEmailBatchJobs, enqueueEmailJobs } from "~/kernel/email/email-worker.server.ts";
import { composeEmail, loadBodies, recipientSlot } from "~/kernel/email/compose.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { emailStatuses, type EmailStatusName } from "~/kernel/email/email-statuses.ts";

// The statuses the page offers must be exactly the database's.
type _SameStatuses = [EmailStatus, EmailStatusName] extends [EmailStatusName, EmailStatus] ? true : never;
const _statusesMatch: _SameStatuses = true;

export type { EmailTemplateName, EmailTemplateProps } from "../../../emails/index.ts";
export { emailTemplateNames } from "../../../emails/index.ts";

export type QueueEmailInput<N extends EmailTemplateName> = {
  template: N;
  to: string;
  userId?: string | null;
  language: EmailLanguage;
  props: EmailTemplateProps<N>;
  /**
   * Names the event the message is about, e.g. `verify-email:<tokenId>`: the same key never produces a second
   * message (a retried request or transaction), and the provider gets it too, so a send is never repeated.
   * A new event needs a new key. At most 256 characters (the provider's limit).
   */
  idempotencyKey: string;
  /** One-click unsubscribe address (RFC 8058), sent as the List-Unsubscribe header. */
  listUnsubscribeUrl?: string | null;
};

/**
 * Renders the template and writes the outbox row with `db`: pass the transaction client so the message commits
 * together with the change that caused it. Returns the row id; the same idempotencyKey again returns the
 * existing row's id without writing anything. Call dispatchEmails with the ids after the commit.
 */
export async function queueEmail<N extends EmailTemplateName>(
  db: Pick<Db, "emailMessage">,
  input: QueueEmailInput<N>,
): Promise<{ id: string }> {
  if (input.idempotencyKey.length === 0 || input.idempotencyKey.length > 256) {
    throw new Error(`queueEmail: idempotencyKey must have 1–256 characters (got ${input.idempotencyKey.length})`);
  }
  const rendered = await renderEmail(input.template, input.language, input.props);
  // ON CONFLICT DO NOTHING rather than a plain insert: a duplicate key must not abort the caller's transaction,
  // and a concurrent transaction with the same key makes this one wait for it and then find its row.
  const [created] = await db.emailMessage.createManyAndReturn({
    data: [
      {
        idempotencyKey: input.idempotencyKey,
        template: input.template,
        language: input.language,
        toAddress: input.to.trim(),
        userId: input.userId ?? null,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        listUnsubscribeUrl: input.listUnsubscribeUrl ?? null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (created) return created;
  const existing = await db.emailMessage.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (!existing) throw new Error("queueEmail: the idempotency key conflicted but no row was found");
  return existing;
}

/**
 * After the transaction commits: gives each message a job so it goes out within a second. Never throws — the
 * rows are already committed and the sweeper re-dispatches anything this could not hand over.
 */
export async function dispatchEmails(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    // Under Vitest a job queue exists only if the test started one; otherwise the rows simply stay QUEUED.
    const boss = await (process.env.VITEST ? getStartedBoss() : getBoss());
    if (boss) await enqueueEmailJobs(boss, ids);
  } catch (error) {
    console.error(`[email] dispatch of ${ids.length} message(s) failed; the sweeper will retry`, error);
  }
}

/**
 * After the commit of many messages at once (a notification's fan-out): a job per EMAIL_BATCH_SIZE messages,
 * each sent through the provider's batch API in one request. Never throws, like dispatchEmails.
 */
export async function dispatchEmailBatches(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    const boss = await (process.env.VITEST ? getStartedBoss() : getBoss());
    if (boss) await enqueueEmailBatchJobs(boss, ids);
  } catch (error) {
    console.error(`[email] dispatch of ${ids.length} batched message(s) failed; the sweeper will retry`, error);
  }
}

/** For a message that is the only change: queueEmail in its own transaction, then dispatchEmails. */
export async function sendEmail<N extends EmailTemplateName>(input: QueueEmailInput<N>): Promise<{ id: string }> {
  const queued = await prisma.$transaction((tx) => queueEmail(tx, input));
  await dispatchEmails([queued.id]);
  return queued;
}

// ── Admin outbox ──

export const OUTBOX_PAGE_SIZE = 50;
export { emailStatuses };

export type OutboxFilter = { status?: EmailStatus; to?: string; page: number };

/** One page of the outbox, newest first, with the number of messages in each status. Bodies are not read. */
export async function listOutbox(filter: OutboxFilter) {
  const where: Prisma.EmailMessageWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.to ? { toAddress: { contains: filter.to, mode: "insensitive" } } : {}),
  };
  const [messages, total, grouped] = await Promise.all([
    prisma.emailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        template: true,
        language: true,
        toAddress: true,
        subject: true,
        bodyId: true,
        variables: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    prisma.emailMessage.count({ where }),
    prisma.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(emailStatuses.map((status) => [status, 0])) as Record<EmailStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  // Shared bodies: one query for the page's few distinct bodies, so the subject is the one the recipient got.
  const bodies = await loadBodies(messages);
  const composed = messages.map(({ bodyId, variables, ...message }) => ({
    ...message,
    subject: composeEmail({ ...message, html: "", text: "", bodyId, variables, body: bodyId ? bodies.get(bodyId) : null }).subject,
  }));
  return { messages: composed, total, counts, pageSize: OUTBOX_PAGE_SIZE };
}

export type RetryResult = "requeued" | "not-dead" | "not-found";

/**
 * An admin sends a DEAD message again: back to QUEUED (attempts and the last error stay until it succeeds),
 * recorded in the audit log in the same transaction, then dispatched.
 */
export async function retryDeadEmail(
  emailId: string,
  context: { actor: { id: string; label: string }; ipAddress?: string | null },
): Promise<RetryResult> {
  const result = await prisma.$transaction(async (tx): Promise<RetryResult> => {
    const [requeued] = await tx.emailMessage.updateManyAndReturn({
      where: { id: emailId, status: "DEAD" },
      // An admin's retry is a new send of this one message: it no longer waits for the batch it failed in (whose
      // other messages stay DEAD), and goes out under its own key.
      data: { status: "QUEUED", sendKey: null },
      select: { template: true, attempts: true },
    });
    if (!requeued) {
      const current = await tx.emailMessage.findUnique({ where: { id: emailId }, select: { id: true } });
      return current ? "not-dead" : "not-found";
    }
    await writeAudit(tx, {
      actor: context.actor,
      action: "email.retried",
      targetType: "email",
      targetId: emailId,
      details: { template: requeued.template, attempts: requeued.attempts },
      ipAddress: context.ipAddress ?? null,
    });
    return "requeued";
  });
  if (result === "requeued") await dispatchEmails([emailId]);
  return result;
}

/** Props of templates sent with a shared body (EmailBody) whose values each recipient fills in at send time. */
const sharedBodyVariables: Partial<Record<EmailTemplateName, readonly string[]>> = { notification: ["unfollowUrl", "unsubscribeUrl"] };

/**
 * A template rendered with its sample props, for the admin preview page. Nothing is stored or sent. A template
 * with a shared body is rendered the way it is sent — slots, then composeEmail — so the preview shows
 * that the recipient's values survive rendering.
 */
export async function renderTemplatePreview<N extends EmailTemplateName>(template: N, language: EmailLanguage) {
  const sample = emailTemplates[template].previewProps as Record<string, unknown>;
  const variables = sharedBodyVariables[template];
  if (!variables) return renderEmail(template, language, emailTemplates[template].previewProps);
  const withSlots = { ...sample, ...Object.fromEntries(variables.map((name) => [name, recipientSlot(name)])) };
  const body = await renderEmail(template, language, withSlots as EmailTemplateProps<N>);
  const values = Object.fromEntries(variables.map((name) => [name, String(sample[name] ?? "")]));
  return composeEmail({ ...body, bodyId: "preview", variables: values, body });
}

// ── Development mailbox (never in production: bodies hold live sign-in links) ──

export async function listMailbox(filter: { to?: string }) {
  return prisma.emailMessage.findMany({
    where: filter.to ? { toAddress: { contains: filter.to, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, toAddress: true, subject: true, template: true, language: true, status: true, createdAt: true },
  });
}

export async function getMailboxMessage(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const message = await prisma.emailMessage.findUnique({
    where: { id },
    select: {
      id: true,
      toAddress: true,
      subject: true,
      template: true,
      language: true,
      status: true,
      attempts: true,
      lastError: true,
      providerMessageId: true,
      html: true,
      text: true,
      bodyId: true,
      variables: true,
      body: { select: { subject: true, html: true, text: true } },
      createdAt: true,
      sentAt: true,
    },
  });
  if (!message) return null;
  const { bodyId, variables, body, ...rest } = message;
  return { ...rest, ...composeEmail({ ...message, bodyId, variables, body }) };
}

/** The web addresses in a message's text part, in order, once each — the links a developer wants to follow. */
export function linksInText(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"）」]+/g) ?? [])];
}
