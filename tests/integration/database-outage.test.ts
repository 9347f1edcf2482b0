// The hub through a PostgreSQL restart and a frozen PostgreSQL: the production server (server.js over a build)
// against its own embedded PostgreSQL, both on loopback. Under steady traffic the database is stopped: visitors
// get a 503 page in their language with Retry-After, /healthz says 503, the process stays up, and pages come
// back by themselves once the database does. A frozen database (SIGSTOP) fails a request within the timeouts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres.ts";
import { findFreePort } from "../../scripts/lib/ports.ts";
import { startMailStub, type MailStub } from "../support/mail-stub.ts";
import { startServer, type ServerProcess } from "../support/server-process.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "hub-outage-"));
let postgres: RunningPostgres;
let pgPort: number;
let server: ServerProcess;
let stub: MailStub;

async function startDatabase() {
  postgres = await startEmbeddedPostgres({ dataDir, persistent: true, port: pgPort });
}

/** The postmaster and every backend it forked: SIGSTOP on all of them is a frozen database. */
function postgresProcesses(): number[] {
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return [];
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

type Observed = { at: number; kind: string; status: number; retryAfter: string | null; lang: string | null; body: string; ms: number };

async function request(kind: "ja" | "en" | "sign-in"): Promise<Observed> {
  const started = Date.now();
  try {
    const response =
      kind === "sign-in"
        ? await fetch(`${server.origin}/login`, {
            method: "POST",
            headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "ja" },
            body: new URLSearchParams({ email: "nobody@outage.test", password: "wrong password 123" }),
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
          })
        : await fetch(`${server.origin}/`, { headers: { "Accept-Language": kind }, signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    return {
      at: started,
      kind,
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      lang: /<html lang="([a-z]+)"/.exec(body)?.[1] ?? null,
      body,
      ms: Date.now() - started,
    };
  } catch (error) {
    return { at: started, kind, status: 0, retryAfter: null, lang: null, body: String(error), ms: Date.now() - started };
  }
}

/** A few visitors in a loop until `until` resolves: Japanese and English pages and failed sign-ins. */
async function load(stopAt: () => boolean): Promise<Observed[]> {
  const observed: Observed[] = [];
  const kinds = ["ja", "en", "sign-in"] as const;
  await Promise.all(
    kinds.map(async (kind) => {
      while (!stopAt()) {
        observed.push(await request(kind));
        await sleep(50);
      }
    }),
  );
  return observed;
}

beforeAll(async () => {
  pgPort = await findFreePort();
  await startDatabase();
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE hub_outage");
  await admin.end();
  const databaseUrl = postgres.adminUrl.replace(/\/postgres$/, "/hub_outage");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  stub = await startMailStub({ apiKey: "re_test_key" });
  server = await startServer({ DATABASE_URL: databaseUrl, RESEND_BASE_URL: stub.url });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await stub?.close();
  for (const pid of postgresProcesses()) {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      // already gone
    }
  }
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a PostgreSQL restart under load", () => {
  it("answers a localized 503 with Retry-After while the database is down, stays up, and recovers by itself", async () => {
    // The reported crash: a failed sign-in leaves an idle connection in the rate limiter's pool.
    const before = await request("sign-in");
    expect(before.status).toBeLessThan(500);
    expect((await request("ja")).status).toBe(200);

    let phase: "up" | "down" | "back" = "up";
    let stopLoad = false;
    const loadDone = load(() => stopLoad);
    await sleep(1_000);

    await postgres.stop();
    const downAt = Date.now();
    phase = "down";
    await sleep(1_500);
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.status).toBe(503);
    await sleep(6_000);
    expect(server.alive()).toBe(true);

    await startDatabase();
    const upAt = Date.now();
    phase = "back";
    let recoveredAt = 0;
    while (Date.now() - upAt < 10_000) {
      const probe = await request("ja");
      if (probe.status === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(100);
    }
    await sleep(1_000);
    stopLoad = true;
    const observed = await loadDone;
    expect(phase).toBe("back");

    expect(server.alive()).toBe(true);
    expect(server.output()).not.toContain("Unhandled 'error' event");
    expect(recoveredAt, "pages came back after the database did").toBeGreaterThan(0);
    expect(recoveredAt - upAt).toBeLessThan(5_000);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);

    // Nothing was dropped on the floor: every request got an answer, and none an empty or generic 500.
    expect(observed.filter((entry) => entry.status === 0 || (entry.status >= 500 && entry.status !== 503))).toEqual([]);
    // While the database was surely down (a moment after the stop until the restart), pages said so clearly.
    const whileDown = observed.filter((entry) => entry.at > downAt + 500 && entry.at + entry.ms < upAt && entry.kind !== "sign-in");
    expect(whileDown.length).toBeGreaterThan(5);
    for (const entry of whileDown) {
      expect(entry.status).toBe(503);
      expect(Number(entry.retryAfter)).toBeGreaterThan(0);
      expect(entry.lang).toBe(entry.kind);
      expect(entry.body).toContain(entry.kind === "en" ? "The hub is briefly unavailable" : "ただいまご利用いただけません");
      expect(entry.ms).toBeLessThan(6_000);
    }
    const signInsWhileDown = observed.filter((entry) => entry.at > downAt + 500 && entry.at + entry.ms < upAt && entry.kind === "sign-in");
    expect(signInsWhileDown.length).toBeGreaterThan(0);
    for (const entry of signInsWhileDown) expect([entry.status, entry.retryAfter !== null]).toEqual([503, true]);
    // After recovery, pages again.
    expect(observed.filter((entry) => entry.at > recoveredAt && entry.kind !== "sign-in").every((entry) => entry.status === 200)).toBe(
      true,
    );
  }, 60_000);

  it("fails a request within seconds, not minutes, when PostgreSQL is frozen", async () => {
    expect((await request("ja")).status).toBe(200);
    const frozen = postgresProcesses();
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    try {
      const [page, health] = await Promise.all([request("en"), fetch(`${server.origin}/healthz`)]);
      expect(health.status).toBe(503);
      expect(page.status).toBe(503);
      expect(page.lang).toBe("en");
      expect(page.ms).toBeLessThan(12_000);
      expect(server.alive()).toBe(true);
    } finally {
      for (const pid of frozen) process.kill(pid, "SIGCONT");
    }
    let back = 0;
    for (const started = Date.now(); Date.now() - started < 15_000; await sleep(200)) {
      if ((await request("ja")).status === 200) {
        back = Date.now();
        break;
      }
    }
    expect(back).toBeGreaterThan(0);
  }, 60_000);
});
