// `npm run dev`: the hub with demo data on http://localhost:3000. Without DATABASE_URL it runs an embedded
// PostgreSQL from node_modules (data in .data/postgres); with DATABASE_URL it uses that server only.
import "dotenv/config";
import { spawn } from "node:child_process";
import { ensureDatabase } from "./lib/databases.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { findFreePort } from "./lib/ports.ts";
import { runOrThrow } from "./lib/run.ts";

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
  await runOrThrow("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await runOrThrow("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo"], env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const port = await findFreePort(Number(process.env.PORT ?? 3000));
if (String(port) !== (process.env.PORT ?? "3000")) console.log(`[dev] port ${process.env.PORT ?? 3000} is busy, using ${port}`);
// One launcher process owns both the web server and PostgreSQL, so Ctrl-C stops them in the right order.
const server = spawn(process.execPath, ["server.js"], { stdio: "inherit", env: { ...env, PORT: String(port) } });

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.once("exit", (code) => void shutdown(code ?? 0));
