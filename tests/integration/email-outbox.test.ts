// The e-mail outbox against the real database and the real `resend` SDK; the only fake is the provider at the
// other end of HTTP (tests/support/mail-stub.ts). Each test uses its own recipient address.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailStub } from "../support/mail-stub.ts";

// The environment is read once, when the app's modules first load: point the SDK at the stub before that.
const stub = await startMailStub({ apiKey: "re_test_key" });
process.env.RESEND_API_KEY = "re_test_key";
process.env.RESEND_BASE_URL = stub.url;

const { prisma } = await import("../../app/kernel/db.server.ts");
const { queueEmail, sendEmail, dispatchEmails, retryDeadEmail } = await import("../../app/kernel/email/outbox.server.ts");
const { processEmailJob, processEmailBatchJob, sweepOutbox, findOrphanedEmailIds, STALE_SENDING_MS } =
  await import("../../app/kernel/email/email-worker.server.ts");
const { getStartedBoss } = await import("../../app/kernel/jobs.server.ts");
const { workerInstanceId } = await import("../../app/kernel/instance.server.ts");
const { startJobWorkers, stopJobWorkers } = await import("../../app/workers.server.ts");
const { startSession } = await import("../../app/kernel/auth/guards.server.ts");
const adminEmailsRoute = await import("~/routes/admin.emails.tsx");
const mailboxRoute = await import("~/routes/dev.mailbox.tsx");

const run = randomUUID().slice(0, 8);
const domain = "email-outbox.test";
let counter = 0;
function address() {
  counter += 1;
  return `recipient-${run}-${counter}@${domain}`;
}

const verifyProps = {
  displayName: "山田 花子",
  verifyUrl: "https://hub.example/verify-email?token=abc",
  code: "482913",
  expiresInMinutes: 30,
};

async function queueVerify(to: string, language: "ja" | "en" = "ja") {
  return prisma.$transaction((tx) =>
    queueEmail(tx, { template: "verify-email", to, language, props: verifyProps, idempotencyKey: `test:${randomUUID()}` }),
  );
}

function deliveriesTo(to: string) {
  return stub.deliveries().filter((delivery) => delivery.to.includes(to));
}
function requestsTo(to: string) {
  return stub.requests().filter((request) => request.to.includes(to));
}

async function row(id: string) {
  return prisma.emailMessage.findUniqueOrThrow({
    where: { id },
    select: { status: true, attempts: true, lastError: true, providerMessageId: true, sentAt: true, subject: true, text: true, html: true },
  });
}

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let admin: { id: string; label: string };

beforeAll(async () => {
  const user = await prisma.user.create({
    data: {
      email: `admin-${run}@${domain}`,
      displayName: `Outbox admin ${run}`,
      emailVerifiedAt: new Date(),
      roles: { create: { role: "ADMIN" } },
    },
    select: { id: true, displayName: true },
  });
  admin = { id: user.id, label: user.displayName };
});

afterAll(async () => {
  await stopJobWorkers();
  const messages = await prisma.emailMessage.findMany({ where: { toAddress: { endsWith: `@${domain}` } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "email", targetId: { in: messages.map((message) => message.id) } } });
  await prisma.emailMessage.deleteMany({ where: { toAddress: { endsWith: `@${domain}` } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${domain}` } } });
  await stub.close();
});

describe("queueEmail", () => {
  it("renders the template in the recipient's language, HTML and plain text", async () => {
    const [ja, en] = await Promise.all([queueVerify(address(), "ja"), queueVerify(address(), "en")]);
    const jaRow = await row(ja.id);
    expect(jaRow.subject).toBe("【しおじり共創ハブ】メールアドレスの確認");
    expect(jaRow.text).toContain("山田 花子 様");
    expect(jaRow.text).toContain("482913");
    expect(jaRow.text).toContain("https://hub.example/verify-email?token=abc");
    expect(jaRow.text).toContain("このメールはしおじり共創ハブ（塩尻市）から送信しています。");
    expect(jaRow.html).toContain('lang="ja"');
    expect(jaRow.status).toBe("QUEUED");

    const enRow = await row(en.id);
    expect(enRow.subject).toBe("Confirm your e-mail address — Shiojiri Co-creation Hub");
    expect(enRow.text).toContain("enter this 6-digit code");
    expect(enRow.text).toContain("expire in 30 minutes");
    expect(enRow.text).not.toMatch(/[ぁ-ん]{3}/);
    expect(enRow.html).toContain('lang="en"');
  });

  it("writes one row per idempotency key, even when asked twice", async () => {
    const to = address();
    const input = {
      template: "sign-in-link" as const,
      to,
      language: "ja" as const,
      props: { displayName: "", signInUrl: "https://hub.example/s", expiresInMinutes: 15 },
      idempotencyKey: `test:${randomUUID()}`,
    };
    const first = await prisma.$transaction((tx) => queueEmail(tx, input));
    const second = await prisma.$transaction((tx) => queueEmail(tx, input));
    const concurrent = await Promise.all([prisma.$transaction((tx) => queueEmail(tx, input)), sendEmail(input)]);
    expect(second.id).toBe(first.id);
    expect(concurrent.map((result) => result.id)).toEqual([first.id, first.id]);
    expect(await prisma.emailMessage.count({ where: { toAddress: to } })).toBe(1);
  });

  it("leaves no message behind when the transaction rolls back", async () => {
    const to = address();
    await expect(
      prisma.$transaction(async (tx) => {
        await queueEmail(tx, {
          template: "password-reset",
          to,
          language: "en",
          props: { displayName: "A", resetUrl: "https://hub.example/r", expiresInMinutes: 60 },
          idempotencyKey: `test:${randomUUID()}`,
        });
        throw new Error("the change that caused the message failed");
      }),
    ).rejects.toThrow("the change that caused the message failed");
    expect(await prisma.emailMessage.count({ where: { toAddress: to } })).toBe(0);
  });
});

describe("processEmailJob", () => {
  it("sends through the provider with the message's idempotency key and records it", async () => {
    const to = address();
    const { id } = await queueVerify(to, "en");
    const outcome = await processEmailJob(id);
    expect(outcome.status).toBe("sent");
    const [delivery] = deliveriesTo(to);
    expect(delivery?.subject).toBe("Confirm your e-mail address — Shiojiri Co-creation Hub");
    expect(delivery?.from).toBe("しおじり共創ハブ <no-reply@hub.shiojiri.example>");
    expect(delivery?.text).toContain("482913");
    expect(delivery?.html).toContain("<!DOCTYPE html");
    const sent = await row(id);
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null, providerMessageId: delivery?.id });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(delivery?.idempotencyKey).toMatch(/^test:/);
  });

  it("sends once when the same job runs twice or concurrently", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    const outcomes = await Promise.all([processEmailJob(id), processEmailJob(id), processEmailJob(id)]);
    expect(outcomes.filter((outcome) => outcome.status === "sent")).toHaveLength(1);
    expect(await processEmailJob(id)).toEqual({ status: "skipped", reason: "already-sent" });
    expect(requestsTo(to)).toHaveLength(1);
    expect(deliveriesTo(to)).toHaveLength(1);
    expect((await row(id)).attempts).toBe(1);
  });

  it("does not deliver twice when a worker died after the provider accepted the message", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    await processEmailJob(id);
    const firstProviderId = (await row(id)).providerMessageId;
    // As if the worker had crashed after the HTTP call, before writing SENT: the row is still SENDING, and stale.
    await prisma.emailMessage.update({
      where: { id },
      data: { status: "SENDING", updatedAt: new Date(Date.now() - STALE_SENDING_MS - 1_000) },
    });

    expect((await processEmailJob(id)).status).toBe("sent");
    expect(requestsTo(to)).toHaveLength(2); // it did call the provider again …
    expect(deliveriesTo(to)).toHaveLength(1); // … which recognised the idempotency key and delivered nothing new
    expect((await row(id)).providerMessageId).toBe(firstProviderId);
  });

  it("leaves a fresh SENDING message to the worker that holds it", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    await prisma.emailMessage.update({ where: { id }, data: { status: "SENDING" } });
    expect(await processEmailJob(id)).toEqual({ status: "skipped", reason: "in-progress" });
    expect(requestsTo(to)).toHaveLength(0);
  });

  it("retries after a transient provider error and then succeeds", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    stub.failNext(1, 500);
    const failed = await processEmailJob(id);
    expect(failed.status).toBe("retry");
    expect(await row(id)).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect((await row(id)).lastError).toContain("500");

    expect((await processEmailJob(id)).status).toBe("sent");
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(deliveriesTo(to)).toHaveLength(1);
  });

  it("marks the message DEAD after the final attempt, and an admin retry sends it", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    stub.failNext(2, 503);
    expect((await processEmailJob(id)).status).toBe("retry");
    expect((await processEmailJob(id, { finalAttempt: true })).status).toBe("dead");
    const dead = await row(id);
    expect(dead).toMatchObject({ status: "DEAD", attempts: 2 });
    expect(dead.lastError).toContain("503");
    expect(await processEmailJob(id)).toEqual({ status: "skipped", reason: "dead" });

    expect(await retryDeadEmail(id, { actor: admin, ipAddress: "203.0.113.5" })).toBe("requeued");
    const requeued = await row(id);
    expect(requeued).toMatchObject({ status: "QUEUED", attempts: 2 });
    expect(requeued.lastError).toContain("503"); // kept until a send succeeds
    const audit = await prisma.auditLog.findFirst({
      where: { action: "email.retried", targetId: id },
      select: { actorId: true, ipAddress: true, details: true },
    });
    expect(audit).toMatchObject({ actorId: admin.id, ipAddress: "203.0.113.5", details: { template: "verify-email", attempts: 2 } });
    expect(await retryDeadEmail(id, { actor: admin })).toBe("not-dead");
    expect(await retryDeadEmail(randomUUID(), { actor: admin })).toBe("not-found");

    expect((await processEmailJob(id)).status).toBe("sent");
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(deliveriesTo(to)).toHaveLength(1);
  });

  it("takes over at once a message claimed by a process that has died, and leaves a live process's claim alone", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    // Claimed a moment ago by a worker process that no longer has a connection to the database.
    await prisma.emailMessage.update({ where: { id }, data: { status: "SENDING", claimedBy: "gone-host:4242:dead01" } });
    expect(await findOrphanedEmailIds()).toContain(id);
    expect((await processEmailJob(id)).status).toBe("sent");
    expect(deliveriesTo(to)).toHaveLength(1);

    const other = address();
    const held = await queueVerify(other);
    await prisma.emailMessage.update({ where: { id: held.id }, data: { status: "SENDING", claimedBy: workerInstanceId() } });
    expect(await findOrphanedEmailIds()).not.toContain(held.id);
    expect(await processEmailJob(held.id)).toEqual({ status: "skipped", reason: "in-progress" });
    expect(requestsTo(other)).toHaveLength(0);
  });

  it("mails a batch once when its worker died after the provider accepted it, whichever path sends it again", async () => {
    const recipients = [address(), address(), address()];
    const ids = [];
    for (const to of recipients) ids.push((await queueVerify(to)).id);
    expect((await processEmailBatchJob(ids)).status).toBe("sent");
    const batchKeys = new Set(recipients.map((to) => deliveriesTo(to)[0]?.idempotencyKey));
    expect(batchKeys.size).toBe(1);
    // As if the worker had died after the provider answered, before it wrote SENT.
    await prisma.emailMessage.updateMany({
      where: { id: { in: ids } },
      data: { status: "SENDING", providerMessageId: null, sentAt: null, claimedBy: "gone-host:4242:dead02" },
    });
    expect(await findOrphanedEmailIds()).toEqual(expect.arrayContaining(ids));
    // The sweeper hands each message to a single-message job; a batch job may be retried as well.
    const outcomes = await Promise.all([...ids.map((id) => processEmailJob(id)), processEmailBatchJob(ids)]);
    expect(outcomes.some((outcome) => outcome.status === "sent")).toBe(true);
    for (const to of recipients) {
      expect(deliveriesTo(to), to).toHaveLength(1);
      // Every request for it carried the key of the batch the provider first saw.
      expect(new Set(requestsTo(to).map((request) => request.idempotencyKey))).toEqual(batchKeys);
    }
    for (const id of ids) expect((await row(id)).status).toBe("SENT");
  });

  it("gives up at once on a request the provider rejects as malformed", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    stub.failNext(1, 422);
    expect((await processEmailJob(id)).status).toBe("dead");
    expect((await row(id)).status).toBe("DEAD");
  });
});

describe("with the job queue running", () => {
  beforeAll(async () => {
    await startJobWorkers();
  });
  // Later tests check rows right after dispatch: with no queue running under Vitest, dispatch leaves them be.
  afterAll(async () => {
    await stopJobWorkers();
  });

  it("delivers a dispatched message within a moment", async () => {
    const to = address();
    const { id } = await sendEmail({
      template: "password-changed",
      to,
      language: "ja",
      props: { displayName: "山田", resetUrl: "https://hub.example/forgot" },
      idempotencyKey: `test:${randomUUID()}`,
    });
    await waitFor(async () => (await row(id)).status === "SENT");
    expect(deliveriesTo(to).map((delivery) => delivery.subject)).toEqual(["【しおじり共創ハブ】パスワードが変更されました"]);
  });

  it("delivers, exactly once, a message whose process crashed between commit and dispatch", async () => {
    const to = address();
    const { id } = await queueVerify(to); // committed, never dispatched
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await row(id)).status).toBe("QUEUED");
    // Half a minute later the sweeper finds it. (Backdated rather than waited for.)
    await prisma.emailMessage.update({ where: { id }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    const boss = (await getStartedBoss())!;
    expect(await sweepOutbox(boss)).toContain(id);
    await waitFor(async () => (await row(id)).status === "SENT");

    // Neither another sweep nor a late duplicate job sends it again.
    expect(await sweepOutbox(boss)).not.toContain(id);
    await dispatchEmails([id]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(deliveriesTo(to)).toHaveLength(1);
    expect(requestsTo(to)).toHaveLength(1);
  });

  it("does not re-dispatch a message whose retry is waiting in the queue", async () => {
    const to = address();
    stub.failNext(1, 500);
    const { id } = await sendEmail({
      template: "password-changed",
      to,
      language: "en",
      props: { displayName: "A", resetUrl: "https://hub.example/forgot" },
      idempotencyKey: `test:${randomUUID()}`,
    });
    await waitFor(async () => (await row(id)).lastError !== null);
    await prisma.emailMessage.update({ where: { id }, data: { updatedAt: new Date(Date.now() - 60_000) } });
    expect(await sweepOutbox((await getStartedBoss())!)).not.toContain(id);
    expect((await row(id)).status).toBe("QUEUED");
  });
});

describe("the admin outbox page", () => {
  const cookies: Record<"admin" | "resident", string> = { admin: "", resident: "" };

  beforeAll(async () => {
    const resident = await prisma.user.create({
      data: { email: `resident-${run}@${domain}`, displayName: "Resident", emailVerifiedAt: new Date() },
      select: { id: true },
    });
    for (const [key, id] of [
      ["admin", admin.id],
      ["resident", resident.id],
    ] as const) {
      const headers = await startSession(new Request("http://hub.test/login"), { id, language: "ja" }, { secondFactor: true });
      cookies[key] = headers.get("Set-Cookie")!.split(";")[0]!;
    }
  });

  function get(path: string, who?: "admin" | "resident") {
    return { request: new Request(`http://hub.test${path}`, { headers: who ? { Cookie: cookies[who] } : {} }), params: {}, context: {} };
  }
  function post(body: BodyInit, who: "admin" | "resident" = "admin", headers: Record<string, string> = {}) {
    const request = new Request("http://hub.test/admin/emails", { method: "POST", body, headers: { Cookie: cookies[who], ...headers } });
    return { request, params: {}, context: { clientIp: "198.51.100.7" } };
  }
  async function thrown(promise: Promise<unknown>) {
    return promise.then(
      () => null,
      (error: unknown) => error as Response,
    );
  }

  it("is for admins only", async () => {
    expect((await thrown(adminEmailsRoute.loader(get("/admin/emails"))))?.status).toBe(302);
    expect((await thrown(adminEmailsRoute.loader(get("/admin/emails", "resident"))))?.status).toBe(403);
    expect(
      (await thrown(adminEmailsRoute.action(post(new URLSearchParams({ intent: "retry", id: randomUUID() }), "resident"))))?.status,
    ).toBe(403);
  });

  it("lists messages with status counts, filtered by status and recipient, without their bodies", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    const data = await adminEmailsRoute.loader(get(`/admin/emails?status=QUEUED&to=${encodeURIComponent(to)}&page=oops`, "admin"));
    expect(data.filters).toEqual({ status: "QUEUED", to, page: 1 });
    expect(data.messages.map((message) => message.id)).toEqual([id]);
    expect(data.messages[0]).not.toHaveProperty("html");
    expect(data.counts.QUEUED).toBeGreaterThanOrEqual(1);
    const unknownStatus = await adminEmailsRoute.loader(get(`/admin/emails?status=LOST&to=${encodeURIComponent(to)}`, "admin"));
    expect(unknownStatus.filters.status).toBeUndefined();
  });

  it("answers bad input with 4xx and a message, never 500", async () => {
    const invalid = (await adminEmailsRoute.action(post(new URLSearchParams({ intent: "retry", id: "not-an-id" })))) as unknown as {
      init: ResponseInit;
      data: { message: string };
    };
    expect(invalid.init.status).toBe(400);
    expect(invalid.data.message).toBe("adminEmails.invalid");
    const notFound = (await adminEmailsRoute.action(post(new URLSearchParams({ intent: "retry", id: randomUUID() })))) as unknown as {
      init: ResponseInit;
    };
    expect(notFound.init.status).toBe(404);
    const json = await thrown(
      adminEmailsRoute.action(post(JSON.stringify({ id: randomUUID() }), "admin", { "Content-Type": "application/json" })),
    );
    expect(json?.status).toBe(415);
  });

  it("sends a DEAD message again, records who did it, and refuses a second retry", async () => {
    const to = address();
    const { id } = await queueVerify(to);
    stub.failNext(1, 422);
    await processEmailJob(id);
    const result = await adminEmailsRoute.action(post(new URLSearchParams({ intent: "retry", id })));
    expect(result).toEqual({ ok: true, message: "adminEmails.retried" });
    expect((await row(id)).status).toBe("QUEUED");
    const audit = await prisma.auditLog.findFirst({
      where: { action: "email.retried", targetId: id },
      select: { actorId: true, ipAddress: true },
    });
    expect(audit).toEqual({ actorId: admin.id, ipAddress: "198.51.100.7" });
    const again = (await adminEmailsRoute.action(post(new URLSearchParams({ intent: "retry", id })))) as unknown as {
      init: ResponseInit;
      data: { message: string };
    };
    expect(again.init.status).toBe(409);
    expect(again.data.message).toBe("adminEmails.notDead");
  });
});

describe("the development mailbox", () => {
  it("does not exist outside development", async () => {
    const error = await mailboxRoute
      .loader({ request: new Request("http://hub.test/dev/mailbox"), params: {}, context: {} })
      .catch((thrown: unknown) => thrown);
    expect((error as Response).status).toBe(404);
  });
});
