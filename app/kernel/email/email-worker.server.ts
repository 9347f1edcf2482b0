// Delivery of the e-mail outbox: one pg-boss job per message, claimed with a conditional UPDATE so that a
// message is handed to the provider by one worker at a time, and sent with the message's idempotency key so
// that the provider itself drops a repeat. A sweeper re-dispatches messages no job is carrying any more.
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import { Resend } from "resend";
import { composeEmail, listUnsubscribeHeaders, loadBodies } from "~/kernel/email/compose.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { BOSS_SCHEMA, beforeJobsStop } from "~/kernel/jobs.server.ts";
import { processIsConnectedSql, workerInstanceId } from "~/kernel/instance.server.ts";
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

/** Aborted when this process stops its workers: a send in progress ends at once and its message goes back to the queue. */
let stopping = new AbortController();

function sendSignal(cut: AbortSignal) {
  return AbortSignal.any([AbortSignal.timeout(SEND_TIMEOUT_MS), cut]);
}

async function deliver(message: OutgoingMessage, cut: AbortSignal): Promise<SendResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) return { ok: true, id: LOCAL_MAILBOX_ID };
  const { data, error } = await getResend(env.RESEND_API_KEY, env.RESEND_BASE_URL).emails.send(
    providerPayload(env.EMAIL_FROM, message),
    // The same key on every attempt: if a previous attempt reached Resend but we never recorded it (crash,
    // timeout), Resend answers with that first message instead of sending a second one.
    { idempotencyKey: message.idempotencyKey, signal: sendSignal(cut) },
  );
  if (data) return { ok: true, id: data.id };
  return failureOf(error);
}

type BatchResult = { ok: true; ids: string[] } | Extract<SendResult, { ok: false }>;

async function deliverBatch(messages: OutgoingMessage[], idempotencyKey: string, cut: AbortSignal): Promise<BatchResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) return { ok: true, ids: messages.map(() => LOCAL_MAILBOX_ID) };
  const { data, error } = await getResend(env.RESEND_API_KEY, env.RESEND_BASE_URL).batch.send(
    messages.map((message) => providerPayload(env.EMAIL_FROM, message)),
    { idempotencyKey, signal: sendSignal(cut) },
  );
  // The answer lists the created messages in the order they were sent.
  if (data && data.data.length === messages.length) return { ok: true, ids: data.data.map((entry) => entry.id) };
  if (data) return { ok: false, error: `batch answered ${data.data.length} ids for ${messages.length} messages`, permanent: false };
  return failureOf(error);
}

type Claimed = {
  id: string;
  idempotencyKey: string;
  sendKey: string | null;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  bodyId: string | null;
  variables: Prisma.JsonValue;
  listUnsubscribeUrl: string | null;
};

/** A batch's Idempotency-Key, the same for the same messages: recorded on each of them (sendKey) before the send. */
const BATCH_KEY_PREFIX = "batch:";

/**
 * QUEUED → SENDING for those of `ids` no one else is sending, in one statement: rows are locked in id order, so of
 * two concurrent claims one waits for the other and then finds the rows taken (PostgreSQL re-checks the condition
 * on each locked row). A SENDING row is taken over when its claimant's process has no connection to the database
 * any more (it died; see instance.server.ts), or after STALE_SENDING_MS whatever happened.
 * `single` claims only messages not bound to a batch, and binds each to its own key; `batch` only the others.
 */
async function claim(ids: readonly string[], path: "single" | "batch"): Promise<Claimed[]> {
  const bound =
    path === "single" ? `AND ("sendKey" IS NULL OR "sendKey" NOT LIKE 'batch:%')` : `AND ("sendKey" IS NULL OR "sendKey" LIKE 'batch:%')`;
  return prisma.$queryRawUnsafe<Claimed[]>(
    `WITH claimable AS (
       SELECT id FROM "EmailMessage"
        WHERE id = ANY($1::uuid[]) ${bound}
          AND ("status" = 'QUEUED'
               OR ("status" = 'SENDING' AND ("updatedAt" < $2 OR ("claimedBy" IS NOT NULL AND NOT ${processIsConnectedSql(`"claimedBy"`)}))))
        ORDER BY id
        FOR UPDATE
     )
     UPDATE "EmailMessage" AS message
        SET "status" = 'SENDING', "attempts" = message."attempts" + 1, "claimedBy" = $3, "updatedAt" = now()
            ${path === "single" ? `, "sendKey" = message."idempotencyKey"` : ""}
       FROM claimable WHERE message.id = claimable.id
     RETURNING message.id::text, message."idempotencyKey", message."sendKey", message."toAddress", message.subject, message.html,
               message.text, message."bodyId"::text, message.variables, message."listUnsubscribeUrl"`,
    ids,
    new Date(Date.now() - STALE_SENDING_MS),
    workerInstanceId(),
  );
}

/** What a failed send leaves: QUEUED for another try (its key stays), or DEAD. */
async function recordFailure(ids: readonly string[], result: Extract<SendResult, { ok: false }>, finalAttempt: boolean, cut: AbortSignal) {
  // Cut short by this process stopping: not the message's fault, so never its last attempt.
  const dead = result.permanent || (finalAttempt && !cut.aborted);
  await prisma.emailMessage.updateMany({
    where: { id: { in: [...ids] }, status: "SENDING", claimedBy: workerInstanceId() },
    data: { status: dead ? "DEAD" : "QUEUED", lastError: result.error, claimedBy: null },
  });
  if (dead) console.error(`[email] ${ids.length === 1 ? ids[0] : `batch of ${ids.length}`} is DEAD: ${result.error}`);
  return dead;
}

function errorResult(error: unknown): Extract<SendResult, { ok: false }> {
  return { ok: false, error: error instanceof Error ? error.message.slice(0, 1_000) : String(error), permanent: false };
}

async function skippedOutcome(emailId: string): Promise<EmailJobOutcome> {
  const current = await prisma.emailMessage.findUnique({ where: { id: emailId }, select: { status: true, providerMessageId: true } });
  if (!current) return { status: "skipped", reason: "not-found" };
  if (current.status === "SENT") return { status: "skipped", reason: "already-sent" };
  if (current.status === "DEAD") return { status: "skipped", reason: "dead" };
  return { status: "skipped", reason: "in-progress" };
}

/**
 * Claims one message, sends it and records the result. Safe to run any number of times, concurrently too:
 * only one caller wins the claim, and a SENT message is never claimed again. A message that once went out in a
 * batch (the provider may have accepted it) is sent again only with its batch, under the batch's key.
 * `finalAttempt` (the job's last retry) turns a failure into DEAD instead of another retry.
 */
export async function processEmailJob(emailId: string, options: { finalAttempt?: boolean } = {}): Promise<EmailJobOutcome> {
  if (!isUuid(emailId)) return { status: "skipped", reason: "not-found" };
  const bound = await prisma.emailMessage.findUnique({ where: { id: emailId }, select: { sendKey: true } });
  if (bound?.sendKey?.startsWith(BATCH_KEY_PREFIX)) {
    const outcome = await processEmailBatchJob([emailId], options);
    if (outcome.status === "retry" || outcome.status === "dead") return outcome;
    const after = await prisma.emailMessage.findUnique({ where: { id: emailId }, select: { status: true, providerMessageId: true } });
    if (outcome.status === "sent" && after?.status === "SENT" && after.providerMessageId) {
      return { status: "sent", providerMessageId: after.providerMessageId };
    }
    return skippedOutcome(emailId);
  }

  const cut = stopping.signal;
  const [message] = await claim([emailId], "single");
  if (!message) return skippedOutcome(emailId);

  let result: SendResult;
  try {
    const bodies = await loadBodies([message]);
    const composed = composeEmail({ ...message, body: message.bodyId ? bodies.get(message.bodyId) : null });
    result = await deliver(
      {
        ...composed,
        idempotencyKey: message.idempotencyKey,
        toAddress: message.toAddress,
        listUnsubscribeUrl: message.listUnsubscribeUrl,
      },
      cut,
    );
  } catch (error) {
    result = errorResult(error);
  }

  if (result.ok) {
    await prisma.emailMessage.updateMany({
      where: { id: message.id, status: "SENDING" },
      data: { status: "SENT", providerMessageId: result.id, sentAt: new Date(), lastError: null, claimedBy: null },
    });
    return { status: "sent", providerMessageId: result.id };
  }
  const dead = await recordFailure([message.id], result, options.finalAttempt === true, cut);
  return dead ? { status: "dead", error: result.error } : { status: "retry", error: result.error };
}

export type EmailBatchOutcome =
  { status: "sent"; sent: number } | { status: "skipped" } | { status: "retry"; error: string } | { status: "dead"; error: string };

/**
 * Sends messages in batches, one provider request per batch, and records the provider's ids. A batch is fixed at
 * its first claim: its key (`batch:` + a hash of its ids) is written on each message before the request, and any
 * later attempt — this job's retry, a sweep, a single-message job after a crash — claims and sends the same
 * messages together under the same key with the same content, so the provider answers with the first delivery.
 * Messages not yet in a batch form a new one. Safe to repeat and to run concurrently, like processEmailJob.
 */
export async function processEmailBatchJob(
  emailIds: readonly string[],
  options: { finalAttempt?: boolean } = {},
): Promise<EmailBatchOutcome> {
  const ids = [...new Set(emailIds.filter((id) => isUuid(id)))].slice(0, EMAIL_BATCH_SIZE);
  if (ids.length === 0) return { status: "skipped" };
  const cut = stopping.signal;
  // Every message of a batch that any of these belongs to.
  const members = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "EmailMessage"
     WHERE "sendKey" IN (SELECT "sendKey" FROM "EmailMessage" WHERE id = ANY(${ids}::uuid[]) AND "sendKey" LIKE 'batch:%')`;
  const claimed = await claim([...new Set([...ids, ...members.map((member) => member.id)])], "batch");
  if (claimed.length === 0) return { status: "skipped" };

  const groups = new Map<string, Claimed[]>();
  const fresh: Claimed[] = [];
  for (const message of claimed) {
    if (message.sendKey) groups.set(message.sendKey, [...(groups.get(message.sendKey) ?? []), message]);
    else fresh.push(message);
  }
  // A batch is sent whole or not at all: if another worker holds part of it, leave the rest to that worker.
  const sizes = await prisma.emailMessage.groupBy({
    by: ["sendKey"],
    where: { sendKey: { in: [...groups.keys()] } },
    _count: { _all: true },
  });
  for (const { sendKey, _count } of sizes) {
    const group = groups.get(sendKey!)!;
    if (group.length === _count._all) continue;
    groups.delete(sendKey!);
    await prisma.emailMessage.updateMany({
      where: { id: { in: group.map((message) => message.id) }, status: "SENDING", claimedBy: workerInstanceId() },
      data: { status: "QUEUED", claimedBy: null },
    });
  }
  if (fresh.length > 0) {
    fresh.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const key = `${BATCH_KEY_PREFIX}${createHash("sha256")
      .update(fresh.map((message) => message.id).join(","))
      .digest("hex")}`;
    await prisma.emailMessage.updateMany({ where: { id: { in: fresh.map((message) => message.id) } }, data: { sendKey: key } });
    groups.set(key, fresh);
  }
  if (groups.size === 0) return { status: "skipped" };

  let sent = 0;
  let failure: { error: string; dead: boolean } | null = null;
  for (const [key, group] of groups) {
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const groupIds = group.map((message) => message.id);
    let result: BatchResult;
    try {
      const bodies = await loadBodies(group);
      const outgoing = group.map((message) => ({
        ...composeEmail({ ...message, body: message.bodyId ? bodies.get(message.bodyId) : null }),
        idempotencyKey: message.idempotencyKey,
        toAddress: message.toAddress,
        listUnsubscribeUrl: message.listUnsubscribeUrl,
      }));
      result = await deliverBatch(outgoing, key, cut);
    } catch (error) {
      result = errorResult(error);
    }
    if (result.ok) {
      await prisma.$executeRaw`
        UPDATE "EmailMessage" AS message
           SET "status" = 'SENT', "providerMessageId" = sent.provider_id, "sentAt" = now(), "lastError" = NULL, "claimedBy" = NULL,
               "updatedAt" = now()
          FROM unnest(${groupIds}::uuid[], ${result.ids}::text[]) AS sent(id, provider_id)
         WHERE message."id" = sent.id AND message."status" = 'SENDING'`;
      sent += groupIds.length;
    } else {
      const dead = await recordFailure(groupIds, result, options.finalAttempt === true, cut);
      if (!failure || !dead) failure = { error: result.error, dead };
    }
  }
  if (failure) return failure.dead ? { status: "dead", error: failure.error } : { status: "retry", error: failure.error };
  return { status: "sent", sent };
}

/**
 * Messages that no live job carries: QUEUED and not touched for ORPHANED_AFTER_MS (committed, then the process
 * died before dispatch, or dispatch failed), SENDING past STALE_SENDING_MS whose job pg-boss gave up on, and —
 * at once, whatever job still names them — SENDING messages whose claiming process has died.
 * Messages waiting for a backed-off retry still have their job (state "retry") and are left alone.
 */
export async function findOrphanedEmailIds(options: { orphanedAfterMs?: number; staleSendingAfterMs?: number; limit?: number } = {}) {
  const now = Date.now();
  const candidates = await prisma.$queryRawUnsafe<{ id: string; abandoned: boolean }[]>(
    `SELECT id::text, ("status" = 'SENDING' AND "claimedBy" IS NOT NULL AND NOT ${processIsConnectedSql(`"claimedBy"`)}) AS abandoned
       FROM "EmailMessage"
      WHERE ("status" = 'QUEUED' AND "updatedAt" < $1)
         OR ("status" = 'SENDING' AND ("updatedAt" < $2 OR ("claimedBy" IS NOT NULL AND NOT ${processIsConnectedSql(`"claimedBy"`)})))
      ORDER BY "createdAt"
      LIMIT $3`,
    new Date(now - (options.orphanedAfterMs ?? ORPHANED_AFTER_MS)),
    new Date(now - (options.staleSendingAfterMs ?? STALE_SENDING_MS)),
    options.limit ?? 500,
  );
  if (candidates.length === 0) return [];
  const abandoned = candidates.filter((candidate) => candidate.abandoned).map((candidate) => candidate.id);
  const ids = candidates.filter((candidate) => !candidate.abandoned).map((candidate) => candidate.id);
  if (ids.length === 0) return abandoned;
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
  return [...abandoned, ...ids.filter((id) => !carriedIds.has(id))];
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
let stopHookInstalled = false;

/** A send cut short by shutdown: its message is QUEUED again, and a new job lets the next worker send it at once. */
async function handBack(boss: PgBoss, queue: string, ids: readonly string[]) {
  if (queue === EMAIL_BATCH_QUEUE) await enqueueEmailBatchJobs(boss, ids);
  else await enqueueEmailJobs(boss, ids);
  console.log(`[email] shutting down: ${ids.length} message(s) handed back to the queue`);
}

/**
 * Runs one job of a fetched batch and settles it: a batch completes as a whole unless single jobs are failed
 * explicitly (pg-boss 10 batch mode), so only the ones to retry are failed; mail cut short by this process stopping
 * is handed back to the queue for the next process instead.
 */
async function settleJob(
  boss: PgBoss,
  queue: string,
  job: { id: string },
  emailIds: readonly string[],
  run: () => Promise<EmailJobOutcome | EmailBatchOutcome>,
): Promise<void> {
  let outcome: EmailJobOutcome | EmailBatchOutcome;
  const cut = stopping.signal;
  try {
    outcome = await run();
  } catch (error) {
    // The database itself failed; the rows are unchanged or left SENDING (reclaimed once stale).
    outcome = { status: "retry", error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.status !== "retry") return;
  if (cut.aborted) await handBack(boss, queue, emailIds);
  else await boss.fail(queue, job.id, { message: outcome.error });
}

export async function startEmailWorkers(boss: PgBoss): Promise<void> {
  await ensureEmailQueues(boss);
  stopping = new AbortController();
  if (!stopHookInstalled) {
    stopHookInstalled = true;
    // Cuts the sends in progress; anything started afterwards (a test calling processEmailJob) is not affected.
    beforeJobsStop(() => {
      stopping.abort();
      stopping = new AbortController();
    });
  }
  const workerId = await boss.work<EmailJobData>(
    EMAIL_SEND_QUEUE,
    // 0.5 s is pg-boss's shortest poll: mail from another process arrives quickly (from this one, at once).
    { batchSize: 5, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      await Promise.all(
        jobs.map((job) =>
          settleJob(boss, EMAIL_SEND_QUEUE, job, [job.data.emailId], () =>
            processEmailJob(job.data.emailId, { finalAttempt: job.retryCount >= job.retryLimit }),
          ),
        ),
      );
    },
  );
  localWorkerId = { boss, id: workerId };

  const batchWorkerId = await boss.work<EmailBatchJobData>(
    EMAIL_BATCH_QUEUE,
    { batchSize: 4, includeMetadata: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      await Promise.all(
        jobs.map((job) =>
          settleJob(boss, EMAIL_BATCH_QUEUE, job, job.data.emailIds ?? [], () =>
            processEmailBatchJob(job.data.emailIds ?? [], { finalAttempt: job.retryCount >= job.retryLimit }),
          ),
        ),
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
