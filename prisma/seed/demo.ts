import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { demoChallenges } from "./demo-challenges.ts";
import { createChallenge, createInitiative } from "./factories.ts";

/**
 * Demo content for development and review. Never run in production. Seeds once: a database that already
 * has challenges is left as it is, so what a developer changed while trying the app survives a restart.
 */
export async function seedDemoData(prisma: PrismaClient) {
  if ((await prisma.challenge.count()) > 0) return;
  await prisma.$transaction(
    async (tx) => {
      for (const challenge of demoChallenges) {
        await createChallenge(tx, {
          strategyCode: challenge.strategyCode,
          titleJa: challenge.titleJa,
          titleEn: challenge.titleEn,
          status: challenge.status,
        });
        // Challenges that reached the work stage have an initiative residents can follow.
        if (challenge.status === "IN_PROGRESS" || challenge.status === "COMPLETED") {
          await createInitiative(tx, {
            strategyCode: challenge.strategyCode,
            titleJa: challenge.titleJa,
            titleEn: challenge.titleEn,
            status: challenge.status === "COMPLETED" ? "COMPLETED" : "ACTIVE",
          });
        }
      }
    },
    { timeout: 60_000 },
  );
}
