// npm run bench:challenges — the public challenge list with 5,000 challenges in the database, under load at
// 32 connections, next to a bare Remix route on the same server. BENCH_SECONDS / BENCH_CONNECTIONS /
// BENCH_CHALLENGES change the run.
import "dotenv/config";
import { runOrThrow } from "../scripts/lib/run.ts";
import { printTable, runLoad, startBenchEnvironment } from "./lib.ts";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const challenges = Number(process.env.BENCH_CHALLENGES ?? 5_000);

const environment = await startBenchEnvironment({
  seed: (env) => runOrThrow("node_modules/.bin/tsx", ["bench/seed-challenges.ts"], { ...env, BENCH_CHALLENGES: String(challenges) }),
});
try {
  const base = environment.baseUrl;
  const keyword = encodeURIComponent("子育て");
  const rows = [];
  rows.push(await runLoad("GET /livez (bare Remix route)", `${base}/livez`, { connections, durationSeconds }));
  rows.push(await runLoad("GET /challenges (page 1 of all)", `${base}/challenges`, { connections, durationSeconds }));
  rows.push(await runLoad("GET /challenges?q=子育て (keyword)", `${base}/challenges?q=${keyword}`, { connections, durationSeconds }));
  rows.push(
    await runLoad("GET /challenges?strategy=B&area=hirooka&sort=deadline", `${base}/challenges?strategy=B&area=hirooka&sort=deadline`, {
      connections,
      durationSeconds,
    }),
  );
  rows.push(await runLoad("GET /challenges?page=150 (deep page)", `${base}/challenges?page=150`, { connections, durationSeconds }));
  rows.push(await runLoad("GET /challenges/42 (one challenge)", `${base}/challenges/42`, { connections, durationSeconds }));
  printTable(
    `${challenges} challenges, ${connections} connections, ${durationSeconds} s each, production build, 1 Node process, ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded"} PostgreSQL`,
    rows,
  );
} finally {
  await environment.close();
}
