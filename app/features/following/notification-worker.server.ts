// Background work of following: the fan-out of each recorded Activity (a job per activity, see
// dispatchActivities), a sweeper for activities whose job was lost, and the daily and weekly digests on
// pg-boss's cron in Japan time.
import type PgBoss from "pg-boss";
import type { DigestFrequency } from "~/generated/prisma/client.ts";
import { ACTIVITY_FAN_OUT_QUEUE, type ActivityFanOutJob } from "~/features/following/activity.server.ts";
import { sendDigests } from "~/features/following/notification-digest.server.ts";
import { fanOutActivity, findUnfannedActivityIds } from "~/features/following/notification.server.ts";
import { prisma } from "~/kernel/db.server.ts";
import { TOKYO_TIME_ZONE } from "~/kernel/japan-time.ts";
import { BOSS_SCHEMA } from "~/kernel/jobs.server.ts";

export const ACTIVITY_SWEEP_QUEUE = "activity.sweep";
/** One queue per frequency: pg-boss keeps one cron schedule per queue name. */
export const DIGEST_QUEUES: Record<DigestFrequency, string> = { DAILY: "notification.digest-daily", WEEKLY: "notification.digest-weekly" };

/** An admin or a test may name the period; the cron's jobs carry nothing and take the current one. */
export type DigestJobData = { periodKey?: string };

/** An activity still without its fan-out this long after it was written has lost its job. */
export const UNFANNED_AFTER_MS = 60_000;

const fanOutQueueOptions = { retryLimit: 5, retryDelay: 5, retryBackoff: true } as const;

export async function ensureNotificationQueues(boss: PgBoss): Promise<void> {
  // The same settings as dispatchActivities gives the queue, whichever of the two creates it first.
  await boss.createQueue(ACTIVITY_FAN_OUT_QUEUE, { name: ACTIVITY_FAN_OUT_QUEUE, ...fanOutQueueOptions });
  await boss.createQueue(ACTIVITY_SWEEP_QUEUE, { name: ACTIVITY_SWEEP_QUEUE, retryLimit: 0, expireInSeconds: 120 });
  for (const name of Object.values(DIGEST_QUEUES)) {
    await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 * 60 });
  }
}

/** Gives every activity without a fan-out (and without a live job) a new job. */
export async function sweepActivities(boss: PgBoss, options?: { olderThanMs?: number }): Promise<bigint[]> {
  const candidates = await findUnfannedActivityIds({ olderThanMs: options?.olderThanMs ?? UNFANNED_AFTER_MS });
  if (candidates.length === 0) return [];
  const carried = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT DISTINCT data->>'activityId' AS id FROM ${BOSS_SCHEMA}.job
      WHERE name = $1 AND state < 'completed' AND data->>'activityId' = ANY($2::text[])`,
    ACTIVITY_FAN_OUT_QUEUE,
    candidates.map(String),
  );
  const carriedIds = new Set(carried.map((row) => row.id));
  const orphaned = candidates.filter((id) => !carriedIds.has(String(id)));
  if (orphaned.length === 0) return [];
  await boss.insert(orphaned.map((id) => ({ name: ACTIVITY_FAN_OUT_QUEUE, data: { activityId: String(id) } satisfies ActivityFanOutJob })));
  console.log(`[notifications] sweeper re-dispatched ${orphaned.length} activit(ies)`);
  return orphaned;
}

/** Registers the digest handler for one frequency (exported so tests can run it on several pg-boss instances). */
export async function workDigestQueue(boss: PgBoss, frequency: DigestFrequency): Promise<string> {
  return boss.work<DigestJobData>(DIGEST_QUEUES[frequency], { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (!job) return;
    const run = await sendDigests({ frequency, periodKey: job.data?.periodKey });
    if (run.sent > 0) console.log(`[notifications] ${frequency.toLowerCase()} digest: ${run.sent} sent, ${run.skipped} skipped`);
  });
}

export async function startNotificationWorkers(boss: PgBoss): Promise<void> {
  await ensureNotificationQueues(boss);
  await boss.work<ActivityFanOutJob>(ACTIVITY_FAN_OUT_QUEUE, { batchSize: 2, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    // A failed job is retried alone (pg-boss 10: a batch completes as a whole unless jobs are failed explicitly).
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await fanOutActivity(job.data.activityId);
        } catch (error) {
          console.error(`[notifications] fan-out of activity ${job.data.activityId} failed`, error);
          await boss.fail(ACTIVITY_FAN_OUT_QUEUE, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  });
  await boss.work(ACTIVITY_SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    await sweepActivities(boss);
  });
  await boss.schedule(ACTIVITY_SWEEP_QUEUE, "* * * * *");

  await workDigestQueue(boss, "DAILY");
  await workDigestQueue(boss, "WEEKLY");
  await boss.schedule(DIGEST_QUEUES.DAILY, "0 8 * * *", {}, { tz: TOKYO_TIME_ZONE });
  await boss.schedule(DIGEST_QUEUES.WEEKLY, "0 8 * * 1", {}, { tz: TOKYO_TIME_ZONE });
}
