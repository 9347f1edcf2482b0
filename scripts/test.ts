// `npm test` after typecheck and lint: one throw-away database for the whole run (on DATABASE_URL's server
// when set, otherwise an embedded PostgreSQL), migrations and drift check, Vitest, a production build, and
// Playwright in Debian's Chromium against that build. The database is dropped at the end, pass or fail.
import "dotenv/config";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, ensureDatabase } from "./lib/databases.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { findFreePort } from "./lib/ports.ts";
import { run, runOrThrow } from "./lib/run.ts";

const databaseName = `hub_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
const reportDir = path.resolve("test-reports");
mkdirSync(reportDir, { recursive: true });
for (const report of ["vitest.json", "playwright.json"]) rmSync(path.join(reportDir, report), { force: true });

let embedded: RunningPostgres | undefined;
let embeddedDir: string | undefined;
let adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  embeddedDir = mkdtempSync(path.join(os.tmpdir(), "hub-test-pg-"));
  chmodSync(embeddedDir, 0o755);
  embedded = await startEmbeddedPostgres({ dataDir: path.join(embeddedDir, "data"), persistent: false });
  adminUrl = embedded.adminUrl;
}

const databaseUrl = await ensureDatabase(adminUrl, databaseName);
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" };

type Step = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv };

let failed = false;
try {
  const steps: Step[] = [
    { name: "migrate", command: "node_modules/.bin/prisma", args: ["migrate", "deploy"] },
    {
      name: "drift check",
      command: "node_modules/.bin/prisma",
      args: ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
    },
    { name: "reference data", command: "node_modules/.bin/tsx", args: ["prisma/seed.ts"] },
    // Built before Vitest: the outage and shutdown tests run the production server (tests/support/server-process.ts).
    { name: "production build", command: "node_modules/.bin/remix", args: ["vite:build"], env: { ...env, NODE_ENV: "production" } },
    {
      name: "unit and integration tests",
      command: "node_modules/.bin/vitest",
      args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reportDir, "vitest.json")}`],
    },
  ];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    await runOrThrow(step.command, step.args, step.env ?? env);
  }

  console.log("\n▶ end-to-end tests (Chromium)");
  const port = await findFreePort();
  const mailStubPort = await findFreePort();
  const e2eCode = await run("node_modules/.bin/playwright", ["test"], {
    ...env,
    PORT: String(port),
    MAIL_STUB_PORT: String(mailStubPort),
    PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reportDir, "playwright.json"),
  });
  if (e2eCode !== 0) failed = true;
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  await dropDatabase(adminUrl, databaseName).catch((error) => console.error("could not drop the test database", error));
  await embedded?.stop();
  if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
}

printTotals();
process.exit(failed ? 1 : 0);

/** One closing line over both runners, in the plain "N passed, N failed" form CI reads. */
function printTotals() {
  let passed = 0;
  let failures = 0;
  try {
    const vitest = JSON.parse(readFileSync(path.join(reportDir, "vitest.json"), "utf8"));
    passed += vitest.numPassedTests;
    failures += vitest.numFailedTests;
  } catch {
    /* vitest did not run */
  }
  try {
    const playwright = JSON.parse(readFileSync(path.join(reportDir, "playwright.json"), "utf8"));
    passed += playwright.stats.expected + playwright.stats.flaky;
    failures += playwright.stats.unexpected;
  } catch {
    /* playwright did not run */
  }
  if (failed && failures === 0) failures = 1;
  console.log(`\n${passed} passed, ${failures} failed`);
}
