// Seeds BENCH_CHALLENGES (default 5,000) realistic public challenges for the list benchmark, by repeating the
// demo challenges with numbered titles across every strategy, field, area and status.
import "dotenv/config";
import { prisma } from "../app/kernel/db.server.ts";
import { createChallenges, type ChallengeSeed } from "../prisma/seed/factories.ts";
import { demoChallenges } from "../prisma/seed/demo-challenges.ts";
import { seedReferenceData } from "../prisma/seed/reference.ts";

const total = Number(process.env.BENCH_CHALLENGES ?? 5_000);
const day = 24 * 60 * 60 * 1000;
const statuses = ["OPEN", "OPEN", "OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED", "DRAFT", "ARCHIVED"] as const;

try {
  await seedReferenceData(prisma);
  const started = performance.now();
  for (let offset = 0; offset < total; offset += 500) {
    const batch: ChallengeSeed[] = [];
    for (let index = offset; index < Math.min(total, offset + 500); index++) {
      const base = demoChallenges[index % demoChallenges.length]!;
      batch.push({
        ...base,
        titleJa: `${base.titleJa}（${index + 1}）`,
        titleEn: `${base.titleEn} (${index + 1})`,
        status: statuses[index % statuses.length],
        deadline: base.deadlineInDays === null ? null : new Date(Date.now() + ((index % 120) - 10) * day),
        publishedAt: new Date(Date.now() - (index % 700) * day),
      });
    }
    await createChallenges(prisma, batch);
  }
  // What autovacuum does on a live database after this many inserts: fresh statistics, and the GIN index's
  // pending list merged into the index (until then the planner rightly distrusts the index and reads every row).
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Challenge", "ChallengeField", "ChallengeSkill"');
  console.log(`[bench] ${total} challenges seeded in ${Math.round(performance.now() - started)} ms`);
} finally {
  await prisma.$disconnect();
}
