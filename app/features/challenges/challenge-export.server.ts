// Public challenges as open data: both languages side by side (the API, the CSV, the sitemap), never drafts or
// archived ones. Every query goes through publicChallengeWhere, the one gate to public rows.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/kernel/db.server.ts";
import { utcDate } from "~/kernel/japan-time.ts";
import { API_MAX_PAGE_SIZE, CSV_BATCH_SIZE, FEED_ENTRY_LIMIT, openDataLicence } from "~/features/challenges/open-data.ts";
import { challengeSummarySelect, publicChallengeWhere, queryPublicChallengeRows, type ChallengeFilters } from "./challenge.server.ts";

export type ExportRow = Prisma.ChallengeGetPayload<{ select: typeof challengeSummarySelect }>;

const day = (value: Date | null) => (value ? utcDate(value) : null);

/** One challenge in the API's documented shape (see /open-data). */
export function toOpenDataItem(row: ExportRow, origin: string) {
  return {
    number: row.number,
    url: `${origin}/challenges/${row.number}`,
    status: row.status,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    summaryJa: row.summaryJa,
    summaryEn: row.summaryEn,
    strategy: { code: row.strategy.code, nameJa: row.strategy.nameJa, nameEn: row.strategy.nameEn },
    fields: row.fields.map((link) => ({
      number: link.field.number,
      nameJa: link.field.nameJa,
      nameEn: link.field.nameEn,
      primary: link.isPrimary,
    })),
    area: { slug: row.area.slug, nameJa: row.area.nameJa, nameEn: row.area.nameEn },
    period: { number: row.period.number, nameJa: row.period.nameJa, nameEn: row.period.nameEn },
    skills: row.skills
      .map((link) => ({ slug: link.skill.slug, nameJa: link.skill.nameJa, nameEn: link.skill.nameEn }))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    capacity: row.capacity,
    hoursPerMonth: row.hoursPerMonth,
    languages: row.languages,
    deadline: day(row.deadline),
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
    ownerDepartmentJa: row.ownerDepartmentJa,
    ownerDepartmentEn: row.ownerDepartmentEn,
    licence: openDataLicence.id,
  };
}

export type OpenDataItem = ReturnType<typeof toOpenDataItem>;

/** Fields in a stable order: the primary one first, then by number (the join table has no order of its own). */
function sortFields(row: ExportRow): ExportRow {
  const fields = [...row.fields].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.field.number - b.field.number);
  return { ...row, fields };
}

/** One page for the API: one statement (rows, names, links and the total) whatever the page size. */
export async function listChallengesForApi(filters: ChallengeFilters, page: number, pageSize: number) {
  const size = Math.min(Math.max(1, pageSize), API_MAX_PAGE_SIZE);
  const { rows, total } = await queryPublicChallengeRows(filters, { offset: (page - 1) * size, limit: size });
  return { rows: rows.map(sortFields), total, page, pageSize: size };
}

/** One public challenge with its body in both languages; null for drafts, archived and unknown numbers. */
export async function getPublicChallengeForApi(number: number) {
  const where = await publicChallengeWhere({});
  const row = await prisma.challenge.findFirst({
    where: { ...where, number },
    select: { ...challengeSummarySelect, bodyJa: true, bodyEn: true },
  });
  return row ? { ...sortFields(row), bodyJa: row.bodyJa, bodyEn: row.bodyEn } : null;
}

/** The newest public challenges for a feed (the list's `sort` does not apply: feeds are newest first). */
export async function listChallengesForFeed(filters: ChallengeFilters, take = FEED_ENTRY_LIMIT) {
  const { rows } = await queryPublicChallengeRows({ ...filters, sort: "newest" }, { offset: 0, limit: take });
  return rows.map(sortFields);
}

/**
 * Every matching public challenge, by number, `batchSize` rows per statement. Each batch starts after the
 * last number of the one before (keyset paging), so a row never comes twice and memory stays flat however
 * many rows there are.
 */
export async function* iteratePublicChallenges(filters: ChallengeFilters, batchSize = CSV_BATCH_SIZE): AsyncGenerator<ExportRow[]> {
  const where = await publicChallengeWhere(filters);
  let after = 0;
  for (;;) {
    const rows = await prisma.challenge.findMany({
      where: { AND: [where, { number: { gt: after } }] },
      orderBy: { number: "asc" },
      take: batchSize,
      select: challengeSummarySelect,
    });
    if (rows.length) yield rows.map(sortFields);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.number;
  }
}

/** Number and last change of every public challenge, for the sitemap. */
export async function listPublicChallengeStamps() {
  const where = await publicChallengeWhere({});
  return prisma.challenge.findMany({ where, orderBy: { number: "asc" }, select: { number: true, updatedAt: true } });
}
