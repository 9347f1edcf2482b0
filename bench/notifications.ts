// npm run bench:notifications — one update on an initiative followed by 20,000 people (BENCH_FOLLOWERS), all
// wanting e-mails right away: the time until the fan-out has committed every notification and outbox row, and the
// time until the mail provider (the in-process stub, tests/support/mail-stub.ts) has received every message
// through its batch API. Real pg-boss workers on a throwaway database (notify_bench_<time>, dropped at the end;
// on DATABASE_URL's server, or an embedded PostgreSQL). Target: enqueueing under 5 s.
import "dotenv/config";
import { runOrThrow } from "../scripts/lib/run.ts";
import { startMailStub } from "../tests/support/mail-stub.ts";
import { startBenchDatabase } from "./lib.ts";

const followerCount = Number(process.env.BENCH_FOLLOWERS ?? 20_000);
const enqueueTargetMs = 5_000;

const { databaseName, databaseUrl, env, drop } = await startBenchDatabase("notify_bench");
const stub = await startMailStub({ apiKey: "re_bench_notifications" });

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const memoryTimer = setInterval(sampleMemory, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, label: string) {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now();
}

let exitCode = 0;
try {
  await runOrThrow("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await runOrThrow("node_modules/.bin/tsx", ["prisma/seed.ts"], env);
  // The app's modules read the environment when first imported.
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    RESEND_API_KEY: "re_bench_notifications",
    RESEND_BASE_URL: stub.url,
    JOBS_WORKER: "on",
  });
  const { prisma } = await import("../app/kernel/db.server.ts");
  const { startJobWorkers, stopJobWorkers } = await import("../app/workers.server.ts");
  const { postInitiativeUpdate } = await import("../app/features/initiatives/initiative-updates.server.ts");
  const { createInitiative, createUser } = await import("../prisma/seed/factories.ts");

  const seedStarted = performance.now();
  const coordinator = await createUser(prisma, {
    email: "bench-coordinator@bench.example",
    displayName: "Bench coordinator",
    roles: ["COORDINATOR"],
  });
  const initiative = await createInitiative(prisma, {
    strategyCode: "B",
    titleJa: "奈良井宿ワーケーション拠点",
    titleEn: "Narai-juku workation base",
  });
  // Followers as sign-up leaves them (verified, immediate e-mails by default), a fifth of them reading English.
  await prisma.$executeRaw`
    INSERT INTO "User" ("id", "email", "emailVerifiedAt", "displayName", "language", "updatedAt")
    SELECT gen_random_uuid(), 'follower-' || g || '@bench.example', now(), 'Follower ' || g, CASE WHEN g % 5 = 0 THEN 'en' ELSE 'ja' END, now()
      FROM generate_series(1, ${followerCount}) AS g`;
  await prisma.$executeRaw`
    INSERT INTO "Follow" ("id", "userId", "targetType", "initiativeId")
    SELECT gen_random_uuid(), "id", 'INITIATIVE', ${initiative.id}::uuid FROM "User" WHERE "email" LIKE 'follower-%@bench.example'`;
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "User"`);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Follow"`);
  console.log(
    `Seeded ${followerCount} followers of initiative ${initiative.number} in ${seconds(performance.now() - seedStarted)} (${databaseName})`,
  );

  await startJobWorkers();
  // The signing key is generated on first use; a live site has it long before.
  const { getLinkSigningKey } = await import("../app/kernel/signed-token.server.ts");
  await getLinkSigningKey();
  stub.clear();

  const started = performance.now();
  const posted = await postInitiativeUpdate({
    actor: { id: coordinator.id, displayName: coordinator.displayName, roles: ["COORDINATOR"] },
    initiativeId: initiative.id,
    values: { title: "冬季の試験運用を始めました", body: "12月から2月まで、週末に限って拠点を開けます。", language: "ja" },
    images: [],
    requestContext: { origin: "https://hub.shiojiri.example" },
  });
  if (!posted.ok) throw new Error(`posting the update failed: ${posted.reason}`);
  const postedAt = performance.now();

  const enqueuedAt = await waitFor(
    async () => (await prisma.activity.count({ where: { initiativeId: initiative.id, fannedOutAt: { not: null } } })) > 0,
    60_000,
    "the fan-out",
  );
  const [notifications, outbox, bodies] = await Promise.all([
    prisma.notification.count(),
    prisma.emailMessage.count({ where: { template: "notification" } }),
    prisma.emailBody.count(),
  ]);
  const activity = await prisma.activity.findFirstOrThrow({
    where: { initiativeId: initiative.id },
    select: { createdAt: true, fannedOutAt: true },
  });

  const deliveredAt = await waitFor(() => stub.deliveries().length >= followerCount, 120_000, "the mail stub");
  const requests = stub.requests();
  const withHeaders = stub
    .deliveries()
    .filter((delivery) => delivery.headers["List-Unsubscribe-Post"] === "List-Unsubscribe=One-Click").length;
  // The provider has them all; the last batch's SENT marks follow a moment later.
  let sent = 0;
  await waitFor(
    async () => (sent = await prisma.emailMessage.count({ where: { template: "notification", status: "SENT" } })) >= followerCount,
    30_000,
    "SENT marks",
  );
  sampleMemory();

  const enqueueMs = enqueuedAt - started;
  console.log(`\nOne update on an initiative with ${followerCount.toLocaleString("en")} followers (immediate e-mails)`);
  console.table({
    "post the update (its transaction)": seconds(postedAt - started),
    "fan-out committed (notifications + outbox rows)": seconds(enqueueMs),
    "  of which the fan-out transaction": seconds(activity.fannedOutAt!.getTime() - activity.createdAt.getTime()),
    "stub received every message": seconds(deliveredAt - started),
  });
  console.table({
    notifications,
    "outbox rows": outbox,
    "shared bodies (per language and reason)": bodies,
    "stub requests": `${requests.length} (${requests.filter((request) => request.path === "/emails/batch").length} batch)`,
    "stub deliveries": stub.deliveries().length,
    "with List-Unsubscribe headers": withHeaders,
    "outbox rows SENT": sent,
    "peak rss": mb(peakRss),
  });
  const ok = enqueueMs < enqueueTargetMs && notifications === followerCount && outbox === followerCount;
  console.log(
    ok
      ? `OK: enqueued in ${seconds(enqueueMs)} (target < ${seconds(enqueueTargetMs)})`
      : `MISSED: enqueued in ${seconds(enqueueMs)} (target < ${seconds(enqueueTargetMs)})`,
  );
  if (!ok) exitCode = 1;
  await stopJobWorkers();
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  clearInterval(memoryTimer);
  await stub.close();
  await drop();
}
process.exit(exitCode);
