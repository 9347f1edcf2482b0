import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { addTokyoDays, todayInTokyo, utcMidnight } from "../../app/kernel/japan-time.ts";
import { demoChallenges } from "./demo-challenges.ts";
import { seedDemoMatches } from "./demo-matches.ts";
import { seedDemoPartners } from "./demo-partners.ts";
import { seedDemoProposals } from "./demo-proposals.ts";
import { createChallenges, createUser } from "./factories.ts";
import { seedDemoInitiatives } from "./demo-initiatives.ts";
import { seedDemoEngagements } from "./demo-engagements.ts";

/** Sign-in accounts for trying each role in development (README lists them). Never created in production. */
export const demoPassword = "shiojiri-demo-2026";
export const demoAccounts = [
  { email: "admin@demo.shiojiri-hub.example", displayName: "管理者（デモ）", roles: ["ADMIN"] as const },
  { email: "coordinator@demo.shiojiri-hub.example", displayName: "スナバ コーディネーター（デモ）", roles: ["COORDINATOR"] as const },
  { email: "partner@demo.shiojiri-hub.example", displayName: "関係人口パートナー（デモ）", roles: ["PARTNER"] as const },
  { email: "resident@demo.shiojiri-hub.example", displayName: "広丘の市民（デモ）", roles: [] as const },
];

async function seedDemoAccounts(prisma: PrismaClient) {
  for (const account of demoAccounts) {
    if (await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await createUser(prisma, { ...account, roles: [...account.roles], password: demoPassword });
  }
}

/**
 * Demo content for development and review. Never run in production. Seeds once: a database that already
 * has challenges is left as it is, so what a developer changed while trying the app survives a restart.
 */
export async function seedDemoData(prisma: PrismaClient) {
  await seedDemoAccounts(prisma);
  await seedDemoPartners(prisma, { password: demoPassword, partnerAccountEmail: demoAccounts[2]!.email });
  if ((await prisma.challenge.count()) === 0) await seedDemoChallenges(prisma);
  // Proposals need the partners and the challenges; like them, they are seeded once.
  await seedDemoProposals(prisma, { coordinatorEmail: demoAccounts[1]!.email, partnerAccountEmail: demoAccounts[2]!.email });
  // Matches pair the demo challenges and partners in every stage of the pipeline; seeded once too.
  await seedDemoMatches(prisma, { coordinatorEmail: demoAccounts[1]!.email });
  // Initiatives grow from the AGREED (and later) matches; seeded once too.
  await seedDemoInitiatives(prisma, { coordinatorEmail: demoAccounts[1]!.email, residentEmail: demoAccounts[3]!.email });
  // Engagements in every state after the match, and contribution records; seeded once too.
  await seedDemoEngagements(prisma, { coordinatorEmail: demoAccounts[1]!.email, partnerAccountEmail: demoAccounts[2]!.email });
}

async function seedDemoChallenges(prisma: PrismaClient) {
  const coordinator = await prisma.user.findUnique({ where: { email: demoAccounts[1]!.email }, select: { id: true } });
  const today = todayInTokyo();
  await prisma.$transaction(
    async (tx) => {
      await createChallenges(
        tx,
        demoChallenges.map((challenge, index) => ({
          ...challenge,
          deadline: challenge.deadlineInDays === null ? null : utcMidnight(addTokyoDays(today, challenge.deadlineInDays)),
          // Spread over the past months so "newest first" has something to sort.
          publishedAt: utcMidnight(addTokyoDays(today, -(index * 3 + 1))),
          createdById: coordinator?.id ?? null,
        })),
      );
    },
    { timeout: 60_000 },
  );
}
