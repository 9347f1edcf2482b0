// npm run bench:suggestions — suggestPartners for one challenge against 100,000 partners in a real PostgreSQL:
// a throwaway database (hub_bench_suggestions_<time>, dropped at the end; on DATABASE_URL's server, or an embedded
// PostgreSQL without it), reference data, 100,000 partner profiles with skills/interests/areas inserted by a few
// INSERT … SELECT generate_series statements, and a few hundred open matches for the load factor. Then times the
// cold call (the in-memory index is built), warm calls (median of BENCH_RUNS) and a call after one profile
// changed (incremental refresh), and prints peak memory. BENCH_PARTNERS / BENCH_RUNS change the run.
import "dotenv/config";
import pg from "pg";
import { runOrThrow } from "../scripts/lib/run.ts";
import { startBenchDatabase } from "./lib.ts";

const partnerCount = Number(process.env.BENCH_PARTNERS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);

const { databaseName, databaseUrl, env, drop } = await startBenchDatabase("hub_bench_suggestions");

let peakRss = 0;
let peakHeap = 0;
const sampleMemory = () => {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

try {
  await runOrThrow("node_modules/.bin/prisma", ["migrate", "deploy"], env);
  await runOrThrow("node_modules/.bin/tsx", ["prisma/seed.ts"], env);
  // The app's modules read DATABASE_URL when first imported.
  process.env.DATABASE_URL = databaseUrl;
  const { prisma } = await import("../app/kernel/db.server.ts");
  const { suggestPartners } = await import("../app/features/matching/engine/suggestions.server.ts");
  const { createChallenge } = await import("../prisma/seed/factories.ts");

  const seedStarted = performance.now();
  // The app's connections stop a statement after 8 s; seeding 100,000 rows on a busy machine can take longer, so
  // the seed has a plain connection of its own without limits.
  const seedClient = new pg.Client({ connectionString: databaseUrl });
  await seedClient.connect();
  const seed = (sql: string) => seedClient.query(sql);
  // Skills skewed towards the low ids (a few common, a long rare tail), like real profiles.
  await seed(`
    INSERT INTO "PartnerProfile" (id, kind, "displayName", relationships, "prefectureCode", "countryCode", "availabilityHoursPerMonth",
      "workStyles", "engagementTypes", languages, "isPublic", "openToContact", "inactiveSince", "updatedAt")
    SELECT gen_random_uuid(), 'ORGANISATION', 'Bench partner ' || g,
      CASE g % 4 WHEN 0 THEN '{}' WHEN 1 THEN '{BIRTHPLACE}' WHEN 2 THEN '{DUAL_RESIDENCE}' ELSE '{VISITOR,BUSINESS}' END::"ShiojiriRelationship"[],
      CASE WHEN g % 25 = 0 THEN NULL ELSE (ARRAY[20,20,20,13,13,14,23,27,19,21,15,1,40,47])[1 + g % 14] END,
      CASE WHEN g % 25 = 0 THEN 'US' ELSE 'JP' END,
      CASE WHEN g % 5 = 0 THEN NULL ELSE (g % 40) END,
      CASE g % 3 WHEN 0 THEN '{REMOTE}' WHEN 1 THEN '{ON_SITE}' ELSE '{HYBRID,REMOTE}' END::"WorkStyle"[],
      CASE g % 3 WHEN 0 THEN '{VOLUNTEER}' WHEN 1 THEN '{PAID_SIDE_JOB}' ELSE '{RESEARCH,VOLUNTEER}' END::"EngagementType"[],
      CASE WHEN g % 8 = 0 THEN ARRAY['en'] WHEN g % 3 = 0 THEN ARRAY['ja','en'] ELSE ARRAY['ja'] END,
      g % 2 = 0, g % 50 <> 0, CASE WHEN g % 70 = 0 THEN now() ELSE NULL END,
      -- Profiles written over the past months, as on a live site (not all in the last few seconds).
      now() - make_interval(mins => g)
    FROM generate_series(1, ${partnerCount}) AS g`);
  await seed(`
    INSERT INTO "PartnerSkill" ("partnerId", "skillId")
    SELECT DISTINCT p.id, s.id FROM "PartnerProfile" p
    CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(p.id::text) & 3)) AS k
    JOIN LATERAL (SELECT id FROM "Skill" ORDER BY id OFFSET floor((SELECT count(*) FROM "Skill") * power(random() + 0 * k, 2.2)) LIMIT 1) s ON true`);
  await seed(`
    INSERT INTO "PartnerStrategyInterest" ("partnerId", "strategyId")
    SELECT p.id, s.id FROM "PartnerProfile" p JOIN "Strategy" s ON (hashtext(p.id::text || s.code) & 3) = 0`);
  await seed(`
    INSERT INTO "PartnerFieldInterest" ("partnerId", "fieldId")
    SELECT p.id, f.id FROM "PartnerProfile" p JOIN "StrategyField" f ON (hashtext(p.id::text || f.id) & 15) = 0`);
  await seed(`
    INSERT INTO "PartnerAreaInterest" ("partnerId", "areaId")
    SELECT p.id, a.id FROM "PartnerProfile" p JOIN "Area" a ON (hashtext(p.id::text || a.slug) & 7) = 0`);
  const challenge = await createChallenge(prisma, {
    strategyCode: "A",
    titleJa: "ベンチマーク用の課題",
    status: "OPEN",
    areaSlug: "daimon",
    skillSlugs: ["gis", "data-analysis", "web-development"],
    workStyles: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    hoursPerMonth: 10,
    languages: ["ja"],
  });
  // Skills read from the partners' own words (issue 16): a third of the partners have one or two, analysed a while ago.
  await seed(`
    INSERT INTO "PartnerMatchFeatures" ("partnerId", "skillIds", evidence, "analysedAt")
    SELECT p.id, ARRAY[s1.id] || CASE WHEN hashtext(p.id::text) & 1 = 0 THEN ARRAY[s2.id] ELSE ARRAY[]::int[] END,
      jsonb_build_array(jsonb_build_object('skillId', s1.id, 'source', 'bio', 'words', jsonb_build_array(s1."nameJa"))),
      now() - interval '1 day'
    FROM "PartnerProfile" p
    JOIN "Skill" s1 ON s1.id = (SELECT min(id) FROM "Skill") + abs(hashtext(p.id::text || 'a')) % 38
    JOIN "Skill" s2 ON s2.id = (SELECT min(id) FROM "Skill") + abs(hashtext(p.id::text || 'b')) % 38
    WHERE abs(hashtext(p.id::text)) % 3 = 0`);
  // Some load: 500 partners in INTRODUCED (inserted as SUGGESTED, then moved, as the triggers require).
  await seed(`
    INSERT INTO "Match" (id, "challengeId", "partnerId", score, "updatedAt")
    SELECT gen_random_uuid(), '${challenge.id}', id, 50, now() FROM "PartnerProfile" WHERE "openToContact" ORDER BY id LIMIT 500`);
  await seed(`UPDATE "Match" SET stage = 'INTRODUCED', "introducedAt" = now(), version = version + 1`);
  // What the save path and the backfill job store for every profile: its features as one line (issue 16).
  const { storePartnerFeatureLines } = await import("../app/features/matching/engine/features.server.ts");
  const ids = (await seedClient.query<{ id: string }>(`SELECT id FROM "PartnerProfile" ORDER BY id`)).rows.map((row) => row.id);
  for (let start = 0; start < ids.length; start += 2_000) await storePartnerFeatureLines(ids.slice(start, start + 2_000));
  await seed(`ANALYZE`);
  await seedClient.end();
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const time = async () => {
    const started = performance.now();
    const result = await suggestPartners(challenge.id, { limit: 20 });
    const elapsed = performance.now() - started;
    sampleMemory();
    if (!result.ok || result.items.length === 0) throw new Error("no suggestions");
    return { elapsed, total: result.total };
  };
  sampleMemory();
  const cold = await time();
  const warm: number[] = [];
  for (let i = 0; i < runs; i += 1) warm.push((await time()).elapsed);
  await prisma.$executeRawUnsafe(
    `UPDATE "PartnerProfile" SET "availabilityHoursPerMonth" = 33, "updatedAt" = now() WHERE id = (SELECT id FROM "PartnerProfile" WHERE "openToContact" LIMIT 1)`,
  );
  const afterEdit = await time();

  console.log(
    `\nsuggestPartners, ${partnerCount.toLocaleString("en")} partners (${cold.total.toLocaleString("en")} active), page of 20, seeded in ${seedSeconds.toFixed(1)} s`,
  );
  console.log(`  cold (index built):           ${cold.elapsed.toFixed(1)} ms`);
  console.log(
    `  warm, median of ${runs}:          ${median(warm).toFixed(1)} ms (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)})`,
  );
  console.log(`  after one profile edit:       ${afterEdit.elapsed.toFixed(1)} ms (incremental refresh)`);
  console.log(`  peak memory: rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);
  console.log(`  target: warm under 100 ms — ${median(warm) < 100 ? "met" : "NOT met"}\n`);
  await prisma.$disconnect();
} finally {
  if (process.env.BENCH_KEEP_DB) console.log(`kept ${databaseName}`);
  else await drop();
}
