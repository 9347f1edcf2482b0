// npm run bench: the home page (3 strategies with live counts + indicators, server-rendered) under load,
// next to a bare Remix route on the same server. Set BENCH_SECONDS / BENCH_CONNECTIONS to change the run.
import "dotenv/config";
import { runOrThrow } from "../scripts/lib/run.ts";
import { printTable, runLoad, startBenchEnvironment } from "./lib.ts";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

const environment = await startBenchEnvironment({
  seed: (env) => runOrThrow("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo"], env),
});
try {
  const rows = [];
  rows.push(await runLoad("GET /livez (bare Remix route)", `${environment.baseUrl}/livez`, { connections, durationSeconds }));
  rows.push(
    await runLoad("GET / (home, ja)", `${environment.baseUrl}/`, { connections, durationSeconds, headers: { "Accept-Language": "ja" } }),
  );
  rows.push(
    await runLoad("GET / (home, en)", `${environment.baseUrl}/`, { connections, durationSeconds, headers: { "Accept-Language": "en" } }),
  );
  rows.push(await runLoad("GET /strategies/B", `${environment.baseUrl}/strategies/B`, { connections, durationSeconds }));
  printTable(
    `${connections} connections, ${durationSeconds} s each, production build, 1 Node process, ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded"} PostgreSQL`,
    rows,
  );
} finally {
  await environment.close();
}
