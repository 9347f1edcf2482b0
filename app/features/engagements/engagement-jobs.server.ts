// The engagements' daily work through pg-boss: engagements past their end date open reflections, and check-ins that
// came due are asked. Scheduled every hour of the office day in Japan: the first run (09:05) asks, later runs catch
// up after a restart. Both halves are idempotent (unique check-in per engagement, due date and side; a status move
// guarded by its WHERE), so overlapping runs in several processes never ask twice.
import type PgBoss from "pg-boss";
import { TOKYO_TIME_ZONE } from "~/kernel/japan-time.ts";
import { requestDueCheckIns } from "./check-in.server.ts";
import { openDueReflections } from "./engagement-completion.server.ts";

const ENGAGEMENT_DAILY_QUEUE = "engagement.daily";

/** One run of the engagements' scheduled work at `now`. */
export async function runEngagementJobs(now: Date = new Date()) {
  const reflections = await openDueReflections(now);
  const checkIns = await requestDueCheckIns(now);
  return { ...reflections, ...checkIns };
}

export async function startEngagementJobs(boss: PgBoss): Promise<void> {
  await boss.createQueue(ENGAGEMENT_DAILY_QUEUE, { name: ENGAGEMENT_DAILY_QUEUE, retryLimit: 2, retryDelay: 300, expireInSeconds: 900 });
  await boss.work(ENGAGEMENT_DAILY_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const done = await runEngagementJobs();
    if (done.opened || done.checkIns) console.log(`[engagements] ${done.opened} reflection(s) opened, ${done.checkIns} check-in(s) asked`);
  });
  await boss.schedule(ENGAGEMENT_DAILY_QUEUE, "5 9-20 * * *", {}, { tz: TOKYO_TIME_ZONE });
}
