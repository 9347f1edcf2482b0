// Delivery of the e-mail outbox: one pg-boss job per message, claimed with a conditional UPDATE so that a
// message is handed to the provider by one worker at a time, and sent with the message's idempotency key so
// that the provider itself drops a repeat. A sweeper re-dispatches messages no job is carrying any more.
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import { Resend } from "resend";
import { composeEmail, listUnsubscribeHeaders, loadBodies } from "~/kernel/email/compose.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { BOSS_SCHEMA } from "~/kernel/jobs.server.ts";
import { isUuid } from "~/kernel/params.server.ts";

export const EMAIL_SEND_QUEUE = "email.send";
export const EMAIL_SWEEP_QUEUE = "email.sweep";
/** Many messages in one provider request (Resend's batch API takes up to 100): notification fan-out uses it. */
export const EMAIL_BATCH_QUEUE = "email.send-batch";
export const EMAIL_BATCH_SIZE = 100;

export type EmailJobData = { emailId: string };
export type EmailBatchJobData = { emailIds: string[] };

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

const queuesReady = new WeakMap<PgBoss, Promise<void>>();

/** Creates the queues once per pg-boss instance (pg-boss 10 refuses jobs for a queue that does not exist). */
export function ensureEmailQueues(boss: PgBoss): Promise<void> {
  let ready = queuesReady.get(boss);
  if (!ready) {
    ready = (async () => {
      await boss.createQueue(EMAIL_SEND_QUEUE, { name: EMAIL_SEND_QUEUE, ...sendQueueOptions });
      // createQueue keeps an existing queue's settings; this carries changed retry settings over on deploy.
      await boss.updateQueue(EMAIL_SEND_QUEUE, { name: EMAIL_SEND_QUEUE, ...sendQueueOptions });
      await boss.createQueue(EMAIL_BATCH_QUEUE, { name: EMAIL_BATCH_QUEUE, ...sendQueueOptions });
      await boss.updateQueue(EMAIL_BATCH_QUEUE, { name: EMAIL_BATCH_QUEUE, ...sendQueueOptions });
      await boss.createQueue(EMAIL_SWEEP_QUEUE, { name: EMAIL_SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 120 });
    })();
    ready.catch(() => queuesReady.delete(boss));
    queuesReady.set(boss, ready);
  }
  return ready;
}

let localWorkerId: { boss: PgBoss; id: string } | null = null;
let localBatchWorkerId: { boss: PgBoss; id: string } | null = null;

/** Adds one `email.send` job per message. A worker in this process is woken at once instead of at its next poll. */
export async function enqueueEmailJobs(boss: PgBoss, emailIds: readonly string[]): Promise<void> {
  if (emailIds.length === 0) return;
  await ensureEmailQueues(boss);
  await boss.insert(emailIds.map((emailId) => ({ name: EMAIL_SEND_QUEUE, data: { emailId } satisfies EmailJobData })));
  if (localWorkerId?.boss === boss) boss.notifyWorker(localWorkerId.id);
}

/** Adds one `email.send-batch` job per EMAIL_BATCH_SIZE messages. */
export async function enqueueEmailBatchJobs(boss: PgBoss, emailIds: readonly string[]): Promise<void> {
  if (emailIds.length === 0) return;
  await ensureEmailQueues(boss);
  const jobs = [];
  for (let start = 0; start < emailIds.length; start += EMAIL_BATCH_SIZE) {
    jobs.push({ name: EMAIL_BATCH_QUEUE, data: { emailIds: emailIds.slice(start, start + EMAIL_BATCH_SIZE) } satisfies EmailBatchJobData });
  }
  await boss.insert(jobs);
  if (localBatchWorkerId?.boss === boss) boss.notifyWorker(localBatchWorkerId.id);
}

export type EmailJobOutcome =
  | { status: "sent"; providerMessageId: string }
  | { status: "skipped"; reason: "not-found" | "already-sent" | "dead" | "in-progress" }
  | { status: "retry"; error: string }
  | { status: "dead"; error: string };

type SendResult = { ok: true; id: string } | { ok: false; error: string; permanent: boolean };
type OutgoingMessage = {
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  listUnsubscribeUrl: string | null;
};

let resendClient: { key: string; baseUrl: string | undefined; client: Resend } | null = null;

function getResend(key: string, baseUrl: string | undefined): Resend {
  if (resendClient?.key !== key || resendClient.baseUrl !== baseUrl) {
    resendClient = { key, baseUrl, client: new Resend(key, { baseUrl }) };
  }
  return resendClient.client;
}

function providerPayload(from: string, message: OutgoingMessage) {
  const headers = listUnsubscribeHeaders(message.listUnsubscribeUrl);
  return { from, to: message.toAddress, subject: message.subject, html: message.html, text: message.text, ...(headers ? { headers } : {}) };
}

function failureOf(error: { statusCode?: number | null; name?: string; message?: string } | null): Extract<SendResult, { ok: false }> {
  const status = error?.statusCode ?? null;
  return {
    ok: false,
    error: `${error?.name ?? "unknown_error"} (${status ?? "no response"}): ${error?.message ?? "no details"}`.slice(0, 1_000),
    // A malformed request (bad address, missing field) fails the same way every time; everything else —
    // network, 5xx, rate limits, a key being rotated — may pass later.
    permanent: status === 400 || status === 422,
  };
}

async function deliver(message: OutgoingMessage): Promise<SendResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) return { ok: true, id: LOCAL_MAILBOX_ID };
  const { data, error } = await getResend(env.RESEND_API_KEY, env.RESEND_BASE_URL).emails.send(
    providerPayload(env.EMAIL_FROM, message),
    // The same key on every attempt: if a previous attempt reached Resend but we never recorded it (crash,
    // timeout), Resend answers with that first message instead of sending a second one.
    { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
  );
  if (data) return { ok: true, id: data.id };
  return failureOf(error);
}

type BatchResult = { ok: true; ids: string[] } | Extract<SendResult, { ok: false }>;

async function deliverBatch(messages: OutgoingMessage[], idempotencyKey: string): Promise<BatchResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) return { ok: true, ids: messages.map(() => LOCAL_MAILBOX_ID) };
  const { data, error } = await getResend(env.RESEND_API_KEY, env.RESEND_BASE_URL).batch.send(
    messages.map((message) => providerPayload(env.EMAIL_FROM, message)),
    { idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
  );
  // The answer lists the created messages in the order they were sent.
  if (data && data.data.length === messages.length) return { ok: true, ids: data.data.map((entry) => entry.id) };
  if (data) return { ok: false, error: `batch answered ${data.data.length} ids for ${messages.length} messages`, permanent: false };
  return failureOf(error);
}

/**
 * Claims messages for sending: QUEUED → SENDING in one statement, the attempt counted. Under concurrent claims
 * PostgreSQL re-checks the condition on the locked row, so exactly one caller gets each message back. A SENDING
 * row left by a crashed worker is taken over once stale. Returns what sending needs of each claimed message.
 */
function claimMessages(id: string | { in: string[] }) {
  return prisma.emailMessage.updateManyAndReturn({
    where: {
      id: id,
      OR: [{ status: "QUEUED" }, { status: "SENDING", updatedAt: { lt: new Date(Date.now() - STALE_SENDING_MS) } }],
    },
    data: { status: "SENDING", attempts: { increment: 1 } },
    select: {
      id: true,
      idempotencyKey: true,
      toAddress: true,
      subject: true,
      html: true,
      text: true,
      bodyId: true,
      variables: true,
      listUnsubscribeUrl: true,
    },
  });
}

/** A send that threw (a network error, a template that failed to render): worth another try. */
function thrownFailure(error: unknown): { ok: false; error: string; permanent: false } {
  return { ok: false, error: error instanceof Error ? error.message.slice(0, 1_000) : String(error), permanent: false };
}

/**
 * Claims one message, sends it and records the result. Safe to run any number of times, concurrently too:
 * only one caller wins the claim, and a SENT message is never claimed again.
 * `finalAttempt` (the job's last retry) turns a failure into DEAD instead of another retry.
 */
export async function processEmailJob(emailId: string, options: { finalAttempt?: boolean } = {}): Promise<EmailJobOutcome> {
  if (!isUuid(emailId)) return { status: "skipped", reason: "not-found" };
  const [message] = await claimMessages(emailId);
  if (!message) {
    const current = await prisma.emailMessage.findUnique({ where: { id: emailId }, select: { status: true } });
    if (!current) return { status: "skipped", reason: "not-found" };
    if (current.status === "SENT") return { status: "skipped", reason: "already-sent" };
    if (current.status === "DEAD") return { status: "skipped", reason: "dead" };
    return { status: "skipped", reason: "in-progress" };
  }

  let result: SendResult;
  try {
    const bodies = await loadBodies([message]);
    const composed = composeEmail({ ...message, body: message.bodyId ? bodies.get(message.bodyId) : null });
    result = await deliver({
      ...composed,
      idempotencyKey: message.idempotencyKey,
      toAddress: message.toAddress,
      listUnsubscribeUrl: message.listUnsubscribeUrl,
    });
  } catch (error) {
    result = thrownFailure(error);
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

export type EmailBatchOutcome =
  { status: "sent"; sent: number } | { status: "skipped" } | { status: "retry"; error: string } | { status: "dead"; error: string };

/**
 * Claims every still-QUEUED message of the batch in one statement, sends them in one provider request and records
 * the provider's ids. Like processEmailJob it is safe to repeat: a message already SENT (or claimed elsewhere) is
 * simply not in the claim, and the idempotency key names exactly the claimed set, so a retry of the same set is
 * answered by the provider without a second delivery.
 */
export async function processEmailBatchJob(
  emailIds: readonly string[],
  options: { finalAttempt?: boolean } = {},
): Promise<EmailBatchOutcome> {
  const ids = [...new Set(emailIds.filter((id) => isUuid(id)))].slice(0, EMAIL_BATCH_SIZE);
  if (ids.length === 0) return { status: "skipped" };
  const claimed = await claimMessages({ in: ids });
  if (claimed.length === 0) return { status: "skipped" };
  claimed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const claimedIds = claimed.map((message) => message.id);

  let result: BatchResult;
  try {
    const bodies = await loadBodies(claimed);
    const outgoing = claimed.map((message) => ({
      ...composeEmail({ ...message, body: message.bodyId ? bodies.get(message.bodyId) : null }),
      idempotencyKey: message.idempotencyKey,
      toAddress: message.toAddress,
      listUnsubscribeUrl: message.listUnsubscribeUrl,
    }));
    const batchKey = `batch:${createHash("sha256").update(claimedIds.join(",")).digest("hex")}`;
    result = await deliverBatch(outgoing, batchKey);
  } catch (error) {
    result = thrownFailure(error);
  }

  if (result.ok) {
    await prisma.$executeRaw`
      UPDATE "EmailMessage" AS message
         SET "status" = 'SENT', "providerMessageId" = sent.provider_id, "sentAt" = now(), "lastError" = NULL, "updatedAt" = now()
        FROM unnest(${claimedIds}::uuid[], ${result.ids}::text[]) AS sent(id, provider_id)
       WHERE message."id" = sent.id AND message."status" = 'SENDING'`;
    return { status: "sent", sent: claimedIds.length };
  }
  const dead = result.permanent || options.finalAttempt === true;
  await prisma.emailMessage.updateMany({
    where: { id: { in: claimedIds }, status: "SENDING" },
    data: { status: dead ? "DEAD" : "QUEUED", lastError: result.error },
  });
  if (dead) console.error(`[email] batch of ${claimedIds.length} is DEAD: ${result.error}`);
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
    `SELECT data->>'emailId' AS id FROM ${BOSS_SCHEMA}.job
      WHERE name = $1 AND state < 'completed' AND data->>'emailId' = ANY($2::text[])
     UNION
     SELECT carried.id FROM ${BOSS_SCHEMA}.job, jsonb_array_elements_text(job.data->'emailIds') AS carried(id)
      WHERE job.name = $3 AND job.state < 'completed' AND job.data->'emailIds' ?| $2::text[] AND carried.id = ANY($2::text[])`,
    EMAIL_SEND_QUEUE,
    ids,
    EMAIL_BATCH_QUEUE,
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
      // A batch completes as a whole unless single jobs are failed explicitly (pg-boss 10 batch mode): fail just the ones to retry.
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

  const batchWorkerId = await boss.work<EmailBatchJobData>(
    EMAIL_BATCH_QUEUE,
    { batchSize: 4, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          let outcome: EmailBatchOutcome;
          try {
            outcome = await processEmailBatchJob(job.data.emailIds ?? [], { finalAttempt: job.retryCount >= job.retryLimit });
          } catch (error) {
            outcome = { status: "retry", error: error instanceof Error ? error.message : String(error) };
          }
          if (outcome.status === "retry") await boss.fail(EMAIL_BATCH_QUEUE, job.id, { message: outcome.error });
        }),
      );
    },
  );
  localBatchWorkerId = { boss, id: batchWorkerId };

  await boss.work(EMAIL_SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    await sweepOutbox(boss);
  });
  await boss.schedule(EMAIL_SWEEP_QUEUE, "* * * * *");
  // Whatever a crash left behind goes out now rather than at the next full minute.
  void sweepOutbox(boss).catch((error: unknown) => console.error("[email] sweep failed", error));
}
