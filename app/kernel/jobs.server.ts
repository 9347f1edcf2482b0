// One pg-boss instance per process, on the application's own PostgreSQL: jobs commit and survive restarts like
// any other row, and there is no second service to run (docs/decisions/0006).
import PgBoss from "pg-boss";
import { connectionLimits } from "~/kernel/db.server.ts";
import { connectionName } from "~/kernel/instance.server.ts";
import { getEnv } from "~/kernel/env.server.ts";

type Runtime = { boss: PgBoss; ready: Promise<PgBoss>; workers: boolean };
type Global = typeof globalThis & {
  __hubJobs?: Runtime;
  __hubJobsSignals?: true;
  __hubBeforeStop?: Array<() => void | Promise<void>>;
};

/** Runs before pg-boss stops on shutdown: the e-mail worker hands the messages it is sending back to the queue. */
export function beforeJobsStop(hook: () => void | Promise<void>) {
  ((globalThis as Global).__hubBeforeStop ??= []).push(hook);
}

/** pg-boss keeps its tables in this schema, apart from Prisma's. The e-mail sweeper reads its job table. */
export const BOSS_SCHEMA = "pgboss";

// pg-boss hands its whole configuration to its pg pool, but its types list only some of pg's options.
const poolLimits: object = {
  connectionTimeoutMillis: connectionLimits.connectionTimeoutMillis,
  query_timeout: 30_000,
  keepAlive: true,
};

function create(workers: boolean): Runtime {
  const boss = new PgBoss({
    // Passed on to its pg pool: a frozen database fails a poll or a send within seconds (see db.server.ts).
    ...poolLimits,
    connectionString: getEnv().DATABASE_URL,
    schema: BOSS_SCHEMA,
    application_name: connectionName(workers ? "worker" : "web"),
    max: workers ? 4 : 2,
    // Maintenance (expiring, archiving) and cron only where workers run; every process may send jobs.
    supervise: workers,
    schedule: workers,
  });
  // Without a listener an "error" event would crash the process; pg-boss reports and carries on polling.
  boss.on("error", (error) => console.error("[jobs]", error));
  const ready = boss.start().catch((error: unknown) => {
    // Forget the failed instance so the next caller tries again (the database may just be starting).
    if ((globalThis as Global).__hubJobs?.boss === boss) delete (globalThis as Global).__hubJobs;
    throw error;
  });
  return { boss, ready, workers };
}

/**
 * The process's pg-boss, started on first use. Web processes that do not run workers get a send-only instance.
 * Kept on globalThis so that Vite's module reloads in development never start a second one.
 */
export function getBoss(options: { workers?: boolean } = {}): Promise<PgBoss> {
  const global = globalThis as Global;
  const current = global.__hubJobs;
  if (current && (current.workers || !options.workers)) return current.ready;
  if (current) {
    // A send-only instance came first; replace it with one that also supervises and runs cron.
    void current.ready.then((boss) => boss.stop({ timeout: 5_000 })).catch(() => undefined);
  }
  global.__hubJobs = create(Boolean(options.workers));
  installSignalHandlers();
  return global.__hubJobs.ready;
}

/** The instance if one was started in this process, without starting one (tests decide that themselves). */
export function getStartedBoss(): Promise<PgBoss> | null {
  return (globalThis as Global).__hubJobs?.ready ?? null;
}

/**
 * Stops polling and waits (a few seconds at most) for jobs in progress. The graceful default, because pg-boss 10's
 * `graceful: false` left the process hanging on these machines. A send cut short by exit is retried safely (see the worker).
 */
export async function stopBoss(): Promise<void> {
  const global = globalThis as Global;
  const current = global.__hubJobs;
  if (!current) return;
  delete global.__hubJobs;
  const boss = await current.ready.catch(() => null);
  for (const hook of global.__hubBeforeStop ?? []) await hook();
  await boss?.stop({ timeout: 4_000 });
}

/**
 * server.js awaits these hooks on SIGTERM/SIGINT before it exits, so jobs in progress can finish; a process
 * without server.js (a script) has no hooks to run and pg-boss stops with it.
 */
function installSignalHandlers() {
  const global = globalThis as Global & { __hubShutdownHooks?: Array<() => Promise<void>> };
  // Vitest owns its worker processes' signals; tests stop the boss themselves.
  if (global.__hubJobsSignals || process.env.VITEST) return;
  global.__hubJobsSignals = true;
  (global.__hubShutdownHooks ??= []).push(() => stopBoss().catch((error: unknown) => console.error("[jobs] stop failed", error)));
}
