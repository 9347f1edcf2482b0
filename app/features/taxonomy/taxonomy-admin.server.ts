// What admins change in the plan's taxonomy (/admin/taxonomy): names and texts in both languages, order,
// retirement, skill keywords, and new areas and skills. Every write checks the version the admin started from (two
// admins editing one entry: the second is told who changed it), is audit-logged in the same transaction, and clears
// the memoized taxonomy reads of this process. Retired entries keep their rows: old records still point at them.
import type { Prisma } from "~/generated/prisma/client.ts";
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
import type { EntryValues, TaxonomyKind } from "./taxonomy-schemas.ts";
import { invalidateTaxonomy } from "./taxonomy.server.ts";

type EntryRow = {
  id: number;
  key: string;
  nameJa: string;
  nameEn: string;
  position: number;
  retiredAt: Date | null;
  version: number;
  updatedAt: Date;
  /** Every column an admin may edit, by name, as stored. */
  editable: Record<string, string | number | string[]>;
};

const editableColumns: Record<TaxonomyKind, readonly string[]> = {
  strategies: ["nameJa", "nameEn", "promisedValueJa", "promisedValueEn", "contextJa", "contextEn", "position"],
  fields: ["nameJa", "nameEn", "visionJa", "visionEn", "position"],
  areas: ["nameJa", "nameEn", "descriptionJa", "descriptionEn", "position"],
  skills: ["nameJa", "nameEn", "categoryJa", "categoryEn", "keywordsJa", "keywordsEn", "position"],
};

function toRow(kind: TaxonomyKind, key: string, row: Record<string, unknown> & Omit<EntryRow, "key" | "editable">): EntryRow {
  const editable: EntryRow["editable"] = {};
  for (const column of editableColumns[kind]) editable[column] = row[column] as string | number | string[];
  return {
    id: row.id,
    key,
    nameJa: row.nameJa,
    nameEn: row.nameEn,
    position: row.position,
    retiredAt: row.retiredAt,
    version: row.version,
    updatedAt: row.updatedAt,
    editable,
  };
}

export async function findTaxonomyEntry(kind: TaxonomyKind, id: number, db: Db = prisma): Promise<EntryRow | null> {
  switch (kind) {
    case "strategies": {
      const row = await db.strategy.findUnique({ where: { id } });
      return row && toRow(kind, row.code, row);
    }
    case "fields": {
      const row = await db.strategyField.findUnique({ where: { id } });
      return row && toRow(kind, String(row.number), row);
    }
    case "areas": {
      const row = await db.area.findUnique({ where: { id } });
      return row && toRow(kind, row.slug, row);
    }
    case "skills": {
      const row = await db.skill.findUnique({ where: { id } });
      return row && toRow(kind, row.slug, row);
    }
  }
}

type ListRow = {
  id: number;
  key: string;
  nameJa: string;
  nameEn: string;
  position: number;
  retiredAt: Date | null;
  areaKind: string | null;
  category: { ja: string; en: string } | null;
};

/** Every entry of one kind, retired ones included, in the order lists show them. */
export async function listTaxonomyEntries(kind: TaxonomyKind): Promise<ListRow[]> {
  const orderBy = [{ position: "asc" as const }, { id: "asc" as const }];
  const select = { id: true, nameJa: true, nameEn: true, position: true, retiredAt: true };
  const plain = { areaKind: null, category: null };
  switch (kind) {
    case "strategies":
      return (await prisma.strategy.findMany({ orderBy, select: { ...select, code: true } })).map(({ code, ...row }) => ({
        ...row,
        ...plain,
        key: code,
      }));
    case "fields":
      return (await prisma.strategyField.findMany({ orderBy, select: { ...select, number: true } })).map(({ number, ...row }) => ({
        ...row,
        ...plain,
        key: String(number),
      }));
    case "areas":
      return (await prisma.area.findMany({ orderBy, select: { ...select, slug: true, kind: true } })).map(
        ({ slug, kind: areaKind, ...row }) => ({
          ...row,
          ...plain,
          areaKind,
          key: slug,
        }),
      );
    case "skills":
      return (await prisma.skill.findMany({ orderBy, select: { ...select, slug: true, categoryJa: true, categoryEn: true } })).map(
        ({ slug, categoryJa, categoryEn, ...row }) => ({ ...row, ...plain, category: { ja: categoryJa, en: categoryEn }, key: slug }),
      );
  }
}

/** How many entries of each kind there are, and how many of them are retired. */
export async function countTaxonomyEntries() {
  const retired = { retiredAt: { not: null } };
  const counts = await Promise.all([
    prisma.strategy.count(),
    prisma.strategy.count({ where: retired }),
    prisma.strategyField.count(),
    prisma.strategyField.count({ where: retired }),
    prisma.area.count(),
    prisma.area.count({ where: retired }),
    prisma.skill.count(),
    prisma.skill.count({ where: retired }),
  ]);
  return {
    strategies: { total: counts[0], retired: counts[1] },
    fields: { total: counts[2], retired: counts[3] },
    areas: { total: counts[4], retired: counts[5] },
    skills: { total: counts[6], retired: counts[7] },
  };
}

const auditTarget = (kind: TaxonomyKind, id: number) => `${kind}:${id}`;

/** The entry's current version and who saved it last (from the audit log): what a stale save is told. */
async function entryChange(kind: TaxonomyKind, id: number): Promise<Change | null> {
  const [row, last] = await Promise.all([
    findTaxonomyEntry(kind, id),
    prisma.auditLog.findFirst({
      where: { targetType: "taxonomy", targetId: auditTarget(kind, id) },
      orderBy: { id: "desc" },
      select: { actorLabel: true },
    }),
  ]);
  return row && { version: row.version, changedAt: row.updatedAt, changedBy: last?.actorLabel || null };
}

async function updateVersioned(tx: Db, kind: TaxonomyKind, id: number, version: number, data: Record<string, unknown>) {
  const where = { id, version };
  const set = { ...data, version: { increment: 1 }, updatedAt: new Date() };
  switch (kind) {
    case "strategies":
      return (await tx.strategy.updateMany({ where, data: set as Prisma.StrategyUpdateManyMutationInput })).count;
    case "fields":
      return (await tx.strategyField.updateMany({ where, data: set as Prisma.StrategyFieldUpdateManyMutationInput })).count;
    case "areas":
      return (await tx.area.updateMany({ where, data: set as Prisma.AreaUpdateManyMutationInput })).count;
    case "skills":
      return (await tx.skill.updateMany({ where, data: set as Prisma.SkillUpdateManyMutationInput })).count;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type TaxonomySaveOutcome = Result<{ changed: boolean }, NotFoundFailure | ConflictFailure>;

/**
 * Saves an admin's edit of one entry if nobody saved it since `version`; retiring (or bringing back) is part of the
 * same form. One audit entry names what changed, before and after.
 */
export async function updateTaxonomyEntry(
  actor: Actor,
  kind: TaxonomyKind,
  id: number,
  input: EntryValues & { version: number },
  ip: string | null,
): Promise<TaxonomySaveOutcome> {
  const outcome = await prisma.$transaction(async (tx): Promise<TaxonomySaveOutcome | "stale"> => {
    const current = await findTaxonomyEntry(kind, id, tx);
    if (!current) return { ok: false, kind: "not-found", reason: "not-found" };
    if (current.version !== input.version) return "stale";
    const changes: Record<string, [unknown, unknown]> = {};
    const data: Record<string, unknown> = {};
    for (const column of editableColumns[kind]) {
      const next = (input as Record<string, unknown>)[column];
      if (next !== undefined && !same(current.editable[column], next)) {
        changes[column] = [current.editable[column], next];
        data[column] = next;
      }
    }
    const retire = input.retired === "on";
    const wasRetired = current.retiredAt !== null;
    if (retire !== wasRetired) data.retiredAt = retire ? new Date() : null;
    if (Object.keys(data).length === 0) return ok({ changed: false });
    if ((await updateVersioned(tx, kind, id, input.version, data)) === 0) return "stale";
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: retire === wasRetired ? "taxonomy.updated" : retire ? "taxonomy.retired" : "taxonomy.restored",
      targetType: "taxonomy",
      targetId: auditTarget(kind, id),
      details: { kind, key: current.key, name: current.nameJa, changes: changes as Prisma.InputJsonObject },
      ipAddress: ip,
    });
    return ok({ changed: true });
  });
  if (outcome === "stale") return conflictOrNotFound(await entryChange(kind, id));
  if (outcome.ok && outcome.changed) invalidateTaxonomy();
  return outcome;
}

export type TaxonomyCreateOutcome = Result<{ id: number }, InvalidFailure<"admin.taxonomy.slugTaken"> & { field: "slug" }>;

/** Adds an area or a skill; its address name (slug) is chosen once and never changes. */
export async function createTaxonomyEntry(
  actor: Actor,
  kind: "areas" | "skills",
  input: EntryValues & { slug: string; kind?: string },
  ip: string | null,
): Promise<TaxonomyCreateOutcome> {
  const { version: _version, retired, slug, ...values } = input as EntryValues & { slug: string; version?: number };
  void _version;
  const retiredAt = retired === "on" ? new Date() : null;
  try {
    const id = await prisma.$transaction(async (tx) => {
      const created =
        kind === "areas"
          ? await tx.area.create({ data: { ...(values as Prisma.AreaCreateInput), slug, retiredAt }, select: { id: true } })
          : await tx.skill.create({ data: { ...(values as Prisma.SkillCreateInput), slug, retiredAt }, select: { id: true } });
      await writeAudit(tx, {
        actor: { id: actor.id, label: actor.displayName },
        action: "taxonomy.created",
        targetType: "taxonomy",
        targetId: auditTarget(kind, created.id),
        details: { kind, key: slug, name: values.nameJa, nameEn: values.nameEn },
        ipAddress: ip,
      });
      return created.id;
    });
    invalidateTaxonomy();
    return ok({ id });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return invalid("admin.taxonomy.slugTaken", "slug");
    throw error;
  }
}
