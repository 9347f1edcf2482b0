// Builders shared by the demo seed and the tests, so both create rows the same valid way.
import type { ChallengeStatus, InitiativeStatus, Role } from "../../app/generated/prisma/enums.ts";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { hashPassword } from "../../app/utils/password.server.ts";

type Db = Pick<PrismaClient, "strategy" | "challenge" | "initiative" | "partnerProfile">;
type UserDb = Pick<PrismaClient, "user">;

/** An account as sign-up and confirmation would leave it; extra roles as an admin would grant them. */
export async function createUser(
  db: UserDb,
  input: { email: string; displayName: string; password?: string; roles?: Exclude<Role, "RESIDENT">[]; verified?: boolean; language?: "ja" | "en" },
) {
  return db.user.create({
    data: {
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      emailVerifiedAt: input.verified === false ? null : new Date(),
      language: input.language ?? "ja",
      roles: { create: (input.roles ?? []).map((role) => ({ role })) },
    },
    select: { id: true, email: true, displayName: true, language: true },
  });
}

async function strategyIdFor(db: Db, code: string) {
  const strategy = await db.strategy.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return strategy.id;
}

export async function createChallenge(
  db: Db,
  input: { strategyCode: string; titleJa: string; titleEn?: string | null; status?: ChallengeStatus },
) {
  return db.challenge.create({
    data: {
      strategyId: await strategyIdFor(db, input.strategyCode),
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      status: input.status ?? "OPEN",
    },
    select: { id: true, status: true },
  });
}

export async function createInitiative(
  db: Db,
  input: { strategyCode: string; titleJa: string; titleEn?: string | null; status?: InitiativeStatus },
) {
  return db.initiative.create({
    data: {
      strategyId: await strategyIdFor(db, input.strategyCode),
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      status: input.status ?? "ACTIVE",
    },
    select: { id: true, status: true },
  });
}

export async function createPartner(db: Db, input: { displayName: string; strategyCodes: string[] }) {
  const strategies = await db.strategy.findMany({ where: { code: { in: input.strategyCodes } }, select: { id: true } });
  return db.partnerProfile.create({
    data: {
      displayName: input.displayName,
      strategyInterest: { create: strategies.map((strategy) => ({ strategyId: strategy.id })) },
    },
    select: { id: true },
  });
}
