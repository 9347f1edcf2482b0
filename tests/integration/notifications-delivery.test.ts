// Notification delivery against the real database, the real pg-boss and the real `resend` SDK; the only fake is
// the provider at the other end of HTTP (tests/support/mail-stub.ts). Fan-out to followers, shared-body e-mails,
// batch sending, digests (also with two job workers racing), signed unsubscribe links and their page.
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowTarget } from "../../app/features/following/follow.server.ts";
import { startMailStub } from "../support/mail-stub.ts";

const stub = await startMailStub({ apiKey: "re_notify_key" });
process.env.RESEND_API_KEY = "re_notify_key";
process.env.RESEND_BASE_URL = stub.url;

const { prisma } = await import("../../app/kernel/db.server.ts");
const { getEnv } = await import("../../app/kernel/env.server.ts");
const { recordActivity } = await import("../../app/features/following/activity.server.ts");
const { followColumns } = await import("../../app/features/following/follow.server.ts");
const { fanOutActivity } = await import("../../app/features/following/notification.server.ts");
const { sendDigests, dailyPeriodKey, weeklyPeriodKey } = await import("../../app/features/following/notification-digest.server.ts");
const { composeEmail, loadBodies } = await import("../../app/kernel/email/compose.server.ts");
const { processEmailBatchJob, findOrphanedEmailIds, enqueueEmailBatchJobs, EMAIL_BATCH_QUEUE } =
  await import("../../app/kernel/email/email-worker.server.ts");
const { BOSS_SCHEMA } = await import("../../app/kernel/jobs.server.ts");
const { DIGEST_QUEUES, ensureNotificationQueues, workDigestQueue } =
  await import("../../app/features/following/notification-worker.server.ts");
const { signLinkToken, signLinkTokenWith, verifyLinkToken } = await import("../../app/kernel/signed-token.server.ts");
const unsubscribeRoute = await import("~/routes/unsubscribe.$token.tsx");
const { createInitiative, createUser } = await import("../../prisma/seed/factories.ts");
const { accountNamespace } = await import("../support/accounts.ts");

const ns = accountNamespace("notifications-delivery.test");
const run = randomUUID().slice(0, 8);
const initiativeIds: string[] = [];

type Frequency = "IMMEDIATE" | "DAILY" | "WEEKLY" | "OFF";

async function user(label: string, options: { frequency?: Frequency; language?: "ja" | "en"; verified?: boolean } = {}) {
  const created = await createUser(prisma, {
    email: ns.email(label),
    displayName: `${label} ${run}`,
    language: options.language ?? "ja",
    verified: options.verified,
  });
  if (options.frequency && options.frequency !== "IMMEDIATE") {
    await prisma.user.update({ where: { id: created.id }, data: { notificationFrequency: options.frequency } });
  }
  return created;
}

async function follow(userId: string, target: FollowTarget, muted = false) {
  await prisma.follow.create({ data: { userId, ...followColumns(target), mutedAt: muted ? new Date() : null } });
}

let strategyId: number;
let fieldId: number;
let areaId: number;

/** A fresh initiative in strategy B, one field and one area, so each test's followers are its own. */
async function initiative(label: string) {
  const created = await createInitiative(prisma, {
    strategyCode: "B",
    titleJa: `${label} ${run}`,
    titleEn: `${label} EN ${run}`,
    areaSlug: "daimon",
  });
  await prisma.initiativeField.create({ data: { initiativeId: created.id, fieldId, isPrimary: true } });
  initiativeIds.push(created.id);
  return created;
}

async function post(initiativeId: string, actorId: string | null = null) {
  const activity = await recordActivity(prisma, {
    initiativeId,
    kind: "INITIATIVE_UPDATE_POSTED",
    actorId,
    details: { title: "冬季の試験運用を始めました" },
    origin: "http://hub.test",
  });
  return activity.id;
}

async function notifiedUsers(activityId: bigint) {
  const rows = await prisma.notification.findMany({ where: { activityId }, select: { userId: true, emailedAt: true } });
  return rows;
}

function mailsOf(activityId: bigint) {
  return prisma.emailMessage.findMany({
    where: { idempotencyKey: { startsWith: `notify:${activityId}:` } },
    select: {
      id: true,
      userId: true,
      toAddress: true,
      bodyId: true,
      html: true,
      text: true,
      subject: true,
      variables: true,
      listUnsubscribeUrl: true,
      status: true,
    },
  });
}

beforeAll(async () => {
  const strategy = await prisma.strategy.findUniqueOrThrow({
    where: { code: "B" },
    select: { id: true, fields: { select: { id: true }, take: 1 } },
  });
  strategyId = strategy.id;
  fieldId = strategy.fields[0]!.id;
  areaId = (await prisma.area.findUniqueOrThrow({ where: { slug: "daimon" }, select: { id: true } })).id;
  await muteBroadFollows();
});

/** Strategy, field and area follows (of earlier runs, of the first test) would receive every later test's activities. */
async function muteBroadFollows() {
  await prisma.follow.updateMany({
    where: { OR: [{ strategyId }, { fieldId }, { areaId }], mutedAt: null },
    data: { mutedAt: new Date() },
  });
}

afterAll(async () => {
  const users = await prisma.user.findMany({ where: { email: { endsWith: `@${ns.domain}` } }, select: { id: true } });
  const userIds = users.map((row) => row.id);
  await prisma.auditLog.deleteMany({ where: { targetType: "user", targetId: { in: userIds } } });
  await prisma.emailMessage.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.notificationDigest.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.activity.deleteMany({ where: { initiativeId: { in: initiativeIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await stub.close();
});

describe("fan-out", () => {
  it("notifies each follower of any matching target once, never the actor or a muted follow; e-mails only immediate, verified readers", async () => {
    const target = await initiative("fan-out");
    const [viaInitiative, viaStrategy, viaField, viaArea, viaSeveral, actor, muted, unrelated, daily, weekly, off, unverified, english] = [
      await user("via-initiative"),
      await user("via-strategy"),
      await user("via-field"),
      await user("via-area"),
      await user("via-several"),
      await user("actor"),
      await user("muted"),
      await user("unrelated"),
      await user("daily", { frequency: "DAILY" }),
      await user("weekly", { frequency: "WEEKLY" }),
      await user("off", { frequency: "OFF" }),
      await user("unverified", { verified: false }),
      await user("english", { language: "en" }),
    ];
    await follow(viaInitiative.id, { type: "INITIATIVE", initiativeId: target.id });
    await follow(viaStrategy.id, { type: "STRATEGY", strategyId });
    await follow(viaField.id, { type: "FIELD", fieldId });
    await follow(viaArea.id, { type: "AREA", areaId });
    await follow(viaSeveral.id, { type: "INITIATIVE", initiativeId: target.id });
    await follow(viaSeveral.id, { type: "STRATEGY", strategyId });
    await follow(viaSeveral.id, { type: "AREA", areaId });
    await follow(actor.id, { type: "INITIATIVE", initiativeId: target.id });
    await follow(muted.id, { type: "INITIATIVE", initiativeId: target.id }, true);
    const other = await initiative("elsewhere");
    await follow(unrelated.id, { type: "INITIATIVE", initiativeId: other.id });
    for (const reader of [daily, weekly, off, unverified, english])
      await follow(reader.id, { type: "INITIATIVE", initiativeId: target.id });

    const activityId = await post(target.id, actor.id);
    const result = await fanOutActivity(activityId);
    expect(result.status).toBe("fanned-out");

    const notified = await notifiedUsers(activityId);
    const expected = [viaInitiative, viaStrategy, viaField, viaArea, viaSeveral, daily, weekly, off, unverified, english].map(
      (row) => row.id,
    );
    expect(notified.map((row) => row.userId).sort()).toEqual([...expected].sort());

    const mails = await mailsOf(activityId);
    const immediate = [viaInitiative, viaStrategy, viaField, viaArea, viaSeveral, english].map((row) => row.id);
    expect(mails.map((mail) => mail.userId).sort()).toEqual([...immediate].sort());
    const emailed = notified.filter((row) => row.emailedAt !== null).map((row) => row.userId);
    expect(emailed.sort()).toEqual([...immediate].sort());

    // Shared bodies: stored once per language and reason, nothing per recipient but the unsubscribe link.
    expect(mails.every((mail) => mail.bodyId && mail.html === "" && mail.text === "")).toBe(true);
    expect(new Set(mails.map((mail) => mail.bodyId)).size).toBe(5);
    const bodies = await loadBodies(mails);
    const composed = new Map(mails.map((mail) => [mail.userId, { mail, ...composeEmail({ ...mail, body: bodies.get(mail.bodyId!) }) }]));
    const several = composed.get(viaSeveral.id)!;
    expect(several.text).toContain(`取り組み「fan-out ${run}」をフォローしている`);
    expect(several.text).toContain(several.mail.listUnsubscribeUrl!);
    expect(several.html).toContain(several.mail.listUnsubscribeUrl!);
    expect(several.html).not.toContain("{{");
    expect(several.mail.listUnsubscribeUrl).toMatch(/^http:\/\/hub\.test\/unsubscribe\/[\w-]+\.[\w-]+$/);
    expect(composed.get(viaField.id)!.text).toContain("分野「");
    expect(composed.get(viaArea.id)!.text).toContain("地域「");
    const inEnglish = composed.get(english.id)!;
    expect(inEnglish.subject).toBe(`New update on “fan-out EN ${run}”: “冬季の試験運用を始めました” — Shiojiri Co-creation Hub`);
    expect(inEnglish.text).toContain(`you follow the initiative "fan-out EN ${run}"`);
    // Each recipient's link is theirs: it names them, signed.
    for (const [userId, { mail }] of composed) {
      const token = mail.listUnsubscribeUrl!.split("/unsubscribe/")[1];
      expect(await verifyLinkToken(token)).toEqual({ u: userId, s: "all" });
    }
    // A second link stops only the follow the mail names: for several follows, the most specific one.
    expect(several.text).toContain(`取り組み「fan-out ${run}」のフォローだけをやめるには`);
    expect(inEnglish.text).toContain(`To stop following the initiative "fan-out EN ${run}" only`);
    const initiativeFollow = await prisma.follow.findFirstOrThrow({
      where: { userId: viaSeveral.id, initiativeId: target.id },
      select: { id: true },
    });
    const unfollowUrl = (several.mail.variables as { unfollowUrl: string }).unfollowUrl;
    expect(several.text).toContain(unfollowUrl);
    expect(several.html).toContain(unfollowUrl);
    expect(unfollowUrl).not.toBe(several.mail.listUnsubscribeUrl);
    expect(await verifyLinkToken(unfollowUrl.split("/unsubscribe/")[1])).toEqual({ u: viaSeveral.id, s: `follow:${initiativeFollow.id}` });
    const viaAreaFollow = await prisma.follow.findFirstOrThrow({ where: { userId: viaArea.id, areaId }, select: { id: true } });
    const areaToken = (composed.get(viaArea.id)!.mail.variables as { unfollowUrl: string }).unfollowUrl.split("/unsubscribe/")[1];
    expect(await verifyLinkToken(areaToken)).toEqual({ u: viaArea.id, s: `follow:${viaAreaFollow.id}` });
    await muteBroadFollows();
  });

  it("leaves exactly one notification and one e-mail per follower when run twice, or twice at once", async () => {
    const target = await initiative("twice");
    const followers = await Promise.all(Array.from({ length: 12 }, (_, index) => user(`twice-${index}`)));
    for (const follower of followers) await follow(follower.id, { type: "INITIATIVE", initiativeId: target.id });
    const activityId = await post(target.id);

    const [first, second] = await Promise.all([fanOutActivity(activityId), fanOutActivity(activityId)]);
    const third = await fanOutActivity(activityId);
    expect([first.status, second.status].sort()).toEqual(["fanned-out", "skipped"]);
    expect(third).toEqual({ status: "skipped", reason: "already-fanned-out" });
    expect(await prisma.notification.count({ where: { activityId } })).toBe(12);
    expect((await mailsOf(activityId)).length).toBe(12);
    const activity = await prisma.activity.findUniqueOrThrow({ where: { id: activityId }, select: { fannedOutAt: true } });
    expect(activity.fannedOutAt).not.toBeNull();
  });

  it("skips an activity that no longer exists", async () => {
    expect(await fanOutActivity(999_999_999n)).toEqual({ status: "skipped", reason: "not-found" });
  });
});

describe("batch sending", () => {
  it("sends a fan-out's messages in provider batches of 100, each with its own List-Unsubscribe headers", async () => {
    const target = await initiative("batch");
    const count = 150;
    await prisma.user.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        email: ns.email(`batch-${index}`),
        displayName: `batch ${index}`,
        emailVerifiedAt: new Date(),
      })),
    });
    const readers = await prisma.user.findMany({
      where: { email: { startsWith: "batch-", endsWith: `@${ns.domain}` } },
      select: { id: true, email: true },
    });
    expect(readers).toHaveLength(count);
    await prisma.follow.createMany({
      data: readers.map((reader) => ({ userId: reader.id, ...followColumns({ type: "INITIATIVE", initiativeId: target.id }) })),
    });
    const activityId = await post(target.id);
    const result = await fanOutActivity(activityId);
    if (result.status !== "fanned-out") throw new Error("not fanned out");
    expect(result.emailIds).toHaveLength(count);

    const addresses = new Set(readers.map((reader) => reader.email));
    const before = stub.requests().length;
    for (let start = 0; start < count; start += 100) {
      expect((await processEmailBatchJob(result.emailIds.slice(start, start + 100))).status).toBe("sent");
    }
    const requests = stub.requests().slice(before);
    expect(requests).toHaveLength(Math.ceil(count / 100));
    expect(
      requests.every(
        (request) => request.path === "/emails/batch" && request.status === 200 && request.idempotencyKey?.startsWith("batch:"),
      ),
    ).toBe(true);

    const delivered = stub.deliveries().filter((delivery) => addresses.has(delivery.to[0]!));
    expect(delivered).toHaveLength(count);
    const mails = new Map((await mailsOf(activityId)).map((mail) => [mail.toAddress, mail]));
    for (const delivery of delivered) {
      const url = mails.get(delivery.to[0]!)!.listUnsubscribeUrl!;
      expect(delivery.headers).toEqual({ "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
      expect(delivery.html).toContain(`href="${url}"`);
      expect(delivery.text).toContain(url);
      expect(delivery.subject).toBe(`【しおじり共創ハブ】取り組み「batch ${run}」に活動報告「冬季の試験運用を始めました」が投稿されました`);
    }
    const stored = await prisma.emailMessage.findMany({
      where: { id: { in: result.emailIds } },
      select: { status: true, providerMessageId: true },
    });
    expect(stored.every((row) => row.status === "SENT" && row.providerMessageId)).toBe(true);
    expect(new Set(stored.map((row) => row.providerMessageId)).size).toBe(count);

    // Sent once: the same batch again claims nothing and sends nothing.
    expect((await processEmailBatchJob(result.emailIds.slice(0, 100))).status).toBe("skipped");
    expect(stub.requests().length - before).toBe(Math.ceil(count / 100));
  });

  it("puts a failed batch back in the queue, and the sweeper treats ids carried by a batch job as carried", async () => {
    const target = await initiative("batch-retry");
    const reader = await user("batch-retry");
    await follow(reader.id, { type: "INITIATIVE", initiativeId: target.id });
    const result = await fanOutActivity(await post(target.id));
    if (result.status !== "fanned-out") throw new Error("not fanned out");
    stub.failNext(1, 503);
    expect((await processEmailBatchJob(result.emailIds)).status).toBe("retry");
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: result.emailIds[0] }, select: { status: true } })).status).toBe(
      "QUEUED",
    );

    const boss = new PgBoss({ connectionString: getEnv().DATABASE_URL, schema: BOSS_SCHEMA, supervise: false, schedule: false });
    await boss.start();
    try {
      expect(await findOrphanedEmailIds({ orphanedAfterMs: -1_000 })).toContain(result.emailIds[0]);
      await enqueueEmailBatchJobs(boss, result.emailIds);
      expect(await findOrphanedEmailIds({ orphanedAfterMs: -1_000 })).not.toContain(result.emailIds[0]);
      await prisma.$executeRawUnsafe(
        `DELETE FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND data->'emailIds' ? $2`,
        EMAIL_BATCH_QUEUE,
        result.emailIds[0],
      );
    } finally {
      await boss.stop({ timeout: 2_000 });
    }
    expect((await processEmailBatchJob(result.emailIds)).status).toBe("sent");
  });
});

describe("digests", () => {
  async function digestReaders(label: string, frequency: "DAILY" | "WEEKLY", count: number) {
    const target = await initiative(label);
    const readers = [];
    for (let index = 0; index < count; index += 1) readers.push(await user(`${label}-${index}`, { frequency }));
    for (const reader of readers) await follow(reader.id, { type: "INITIATIVE", initiativeId: target.id });
    // Two activities: a digest carries both.
    await fanOutActivity(await post(target.id));
    await fanOutActivity(await post(target.id));
    return { target, readers };
  }

  it("sends exactly one digest and one e-mail per user when two runs of the same period race", async () => {
    const { readers } = await digestReaders("digest-race", "DAILY", 3);
    const off = await user("digest-off", { frequency: "OFF" });
    const unsubscribed = await user("digest-unsubscribed", { frequency: "DAILY" });
    const anyTarget = await prisma.follow.findFirstOrThrow({ where: { userId: readers[0]!.id }, select: { initiativeId: true } });
    for (const reader of [off, unsubscribed]) await follow(reader.id, { type: "INITIATIVE", initiativeId: anyTarget.initiativeId! });
    const activityId = await post(anyTarget.initiativeId!);
    await fanOutActivity(activityId);
    // Unsubscribing through the link turns e-mails off; the notification stays in the hub.
    const token = await signLinkToken({ u: unsubscribed.id, s: "all" });
    const request = new Request(`http://hub.test/unsubscribe/${token}`, {
      method: "POST",
      body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
    });
    await unsubscribeRoute.action({ request, params: { token }, context: {} });

    const now = new Date(Date.now() + 1_000);
    const periodKey = dailyPeriodKey(now);
    const [first, second] = await Promise.all([sendDigests({ frequency: "DAILY", now }), sendDigests({ frequency: "DAILY", now })]);
    expect(first.emailIds.length + second.emailIds.length).toBeGreaterThanOrEqual(readers.length);

    for (const reader of readers) {
      const digests = await prisma.notificationDigest.findMany({
        where: { userId: reader.id },
        select: { periodKey: true, notificationCount: true, emailId: true },
      });
      expect(digests).toEqual([{ periodKey, notificationCount: 3, emailId: expect.any(String) }]);
      const mails = await prisma.emailMessage.findMany({
        where: { userId: reader.id, template: "notification-digest" },
        select: { idempotencyKey: true, text: true, listUnsubscribeUrl: true },
      });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.idempotencyKey).toBe(`digest:${reader.id}:DAILY:${periodKey}`);
      expect(mails[0]!.text).toContain("冬季の試験運用を始めました");
      expect(mails[0]!.listUnsubscribeUrl).toMatch(/\/unsubscribe\//);
      expect(await prisma.notification.count({ where: { userId: reader.id, emailedAt: null } })).toBe(0);
    }
    for (const reader of [off, unsubscribed]) {
      expect(await prisma.notification.count({ where: { userId: reader.id } })).toBe(1);
      expect(await prisma.notificationDigest.count({ where: { userId: reader.id } })).toBe(0);
      expect(await prisma.emailMessage.count({ where: { userId: reader.id } })).toBe(0);
    }
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { id: unsubscribed.id }, select: { notificationFrequency: true } }))
        .notificationFrequency,
    ).toBe("OFF");
  });

  it("sends one weekly digest per user when two pg-boss workers each run a job for the period", async () => {
    const { readers } = await digestReaders("digest-workers", "WEEKLY", 3);
    const periodKey = weeklyPeriodKey(new Date());
    const bosses = [0, 1].map(
      () => new PgBoss({ connectionString: getEnv().DATABASE_URL, schema: BOSS_SCHEMA, supervise: false, schedule: false }),
    );
    try {
      for (const boss of bosses) {
        await boss.start();
        await ensureNotificationQueues(boss);
      }
      const jobIds = [
        await bosses[0]!.send(DIGEST_QUEUES.WEEKLY, { periodKey }),
        await bosses[1]!.send(DIGEST_QUEUES.WEEKLY, { periodKey }),
      ];
      for (const boss of bosses) await workDigestQueue(boss, "WEEKLY");
      const deadline = Date.now() + 15_000;
      for (;;) {
        const jobs = await Promise.all(jobIds.map((id) => bosses[0]!.getJobById(DIGEST_QUEUES.WEEKLY, id!)));
        if (jobs.every((job) => job?.state === "completed")) break;
        if (jobs.some((job) => job?.state === "failed") || Date.now() > deadline)
          throw new Error(`digest jobs: ${jobs.map((job) => job?.state).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await Promise.all(bosses.map((boss) => boss.stop({ timeout: 2_000 })));
    }
    for (const reader of readers) {
      expect(await prisma.notificationDigest.count({ where: { userId: reader.id, frequency: "WEEKLY", periodKey } })).toBe(1);
      expect(await prisma.emailMessage.count({ where: { userId: reader.id, template: "notification-digest" } })).toBe(1);
    }
  });

  it("names the day and the ISO week in Japan", () => {
    // 2026-11-29 23:30 UTC is Monday 30 November 08:30 in Japan: week 49.
    expect(dailyPeriodKey(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
    expect(weeklyPeriodKey(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49");
    expect(weeklyPeriodKey(new Date("2026-11-29T14:00:00Z"))).toBe("2026-W48");
    expect(weeklyPeriodKey(new Date("2027-01-01T03:00:00Z"))).toBe("2026-W53");
  });
});

describe("signed unsubscribe links", () => {
  it("verifies its own tokens and rejects tampered or foreign ones", async () => {
    const [alice, bob] = [await user("token-alice"), await user("token-bob")];
    const token = await signLinkToken({ u: alice.id, s: "all" });
    expect(await verifyLinkToken(token)).toEqual({ u: alice.id, s: "all" });
    const [payload, mac] = token.split(".") as [string, string];
    // Bob's id with Alice's signature, a flipped signature, another key: all refused.
    const forgedPayload = Buffer.from(JSON.stringify({ u: bob.id, s: "all" })).toString("base64url");
    expect(await verifyLinkToken(`${forgedPayload}.${mac}`)).toBeNull();
    expect(await verifyLinkToken(`${payload}.${mac.slice(0, -2)}${mac.endsWith("AA") ? "AB" : "AA"}`)).toBeNull();
    expect(
      await verifyLinkToken(signLinkTokenWith(Buffer.from("another-key-that-is-long-enough-000000"), { u: bob.id, s: "all" })),
    ).toBeNull();
    for (const garbage of ["", "abc", "a.b.c", `${payload}.`, "%%%.%%%"]) expect(await verifyLinkToken(garbage)).toBeNull();
    // The key generated for this installation is shared through the database.
    expect(await prisma.appSecret.count({ where: { name: "link-signing" } })).toBe(1);
  });
});

describe("/unsubscribe/<token>", () => {
  it("shows what stops, applies it on POST (once), and works as an RFC 8058 one-click POST", async () => {
    const reader = await user("page-reader");
    const token = await signLinkToken({ u: reader.id, s: "all" });
    const page = await unsubscribeRoute.loader({
      request: new Request(`http://hub.test/unsubscribe/${token}?lng=ja`),
      params: { token },
      context: {},
    });
    expect(page).toMatchObject({ target: { scope: "all", done: false } });

    const oneClick = new Request(`http://hub.test/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(await unsubscribeRoute.action({ request: oneClick, params: { token }, context: { clientIp: "10.1.2.3" } })).toEqual({
      result: "done",
    });
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { id: reader.id }, select: { notificationFrequency: true } })).notificationFrequency,
    ).toBe("OFF");
    const again = new Request(`http://hub.test/unsubscribe/${token}`, { method: "POST", body: new URLSearchParams() });
    expect(await unsubscribeRoute.action({ request: again, params: { token }, context: {} })).toEqual({ result: "already" });
    const audits = await prisma.auditLog.findMany({
      where: { action: "user.unsubscribed", targetId: reader.id },
      select: { details: true, ipAddress: true },
    });
    expect(audits).toEqual([{ details: { scope: "all", previousFrequency: "IMMEDIATE", oneClick: true }, ipAddress: "10.1.2.3" }]);
    const after = await unsubscribeRoute.loader({
      request: new Request(`http://hub.test/unsubscribe/${token}?lng=ja`),
      params: { token },
      context: {},
    });
    expect(after).toMatchObject({ target: { done: true } });
  });

  it("opens in the account's language", async () => {
    const reader = await user("page-english", { language: "en" });
    const token = await signLinkToken({ u: reader.id, s: "all" });
    const response = await unsubscribeRoute
      .loader({ request: new Request(`http://hub.test/unsubscribe/${token}`), params: { token }, context: {} })
      .catch((thrown: unknown) => thrown);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toBe(`/unsubscribe/${token}?lng=en`);
  });

  it("answers 400 with a page, never a 500, for a bad or forged token", async () => {
    const victim = await user("page-victim");
    const forged = `${Buffer.from(JSON.stringify({ u: victim.id, s: "all" })).toString("base64url")}.Zm9yZ2Vk`;
    for (const token of ["not-a-token", forged]) {
      const page = (await unsubscribeRoute.loader({
        request: new Request(`http://hub.test/unsubscribe/${token}`),
        params: { token },
        context: {},
      })) as {
        init: { status: number } | null;
      };
      expect(page.init?.status).toBe(400);
      const request = new Request(`http://hub.test/unsubscribe/${token}`, {
        method: "POST",
        body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
      });
      const reply = (await unsubscribeRoute.action({ request, params: { token }, context: {} })) as { init: { status: number } | null };
      expect(reply.init?.status).toBe(400);
    }
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { id: victim.id }, select: { notificationFrequency: true } })).notificationFrequency,
    ).toBe("IMMEDIATE");
  });
});
