// npm run bench:engagements — the engagements' scheduled work (engagement-jobs.server.ts: reflections opened at the
// end date, check-ins asked at the scope's rhythm) over 10,000 open engagements (BENCH_ENGAGEMENTS), every one of
// them due today, 1 % past their end date. Two runs race, as two worker processes would: the check-ins and mails
// must come out once. Throwaway database (engagement_bench_<time>, dropped at the end). The runs happen in a fresh
// child process with its job queue started, as in a worker, so its RSS is the worker's and not the seeding's.
// Target: under 10 s with the worker's RSS under 300 MB.
import "dotenv/config";
import { spawn } from "node:child_process";
import { runOrThrow } from "../scripts/lib/run.ts";
import { startBenchDatabase } from "./lib.ts";

if (process.env.BENCH_ROLE === "worker") {
  // The child: a worker process that runs the day's work twice at once, then once more, and reports.
  const { getBoss, stopBoss } = await import("../app/kernel/jobs.server.ts");
  const { runEngagementJobs } = await import("../app/features/engagements/engagement-jobs.server.ts");
  const { prisma } = await import("../app/kernel/db.server.ts");
  await getBoss();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const rssBefore = process.memoryUsage().rss;
  const now = new Date();
  const started = performance.now();
  const [first, second] = await Promise.all([runEngagementJobs(now), runEngagementJobs(now)]);
  const ms = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().rss);
  const againStarted = performance.now();
  const again = await runEngagementJobs(now);
  const againMs = performance.now() - againStarted;
  clearInterval(timer);
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ms, againMs, peak, rssBefore, first, second, again })}\n`);
  await stopBoss();
  await prisma.$disconnect();
  process.exit(0);
}

type WorkerResult = {
  ms: number;
  againMs: number;
  peak: number;
  rssBefore: number;
  first: { opened: number; checkIns: number };
  second: { opened: number; checkIns: number };
  again: { opened: number; checkIns: number };
};

function runWorker(env: NodeJS.ProcessEnv): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["bench/engagement-jobs.ts"], {
      env: { ...env, BENCH_ROLE: "worker" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => {
      const line = output.split("\n").find((entry) => entry.startsWith("BENCH_RESULT "));
      if (code !== 0 || !line) reject(new Error(`the worker exited with ${code}: ${output}`));
      else resolve(JSON.parse(line.slice("BENCH_RESULT ".length)) as WorkerResult);
    });
  });
}

const engagementCount = Number(process.env.BENCH_ENGAGEMENTS ?? 10_000);
const targetMs = 10_000;
const rssTargetBytes = 300 * 1024 * 1024;

const { databaseName, databaseUrl, env, drop } = await startBenchDatabase("engagement_bench");

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let exitCode = 0;
try {
  await runOrThrow("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await runOrThrow("node_modules/.bin/tsx", ["prisma/seed.ts"], env);
  Object.assign(process.env, { DATABASE_URL: databaseUrl });
  const { prisma } = await import("../app/kernel/db.server.ts");
  const { createChallenge } = await import("../prisma/seed/factories.ts");
  const { addTokyoDays, todayInTokyo, utcMidnight } = await import("../app/kernel/japan-time.ts");
  const { getLinkSigningKey } = await import("../app/kernel/signed-token.server.ts");

  const seedStarted = performance.now();
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: "在庫データの見える化",
    status: "IN_PROGRESS",
    fieldNumbers: [4],
  });
  const today = todayInTokyo();
  const startsOn = utcMidnight(addTokyoDays(today, -14));
  const endsOn = utcMidnight(addTokyoDays(today, 76));
  const endedOn = utcMidnight(addTokyoDays(today, -1));
  // Partners as sign-up leaves them: an account, its own profile, itself the owner; a fifth of them read English.
  await prisma.$executeRaw`
    INSERT INTO "User" ("id", "email", "emailVerifiedAt", "displayName", "language", "updatedAt")
    SELECT gen_random_uuid(), 'partner-' || g || '@bench.example', now(), 'Partner ' || g, CASE WHEN g % 5 = 0 THEN 'en' ELSE 'ja' END, now()
      FROM generate_series(1, ${engagementCount}) AS g`;
  await prisma.$executeRaw`
    INSERT INTO "PartnerProfile" ("id", "kind", "personalUserId", "displayName", "relationships", "updatedAt")
    SELECT gen_random_uuid(), 'INDIVIDUAL', u."id", u."displayName", '{}', now() FROM "User" u WHERE u."email" LIKE 'partner-%@bench.example'`;
  await prisma.$executeRaw`
    INSERT INTO "PartnerMember" ("partnerId", "userId", "role") SELECT p."id", p."personalUserId", 'OWNER' FROM "PartnerProfile" p WHERE p."personalUserId" IS NOT NULL`;
  await prisma.$executeRaw`
    INSERT INTO "Match" ("id", "challengeId", "partnerId", "score", "updatedAt")
    SELECT gen_random_uuid(), ${challenge.id}::uuid, p."id", 50, now() FROM "PartnerProfile" p WHERE p."personalUserId" IS NOT NULL`;
  await prisma.$executeRaw`
    INSERT INTO "Engagement" ("id", "matchId", "partnerId", "kind", "status", "title", "deliverable", "hoursPerMonth", "startsOn", "endsOn",
                              "meetingRhythm", "checkInEveryDays", "cityProvides", "hostName", "hostEmail", "hostLanguage", "kickedOffAt", "updatedAt")
    SELECT gen_random_uuid(), m."id", m."partnerId", 'PRO_BONO_PROJECT', 'ACTIVE', '在庫データの見える化 ' || row_number() OVER (), '在庫ダッシュボード', 10,
           ${startsOn}::date, CASE WHEN row_number() OVER () % 100 = 0 THEN ${endedOn}::date ELSE ${endsOn}::date END,
           '隔週', 14, '在庫データ', '担当課', 'host-' || row_number() OVER () || '@bench.example', 'ja', now(), now()
      FROM "Match" m`;
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  await getLinkSigningKey();
  console.log(`Seeded ${engagementCount} active engagements in ${seconds(performance.now() - seedStarted)} (${databaseName})`);

  const result = await runWorker({ ...env, DATABASE_URL: databaseUrl });
  const { ms, againMs, peak: peakRss, rssBefore, first, second, again } = result;
  const [checkIns, mails, reflections, duplicates] = await Promise.all([
    prisma.engagementCheckIn.count(),
    prisma.emailMessage.count({ where: { template: "engagement-check-in" } }),
    prisma.emailMessage.count({ where: { template: "engagement-reflection" } }),
    prisma.$queryRaw<
      [{ count: bigint }]
    >`SELECT count(*) FROM (SELECT 1 FROM "EngagementCheckIn" GROUP BY "engagementId", "dueOn", "side" HAVING count(*) > 1) d`,
  ]);
  const expectedDue = engagementCount - Math.floor(engagementCount / 100);
  console.log(`\nThe engagements' scheduled work over ${engagementCount.toLocaleString("en")} open engagements (two runs racing)`);
  console.table({
    "both runs finished": seconds(ms),
    "a third run the same day (nothing due)": seconds(againMs),
    "worker peak rss": mb(peakRss),
    "worker rss before the runs": mb(rssBefore),
  });
  console.table({
    "reflections opened (run 1 + run 2)": `${first.opened} + ${second.opened}`,
    "check-ins asked (run 1 + run 2)": `${first.checkIns} + ${second.checkIns}`,
    "check-in rows": checkIns,
    "duplicate check-ins": Number(duplicates[0].count),
    "check-in mails": mails,
    "reflection mails": reflections,
    "third run: check-ins asked": again.checkIns,
  });
  const ok =
    ms < targetMs &&
    peakRss < rssTargetBytes &&
    checkIns === expectedDue * 2 &&
    mails === expectedDue * 2 &&
    Number(duplicates[0].count) === 0;
  console.log(
    ok
      ? `OK: ${seconds(ms)} (target < ${seconds(targetMs)}), peak RSS ${mb(peakRss)} (target < ${mb(rssTargetBytes)})`
      : `MISSED: ${seconds(ms)} (target < ${seconds(targetMs)}), peak RSS ${mb(peakRss)} (target < ${mb(rssTargetBytes)}), ${checkIns} check-ins and ${mails} mails for ${expectedDue} due`,
  );
  if (!ok) exitCode = 1;
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await drop();
}
process.exit(exitCode);
