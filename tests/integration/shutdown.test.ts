// SIGTERM drains the production server (server.js over a build, on loopback): requests in flight on keep-alive
// connections finish with a full answer that says `Connection: close`, nothing more is served on those
// connections, new connections are refused, and the process exits with 0.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailStub, type MailStub } from "../support/mail-stub.ts";
import { startServer, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;
let stub: MailStub;

beforeAll(async () => {
  // Eleven failed sign-ins from 127.0.0.1 per run: start each run below the per-address limit.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query("DELETE FROM rate_limits WHERE key LIKE 'signin_%'");
  await db.end();
  stub = await startMailStub({ apiKey: "re_test_key" });
  server = await startServer({ DATABASE_URL: process.env.DATABASE_URL ?? "", RESEND_BASE_URL: stub.url });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await stub?.close();
});

/** A raw keep-alive connection: what arrives is collected, so a test sees exactly what the server sent and when it hung up. */
async function connect(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let received = "";
  let ended = false;
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.on("end", () => (ended = true));
  socket.on("close", () => (ended = true));
  socket.on("error", () => (ended = true));
  return { socket, received: () => received, ended: () => ended };
}

// A failed sign-in per connection, each to another account (the per-account limit is 8 failures).
const run = Date.now();
const bodyFor = (index: number) =>
  new URLSearchParams({ email: `nobody-${run}-${index}@shutdown.test`, password: "wrong password 123" }).toString();

function postHead(origin: string, body: string) {
  return [
    "POST /login HTTP/1.1",
    `Host: ${new URL(origin).host}`,
    `Origin: ${origin}`,
    "Content-Type: application/x-www-form-urlencoded",
    `Content-Length: ${body.length}`,
    "Connection: keep-alive",
    "",
    "",
  ].join("\r\n");
}

async function until(check: () => boolean, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(50)) if (check()) return true;
  return check();
}

describe("SIGTERM", () => {
  it("finishes requests in flight, closes keep-alive connections after them, and exits with 0", async () => {
    // What a failed sign-in answers normally, and that the connection is kept alive for the next request.
    const probe = await connect(server.port);
    probe.socket.write(postHead(server.origin, bodyFor(99)) + bodyFor(99));
    await until(() => /\r\n0\r\n\r\n$|\r\n\r\n[\s\S]*<\/html>/.test(probe.received()), 10_000);
    const normalStatus = /^HTTP\/1\.1 (\d{3})/.exec(probe.received())?.[1];
    expect(normalStatus).toBe("400");
    expect(probe.received().toLowerCase()).toContain("connection: keep-alive");
    probe.socket.destroy();

    // Ten keep-alive connections, each with a sign-in whose body is still on its way.
    const connections = await Promise.all(Array.from({ length: 10 }, () => connect(server.port)));
    connections.forEach((connection, index) =>
      connection.socket.write(postHead(server.origin, bodyFor(index)) + bodyFor(index).slice(0, 10)),
    );
    await sleep(300);

    server.child.kill("SIGTERM");
    await sleep(500);
    // New connections are refused once the server stops listening.
    await expect(connect(server.port)).rejects.toThrow(/ECONNREFUSED/);
    expect(server.alive()).toBe(true);

    // The bodies arrive (each followed at once by another request on the same connection): every request in
    // flight is answered in full and told that the connection closes; the one behind it is not served.
    connections.forEach((connection, index) =>
      connection.socket.write(`${bodyFor(index).slice(10)}GET /livez HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`),
    );
    for (const connection of connections) {
      expect(await until(connection.ended, 10_000), "the server closes the connection after the answer").toBe(true);
      const received = connection.received();
      expect(received).toMatch(/^HTTP\/1\.1 400 /);
      expect(received.toLowerCase()).toContain("connection: close");
      expect(received).toContain("</html>");
      expect(received.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    }

    const exit = await Promise.race([server.exited, sleep(15_000).then(() => null)]);
    expect(exit).toEqual({ code: 0, signal: null });
  }, 60_000);

  it("hands a message being sent back to the queue, and the next process sends it at once, once", async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const to = `slow-${run}@shutdown.test`;
      // A committed message no job carries yet: the worker's first sweep picks it up as soon as it starts.
      const {
        rows: [message],
      } = await db.query<{ id: string }>(
        `INSERT INTO "EmailMessage" (id, "idempotencyKey", template, language, "toAddress", subject, html, text, "createdAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, 'verify-email', 'ja', $2, 'テスト', '<p>テスト</p>', 'テスト', now() - interval '2 minutes', now() - interval '2 minutes')
         RETURNING id::text`,
        [`test:shutdown:${run}`, to],
      );
      stub.delay(20_000);
      const sending = await startServer({ DATABASE_URL: process.env.DATABASE_URL ?? "", RESEND_BASE_URL: stub.url });
      try {
        expect(await until(() => stub.pending() > 0, 15_000), "the worker is sending").toBe(true);
        const stoppedAt = Date.now();
        sending.child.kill("SIGTERM");
        const exit = await Promise.race([sending.exited, sleep(15_000).then(() => null)]);
        expect(exit).toEqual({ code: 0, signal: null });
        expect(Date.now() - stoppedAt).toBeLessThan(8_000);
      } finally {
        await sending.stop();
      }
      const row = await db.query(`SELECT status::text, "claimedBy" FROM "EmailMessage" WHERE id = $1`, [message!.id]);
      expect(row.rows[0]).toEqual({ status: "QUEUED", claimedBy: null });
      const jobs = await db.query(
        `SELECT state::text FROM pgboss.job WHERE name = 'email.send' AND data->>'emailId' = $1 AND state = 'created'`,
        [message!.id],
      );
      expect(jobs.rows.length).toBeGreaterThan(0);

      stub.delay(0);
      const next = await startServer({ DATABASE_URL: process.env.DATABASE_URL ?? "", RESEND_BASE_URL: stub.url });
      try {
        const startedAt = Date.now();
        let status = "";
        while (Date.now() - startedAt < 10_000 && status !== "SENT") {
          status = (await db.query(`SELECT status::text FROM "EmailMessage" WHERE id = $1`, [message!.id])).rows[0].status;
          await sleep(100);
        }
        expect(status).toBe("SENT");
        expect(Date.now() - startedAt).toBeLessThan(6_000);
        expect(stub.deliveries().filter((delivery) => delivery.to.includes(to))).toHaveLength(1);
      } finally {
        await next.stop();
      }
    } finally {
      await db.end();
    }
  }, 60_000);
});
