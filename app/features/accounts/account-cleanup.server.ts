// Hourly housekeeping: sessions past their expiry, one-time tokens nobody can use any more and old form submission
// keys are deleted, so the privacy page's "sessions are deleted when they expire" holds and the tables stay small.
import type PgBoss from "pg-boss";
import { prisma } from "~/kernel/db.server.ts";

const ACCOUNT_CLEANUP_QUEUE = "account.cleanup";
// A form's submission key only has to outlive a double click or a back-and-resend: a day is plenty.
const SUBMISSION_KEY_RETENTION_MS = 24 * 60 * 60 * 1000;
// Used or expired tokens stay a week: enough to answer "why did my link not work?" from the audit trail.
const TOKEN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

export async function cleanupExpiredAccountData(now = new Date()) {
  const tokenCutoff = new Date(now.getTime() - TOKEN_RETENTION_MS);
  const [sessions, tokens, submissionKeys] = await prisma.$transaction([
    prisma.session.deleteMany({ where: { expiresAt: { lte: now } } }),
    prisma.authToken.deleteMany({ where: { OR: [{ expiresAt: { lte: tokenCutoff } }, { usedAt: { lte: tokenCutoff } }] } }),
    prisma.formSubmission.deleteMany({ where: { createdAt: { lte: new Date(now.getTime() - SUBMISSION_KEY_RETENTION_MS) } } }),
  ]);
  return { sessions: sessions.count, tokens: tokens.count, submissionKeys: submissionKeys.count };
}

export async function startAccountCleanup(boss: PgBoss): Promise<void> {
  await boss.createQueue(ACCOUNT_CLEANUP_QUEUE, { name: ACCOUNT_CLEANUP_QUEUE, retryLimit: 1, expireInSeconds: 300 });
  await boss.work(ACCOUNT_CLEANUP_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const removed = await cleanupExpiredAccountData();
    if (removed.sessions || removed.tokens)
      console.log(`[accounts] removed ${removed.sessions} expired session(s), ${removed.tokens} old token(s)`);
  });
  // pg-boss's schedule is one row per queue: however many processes run, each hour runs once.
  await boss.schedule(ACCOUNT_CLEANUP_QUEUE, "17 * * * *");
}
