// Demo matches: about forty pairings of demo challenges and partners in every stage of the pipeline, with
// histories spread over the past months, so the board, the match pages and the reports (funnel, medians) show
// something at once. Seeded once, after the proposals.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { createMatchWithHistory, type MatchSeed } from "./factories.ts";

const paths: NonNullable<MatchSeed["path"]>[] = [
  [],
  ["INTRODUCED"],
  ["INTRODUCED", "AGREED"],
  ["INTRODUCED", "AGREED", "ACTIVE"],
  ["INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"],
  ["ENDED"],
  ["INTRODUCED", "ENDED"],
];

const counterparts = [
  { name: "塩尻市 企画政策課 担当者", email: "kikaku@city.shiojiri.example", language: "ja" as const },
  { name: "塩尻市 観光課 担当者", email: "kanko@city.shiojiri.example", language: "ja" as const },
  { name: "Shiojiri International Desk", email: "international@city.shiojiri.example", language: "en" as const },
];

export async function seedDemoMatches(prisma: PrismaClient, options: { coordinatorEmail: string }) {
  if ((await prisma.match.count()) > 0) return;
  const coordinator = await prisma.user.findUnique({ where: { email: options.coordinatorEmail }, select: { id: true } });
  const [challenges, partners] = await Promise.all([
    prisma.challenge.findMany({
      where: { status: { in: ["OPEN", "MATCHING", "IN_PROGRESS"] } },
      orderBy: { number: "asc" },
      select: { id: true },
    }),
    prisma.partnerProfile.findMany({
      where: { openToContact: true, inactiveSince: null },
      orderBy: { createdAt: "asc" },
      take: 60,
      select: { id: true },
    }),
  ]);
  if (challenges.length === 0 || partners.length === 0) return;
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const seen = new Set<string>();
  await prisma.$transaction(
    async (tx) => {
      for (let index = 0; index < 42; index++) {
        const challenge = challenges[index % challenges.length]!;
        const partner = partners[(index * 7) % partners.length]!;
        const pair = `${challenge.id}:${partner.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const path = paths[index % paths.length]!;
        const stepDays = path.map((_, step) => 3 + ((index * 5 + step * 11) % 25));
        const total = stepDays.reduce((sum, days) => sum + days, 0);
        await createMatchWithHistory(tx, {
          challengeId: challenge.id,
          partnerId: partner.id,
          ownerId: coordinator?.id ?? null,
          score: 45 + ((index * 13) % 50),
          scoreFactors: [
            { key: "skills", points: 10 + (index % 18), max: 28 },
            { key: "interest", points: 4 + (index % 10), max: 14 },
            { key: "language", points: 10, max: 10 },
          ],
          path,
          startedAt: new Date(now - (total + 2 + ((index * 17) % 200)) * day),
          stepDays,
          counterpart: counterparts[index % counterparts.length],
          consented: index % 3 !== 0,
        });
      }
    },
    { timeout: 60_000 },
  );
}
