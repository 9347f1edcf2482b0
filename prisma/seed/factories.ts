// Builders shared by the demo seed and the tests, so both create rows the same valid way.
import { randomUUID } from "node:crypto";
import type { ChallengeStatus, EngagementType, InitiativeStatus, Role, WorkStyle } from "../../app/generated/prisma/enums.ts";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { hashPassword } from "../../app/utils/password.server.ts";
import { searchColumnsFor } from "../../app/utils/search-text.ts";

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

export type ChallengeSeed = {
  strategyCode: string;
  titleJa: string;
  titleEn?: string | null;
  status?: ChallengeStatus;
  summaryJa?: string;
  summaryEn?: string | null;
  bodyJa?: string;
  bodyEn?: string | null;
  /** The first is the primary field; defaults to the strategy's first field. */
  fieldNumbers?: number[];
  areaSlug?: string;
  periodNumber?: number;
  skillSlugs?: string[];
  workStyles?: WorkStyle[];
  engagementTypes?: EngagementType[];
  capacity?: number;
  deadline?: Date | null;
  ownerDepartmentJa?: string;
  ownerDepartmentEn?: string | null;
  publishedAt?: Date | null;
  createdById?: string | null;
};

type ChallengeDb = Pick<PrismaClient, "strategy" | "strategyField" | "area" | "period" | "skill" | "challenge" | "challengeField" | "challengeSkill">;

async function challengeLookups(db: ChallengeDb) {
  const [strategies, fields, areas, periods, skills] = await Promise.all([
    db.strategy.findMany({ select: { id: true, code: true } }),
    db.strategyField.findMany({ select: { id: true, number: true, strategy: { select: { code: true } } }, orderBy: { number: "asc" } }),
    db.area.findMany({ select: { id: true, slug: true } }),
    db.period.findMany({ select: { id: true, number: true } }),
    db.skill.findMany({ select: { id: true, slug: true } }),
  ]);
  const need = <T>(map: Map<string | number, T>, key: string | number, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`unknown ${what}: ${key} (seed the reference data first)`);
    return value;
  };
  const strategyIds = new Map<string | number, number>(strategies.map((row) => [row.code, row.id]));
  const fieldIds = new Map<string | number, number>(fields.map((row) => [row.number, row.id]));
  const firstFieldOf = new Map<string | number, number>();
  for (const field of fields) if (!firstFieldOf.has(field.strategy.code)) firstFieldOf.set(field.strategy.code, field.number);
  const areaIds = new Map<string | number, number>(areas.map((row) => [row.slug, row.id]));
  const periodIds = new Map<string | number, number>(periods.map((row) => [row.number, row.id]));
  const skillIds = new Map<string | number, number>(skills.map((row) => [row.slug, row.id]));
  return {
    strategy: (code: string) => need(strategyIds, code, "strategy"),
    field: (number: number) => need(fieldIds, number, "strategy field"),
    firstFieldOf: (code: string) => need(firstFieldOf, code, "strategy"),
    area: (slug: string) => need(areaIds, slug, "area"),
    period: (number: number) => need(periodIds, number, "period"),
    skill: (slug: string) => need(skillIds, slug, "skill"),
  };
}

/**
 * Inserts many challenges in a few statements (the demo seed and the 5,000-row benchmark use it), with the
 * same search columns the editor writes.
 */
export async function createChallenges(db: ChallengeDb, inputs: ChallengeSeed[]) {
  const lookup = await challengeLookups(db);
  const rows = inputs.map((input) => {
    const status = input.status ?? "OPEN";
    const texts = [input.titleJa, input.titleEn, input.summaryJa, input.summaryEn, input.bodyJa, input.bodyEn, input.ownerDepartmentJa, input.ownerDepartmentEn];
    return {
      id: randomUUID(),
      status,
      strategyId: lookup.strategy(input.strategyCode),
      areaId: lookup.area(input.areaSlug ?? "citywide"),
      periodId: lookup.period(input.periodNumber ?? 1),
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      summaryJa: input.summaryJa ?? "",
      summaryEn: input.summaryEn ?? null,
      bodyJa: input.bodyJa ?? "",
      bodyEn: input.bodyEn ?? null,
      workStyles: input.workStyles ?? ["REMOTE"],
      engagementTypes: input.engagementTypes ?? ["VOLUNTEER"],
      capacity: input.capacity ?? 1,
      deadline: input.deadline ?? null,
      ownerDepartmentJa: input.ownerDepartmentJa ?? "",
      ownerDepartmentEn: input.ownerDepartmentEn ?? null,
      publishedAt: status === "DRAFT" ? null : (input.publishedAt ?? new Date()),
      createdById: input.createdById ?? null,
      ...searchColumnsFor(texts),
    };
  });
  await db.challenge.createMany({ data: rows });
  await db.challengeField.createMany({
    data: inputs.flatMap((input, index) =>
      [...new Set(input.fieldNumbers ?? [lookup.firstFieldOf(input.strategyCode)])].map((number, position) => ({
        challengeId: rows[index]!.id,
        fieldId: lookup.field(number),
        isPrimary: position === 0,
      })),
    ),
  });
  const skillLinks = inputs.flatMap((input, index) => [...new Set(input.skillSlugs ?? [])].map((slug) => ({ challengeId: rows[index]!.id, skillId: lookup.skill(slug) })));
  if (skillLinks.length) await db.challengeSkill.createMany({ data: skillLinks });
  const numbers = await db.challenge.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: { id: true, number: true } });
  const numberById = new Map(numbers.map((row) => [row.id, row.number]));
  return rows.map((row) => ({ id: row.id, number: numberById.get(row.id)!, status: row.status }));
}

export async function createChallenge(db: ChallengeDb, input: ChallengeSeed) {
  const [created] = await createChallenges(db, [input]);
  return created!;
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
