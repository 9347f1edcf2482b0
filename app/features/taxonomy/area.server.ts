// Area pages (/areas/narakawa): one district or the whole city, its open challenges and its initiatives.
import type { Language } from "~/kernel/i18n/config.ts";
import { prisma } from "~/kernel/db.server.ts";
import { utcDate } from "~/kernel/japan-time.ts";
import { pickLanguage } from "~/kernel/localize.ts";

const slugPattern = /^[a-z0-9-]{1,60}$/;

export async function getAreaBySlug(slug: string, language: Language) {
  const normalised = slug.toLowerCase();
  if (!slugPattern.test(normalised)) return null;
  const area = await prisma.area.findUnique({
    where: { slug: normalised },
    select: { id: true, slug: true, kind: true, nameJa: true, nameEn: true, descriptionJa: true, descriptionEn: true },
  });
  if (!area) return null;
  return {
    id: area.id,
    slug: area.slug,
    kind: area.kind,
    name: pickLanguage(language, area.nameJa, area.nameEn),
    description: pickLanguage(language, area.descriptionJa, area.descriptionEn),
  };
}

/** Initiatives in the area, going ones first then the most recently changed; every initiative is public. */
export async function listAreaInitiatives(areaId: number, language: Language, take = 12) {
  const [rows, total] = await Promise.all([
    prisma.initiative.findMany({
      where: { areaId },
      orderBy: [{ status: "asc" }, { statusChangedAt: "desc" }, { number: "desc" }],
      take,
      select: {
        number: true,
        status: true,
        titleJa: true,
        titleEn: true,
        summaryJa: true,
        summaryEn: true,
        startedOn: true,
        strategy: { select: { code: true } },
      },
    }),
    prisma.initiative.count({ where: { areaId } }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      number: row.number,
      status: row.status,
      title: pickLanguage(language, row.titleJa, row.titleEn),
      summary: pickLanguage(language, row.summaryJa, row.summaryEn),
      startedOn: utcDate(row.startedOn),
      strategyCode: row.strategy.code,
    })),
  };
}

/**
 * The areas in use (retired ones left out), in their order, each with its live figures in one statement: public
 * challenges (open ones too), initiatives, and partners in the public directory interested in it.
 */
export async function listAreasWithFigures(language: Language) {
  const rows = await prisma.$queryRaw<
    Array<{
      slug: string;
      kind: string;
      nameJa: string;
      nameEn: string;
      descriptionJa: string;
      descriptionEn: string;
      challenges: number;
      open_challenges: number;
      initiatives: number;
      partners: number;
    }>
  >`
    SELECT a.slug, a.kind::text AS kind, a."nameJa", a."nameEn", a."descriptionJa", a."descriptionEn",
      (SELECT count(*) FROM "Challenge" c WHERE c."areaId" = a.id
        AND c.status IN ('OPEN', 'MATCHING', 'IN_PROGRESS', 'COMPLETED'))::int AS challenges,
      (SELECT count(*) FROM "Challenge" c WHERE c."areaId" = a.id AND c.status = 'OPEN')::int AS open_challenges,
      (SELECT count(*) FROM "Initiative" i WHERE i."areaId" = a.id)::int AS initiatives,
      (SELECT count(*) FROM "PartnerAreaInterest" p JOIN "PartnerProfile" pp ON pp.id = p."partnerId"
        WHERE p."areaId" = a.id AND pp."isPublic")::int AS partners
    FROM "Area" a
    WHERE a."retiredAt" IS NULL
    ORDER BY a.position, a.id`;
  return rows.map((row) => ({
    slug: row.slug,
    kind: row.kind as AreaKindName,
    name: pickLanguage(language, row.nameJa, row.nameEn),
    description: pickLanguage(language, row.descriptionJa, row.descriptionEn),
    figures: { challenges: row.challenges, openChallenges: row.open_challenges, initiatives: row.initiatives, partners: row.partners },
  }));
}

export type AreaKindName = "CITYWIDE" | "DISTRICT" | "REGION" | "ONLINE";

/** Public challenges of one area by status: the figures of the area page. */
export async function countAreaChallengesByStatus(areaId: number) {
  const grouped = await prisma.challenge.groupBy({
    by: ["status"],
    where: { areaId, status: { in: ["OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED"] } },
    _count: { _all: true },
  });
  return new Map(grouped.map((row) => [row.status, row._count._all]));
}

/** Partners in the public directory who said they are interested in the area; nothing private is read. */
export async function listAreaPartners(areaId: number, take = 12) {
  const where = { isPublic: true, areaInterest: { some: { areaId } } };
  const [rows, total] = await Promise.all([
    prisma.partnerProfile.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, kind: true, displayName: true, headline: true },
    }),
    prisma.partnerProfile.count({ where }),
  ]);
  return { total, items: rows };
}
