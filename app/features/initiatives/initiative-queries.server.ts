// Reading initiatives: the public list (one statement per page), the public page, the editors' view, and the
// lists on strategy, field and challenge pages. Only what the public may see leaves here for the public pages:
// participants who agreed to be named, never contact details.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import type { InitiativeListFilters, InitiativeStatusName } from "~/features/initiatives/schemas.ts";
import { prisma } from "~/kernel/db.server.ts";
import { utcDate } from "~/kernel/japan-time.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { renderMarkdown } from "~/kernel/markdown.server.ts";
import { shownPartnerName } from "~/features/partners/index.server.ts";
import type { InitiativeCardData } from "~/features/initiatives/initiative-options.ts";

/** The items of an initiative in both languages, in the order the page shows them and the editor lists them. */
const counterpartItems = {
  select: { id: true, nameJa: true, nameEn: true, roleJa: true, roleEn: true, position: true },
  orderBy: [{ position: "asc" }, { nameJa: "asc" }],
} satisfies Prisma.InitiativeCounterpartFindManyArgs;
const milestoneItems = {
  select: {
    id: true,
    kind: true,
    titleJa: true,
    titleEn: true,
    descriptionJa: true,
    descriptionEn: true,
    startsAt: true,
    endsAt: true,
    allDay: true,
    locationJa: true,
    locationEn: true,
    achievedAt: true,
  },
  orderBy: { startsAt: "asc" },
} satisfies Prisma.InitiativeMilestoneFindManyArgs;
const outcomeItems = {
  select: {
    id: true,
    labelJa: true,
    labelEn: true,
    value: true,
    unitJa: true,
    unitEn: true,
    achievedOn: true,
    noteJa: true,
    noteEn: true,
  },
  orderBy: [{ achievedOn: "desc" }, { createdAt: "desc" }],
} satisfies Prisma.InitiativeOutcomeFindManyArgs;

export const INITIATIVE_PAGE_SIZE = 12;

export type InitiativeCard = InitiativeCardData;

type CardRow = {
  number: number;
  titleJa: string;
  titleEn: string | null;
  summaryJa: string;
  summaryEn: string | null;
  status: InitiativeStatusName;
  strategyCode: string;
  strategyNameJa: string;
  strategyNameEn: string;
  areaNameJa: string;
  areaNameEn: string;
  fieldNamesJa: string[] | null;
  fieldNamesEn: string[] | null;
  coverImageId: string | null;
  cheers: bigint | number;
  updates: bigint | number;
  startedOn: Date;
  total: bigint | number;
};

function cardFrom(row: CardRow, language: Language): InitiativeCard {
  return {
    number: row.number,
    title: pickLanguage(language, row.titleJa, row.titleEn),
    summary: pickLanguage(language, row.summaryJa, row.summaryEn),
    status: row.status,
    strategyCode: row.strategyCode,
    strategyName: pickLanguage(language, row.strategyNameJa, row.strategyNameEn),
    areaName: pickLanguage(language, row.areaNameJa, row.areaNameEn),
    fieldNames: (language === "en" ? row.fieldNamesEn : row.fieldNamesJa) ?? [],
    coverImageId: row.coverImageId,
    cheers: Number(row.cheers),
    updates: Number(row.updates),
    startedOn: utcDate(row.startedOn),
  };
}

/**
 * Cards with their counts, newest first, in ONE statement (the total rides along as a window count): the list is
 * public and busy, and a statement per card would grow with the page.
 */
async function readCards(where: Prisma.Sql, language: Language, limit: number, offset: number) {
  const rows = await prisma.$queryRaw<CardRow[]>`
    SELECT i.number, i."titleJa", i."titleEn", i."summaryJa", i."summaryEn", i.status::text AS status,
           s.code AS "strategyCode", s."nameJa" AS "strategyNameJa", s."nameEn" AS "strategyNameEn",
           a."nameJa" AS "areaNameJa", a."nameEn" AS "areaNameEn", i."coverImageId"::text AS "coverImageId", i."startedOn",
           (SELECT array_agg(f."nameJa" ORDER BY x."isPrimary" DESC, f.number) FROM "InitiativeField" x JOIN "StrategyField" f ON f.id = x."fieldId" WHERE x."initiativeId" = i.id) AS "fieldNamesJa",
           (SELECT array_agg(f."nameEn" ORDER BY x."isPrimary" DESC, f.number) FROM "InitiativeField" x JOIN "StrategyField" f ON f.id = x."fieldId" WHERE x."initiativeId" = i.id) AS "fieldNamesEn",
           (SELECT count(*) FROM "InitiativeCheer" c WHERE c."initiativeId" = i.id) AS cheers,
           (SELECT count(*) FROM "InitiativeUpdate" u WHERE u."initiativeId" = i.id AND u."hiddenAt" IS NULL) AS updates,
           count(*) OVER () AS total
      FROM "Initiative" i
      JOIN "Strategy" s ON s.id = i."strategyId"
      JOIN "Area" a ON a.id = i."areaId"
     WHERE ${where}
     ORDER BY (i.status = 'COMPLETED'), i."statusChangedAt" DESC, i.number DESC
     LIMIT ${limit} OFFSET ${offset}`;
  return { items: rows.map((row) => cardFrom(row, language)), total: Number(rows[0]?.total ?? 0) };
}

function listWhere(filters: Omit<InitiativeListFilters, "page">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.strategy) conditions.push(Prisma.sql`s.code = ${filters.strategy}`);
  if (filters.area) conditions.push(Prisma.sql`a.slug = ${filters.area}`);
  if (filters.status) conditions.push(Prisma.sql`i.status = ${filters.status}::"InitiativeStatus"`);
  if (filters.field) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeField" x JOIN "StrategyField" f ON f.id = x."fieldId" WHERE x."initiativeId" = i.id AND f.number = ${filters.field})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

export async function listInitiatives(filters: InitiativeListFilters, language: Language, pageSize = INITIATIVE_PAGE_SIZE) {
  const page = await readCards(listWhere(filters), language, pageSize, (filters.page - 1) * pageSize);
  return { ...page, page: filters.page, pageSize };
}

/** Initiatives under a strategy or a field (their pages), or grown from a challenge. */
export async function listInitiativesFor(
  scope: { strategyCode: string } | { fieldNumber: number } | { challengeId: string },
  language: Language,
  limit = 6,
) {
  const where =
    "strategyCode" in scope
      ? listWhere({ strategy: scope.strategyCode as "A" })
      : "fieldNumber" in scope
        ? listWhere({ field: scope.fieldNumber })
        : Prisma.sql`i."challengeId" = ${scope.challengeId}::uuid`;
  return readCards(where, language, limit, 0);
}

// ───────────────────────────── One initiative ─────────────────────────────

export async function findInitiativeId(number: number) {
  return prisma.initiative.findUnique({ where: { number }, select: { id: true, number: true, status: true, version: true } });
}

/**
 * The public page. `viewer` decides only what is theirs to act on (their cheer, their updates, their partners'
 * visibility switch); what everyone sees is the same for all.
 */
export async function getInitiativePage(number: number, language: Language, viewer: { userId: string | null; coordinator: boolean }) {
  const initiative = await prisma.initiative.findUnique({
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
      storyJa: true,
      storyEn: true,
      coverImageId: true,
      coverAltJa: true,
      coverAltEn: true,
      startedOn: true,
      completedAt: true,
      updatedAt: true,
      strategy: { select: { code: true, nameJa: true, nameEn: true } },
      area: { select: { slug: true, nameJa: true, nameEn: true } },
      period: { select: { number: true, nameJa: true, nameEn: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true, status: true } },
      fields: {
        select: { isPrimary: true, field: { select: { number: true, nameJa: true, nameEn: true } } },
        orderBy: [{ isPrimary: "desc" }, { fieldId: "asc" }],
      },
      participants: {
        select: {
          partnerId: true,
          showPublicly: true,
          partner: {
            select: {
              displayName: true,
              isPublic: true,
              hiddenAt: true,
              headline: true,
              members: viewer.userId ? { where: { userId: viewer.userId }, select: { userId: true } } : false,
            },
          },
        },
        orderBy: { joinedAt: "asc" },
      },
      counterparts: counterpartItems,
      milestones: milestoneItems,
      // Updates the moderators hid are kept for the city's records, never shown (decision 0018).
      updates: {
        where: { hiddenAt: null },
        select: {
          id: true,
          title: true,
          body: true,
          language: true,
          createdAt: true,
          editedAt: true,
          authorId: true,
          partnerId: true,
          partner: { select: { displayName: true } },
          images: { select: { imageId: true, alt: true, position: true }, orderBy: { position: "asc" } },
        },
        orderBy: { createdAt: "desc" },
      },
      outcomes: outcomeItems,
      statusEvents: {
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      _count: { select: { cheers: true } },
      cheers: viewer.userId ? { where: { userId: viewer.userId }, select: { userId: true } } : false,
    },
  });
  if (!initiative) return null;
  const pick = (ja: string, en: string | null | undefined) => pickLanguage(language, ja, en);
  const optional = (ja: string | null, en: string | null) => (ja ? pick(ja, en) : null);
  // A profile the moderators hid is not named in public, like one that asked not to be.
  const namedPublicly = (row: { showPublicly: boolean; partner: { hiddenAt: Date | null } }) => row.showPublicly && !row.partner.hiddenAt;
  const publicPartnerIds = new Set(initiative.participants.filter(namedPublicly).map((row) => row.partnerId));
  const story = pick(initiative.storyJa, initiative.storyEn);
  const storyLanguage: Language = language === "en" && initiative.storyEn ? "en" : "ja";
  return {
    id: initiative.id,
    number: initiative.number,
    status: initiative.status,
    version: initiative.version,
    title: pick(initiative.titleJa, initiative.titleEn),
    summary: pick(initiative.summaryJa, initiative.summaryEn),
    storyHtml: story ? renderMarkdown(story) : "",
    storyLanguage,
    cover: initiative.coverImageId ? { id: initiative.coverImageId, alt: pick(initiative.coverAltJa ?? "", initiative.coverAltEn) } : null,
    startedOn: utcDate(initiative.startedOn),
    completedAt: initiative.completedAt?.toISOString() ?? null,
    updatedAt: initiative.updatedAt.toISOString(),
    strategy: { code: initiative.strategy.code, name: pick(initiative.strategy.nameJa, initiative.strategy.nameEn) },
    area: { slug: initiative.area.slug, name: pick(initiative.area.nameJa, initiative.area.nameEn) },
    period: { number: initiative.period.number, name: pick(initiative.period.nameJa, initiative.period.nameEn) },
    challenge: initiative.challenge
      ? {
          number: initiative.challenge.number,
          title: pick(initiative.challenge.titleJa, initiative.challenge.titleEn),
          status: initiative.challenge.status,
        }
      : null,
    fields: initiative.fields.map((row) => ({
      number: row.field.number,
      name: pick(row.field.nameJa, row.field.nameEn),
      isPrimary: row.isPrimary,
    })),
    // Public: only partners who agreed to be named; their profile is linked only if it is itself public.
    publicParticipants: initiative.participants.filter(namedPublicly).map((row) => ({
      partnerId: row.partnerId,
      displayName: shownPartnerName(row.partner.displayName, language),
      headline: row.partner.headline,
      linked: row.partner.isPublic,
    })),
    hiddenParticipantCount: initiative.participants.filter((row) => !namedPublicly(row)).length,
    /** The viewer's own partners taking part, with their visibility switch. */
    ownParticipants: initiative.participants
      .filter((row) => Array.isArray(row.partner.members) && row.partner.members.length > 0)
      .map((row) => ({ partnerId: row.partnerId, displayName: row.partner.displayName, showPublicly: row.showPublicly })),
    /** Coordinators see everyone taking part (to remove one); never contact details. */
    allParticipants: viewer.coordinator
      ? initiative.participants.map((row) => ({
          partnerId: row.partnerId,
          displayName: shownPartnerName(row.partner.displayName, language),
          showPublicly: row.showPublicly,
        }))
      : [],
    counterparts: initiative.counterparts.map((row) => ({
      id: row.id,
      name: pick(row.nameJa, row.nameEn),
      role: pick(row.roleJa, row.roleEn),
      position: row.position,
    })),
    milestones: initiative.milestones.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: pick(row.titleJa, row.titleEn),
      description: pick(row.descriptionJa, row.descriptionEn),
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt?.toISOString() ?? null,
      allDay: row.allDay,
      location: optional(row.locationJa, row.locationEn),
      achievedAt: row.achievedAt?.toISOString() ?? null,
    })),
    updates: initiative.updates.map((row) => ({
      id: row.id,
      title: row.title,
      bodyHtml: renderMarkdown(row.body),
      language: row.language,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      // A partner not shown publicly is "a participating partner", so the update does not name it either.
      byPartner: row.partnerId
        ? publicPartnerIds.has(row.partnerId) && row.partner
          ? shownPartnerName(row.partner.displayName, language)
          : ""
        : null,
      mine: viewer.userId !== null && row.authorId === viewer.userId,
      editable: viewer.coordinator || (viewer.userId !== null && row.authorId === viewer.userId),
      /** The Markdown as written, only for those who may edit it. */
      markdown: viewer.coordinator || (viewer.userId !== null && row.authorId === viewer.userId) ? row.body : "",
      images: row.images.map((image) => ({ id: image.imageId, alt: image.alt })),
    })),
    outcomes: initiative.outcomes.map((row) => ({
      id: row.id,
      label: pick(row.labelJa, row.labelEn),
      value: row.value.toString(),
      unit: pick(row.unitJa, row.unitEn),
      achievedOn: utcDate(row.achievedOn),
      note: pick(row.noteJa, row.noteEn),
    })),
    history: initiative.statusEvents.map((row) => ({
      id: String(row.id),
      from: row.fromStatus,
      to: row.toStatus,
      reason: row.reason,
      at: row.createdAt.toISOString(),
    })),
    cheers: initiative._count.cheers,
    cheered: Array.isArray(initiative.cheers) && initiative.cheers.length > 0,
  };
}

/** The editor: the stored values in both languages (the form edits them as typed). */
export async function getInitiativeForEdit(number: number) {
  const initiative = await prisma.initiative.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      updatedAt: true,
      titleJa: true,
      titleEn: true,
      summaryJa: true,
      summaryEn: true,
      storyJa: true,
      storyEn: true,
      coverImageId: true,
      coverAltJa: true,
      coverAltEn: true,
      strategy: { select: { code: true } },
      area: { select: { slug: true } },
      period: { select: { number: true } },
      fields: { select: { isPrimary: true, field: { select: { number: true } } }, orderBy: [{ isPrimary: "desc" }, { fieldId: "asc" }] },
      counterparts: counterpartItems,
      milestones: milestoneItems,
      outcomes: outcomeItems,
    },
  });
  if (!initiative) return null;
  const last = await prisma.auditLog.findFirst({
    where: {
      targetType: "initiative",
      targetId: initiative.id,
      action: { in: ["initiative.updated", "initiative.status_changed", "initiative.created"] },
    },
    orderBy: { createdAt: "desc" },
    select: { actorLabel: true },
  });
  return { ...initiative, updatedBy: last?.actorLabel || null };
}

/** For the sitemap. */
export async function listInitiativeNumbersForSitemap() {
  return prisma.initiative.findMany({ select: { number: true, updatedAt: true }, orderBy: { number: "asc" } });
}
