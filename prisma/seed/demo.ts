import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { addTokyoDays, todayInTokyo, utcMidnight } from "../../app/kernel/japan-time.ts";
import { isStaff } from "../../app/kernel/auth/permissions.ts";
import { demoChallenges } from "./demo-challenges.ts";
import { seedDemoDeadlines } from "./demo-deadlines.ts";
import { seedDemoMatches } from "./demo-matches.ts";
import { seedDemoModeration } from "./demo-moderation.ts";
import { seedDemoPartners } from "./demo-partners.ts";
import { seedDemoProposals } from "./demo-proposals.ts";
import { createChallenges, createUser } from "./factories.ts";
import { seedDemoInitiatives } from "./demo-initiatives.ts";
import { DEMO_TOTP_SECRET } from "../../app/features/accounts/demo-second-factor.ts";
import { seedDemoEngagements } from "./demo-engagements.ts";

/** Sign-in accounts for trying each role in development (README lists them). Never created in production. */
export const demoPassword = "shiojiri-demo-2026";
export const demoAccounts = [
  { email: "admin@demo.shiojiri-hub.example", displayName: "管理者（デモ）", roles: ["ADMIN"] as const },
  { email: "coordinator@demo.shiojiri-hub.example", displayName: "スナバ コーディネーター（デモ）", roles: ["COORDINATOR"] as const },
  { email: "partner@demo.shiojiri-hub.example", displayName: "関係人口パートナー（デモ）", roles: ["PARTNER"] as const },
  { email: "resident@demo.shiojiri-hub.example", displayName: "広丘の市民（デモ）", roles: [] as const },
  { email: "moderator@demo.shiojiri-hub.example", displayName: "モデレーター（デモ）", roles: ["MODERATOR"] as const },
];

async function seedDemoAccounts(prisma: PrismaClient) {
  for (const account of demoAccounts) {
    // Staff need a second factor: the demo staff accounts share one documented secret, and /dev/two-factor shows its
    // current code, so whoever tries the hub can sign in as them without an authenticator app.
    const totpSecret = isStaff(account.roles) ? DEMO_TOTP_SECRET : undefined;
    const existing = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!existing) {
      await createUser(prisma, { ...account, roles: [...account.roles], password: demoPassword, totpSecret });
    } else if (totpSecret) {
      // A demo database seeded before second factors existed gets its staff enrolled too.
      await prisma.totpCredential.upsert({
        where: { userId: existing.id },
        create: { userId: existing.id, secret: totpSecret, confirmedAt: new Date() },
        update: {},
      });
    }
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
  // Response deadlines in every state (near, overdue, closing, awaiting an answer, declined); once.
  await seedDemoDeadlines(prisma, { coordinatorEmail: demoAccounts[1]!.email, partnerAccountEmail: demoAccounts[2]!.email });
  // Initiatives grow from the AGREED (and later) matches; seeded once too.
  await seedDemoInitiatives(prisma, { coordinatorEmail: demoAccounts[1]!.email, residentEmail: demoAccounts[3]!.email });
  // Reports waiting in the moderation queue and one hidden update; seeded once too.
  await seedDemoModeration(prisma, {
    residentEmail: demoAccounts[3]!.email,
    coordinatorEmail: demoAccounts[1]!.email,
    moderatorEmail: demoAccounts[4]!.email,
  });
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
