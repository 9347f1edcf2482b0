// What admins change in the plan's indicators themselves (/admin/indicators/new, /admin/indicators/<key>): a new
// indicator, an edit of its names, unit, baseline, target, direction, source and order, and retirement (the
// indicator and its yearly values stay, for history, but leave the home page and the dashboard). Every edit checks
// the version the admin started from, is audit-logged in the same transaction, and clears this process's reads.
import { Prisma } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import {
  conflictOrNotFound,
  invalid,
  ok,
  type Change,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { invalidateDashboard } from "./dashboard.server.ts";
import { invalidatePlanIndicators } from "./indicator.server.ts";
import type { IndicatorValues } from "./indicator-schemas.ts";

const editableColumns = [
  "nameJa",
  "nameEn",
  "descriptionJa",
  "descriptionEn",
  "unitJa",
  "unitEn",
  "decimals",
  "baselineYear",
  "baselineValue",
  "targetYear",
  "targetValue",
  "targetComparison",
  "sourceJa",
  "sourceEn",
  "sourceUrl",
  "position",
] as const;

type Editable = Record<(typeof editableColumns)[number], string | number | null>;

export async function findIndicatorForEdit(key: string, db: Db = prisma) {
  const row = await db.planIndicator.findUnique({
    where: { key },
    select: {
      id: true,
      key: true,
      retiredAt: true,
      version: true,
      updatedAt: true,
      ...Object.fromEntries(editableColumns.map((column) => [column, true])),
    } as Prisma.PlanIndicatorSelect & { id: true; key: true; retiredAt: true; version: true; updatedAt: true },
  });
  if (!row) return null;
  const stored = row as unknown as Record<string, unknown>;
  const editable = {} as Editable;
  // Decimals are compared and shown as the strings an admin types ("6.8", not a Decimal object).
  for (const column of editableColumns) {
    const value = stored[column];
    editable[column] = value instanceof Prisma.Decimal ? value.toString() : (value as string | number | null);
  }
  return { id: row.id, key: row.key, retiredAt: row.retiredAt, version: row.version, updatedAt: row.updatedAt, editable };
}

export type IndicatorForEdit = NonNullable<Awaited<ReturnType<typeof findIndicatorForEdit>>>;

function columnsOf(input: IndicatorValues): Editable {
  return {
    nameJa: input.nameJa,
    nameEn: input.nameEn,
    descriptionJa: input.descriptionJa,
    descriptionEn: input.descriptionEn,
    unitJa: input.unitJa,
    unitEn: input.unitEn,
    decimals: input.decimals,
    baselineYear: input.baselineYear ?? null,
    baselineValue: input.baselineValue !== undefined ? new Prisma.Decimal(input.baselineValue).toString() : null,
    targetYear: input.targetYear,
    targetValue: new Prisma.Decimal(input.targetValue).toString(),
    targetComparison: input.targetComparison,
    sourceJa: input.sourceJa,
    sourceEn: input.sourceEn,
    sourceUrl: input.sourceUrl,
    position: input.position,
  };
}

function invalidateReads() {
  invalidatePlanIndicators();
  invalidateDashboard();
}

/** The indicator's current version and who saved it last (from the audit log): what a stale save is told. */
export async function indicatorChange(key: string): Promise<Change | null> {
  const [row, last] = await Promise.all([
    prisma.planIndicator.findUnique({ where: { key }, select: { version: true, updatedAt: true } }),
    prisma.auditLog.findFirst({
      where: {
        targetType: "indicator",
        targetId: key,
        action: { in: ["indicator.created", "indicator.updated", "indicator.retired", "indicator.restored"] },
      },
      orderBy: { id: "desc" },
      select: { actorLabel: true },
    }),
  ]);
  return row && { version: row.version, changedAt: row.updatedAt, changedBy: last?.actorLabel || null };
}

export type IndicatorSaveOutcome = Result<{ changed: boolean }, NotFoundFailure | ConflictFailure>;

/** Saves an admin's edit if nobody saved the indicator since `version`; retiring (or restoring) is in the same form. */
export async function updateIndicator(
  actor: Actor,
  key: string,
  input: IndicatorValues & { version: number },
  ip: string | null,
): Promise<IndicatorSaveOutcome> {
  const outcome = await prisma.$transaction(async (tx): Promise<IndicatorSaveOutcome | "stale"> => {
    const current = await findIndicatorForEdit(key, tx);
    if (!current) return { ok: false, kind: "not-found", reason: "not-found" };
    if (current.version !== input.version) return "stale";
    const next = columnsOf(input);
    const changes: Record<string, [string | number | null, string | number | null]> = {};
    for (const column of editableColumns) {
      if (current.editable[column] !== next[column]) changes[column] = [current.editable[column], next[column]];
    }
    const retire = input.retired === "on";
    const wasRetired = current.retiredAt !== null;
    if (Object.keys(changes).length === 0 && retire === wasRetired) return ok({ changed: false });
    const data: Prisma.PlanIndicatorUpdateManyMutationInput = {
      ...Object.fromEntries(Object.keys(changes).map((column) => [column, next[column as keyof Editable]])),
      ...(retire !== wasRetired ? { retiredAt: retire ? new Date() : null } : {}),
      version: { increment: 1 },
      updatedAt: new Date(),
    };
    if ((await tx.planIndicator.updateMany({ where: { id: current.id, version: input.version }, data })).count === 0) return "stale";
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: retire === wasRetired ? "indicator.updated" : retire ? "indicator.retired" : "indicator.restored",
      targetType: "indicator",
      targetId: key,
      details: { key, name: current.editable.nameJa as string, changes },
      ipAddress: ip,
    });
    return ok({ changed: true });
  });
  if (outcome === "stale") return conflictOrNotFound(await indicatorChange(key));
  if (outcome.ok && outcome.changed) invalidateReads();
  return outcome;
}

export type IndicatorCreateOutcome = Result<{ key: string }, InvalidFailure<"adminIndicators.errors.keyTaken"> & { field: "key" }>;

/** Adds an indicator (a mid-term one the city measures); its key is chosen once and never changes. */
export async function createIndicator(
  actor: Actor,
  input: IndicatorValues & { key: string },
  ip: string | null,
): Promise<IndicatorCreateOutcome> {
  const columns = columnsOf(input);
  try {
    await prisma.$transaction(async (tx) => {
      await tx.planIndicator.create({
        data: {
          ...columns,
          baselineValue: columns.baselineValue,
          targetValue: columns.targetValue as string,
          targetComparison: input.targetComparison,
          key: input.key,
          retiredAt: input.retired === "on" ? new Date() : null,
        } as Prisma.PlanIndicatorCreateInput,
        select: { id: true },
      });
      await writeAudit(tx, {
        actor: { id: actor.id, label: actor.displayName },
        action: "indicator.created",
        targetType: "indicator",
        targetId: input.key,
        details: { key: input.key, name: input.nameJa, nameEn: input.nameEn },
        ipAddress: ip,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return invalid("adminIndicators.errors.keyTaken", "key");
    throw error;
  }
  invalidateReads();
  return ok({ key: input.key });
}
