// Whether an address is registered must not show in how long the hub takes to answer. Password reset, sign-in
// link and resend-confirmation took about twice as long for a registered address (token, outbox row, mail job) as
// for an unknown one. Now they answer after the same work for both (the rate limit, one job queued) and do the rest
// in the job. Measured against the production server: 50 requests per side, registered and unknown addresses in a
// random order, each address used once (as someone trying a list of addresses would), compared with the
// Mann–Whitney rank test. A difference must show twice in a row, in two independent samples, before it counts:
// on today's machine a real leak shows with p < 1e-6 every time, while equal timings both fall below p = 0.01
// only once in 10,000 runs.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { startMailStub, type MailStub } from "../support/mail-stub.ts";
import { mannWhitney, median } from "../support/rank-test.ts";
import { startServer, type ServerProcess } from "../support/server-process.ts";

const domain = "account-timing.test";
const samplesPerSide = 50;
const significance = 0.01;
let server: ServerProcess;
let stub: MailStub;
let clientNumber = 0;

beforeAll(async () => {
  stub = await startMailStub({ apiKey: "re_test_key" });
  // TRUST_PROXY: each request says it comes from another client, so the per-address limits (10 an hour) never
  // answer instead of the flow being measured.
  server = await startServer({ DATABASE_URL: process.env.DATABASE_URL ?? "", RESEND_BASE_URL: stub.url, TRUST_PROXY: "1" });
  // Measured once the background workers run, as in a server that has been up for a while.
  for (const deadline = Date.now() + 30_000; !server.output().includes("[jobs] workers started") && Date.now() < deadline;)
    await sleep(100);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await stub?.close();
  const users = await prisma.user.findMany({ where: { email: { endsWith: `@${domain}` } }, select: { id: true } });
  await prisma.emailMessage.deleteMany({ where: { toAddress: { endsWith: `@${domain}` } } });
  await prisma.user.deleteMany({ where: { id: { in: users.map((user) => user.id) } } });
  await prisma.rateLimit.deleteMany({ where: { key: { endsWith: `@${domain}` } } });
});

type Flow = { name: string; path: string; fields: Record<string, string>; registered: { verified: boolean } };

const flows: Flow[] = [
  { name: "password reset", path: "/forgot-password.data", fields: {}, registered: { verified: true } },
  { name: "sign-in link", path: "/signin-link.data", fields: {}, registered: { verified: true } },
  { name: "resend confirmation", path: "/verify-email.data", fields: { intent: "resend" }, registered: { verified: false } },
];

async function registeredAddresses(count: number, verified: boolean) {
  const addresses: string[] = [];
  for (let index = 0; index < count; index++) {
    const user = await createUser(prisma, {
      email: `known-${randomUUID().slice(0, 12)}@${domain}`,
      displayName: "計時試験",
      verified,
      language: "en",
    });
    addresses.push(user.email);
  }
  return addresses;
}

/** Milliseconds from sending the form to having read the whole answer. */
async function timedPost(flow: Flow, email: string) {
  clientNumber += 1;
  const started = performance.now();
  const response = await fetch(`${server.origin}${flow.path}`, {
    method: "POST",
    headers: {
      Origin: server.origin,
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": `10.77.${Math.floor(clientNumber / 250) % 250}.${(clientNumber % 250) + 1}`,
    },
    body: new URLSearchParams({ ...flow.fields, email }),
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  expect(response.status, server.output().slice(-2000)).toBe(200);
  return elapsed;
}

/** One sample: every registered and unknown address once, shuffled, with a short pause so background work settles. */
async function sample(flow: Flow) {
  const known = await registeredAddresses(samplesPerSide, flow.registered.verified);
  const unknown = Array.from({ length: samplesPerSide }, () => `nobody-${randomUUID().slice(0, 12)}@${domain}`);
  const order = [...known.map((email) => ({ email, known: true })), ...unknown.map((email) => ({ email, known: false }))].sort(
    () => Math.random() - 0.5,
  );
  const times = { known: [] as number[], unknown: [] as number[] };
  for (const { email, known: isKnown } of order) {
    (isKnown ? times.known : times.unknown).push(await timedPost(flow, email));
    await sleep(5 + Math.random() * 10);
  }
  return { ...times, knownAddresses: known, unknownAddresses: unknown, ...mannWhitney(times.known, times.unknown) };
}

describe("answer times do not tell whether an address is registered", () => {
  it.each(flows)(
    "$name",
    async (flow) => {
      // Warm-up: the first requests compile code paths and open pooled connections.
      for (let index = 0; index < 10; index++) await timedPost(flow, `warm-${randomUUID().slice(0, 8)}@${domain}`);
      const first = await sample(flow);
      const report = (run: typeof first) =>
        `${flow.name}: median ${median(run.known).toFixed(1)} ms registered vs ${median(run.unknown).toFixed(1)} ms unknown, p = ${run.p.toPrecision(2)}`;
      console.log(report(first));
      let leaked = false;
      if (first.p < significance) {
        const second = await sample(flow);
        console.log(`${report(second)} (second sample)`);
        leaked = second.p < significance;
      }
      expect(leaked, report(first)).toBe(false);

      // The work still happens, after the answer: the registered addresses get their mail, the unknown ones none.
      const deadline = Date.now() + 20_000;
      const mailed = () => new Set(stub.deliveries().flatMap((delivery) => delivery.to));
      while (!first.knownAddresses.slice(0, 5).every((address) => mailed().has(address)) && Date.now() < deadline) await sleep(200);
      for (const address of first.knownAddresses.slice(0, 5)) expect(mailed().has(address), address).toBe(true);
      for (const address of first.unknownAddresses) expect(mailed().has(address)).toBe(false);
    },
    120_000,
  );
});
