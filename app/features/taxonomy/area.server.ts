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
