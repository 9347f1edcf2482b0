// Mail that answers a request about an address — a password reset, a sign-in link, another confirmation — is
// prepared after the answer, in a pg-boss job. Looking the address up, issuing a token and writing the outbox row
// took as long again as the answer itself, so the answer time told anyone whether the address was registered. Now
// the request does the same work for every address (its rate limit, one job queued) and the job does the rest.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";
import { dispatchEmails, queueEmail } from "~/kernel/email/outbox.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { getBoss, getStartedBoss } from "~/kernel/jobs.server.ts";
import { consumeRateLimit } from "~/kernel/rate-limit.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";
import { issueAuthToken } from "./auth-token.server.ts";

export const ACCOUNT_MAIL_QUEUE = "account.mail";

export type AccountMailRequest = {
  kind: "password-reset" | "sign-in-link" | "confirmation";
  email: string;
  /** The public origin the links in the mail start with. */
  origin: string;
  /** Where a confirmation link leads after confirming (an invitation, say). */
  returnPath?: string;
};

// One try and three retries a few seconds apart: a link that arrives minutes late is of no use to anyone waiting.
const queueOptions = { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 } as const;
const queuesReady = new WeakMap<PgBoss, Promise<unknown>>();

/**
 * Creates the queue once per pg-boss instance, and only when it is missing: pg-boss's createQueue alters its
 * tables, and two of them at once (a request's and the workers' start on a new database) can deadlock in
 * PostgreSQL. Looking first takes no such lock; the loser of a deadlock tries again and finds the queue there.
 */
function ensureQueue(boss: PgBoss) {
  let ready = queuesReady.get(boss);
  if (!ready) {
    ready = (async () => {
      if (await boss.getQueue(ACCOUNT_MAIL_QUEUE)) return;
      for (let attempt = 1; ; attempt++) {
        try {
          return await boss.createQueue(ACCOUNT_MAIL_QUEUE, { name: ACCOUNT_MAIL_QUEUE, ...queueOptions });
        } catch (error) {
          if (attempt >= 3) throw error;
          await sleep(50 * attempt);
        }
      }
    })();
    ready.catch(() => queuesReady.delete(boss));
    queuesReady.set(boss, ready);
  }
  return ready;
}

export function asLanguage(value: string): Language {
  return value === "en" ? "en" : "ja";
}

/** Queues the mail for later; the caller answers at once, whether or not the address is registered. */
export async function requestAccountMail(request: AccountMailRequest): Promise<void> {
  // Under Vitest a job queue exists only if the test started one; without it the work is done here and now.
  const boss = await (process.env.VITEST ? getStartedBoss() : getBoss());
  if (!boss) return void (await deliverAccountMail(request, randomUUID()));
  await ensureQueue(boss);
  await boss.send(ACCOUNT_MAIL_QUEUE, request);
}

/**
 * The job: mails a registered address (an unconfirmed one, for a confirmation) and does nothing for any other.
 * `jobId` keys the outbox row, so a retried job never mails twice.
 */
export async function deliverAccountMail(request: AccountMailRequest, jobId: string): Promise<void> {
  const { email, origin } = request;
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, displayName: true, language: true, emailVerifiedAt: true },
  });
  if (!user || (request.kind === "confirmation" && user.emailVerifiedAt)) return;
  if (!(await consumeRateLimit("authEmailByAddress", email)).allowed) return;
  const language = asLanguage(user.language);
  const idempotencyKey = `${request.kind}:${jobId}`;
  const { id } = await prisma.$transaction(async (tx) => {
    if (request.kind === "confirmation") {
      return mailConfirmation(
        tx,
        { userId: user.id, email, displayName: user.displayName, language, origin, idempotencyKey },
        request.returnPath,
      );
    }
    const purpose = request.kind === "password-reset" ? "PASSWORD_RESET" : "SIGN_IN_LINK";
    const { token, expiresInMinutes } = await issueAuthToken(tx, { userId: user.id, email, purpose });
    const base = { to: email, userId: user.id, language, idempotencyKey };
    return request.kind === "password-reset"
      ? queueEmail(tx, {
          ...base,
          template: "password-reset",
          props: { displayName: user.displayName, resetUrl: `${origin}/reset-password?token=${token}`, expiresInMinutes },
        })
      : queueEmail(tx, {
          ...base,
          template: "sign-in-link",
          props: { displayName: user.displayName, signInUrl: `${origin}/signin-link?token=${token}`, expiresInMinutes },
        });
  });
  await dispatchEmails([id]);
}

/** A confirmation code and link for an address, as an outbox row in the caller's transaction. */
export async function mailConfirmation(
  tx: Prisma.TransactionClient,
  to: { userId: string; email: string; displayName: string; language: Language; origin: string; idempotencyKey?: string },
  returnPath?: string,
) {
  const { token, code, expiresInMinutes } = await issueAuthToken(tx, {
    userId: to.userId,
    email: to.email,
    purpose: "VERIFY_EMAIL",
    withCode: true,
  });
  // Where the person was going when they signed up (an invitation, say): the link takes them back after confirming.
  const next = safeRedirectPath(returnPath, "");
  const verifyUrl = `${to.origin}/verify-email?${new URLSearchParams({ token, ...(next ? { redirectTo: next } : {}) })}`;
  return queueEmail(tx, {
    template: "verify-email",
    to: to.email,
    userId: to.userId,
    language: to.language,
    props: { displayName: to.displayName, verifyUrl, code: code!, expiresInMinutes },
    idempotencyKey: to.idempotencyKey ?? `verify-email:${randomUUID()}`,
  });
}

export async function startAccountMailWorker(boss: PgBoss): Promise<void> {
  await ensureQueue(boss);
  // 0.5 s is pg-boss's shortest poll: the mail is on its way within a second of the request.
  await boss.work<AccountMailRequest>(ACCOUNT_MAIL_QUEUE, { batchSize: 5, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await deliverAccountMail(job.data, job.id);
        } catch (error) {
          // Only this job is retried; the others of the batch are done.
          await boss.fail(ACCOUNT_MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  });
}
