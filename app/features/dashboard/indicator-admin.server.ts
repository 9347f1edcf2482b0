// What admins enter for the plan's outcome indicators (/admin/indicators): one yearly value (fiscal year, value, a
// note and a source link), or a column of yearly values pasted as CSV (year,value[,note]) where every line is
// checked first and nothing is written unless all are good. Audit-logged in the same transaction; the memoized
// indicator read of this process is cleared, so the home page and dashboard show the value at once.
import { Prisma } from "~/generated/prisma/client.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { prisma } from "~/kernel/db.server.ts";
import {
  conflictOrNotFound,
  invalid,
  notFound,
  ok,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import { indicatorChange } from "./indicator-catalogue.server.ts";
import { invalidatePlanIndicators } from "./indicator.server.ts";
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "./indicator-schemas.ts";

export type IndicatorValueInput = { year: number; value: string; note: string; sourceUrl: string };

export async function listIndicatorsForAdmin() {
  return prisma.planIndicator.findMany({
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { position: "asc" }],
    select: {
      key: true,
      version: true,
      retiredAt: true,
      nameJa: true,
      nameEn: true,
      unitJa: true,
      unitEn: true,
      decimals: true,
      targetValue: true,
      targetYear: true,
      baselineValue: true,
      baselineYear: true,
      values: { orderBy: { year: "desc" }, select: { year: true, value: true, note: true, sourceUrl: true } },
    },
  });
}

/** A value as typed: digits with an optional sign and at most two decimals (the column's scale). */
export function parseIndicatorValue(text: string): string | null {
  const cleaned = text.trim().replaceAll(",", "").replaceAll("，", "");
  return /^-?\d{1,10}(\.\d{1,2})?$/.test(cleaned) ? cleaned : null;
}

export function parseFiscalYear(text: string): number | null {
  const cleaned = text.trim().replace(/^FY/i, "").replace(/年度$/, "");
  if (!/^\d{4}$/.test(cleaned)) return null;
  const year = Number(cleaned);
  return year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR ? year : null;
}

async function upsertValues(
  indicatorKey: string,
  values: IndicatorValueInput[],
  audit: { actor: Actor; ip: string | null; action: "indicator.value_saved" | "indicator.values_imported" },
  expectedVersion?: number,
): Promise<Result<{ count: number }, NotFoundFailure | ConflictFailure>> {
  const outcome = await prisma.$transaction(async (tx) => {
    const indicator = await tx.planIndicator.findUnique({
      where: { key: indicatorKey },
      select: { id: true, nameJa: true, version: true },
    });
    if (!indicator) return null;
    // The indicator (its unit, its target) was edited since the admin opened the page: the value may be in the old terms.
    if (expectedVersion !== undefined && indicator.version !== expectedVersion) return "stale" as const;
    const before = await tx.planIndicatorValue.findMany({
      where: { indicatorId: indicator.id, year: { in: values.map((value) => value.year) } },
      select: { year: true, value: true },
    });
    for (const value of values) {
      const data = { value: new Prisma.Decimal(value.value), note: value.note, sourceUrl: value.sourceUrl };
      await tx.planIndicatorValue.upsert({
        where: { indicatorId_year: { indicatorId: indicator.id, year: value.year } },
        create: { indicatorId: indicator.id, year: value.year, ...data },
        update: data,
      });
    }
    await writeAudit(tx, {
      actor: { id: audit.actor.id, label: audit.actor.displayName },
      action: audit.action,
      targetType: "indicator",
      targetId: indicatorKey,
      details: {
        name: indicator.nameJa,
        values: values.map((value) => ({
          year: value.year,
          value: value.value,
          previous: before.find((row) => row.year === value.year)?.value.toString() ?? null,
        })),
      },
      ipAddress: audit.ip,
    });
    return values.length;
  });
  if (outcome === null) return notFound();
  if (outcome === "stale") return conflictOrNotFound(await indicatorChange(indicatorKey));
  invalidatePlanIndicators();
  return ok({ count: outcome });
}

export function saveIndicatorValue(
  actor: Actor,
  indicatorKey: string,
  value: IndicatorValueInput,
  ip: string | null,
  expectedVersion?: number,
) {
  return upsertValues(indicatorKey, [value], { actor, ip, action: "indicator.value_saved" }, expectedVersion);
}

export type CsvLineError = { line: number; reason: string };

/** Reads "year,value[,note]" lines (a header line and blank lines are skipped); every bad line is named. */
export function parseIndicatorCsv(text: string): { values: IndicatorValueInput[]; errors: CsvLineError[] } {
  const values: IndicatorValueInput[] = [];
  const errors: CsvLineError[] = [];
  const seen = new Set<number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.replace(/^\uFEFF/, "").trim();
    if (!trimmed) return;
    const [yearText = "", valueText = "", ...rest] = trimmed.split(/[,\t]/);
    if (line === 1 && !/\d/.test(yearText)) return; // a header such as "year,value,note"
    const year = parseFiscalYear(yearText);
    if (year === null) return void errors.push({ line, reason: "adminIndicators.errors.year" });
    const value = parseIndicatorValue(valueText);
    if (value === null) return void errors.push({ line, reason: "adminIndicators.errors.value" });
    if (seen.has(year)) return void errors.push({ line, reason: "adminIndicators.errors.duplicateYear" });
    seen.add(year);
    const note = rest.join(",").trim().replace(/^"|"$/g, "");
    if (note.length > 500) return void errors.push({ line, reason: "adminIndicators.errors.noteTooLong" });
    values.push({ year, value, note, sourceUrl: "" });
  });
  return { values, errors };
}

export async function importIndicatorCsv(
  actor: Actor,
  indicatorKey: string,
  text: string,
  ip: string | null,
  expectedVersion?: number,
): Promise<
  Result<{ count: number }, NotFoundFailure | ConflictFailure | (InvalidFailure<"adminIndicators.errors.csv"> & { lines: CsvLineError[] })>
> {
  const { values, errors } = parseIndicatorCsv(text);
  if (errors.length || values.length === 0) {
    const lines = values.length === 0 && errors.length === 0 ? [{ line: 1, reason: "adminIndicators.errors.empty" }] : errors;
    return { ...invalid("adminIndicators.errors.csv"), lines };
  }
  return upsertValues(indicatorKey, values, { actor, ip, action: "indicator.values_imported" }, expectedVersion);
}
