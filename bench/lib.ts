// Shared by the benchmarks: a database with demo data, a production server on a free port, and a load run
// that reports requests/second with exact percentiles (autocannon's own summary has no p95).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, chmodSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { dropDatabase, ensureDatabase } from "../scripts/lib/databases.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/embedded-postgres.ts";
import { findFreePort } from "../scripts/lib/ports.ts";
import { runOrThrow } from "../scripts/lib/run.ts";

export type BenchEnvironment = { baseUrl: string; databaseUrl: string; close: () => Promise<void> };

export type BenchDatabase = { databaseName: string; databaseUrl: string; env: NodeJS.ProcessEnv; drop: () => Promise<void> };

/** A throwaway database on DATABASE_URL's server, or on an embedded PostgreSQL started for the run. */
export async function startBenchDatabase(prefix = "hub_bench"): Promise<BenchDatabase> {
  let embedded: RunningPostgres | undefined;
  let embeddedDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embeddedDir = mkdtempSync(path.join(os.tmpdir(), "hub-bench-pg-"));
    chmodSync(embeddedDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(embeddedDir, "data"), persistent: false });
    adminUrl = embedded.adminUrl;
  }
  const databaseName = `${prefix}_${Date.now()}`;
  const databaseUrl = await ensureDatabase(adminUrl, databaseName);
  return {
    databaseName,
    databaseUrl,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    async drop() {
      await dropDatabase(adminUrl!, databaseName);
      await embedded?.stop();
      if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    },
  };
}

export async function startBenchEnvironment(options: { seed: (env: NodeJS.ProcessEnv) => Promise<void> }): Promise<BenchEnvironment> {
  const database = await startBenchDatabase();
  const { env, databaseUrl } = database;
  await runOrThrow("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await options.seed(env);
  if (!existsSync("build/server/index.js")) await runOrThrow("node_modules/.bin/remix", ["vite:build"], { ...env, NODE_ENV: "production" });

  const port = await findFreePort();
  const server: ChildProcess = spawn(process.execPath, ["server.js"], {
    // No mail is sent during a load run; production still insists on a key, so it gets one that leads nowhere.
    env: {
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_ORIGIN: `http://localhost:${port}`,
      RESEND_API_KEY: "re_bench",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      JOBS_WORKER: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    databaseUrl,
    async close() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await database.drop();
    },
  };
}

export type LoadResult = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

function percentile(sorted: number[], fraction: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

export async function runLoad(
  label: string,
  url: string,
  options: { connections: number; durationSeconds: number; headers?: Record<string, string> },
) {
  // Warm-up so the first JIT and connection-pool costs do not count.
  await autocannon({ url, connections: options.connections, duration: 2, headers: options.headers });
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.durationSeconds, headers: options.headers },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    p50: Number(percentile(latencies, 0.5).toFixed(1)),
    p95: Number(percentile(latencies, 0.95).toFixed(1)),
    p99: Number(percentile(latencies, 0.99).toFixed(1)),
    errors: result.errors,
    non2xx: result.non2xx,
  } satisfies LoadResult;
}

export function printTable(title: string, rows: LoadResult[]) {
  console.log(`\n${title}`);
  console.table(
    rows.map((row) => ({
      route: row.label,
      "req/s": row.requestsPerSecond,
      "p50 ms": row.p50,
      "p95 ms": row.p95,
      "p99 ms": row.p99,
      errors: row.errors,
      "non-2xx": row.non2xx,
    })),
  );
}
