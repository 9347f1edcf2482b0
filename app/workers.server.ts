// Starts this process's background workers. Called once from entry.server at module load; Vitest never starts
// them implicitly (integration tests call startJobWorkers themselves), and JOBS_WORKER=off leaves a web
// process send-only so that several of them can share one worker.
import { getEnv } from "~/kernel/env.server.ts";
import { getBoss, stopBoss } from "./kernel/jobs.server.ts";
import { startAccountCleanup } from "./features/accounts/account-cleanup.server.ts";
import { startAccountMailWorker } from "./features/accounts/account-mail.server.ts";
import { startEmailWorkers } from "./kernel/email/email-worker.server.ts";
import { startNotificationWorkers } from "./features/following/notification-worker.server.ts";
import { startIntroductionDeadlineJob } from "./features/matching/introduction-answer.server.ts";
import { startProposalDeadlineJob } from "./features/proposals/response-deadlines.server.ts";
import { startEngagementJobs } from "./features/engagements/index.server.ts";
import { startTextEvidenceBackfill } from "./features/matching/index.server.ts";

type Global = typeof globalThis & { __hubWorkersStarted?: true };

const RETRY_START_AFTER_MS = 10_000;

export async function startJobWorkers(): Promise<void> {
  const boss = await getBoss({ workers: true });
  await startEmailWorkers(boss);
  await startAccountCleanup(boss);
  await startAccountMailWorker(boss);
  await startNotificationWorkers(boss);
  await startProposalDeadlineJob(boss);
  await startIntroductionDeadlineJob(boss);
  await startEngagementJobs(boss);
  await startTextEvidenceBackfill(boss);
}

export { stopBoss as stopJobWorkers };

/** Idempotent across Vite's module reloads; keeps trying while the database is unreachable at boot. */
export function startJobWorkersOnce(): void {
  const global = globalThis as Global;
  if (global.__hubWorkersStarted || process.env.VITEST || getEnv().JOBS_WORKER === "off") return;
  global.__hubWorkersStarted = true;
  const attempt = () => {
    startJobWorkers().then(
      () => console.log("[jobs] workers started"),
      (error: unknown) => {
        console.error(`[jobs] could not start the workers, trying again in ${RETRY_START_AFTER_MS / 1000} s`, error);
        void stopBoss().catch(() => undefined);
        setTimeout(attempt, RETRY_START_AFTER_MS).unref();
      },
    );
  };
  attempt();
}
