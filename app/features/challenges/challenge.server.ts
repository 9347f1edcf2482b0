// 地域課題: writing them (coordinators, with optimistic locking and an audit trail), moving them through their
// lifecycle, and finding them (everyone: filters, Japanese keyword search, pages of results).
import { Prisma } from "~/generated/prisma/client.ts";
import type { EngagementType, WorkStyle } from "~/generated/prisma/enums.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  canTransition,
  publicChallengeStatuses,
  type ChallengeFormValues,
  type ChallengeStatusName,
} from "~/features/challenges/schemas.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { parseSearchQuery, searchColumnsFor } from "~/features/challenges/search-text.ts";
import { daysUntil, todayInTokyo, utcDate, utcMidnight } from "~/kernel/japan-time.ts";
import { dispatchActivities, recordActivity } from "~/features/following/index.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { analyseAfterSave } from "~/features/matching/index.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { challengeLanguages } from "~/features/challenges/schemas.ts";
import {
  conflictOrNotFound,
  invalid,
  notFound,
  type ConflictFailure,
  type InvalidFailure,
  type NotFoundFailure,
  type Result,
} from "~/kernel/result.ts";
import type { Actor } from "~/kernel/auth/actor.ts";

// ───────────────────────────── Writing ─────────────────────────────

export type ChallengeContent = Omit<ChallengeFormValues, "version" | "removeCover">;

/** A code, number or slug in the form that names nothing (a hand-made request, or a term removed meanwhile). */
type InvalidReference = InvalidFailure<"invalid-reference"> & {
  field: "fieldNumbers" | "areaSlug" | "periodNumber" | "skillSlugs" | "strategyCode";
};

export type WriteOutcome = Result<{ number: number; version: number }, NotFoundFailure | ConflictFailure<"conflict"> | InvalidReference>;

/** The text a keyword search looks through, in both languages. */
function searchableText(
  content: Pick<
    ChallengeContent,
    "titleJa" | "titleEn" | "summaryJa" | "summaryEn" | "bodyJa" | "bodyEn" | "ownerDepartmentJa" | "ownerDepartmentEn"
  >,
) {
  return [
    content.titleJa,
    content.titleEn,
    content.summaryJa,
    content.summaryEn,
    content.bodyJa,
    content.bodyEn,
    content.ownerDepartmentJa,
    content.ownerDepartmentEn,
  ];
}

export function searchColumns(content: Parameters<typeof searchableText>[0]) {
  return searchColumnsFor(searchableText(content));
}

/** Turns the form's codes, numbers and slugs into ids; a name that does not exist is a 400, not a 500. */
async function resolveReferences(content: ChallengeContent) {
  const lookups = await loadTaxonomyLookups();
  const strategyId = lookups.strategyIdByCode.get(content.strategyCode);
  if (strategyId === undefined) return invalid("invalid-reference", "strategyCode");
  const fieldIds = content.fieldNumbers.map((number) => lookups.fieldIdByNumber.get(number));
  if (fieldIds.some((id) => id === undefined)) return invalid("invalid-reference", "fieldNumbers");
  const areaId = lookups.areaIdBySlug.get(content.areaSlug);
  if (areaId === undefined) return invalid("invalid-reference", "areaSlug");
  const periodId = lookups.periodIdByNumber.get(content.periodNumber);
  if (periodId === undefined) return invalid("invalid-reference", "periodNumber");
  const skillIds = [...new Set(content.skillSlugs)].map((slug) => lookups.skillIdBySlug.get(slug));
  if (skillIds.some((id) => id === undefined)) return invalid("invalid-reference", "skillSlugs");
  return { ok: true as const, strategyId, fieldIds: [...new Set(fieldIds as number[])], areaId, periodId, skillIds: skillIds as number[] };
}

function columnsFor(content: ChallengeContent, references: { strategyId: number; areaId: number; periodId: number }) {
  return {
    strategyId: references.strategyId,
    areaId: references.areaId,
    periodId: references.periodId,
    titleJa: content.titleJa,
    titleEn: content.titleEn,
    summaryJa: content.summaryJa,
    summaryEn: content.summaryEn,
    bodyJa: content.bodyJa,
    bodyEn: content.bodyEn,
    workStyles: [...new Set(content.workStyles)] as WorkStyle[],
    engagementTypes: [...new Set(content.engagementTypes)] as EngagementType[],
    capacity: content.capacity,
    hoursPerMonth: content.hoursPerMonth,
    languages: challengeLanguages.filter((code) => content.languages.includes(code)),
    deadline: content.deadline ? utcMidnight(content.deadline) : null,
    ownerDepartmentJa: content.ownerDepartmentJa,
    ownerDepartmentEn: content.ownerDepartmentEn,
    coverAltJa: content.coverAltJa,
    coverAltEn: content.coverAltEn,
    ...searchColumns(content),
  };
}

async function replaceLinks(tx: Db, challengeId: string, fieldIds: number[], skillIds: number[]) {
  await tx.challengeField.deleteMany({ where: { challengeId } });
  await tx.challengeSkill.deleteMany({ where: { challengeId } });
  await tx.challengeField.createMany({ data: fieldIds.map((fieldId, index) => ({ challengeId, fieldId, isPrimary: index === 0 })) });
  if (skillIds.length) await tx.challengeSkill.createMany({ data: skillIds.map((skillId) => ({ challengeId, skillId })) });
}

/** A new challenge starts as a draft that only coordinators see. */
export async function createChallenge(
  actor: Actor,
  content: ChallengeContent,
  options: { coverImageId?: string | null; ip?: string } = {},
): Promise<WriteOutcome> {
  const references = await resolveReferences(content);
  if (!references.ok) return references;
  const outcome = await prisma.$transaction(async (tx) => {
    const created = await tx.challenge.create({
      data: {
        ...columnsFor(content, references),
        coverImageId: options.coverImageId ?? null,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: { id: true, number: true, version: true },
    });
    await replaceLinks(tx, created.id, references.fieldIds, references.skillIds);
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "challenge.created",
      targetType: "challenge",
      targetId: created.id,
      details: { number: created.number, title: content.titleJa },
      ipAddress: options.ip,
    });
    return { ok: true as const, id: created.id, number: created.number, version: created.version };
  });
  await analyseAfterSave("challenge", outcome.id);
  return { ok: true, number: outcome.number, version: outcome.version };
}

async function conflictState(number: number) {
  const current = await prisma.challenge.findUnique({
    where: { number },
    select: { version: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  return conflictOrNotFound(
    current && { version: current.version, changedAt: current.updatedAt, changedBy: current.updatedBy?.displayName ?? null },
  );
}

/**
 * Saves an edit only if nobody saved since the editor was opened (`expectedVersion`): the second of two
 * coordinators gets a conflict and keeps what they typed instead of silently overwriting the first.
 */
export async function updateChallenge(
  actor: Actor,
  number: number,
  expectedVersion: number,
  content: ChallengeContent,
  options: { coverImageId?: string | null; removeCover?: boolean; ip?: string } = {},
): Promise<WriteOutcome> {
  const references = await resolveReferences(content);
  if (!references.ok) return references;
  const coverChange = options.coverImageId ? { coverImageId: options.coverImageId } : options.removeCover ? { coverImageId: null } : {};
  const saved = await prisma.$transaction(async (tx) => {
    const updated = await tx.challenge.updateManyAndReturn({
      where: { number, version: expectedVersion },
      data: { ...columnsFor(content, references), ...coverChange, version: { increment: 1 }, updatedById: actor.id },
      select: { id: true, number: true, version: true },
    });
    const row = updated[0];
    if (!row) return null;
    await replaceLinks(tx, row.id, references.fieldIds, references.skillIds);
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "challenge.updated",
      targetType: "challenge",
      targetId: row.id,
      details: { number: row.number, version: row.version },
      ipAddress: options.ip,
    });
    return { ok: true as const, id: row.id, number: row.number, version: row.version };
  });
  if (!saved) return conflictState(number);
  await analyseAfterSave("challenge", saved.id);
  return { ok: true, number: saved.number, version: saved.version };
}

export type StatusOutcome = Result<
  { status: ChallengeStatusName; version: number },
  /** Not a move challengeTransitions allows from the status it is in. */
  NotFoundFailure | ConflictFailure<"conflict"> | (InvalidFailure<"not-allowed"> & { from: ChallengeStatusName })
>;

/**
 * Moves a challenge along its lifecycle; only the transitions in challengeTransitions are possible. Followers
 * hear about publication and every later public move (`origin`: where the links in their e-mails point).
 */
export async function changeChallengeStatus(
  actor: Actor,
  number: number,
  expectedVersion: number,
  to: ChallengeStatusName,
  ip?: string,
  origin?: string,
): Promise<StatusOutcome> {
  const current = await prisma.challenge.findUnique({
    where: { number },
    select: { id: true, status: true, version: true, publishedAt: true },
  });
  if (!current) return notFound();
  if (current.version !== expectedVersion) return conflictState(number);
  if (!canTransition(current.status, to)) return { ...invalid("not-allowed"), from: current.status };
  const result = await prisma.$transaction(async (tx) => {
    const updated = await tx.challenge.updateManyAndReturn({
      where: { id: current.id, version: expectedVersion, status: current.status },
      data: {
        status: to,
        version: { increment: 1 },
        updatedById: actor.id,
        ...(to === "OPEN" && !current.publishedAt ? { publishedAt: new Date() } : {}),
        // An archived draft never went public, but the database insists that every non-draft has a date.
        ...(to === "ARCHIVED" && !current.publishedAt ? { publishedAt: new Date() } : {}),
      },
      select: { version: true },
    });
    if (!updated[0]) return null;
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "challenge.status_changed",
      targetType: "challenge",
      targetId: current.id,
      details: { number, from: current.status, to },
      ipAddress: ip,
    });
    // A draft archived without ever being published was never public: nobody hears of it.
    // An archived challenge leaves the public site, so there is nothing a notification could link to.
    const activity =
      current.status === "DRAFT"
        ? to === "OPEN"
          ? await recordActivity(tx, { challengeId: current.id, kind: "CHALLENGE_PUBLISHED", actorId: actor.id, origin })
          : null
        : to === "ARCHIVED"
          ? null
          : await recordActivity(tx, {
              challengeId: current.id,
              kind: "CHALLENGE_STATUS_CHANGED",
              actorId: actor.id,
              details: { from: current.status, to },
              origin,
            });
    return { ok: true as const, status: to, version: updated[0].version, activity };
  });
  if (!result) return conflictState(number);
  const { activity, ...outcome } = result;
  if (activity) await dispatchActivities([activity]);
  return outcome;
}

// ───────────────────────────── Finding ─────────────────────────────

export const challengeSorts = ["newest", "deadline"] as const;
export type ChallengeSort = (typeof challengeSorts)[number];

export type ChallengeFilters = {
  strategy?: string;
  field?: number;
  area?: string;
  skill?: string;
  workStyle?: WorkStyle;
  engagementType?: EngagementType;
  status?: ChallengeStatusName;
  period?: number;
  q?: string;
  sort?: ChallengeSort;
};

/** Every bigram of the query held by the row (the GIN index), then every word as a substring. */
function keywordWhere(q: string): Prisma.ChallengeWhereInput {
  const { bigrams, words } = parseSearchQuery(q);
  return {
    ...(bigrams.length ? { searchBigrams: { hasEvery: bigrams } } : {}),
    ...(words.length ? { AND: words.map((word) => ({ searchText: { contains: word } })) } : {}),
  };
}

/**
 * The WHERE clause for public lists, feeds and the API. Unknown codes and slugs match nothing rather than
 * everything, and only public statuses are ever reachable, whatever the filter says.
 */
export async function publicChallengeWhere(filters: ChallengeFilters): Promise<Prisma.ChallengeWhereInput> {
  const lookups = await loadTaxonomyLookups();
  const nothing = -1;
  const publicStatuses: readonly ChallengeStatusName[] = publicChallengeStatuses;
  const statuses = filters.status ? publicStatuses.filter((status) => status === filters.status) : [...publicStatuses];
  const where: Prisma.ChallengeWhereInput = { status: { in: statuses } };
  if (filters.strategy) where.strategyId = lookups.strategyIdByCode.get(filters.strategy.toUpperCase()) ?? nothing;
  if (filters.field !== undefined) where.fields = { some: { fieldId: lookups.fieldIdByNumber.get(filters.field) ?? nothing } };
  if (filters.area) where.areaId = lookups.areaIdBySlug.get(filters.area) ?? nothing;
  if (filters.period !== undefined) where.periodId = lookups.periodIdByNumber.get(filters.period) ?? nothing;
  if (filters.skill) where.skills = { some: { skillId: lookups.skillIdBySlug.get(filters.skill) ?? nothing } };
  if (filters.workStyle) where.workStyles = { has: filters.workStyle };
  if (filters.engagementType) where.engagementTypes = { has: filters.engagementType };
  if (filters.q) {
    Object.assign(where, keywordWhere(filters.q));
  }
  return where;
}

export function challengeOrder(sort: ChallengeSort | undefined): Prisma.ChallengeOrderByWithRelationInput[] {
  // Deadline order puts the soonest first and rolling calls (no deadline) last; newest is by publication.
  return sort === "deadline"
    ? [{ deadline: { sort: "asc", nulls: "last" } }, { number: "desc" }]
    : [{ publishedAt: { sort: "desc", nulls: "last" } }, { number: "desc" }];
}

/** What a list row, a feed entry and the API show of a challenge. */
export const challengeSummarySelect = {
  id: true,
  number: true,
  status: true,
  titleJa: true,
  titleEn: true,
  summaryJa: true,
  summaryEn: true,
  workStyles: true,
  engagementTypes: true,
  capacity: true,
  hoursPerMonth: true,
  languages: true,
  deadline: true,
  publishedAt: true,
  updatedAt: true,
  ownerDepartmentJa: true,
  ownerDepartmentEn: true,
  coverImageId: true,
  strategy: { select: { code: true, nameJa: true, nameEn: true } },
  area: { select: { slug: true, nameJa: true, nameEn: true } },
  period: { select: { number: true, nameJa: true, nameEn: true } },
  fields: { select: { isPrimary: true, field: { select: { number: true, nameJa: true, nameEn: true } } }, orderBy: { isPrimary: "desc" } },
  skills: { select: { skill: { select: { slug: true, nameJa: true, nameEn: true } } } },
} satisfies Prisma.ChallengeSelect;

type ChallengeSummaryRow = Prisma.ChallengeGetPayload<{ select: typeof challengeSummarySelect }>;

export function localiseChallengeSummary(row: ChallengeSummaryRow, language: Language) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    title: pickLanguage(language, row.titleJa, row.titleEn),
    summary: pickLanguage(language, row.summaryJa, row.summaryEn),
    ownerDepartment: pickLanguage(language, row.ownerDepartmentJa, row.ownerDepartmentEn),
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    capacity: row.capacity,
    hoursPerMonth: row.hoursPerMonth,
    languages: row.languages,
    deadline: row.deadline ? utcDate(row.deadline) : null,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    coverImageId: row.coverImageId,
    strategy: { code: row.strategy.code, name: pickLanguage(language, row.strategy.nameJa, row.strategy.nameEn) },
    area: { slug: row.area.slug, name: pickLanguage(language, row.area.nameJa, row.area.nameEn) },
    period: { number: row.period.number, name: pickLanguage(language, row.period.nameJa, row.period.nameEn) },
    fields: row.fields.map((link) => ({
      number: link.field.number,
      name: pickLanguage(language, link.field.nameJa, link.field.nameEn),
      primary: link.isPrimary,
    })),
    skills: row.skills.map((link) => ({ slug: link.skill.slug, name: pickLanguage(language, link.skill.nameJa, link.skill.nameEn) })),
  };
}

export const CHALLENGE_PAGE_SIZE = 20;
export const MAX_CHALLENGE_PAGE_SIZE = 100;

/**
 * The same filter as publicChallengeWhere, as SQL, for the hot path below. An integration test runs both over
 * the same filters and requires the same rows, so the two cannot drift apart.
 */
async function publicChallengeFilterSql(filters: ChallengeFilters): Promise<Prisma.Sql> {
  const lookups = await loadTaxonomyLookups();
  const nothing = -1;
  const publicStatuses: readonly ChallengeStatusName[] = publicChallengeStatuses;
  const statuses = filters.status ? publicStatuses.filter((status) => status === filters.status) : [...publicStatuses];
  const conditions: Prisma.Sql[] = [Prisma.sql`c.status = ANY (${statuses}::"ChallengeStatus"[])`];
  if (filters.strategy)
    conditions.push(Prisma.sql`c."strategyId" = ${lookups.strategyIdByCode.get(filters.strategy.toUpperCase()) ?? nothing}`);
  if (filters.field !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ChallengeField" cf WHERE cf."challengeId" = c.id AND cf."fieldId" = ${lookups.fieldIdByNumber.get(filters.field) ?? nothing})`,
    );
  }
  if (filters.area) conditions.push(Prisma.sql`c."areaId" = ${lookups.areaIdBySlug.get(filters.area) ?? nothing}`);
  if (filters.period !== undefined) conditions.push(Prisma.sql`c."periodId" = ${lookups.periodIdByNumber.get(filters.period) ?? nothing}`);
  if (filters.skill) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ChallengeSkill" cs WHERE cs."challengeId" = c.id AND cs."skillId" = ${lookups.skillIdBySlug.get(filters.skill) ?? nothing})`,
    );
  }
  if (filters.workStyle) conditions.push(Prisma.sql`${filters.workStyle}::"WorkStyle" = ANY (c."workStyles")`);
  if (filters.engagementType) conditions.push(Prisma.sql`${filters.engagementType}::"EngagementType" = ANY (c."engagementTypes")`);
  if (filters.q) {
    const { bigrams, words } = parseSearchQuery(filters.q);
    if (bigrams.length) conditions.push(Prisma.sql`c."searchBigrams" @> ${bigrams}::text[]`);
    // A "%" or "_" typed by a visitor is a character to find, not a LIKE wildcard.
    for (const word of words) conditions.push(Prisma.sql`c."searchText" LIKE ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`);
  }
  return Prisma.join(conditions, " AND ");
}

function orderSql(sort: ChallengeSort | undefined): Prisma.Sql {
  return sort === "deadline"
    ? Prisma.sql`c.deadline ASC NULLS LAST, c.number DESC`
    : Prisma.sql`c."publishedAt" DESC NULLS LAST, c.number DESC`;
}

type SummaryRowFromSql = Omit<ChallengeSummaryRow, "deadline" | "publishedAt" | "updatedAt"> & {
  deadline: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  total: number;
};

/**
 * One page of public challenges with the total, in a single statement: rows, names and links come back as JSON
 * in the shape `challengeSummarySelect` gives. Prisma's query builder needed ten statements (one per related
 * table) and most of the list page's server time for them; this is the page everyone opens.
 */
export async function queryPublicChallengeRows(filters: ChallengeFilters, options: { offset: number; limit: number }) {
  const where = await publicChallengeFilterSql(filters);
  // The page is chosen first (ids, sort keys and the total), then only its rows get their names and links.
  const rows = await prisma.$queryRaw<SummaryRowFromSql[]>`
    WITH page AS (
      SELECT c.id, (count(*) OVER ())::int AS total
      FROM "Challenge" c
      WHERE ${where}
      ORDER BY ${orderSql(filters.sort)}
      OFFSET ${options.offset} LIMIT ${options.limit}
    )
    SELECT c.id, c.number, c.status::text AS status, c."titleJa", c."titleEn", c."summaryJa", c."summaryEn",
      c."workStyles"::text[] AS "workStyles", c."engagementTypes"::text[] AS "engagementTypes", c.capacity, c."hoursPerMonth", c.languages, c.deadline,
      c."publishedAt", c."updatedAt", c."ownerDepartmentJa", c."ownerDepartmentEn", c."coverImageId",
      json_build_object('code', s.code, 'nameJa', s."nameJa", 'nameEn', s."nameEn") AS strategy,
      json_build_object('slug', a.slug, 'nameJa', a."nameJa", 'nameEn', a."nameEn") AS area,
      json_build_object('number', p.number, 'nameJa', p."nameJa", 'nameEn', p."nameEn") AS period,
      (SELECT coalesce(json_agg(json_build_object('isPrimary', cf."isPrimary", 'field', json_build_object('number', f.number, 'nameJa', f."nameJa", 'nameEn', f."nameEn"))
                ORDER BY cf."isPrimary" DESC, f.number), '[]'::json)
         FROM "ChallengeField" cf JOIN "StrategyField" f ON f.id = cf."fieldId" WHERE cf."challengeId" = c.id) AS fields,
      (SELECT coalesce(json_agg(json_build_object('skill', json_build_object('slug', k.slug, 'nameJa', k."nameJa", 'nameEn', k."nameEn")) ORDER BY k.id), '[]'::json)
         FROM "ChallengeSkill" cs JOIN "Skill" k ON k.id = cs."skillId" WHERE cs."challengeId" = c.id) AS skills,
      page.total
    FROM page
    JOIN "Challenge" c ON c.id = page.id
    JOIN "Strategy" s ON s.id = c."strategyId"
    JOIN "Area" a ON a.id = c."areaId"
    JOIN "Period" p ON p.id = c."periodId"
    ORDER BY ${orderSql(filters.sort)}`;
  // Past the last page there is no row to carry the total: count separately, only then.
  const total = rows[0]?.total ?? (options.offset > 0 ? await countPublicChallenges(where) : 0);
  return { rows: rows.map(({ total: _total, ...row }) => row as ChallengeSummaryRow), total };
}

async function countPublicChallenges(where: Prisma.Sql) {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "Challenge" c WHERE ${where}`;
  return row?.total ?? 0;
}

/** One page of public challenges and the total, in one statement whatever the page size. */
export async function listPublicChallenges(filters: ChallengeFilters, page: number, language: Language, pageSize = CHALLENGE_PAGE_SIZE) {
  const size = Math.min(Math.max(1, pageSize), MAX_CHALLENGE_PAGE_SIZE);
  const { rows, total } = await queryPublicChallengeRows(filters, { offset: (page - 1) * size, limit: size });
  return { items: rows.map((row) => localiseChallengeSummary(row, language)), total, page, pageSize: size };
}

/** Open challenges of a strategy or field, newest first, for their pages. */
export async function listOpenChallengesFor(scope: { strategy: string } | { field: number }, language: Language, take = 6) {
  const result = await listPublicChallenges({ ...scope, status: "OPEN" }, 1, language, take);
  return { items: result.items, total: result.total };
}

/**
 * One challenge for its page. Drafts and archived ones exist only for those who may edit them (the editor's
 * preview); everyone else gets null, the same as for a number that was never used.
 */
export async function getChallengeForPage(number: number, language: Language, options: { canSeeUnpublished: boolean }) {
  const row = await prisma.challenge.findUnique({
    where: { number },
    select: { ...challengeSummarySelect, bodyJa: true, bodyEn: true, coverAltJa: true, coverAltEn: true, version: true, createdAt: true },
  });
  if (!row) return null;
  const isPublic = (publicChallengeStatuses as readonly string[]).includes(row.status);
  if (!isPublic && !options.canSeeUnpublished) return null;
  return {
    ...localiseChallengeSummary(row, language),
    bodyMarkdown: pickLanguage(language, row.bodyJa, row.bodyEn),
    bodyLanguage: language === "en" && row.bodyEn ? ("en" as const) : ("ja" as const),
    coverAlt: pickLanguage(language, row.coverAltJa ?? "", row.coverAltEn),
    version: row.version,
    isPublic,
    createdAt: row.createdAt,
  };
}

/** Other open challenges in the same primary field, newest first. */
export async function listRelatedChallenges(
  challenge: { id: string; fields: { number: number; primary: boolean }[] },
  language: Language,
  take = 4,
) {
  const primary = challenge.fields.find((field) => field.primary) ?? challenge.fields[0];
  if (!primary) return [];
  // One more than needed, through the list's single statement, so the challenge itself can be dropped.
  const { rows } = await queryPublicChallengeRows(
    { field: primary.number, status: "OPEN", sort: "newest" },
    { offset: 0, limit: take + 1 },
  );
  return rows
    .filter((row) => row.id !== challenge.id)
    .slice(0, take)
    .map((row) => localiseChallengeSummary(row, language));
}

/** Everything the editor needs, in both languages as stored. */
export async function getChallengeForEdit(number: number) {
  const row = await prisma.challenge.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      titleJa: true,
      titleEn: true,
      summaryJa: true,
      summaryEn: true,
      bodyJa: true,
      bodyEn: true,
      workStyles: true,
      engagementTypes: true,
      capacity: true,
      hoursPerMonth: true,
      languages: true,
      deadline: true,
      ownerDepartmentJa: true,
      ownerDepartmentEn: true,
      coverImageId: true,
      coverAltJa: true,
      coverAltEn: true,
      updatedAt: true,
      strategy: { select: { code: true } },
      area: { select: { slug: true } },
      period: { select: { number: true } },
      fields: { select: { isPrimary: true, field: { select: { number: true } } }, orderBy: { isPrimary: "desc" } },
      skills: { select: { skill: { select: { slug: true } } } },
      updatedBy: { select: { displayName: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.displayName ?? null,
    coverImageId: row.coverImageId,
    values: {
      titleJa: row.titleJa,
      titleEn: row.titleEn ?? "",
      summaryJa: row.summaryJa,
      summaryEn: row.summaryEn ?? "",
      bodyJa: row.bodyJa,
      bodyEn: row.bodyEn ?? "",
      strategyCode: row.strategy.code,
      fieldNumbers: row.fields.map((link) => String(link.field.number)),
      areaSlug: row.area.slug,
      periodNumber: String(row.period.number),
      skillSlugs: row.skills.map((link) => link.skill.slug),
      workStyles: row.workStyles,
      engagementTypes: row.engagementTypes,
      capacity: String(row.capacity),
      hoursPerMonth: row.hoursPerMonth === null ? "" : String(row.hoursPerMonth),
      languages: row.languages,
      deadline: row.deadline ? utcDate(row.deadline) : "",
      ownerDepartmentJa: row.ownerDepartmentJa,
      ownerDepartmentEn: row.ownerDepartmentEn ?? "",
      coverAltJa: row.coverAltJa ?? "",
      coverAltEn: row.coverAltEn ?? "",
    },
  };
}

/** Coordinators' own list: every status, drafts included, most recently changed first. */
export async function listChallengesForCoordinators(
  filters: { status?: ChallengeStatusName; q?: string; page: number },
  language: Language,
) {
  const where: Prisma.ChallengeWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.q) {
    Object.assign(where, keywordWhere(filters.q));
  }
  const [rows, total] = await Promise.all([
    prisma.challenge.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
      skip: (filters.page - 1) * CHALLENGE_PAGE_SIZE,
      take: CHALLENGE_PAGE_SIZE,
      select: { ...challengeSummarySelect, version: true, updatedBy: { select: { displayName: true } } },
    }),
    prisma.challenge.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      ...localiseChallengeSummary(row, language),
      version: row.version,
      updatedBy: row.updatedBy?.displayName ?? null,
    })),
    total,
    pageSize: CHALLENGE_PAGE_SIZE,
  };
}

/** Adds "days left" against today's date in Japan, so server and browser render the same countdown. */
export function withCountdown<T extends { deadline: string | null }>(
  items: T[],
  today = todayInTokyo(),
): Array<T & { daysLeft: number | null }> {
  return items.map((item) => ({ ...item, daysLeft: item.deadline ? daysUntil(item.deadline, today) : null }));
}
