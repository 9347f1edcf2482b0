// Delivery of the e-mail outbox: one pg-boss job per message, claimed with a conditional UPDATE so that a
// message is handed to the provider by one worker at a time, and sent with the message's idempotency key so
// that the provider itself drops a repeat. A sweeper re-dispatches messages no job is carrying any more.
import type PgBoss from "pg-boss";
import { Resend } from "resend";
import { prisma } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { BOSS_SCHEMA } from "./boss.server.ts";

export const EMAIL_SEND_QUEUE = "email.send";
export const EMAIL_SWEEP_QUEUE = "email.sweep";

export type EmailJobData = { emailId: string };

/**
 * 1 try + 5 retries. With backoff pg-boss waits about 20–40 s, then 40–80 s, … up to 5–11 min: a provider
 * outage of a quarter of an hour is ridden out before the message is declared DEAD.
 */
const sendQueueOptions = { retryLimit: 5, retryDelay: 20, retryBackoff: true, expireInSeconds: 60 } as const;

/** A SENDING row this old belongs to a worker that died mid-send (a send is cut off after SEND_TIMEOUT_MS). */
export const STALE_SENDING_MS = 5 * 60_000;
/** A QUEUED row this old with no job behind it was committed but never dispatched (a crash in between). */
export const ORPHANED_AFTER_MS = 30_000;
const SEND_TIMEOUT_MS = 20_000;
/** What marks a message as "delivered" in development: it never left the machine, see /dev/mailbox. */
export const LOCAL_MAILBOX_ID = "local-mailbox";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const queuesReady = new WeakMap<PgBoss, Promise<void>>();

/** Creates the queues once per pg-boss instance (pg-boss 10 refuses jobs for a queue that does not exist). */
export function ensureEmailQueues(boss: PgBoss): Promise<void> {
  let ready = queuesReady.get(boss);
  if (!ready) {
    ready = (async () => {
      await boss.createQueue(EMAIL_SEND_QUEUE, { name: EMAIL_SEND_QUEUE, ...sendQueueOptions });
      // createQueue keeps an existing queue's settings; this carries changed retry settings over on deploy.
      await boss.updateQueue(EMAIL_SEND_QUEUE, { name: EMAIL_SEND_QUEUE, ...sendQueueOptions });
      await boss.createQueue(EMAIL_SWEEP_QUEUE, { name: EMAIL_SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 120 });
    })();
    ready.catch(() => queuesReady.delete(boss));
    queuesReady.set(boss, ready);
  }
  return ready;
}

let localWorkerId: { boss: PgBoss; id: string } | null = null;

/** Adds one `email.send` job per message. A worker in this process is woken at once instead of at its next poll. */
export async function enqueueEmailJobs(boss: PgBoss, emailIds: readonly string[]): Promise<void> {
  if (emailIds.length === 0) return;
  await ensureEmailQueues(boss);
  await boss.insert(emailIds.map((emailId) => ({ name: EMAIL_SEND_QUEUE, data: { emailId } satisfies EmailJobData })));
  if (localWorkerId?.boss === boss) boss.notifyWorker(localWorkerId.id);
}

export type EmailJobOutcome =
  | { status: "sent"; providerMessageId: string }
  | { status: "skipped"; reason: "not-found" | "already-sent" | "dead" | "in-progress" }
  | { status: "retry"; error: string }
  | { status: "dead"; error: string };

type SendResult = { ok: true; id: string } | { ok: false; error: string; permanent: boolean };
type OutgoingMessage = { idempotencyKey: string; toAddress: string; subject: string; html: string; text: string };

let resendClient: { key: string; baseUrl: string | undefined; client: Resend } | null = null;

async function deliver(message: OutgoingMessage): Promise<SendResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) return { ok: true, id: LOCAL_MAILBOX_ID };
  if (resendClient?.key !== env.RESEND_API_KEY || resendClient.baseUrl !== env.RESEND_BASE_URL) {
    resendClient = { key: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL, client: new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL }) };
  }
  const { data, error } = await resendClient.client.emails.send(
    { from: env.EMAIL_FROM, to: message.toAddress, subject: message.subject, html: message.html, text: message.text },
    // The same key on every attempt: if a previous attempt reached Resend but we never recorded it (crash,
    // timeout), Resend answers with that first message instead of sending a second one.
    { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
  );
  if (data) return { ok: true, id: data.id };
  const status = error?.statusCode ?? null;
  return {
    ok: false,
    error: `${error?.name ?? "unknown_error"} (${status ?? "no response"}): ${error?.message ?? "no details"}`.slice(0, 1_000),
    // A malformed request (bad address, missing field) fails the same way every time; everything else —
    // network, 5xx, rate limits, a key being rotated — may pass later.
    permanent: status === 400 || status === 422,
  };
}

/**
 * Claims one message, sends it and records the result. Safe to run any number of times, concurrently too:
 * only one caller wins the claim, and a SENT message is never claimed again.
 * `finalAttempt` (the job's last retry) turns a failure into DEAD instead of another retry.
 */
export async function processEmailJob(emailId: string, options: { finalAttempt?: boolean } = {}): Promise<EmailJobOutcome> {
  if (!uuidPattern.test(emailId)) return { status: "skipped", reason: "not-found" };
  // QUEUED → SENDING in one statement: under concurrent claims PostgreSQL re-checks the condition on the locked
  // row, so exactly one caller gets it back. A SENDING row left by a crashed worker is taken over once stale.
  const [message] = await prisma.emailMessage.updateManyAndReturn({
    where: {
      id: emailId,
      OR: [{ status: "QUEUED" }, { status: "SENDING", updatedAt: { lt: new Date(Date.now() - STALE_SENDING_MS) } }],
    },
    data: { status: "SENDING", attempts: { increment: 1 } },
    select: { id: true, idempotencyKey: true, toAddress: true, subject: true, html: true, text: true },
  });
  if (!message) {
    const current = await prisma.emailMessage.findUnique({ where: { id: emailId }, select: { status: true } });
    if (!current) return { status: "skipped", reason: "not-found" };
    if (current.status === "SENT") return { status: "skipped", reason: "already-sent" };
    if (current.status === "DEAD") return { status: "skipped", reason: "dead" };
    return { status: "skipped", reason: "in-progress" };
  }

  let result: SendResult;
  try {
    result = await deliver(message);
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message.slice(0, 1_000) : String(error), permanent: false };
  }

  if (result.ok) {
    await prisma.emailMessage.updateMany({
      where: { id: message.id, status: "SENDING" },
      data: { status: "SENT", providerMessageId: result.id, sentAt: new Date(), lastError: null },
    });
    return { status: "sent", providerMessageId: result.id };
  }
  const dead = result.permanent || options.finalAttempt === true;
  await prisma.emailMessage.updateMany({
    where: { id: message.id, status: "SENDING" },
    data: { status: dead ? "DEAD" : "QUEUED", lastError: result.error },
  });
  if (dead) console.error(`[email] ${message.id} is DEAD: ${result.error}`);
  return dead ? { status: "dead", error: result.error } : { status: "retry", error: result.error };
}

/**
 * Messages that no live job carries: QUEUED and not touched for ORPHANED_AFTER_MS (committed, then the process
 * died before dispatch, or dispatch failed), or SENDING past STALE_SENDING_MS whose job pg-boss gave up on.
 * Messages waiting for a backed-off retry still have their job (state "retry") and are left alone.
 */
export async function findOrphanedEmailIds(options: { orphanedAfterMs?: number; staleSendingAfterMs?: number; limit?: number } = {}) {
  const now = Date.now();
  const candidates = await prisma.emailMessage.findMany({
    where: {
      OR: [
        { status: "QUEUED", updatedAt: { lt: new Date(now - (options.orphanedAfterMs ?? ORPHANED_AFTER_MS)) } },
        { status: "SENDING", updatedAt: { lt: new Date(now - (options.staleSendingAfterMs ?? STALE_SENDING_MS)) } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 500,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  const ids = candidates.map((candidate) => candidate.id);
  // pg-boss's own table (pinned 10.4 layout): job states sort created < retry < active < completed < … .
  const carried = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT DISTINCT data->>'emailId' AS id FROM ${BOSS_SCHEMA}.job
      WHERE name = $1 AND state < 'completed' AND data->>'emailId' = ANY($2::text[])`,
    EMAIL_SEND_QUEUE,
    ids,
  );
  const carriedIds = new Set(carried.map((row) => row.id));
  return ids.filter((id) => !carriedIds.has(id));
}

/** Finds orphaned messages and gives each a new job. Runs every minute and once when a worker starts. */
export async function sweepOutbox(boss: PgBoss, options?: Parameters<typeof findOrphanedEmailIds>[0]): Promise<string[]> {
  const ids = await findOrphanedEmailIds(options);
  if (ids.length > 0) {
    await enqueueEmailJobs(boss, ids);
    console.log(`[email] sweeper re-dispatched ${ids.length} message(s)`);
  }
  return ids;
}

/** Registers the send worker and the sweeper's schedule on a worker process's pg-boss. */
export async function startEmailWorkers(boss: PgBoss): Promise<void> {
  await ensureEmailQueues(boss);
  const workerId = await boss.work<EmailJobData>(
    EMAIL_SEND_QUEUE,
    // 0.5 s is pg-boss's shortest poll: mail from another process arrives quickly (from this one, at once).
    { batchSize: 5, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      // A batch completes as a whole unless single jobs are failed explicitly (STACK.md): fail just the ones to retry.
      await Promise.all(
        jobs.map(async (job) => {
          let outcome: EmailJobOutcome;
          try {
            outcome = await processEmailJob(job.data.emailId, { finalAttempt: job.retryCount >= job.retryLimit });
          } catch (error) {
            // The database itself failed; the row is unchanged or left SENDING (reclaimed once stale).
            outcome = { status: "retry", error: error instanceof Error ? error.message : String(error) };
          }
          if (outcome.status === "retry") await boss.fail(EMAIL_SEND_QUEUE, job.id, { message: outcome.error });
        }),
      );
    },
  );
  localWorkerId = { boss, id: workerId };

  await boss.work(EMAIL_SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    await sweepOutbox(boss);
  });
  await boss.schedule(EMAIL_SWEEP_QUEUE, "* * * * *");
  // Whatever a crash left behind goes out now rather than at the next full minute.
  void sweepOutbox(boss).catch((error: unknown) => console.error("[email] sweep failed", error));
}
