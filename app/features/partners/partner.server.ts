// Partner profiles (関係人口): individuals and organisations, who acts for them (PartnerMember), writing profiles
// with optimistic locking, the public directory and the coordinators' view.
//
// Privacy: contactEmail and contactPhone are selected only by the editor (the partner's own members) and by the
// coordinators' view (partner:view-private). Every public select below leaves them out, so a public loader cannot
// return them by accident. The website IS shown on public profiles: it is a public address by nature (an
// organisation's homepage, a portfolio) and the editor says so next to the field.
import { Prisma } from "~/generated/prisma/client.ts";
import type { EngagementType, PartnerKind, PartnerMemberRole, ShiojiriRelationship, WorkStyle } from "~/generated/prisma/enums.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { homeValue, joinFreeSkills, parseHome, type PartnerProfileFormValues } from "~/features/partners/partner-schemas.ts";
import { prisma, serializableTransaction, type Db } from "~/kernel/db.server.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { isUuid } from "~/kernel/params.server.ts";
import { prefecturesOfRegion, type RegionFilter } from "~/features/taxonomy/index.ts";
import { parseSearchQuery } from "~/features/challenges/index.ts";
import { analyseAfterSave } from "~/features/matching/index.server.ts";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import { FORMER_PARTNER_NAME } from "./former-partner.server.ts";
import { loadTaxonomyLookups } from "~/features/taxonomy/index.server.ts";
import { grantRoleWithin } from "~/features/admin/index.server.ts";
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
import { dispatchEmails } from "~/kernel/email/outbox.server.ts";
import { reconcileContactEmail } from "./contact-email.server.ts";

/** A partner id from an address; anything that is not a UUID can never match (and must not reach the database). */
export function isPartnerId(value: string | undefined): value is string {
  return isUuid(value);
}

// ───────────────────────────── Who acts for which partner ─────────────────────────────

/**
 * The partner profiles a user acts for: their own individual profile and every organisation they are a member
 * of. Access checks elsewhere (proposals, organisations) go through PartnerMember, which holds both.
 */
export async function partnerIdsForUser(userId: string): Promise<string[]> {
  const rows = await prisma.partnerMember.findMany({ where: { userId }, select: { partnerId: true } });
  return rows.map((row) => row.partnerId);
}

export type PartnerOption = { id: string; displayName: string; kind: PartnerKind };

/** The partners a user may act as (a "propose as" select): their own profile first, then organisations by name. */
export async function getPartnerOptionsForUser(userId: string): Promise<PartnerOption[]> {
  const rows = await prisma.partnerMember.findMany({
    where: { userId },
    select: { partner: { select: { id: true, displayName: true, kind: true } } },
  });
  return rows
    .map((row) => row.partner)
    .sort((a, b) => (a.kind === b.kind ? a.displayName.localeCompare(b.displayName, "ja") : a.kind === "INDIVIDUAL" ? -1 : 1));
}

/** The user's role for a partner (OWNER or MEMBER), or null when they do not act for it. */
export async function partnerMembership(userId: string, partnerId: string): Promise<PartnerMemberRole | null> {
  if (!isPartnerId(partnerId)) return null;
  const row = await prisma.partnerMember.findUnique({ where: { partnerId_userId: { partnerId, userId } }, select: { role: true } });
  return row?.role ?? null;
}

/** The id of the user's own individual profile, or null when they have none yet. */
export async function getOwnPartnerProfileId(userId: string): Promise<string | null> {
  const row = await prisma.partnerProfile.findUnique({ where: { personalUserId: userId }, select: { id: true } });
  return row?.id ?? null;
}

// ───────────────────────────── Writing ─────────────────────────────

/** A profile as the model stores it, whichever form or seed it came from. */
export type PartnerContent = {
  displayName: string;
  headline: string;
  bio: string;
  skillSlugs: string[];
  freeSkills: string[];
  strategyCodes: string[];
  fieldNumbers: number[];
  areaSlugs: string[];
  relationships: ShiojiriRelationship[];
  prefectureCode: number | null;
  countryCode: string | null;
  availabilityHoursPerMonth: number | null;
  workStyles: WorkStyle[];
  engagementTypes: EngagementType[];
  languages: string[];
  isPublic: boolean;
  openToContact: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
};

/** The validated form (partnerProfileSchema) as model content. */
export function partnerContentFromForm(values: PartnerProfileFormValues): PartnerContent {
  const home = parseHome(values.home) ?? { prefectureCode: null, countryCode: null };
  return {
    displayName: values.displayName,
    headline: values.headline,
    bio: values.bio,
    skillSlugs: values.skillSlugs,
    freeSkills: values.freeSkills,
    strategyCodes: values.strategyCodes,
    fieldNumbers: values.fieldNumbers,
    areaSlugs: values.areaSlugs,
    relationships: values.relationships,
    ...home,
    availabilityHoursPerMonth: values.availabilityHoursPerMonth,
    workStyles: values.workStyles,
    engagementTypes: values.engagementTypes,
    languages: values.languages,
    isPublic: values.isPublic === "on",
    openToContact: values.openToContact === "on",
    contactEmail: values.contactEmail,
    contactPhone: values.contactPhone,
    website: values.website,
  };
}

export type PartnerReferenceField = "skillSlugs" | "strategyCodes" | "fieldNumbers" | "areaSlugs";

/** A slug, code or number in the form that names nothing (a hand-made request, or a term removed meanwhile). */
type InvalidReference = InvalidFailure<"invalid-reference"> & { field: PartnerReferenceField };

export type PartnerWriteOutcome = Result<{ id: string; version: number }, NotFoundFailure | ConflictFailure<"conflict"> | InvalidReference>;

type References = { skillIds: number[]; strategyIds: number[]; fieldIds: number[]; areaIds: number[] };

/** Slugs, codes and numbers to ids; a name that does not exist is the form's error, not a 500. */
async function resolveReferences(content: PartnerContent): Promise<Result<{ references: References }, InvalidReference>> {
  const lookups = await loadTaxonomyLookups();
  const resolve = <K>(keys: K[], map: Map<K, number>) => {
    const ids = [...new Set(keys)].map((key) => map.get(key));
    return ids.some((id) => id === undefined) ? null : (ids as number[]);
  };
  const skillIds = resolve(content.skillSlugs, lookups.skillIdBySlug);
  if (!skillIds) return invalid("invalid-reference", "skillSlugs");
  const strategyIds = resolve(content.strategyCodes, lookups.strategyIdByCode);
  if (!strategyIds) return invalid("invalid-reference", "strategyCodes");
  const fieldIds = resolve(content.fieldNumbers, lookups.fieldIdByNumber);
  if (!fieldIds) return invalid("invalid-reference", "fieldNumbers");
  const areaIds = resolve(content.areaSlugs, lookups.areaIdBySlug);
  if (!areaIds) return invalid("invalid-reference", "areaSlugs");
  return { ok: true, references: { skillIds, strategyIds, fieldIds, areaIds } };
}

function columnsFor(content: PartnerContent) {
  return {
    displayName: content.displayName,
    headline: content.headline,
    bio: content.bio,
    freeSkills: content.freeSkills,
    relationships: [...new Set(content.relationships)],
    prefectureCode: content.prefectureCode,
    countryCode: content.prefectureCode === null ? content.countryCode : null,
    availabilityHoursPerMonth: content.availabilityHoursPerMonth,
    workStyles: [...new Set(content.workStyles)],
    engagementTypes: [...new Set(content.engagementTypes)],
    languages: [...new Set(content.languages)],
    isPublic: content.isPublic,
    openToContact: content.openToContact,
    contactEmail: content.contactEmail,
    contactPhone: content.contactPhone,
    website: content.website,
  };
}

async function replaceLinks(tx: Db, partnerId: string, references: References, replacing: boolean) {
  if (replacing) {
    await tx.partnerSkill.deleteMany({ where: { partnerId } });
    await tx.partnerStrategyInterest.deleteMany({ where: { partnerId } });
    await tx.partnerFieldInterest.deleteMany({ where: { partnerId } });
    await tx.partnerAreaInterest.deleteMany({ where: { partnerId } });
  }
  if (references.skillIds.length)
    await tx.partnerSkill.createMany({ data: references.skillIds.map((skillId) => ({ partnerId, skillId })) });
  if (references.strategyIds.length)
    await tx.partnerStrategyInterest.createMany({ data: references.strategyIds.map((strategyId) => ({ partnerId, strategyId })) });
  if (references.fieldIds.length)
    await tx.partnerFieldInterest.createMany({ data: references.fieldIds.map((fieldId) => ({ partnerId, fieldId })) });
  if (references.areaIds.length)
    await tx.partnerAreaInterest.createMany({ data: references.areaIds.map((areaId) => ({ partnerId, areaId })) });
}

/** Creating a profile makes its creator a partner: proposing is self-service (decision record 0009). */
async function grantPartnerRole(tx: Db, actor: Actor, ip: string | undefined, partnerId: string) {
  return grantRoleWithin(tx, {
    userId: actor.id,
    role: "PARTNER",
    actor: { id: actor.id, label: actor.displayName },
    ip,
    details: { reason: "partner_profile", partnerId },
  });
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * The signed-in user's own individual profile: the profile, its OWNER membership, the PARTNER role and the audit
 * entries commit together. A second profile for the same account is refused as a conflict with the one that
 * exists (who saved it, when), also when two requests race.
 */
export async function createIndividualPartnerProfile(
  actor: Actor,
  content: PartnerContent,
  options: { ip?: string; origin?: string } = {},
): Promise<PartnerWriteOutcome> {
  const resolved = await resolveReferences(content);
  if (!resolved.ok) return resolved;
  let mailIds: string[] = [];
  try {
    const outcome = await serializableTransaction(async (tx) => {
      const existing = await tx.partnerProfile.findUnique({ where: { personalUserId: actor.id }, select: { id: true } });
      if (existing) return { ok: false, reason: "exists", id: existing.id } as const;
      const created = await tx.partnerProfile.create({
        data: {
          ...columnsFor(content),
          kind: "INDIVIDUAL",
          personalUserId: actor.id,
          members: { create: [{ userId: actor.id, role: "OWNER" }] },
        },
        select: { id: true, version: true },
      });
      await replaceLinks(tx, created.id, resolved.references, false);
      mailIds = await reconcileContactEmail(tx, { partnerId: created.id, previousEmail: null, actor, origin: options.origin });
      const roleGranted = await grantPartnerRole(tx, actor, options.ip, created.id);
      await writeAudit(tx, {
        actor: { id: actor.id, label: actor.displayName },
        action: "partner.profile_created",
        targetType: "partner",
        targetId: created.id,
        details: { kind: "INDIVIDUAL", displayName: content.displayName, isPublic: content.isPublic, roleGranted },
        ipAddress: options.ip,
      });
      return { ok: true, id: created.id, version: created.version } as const;
    });
    if (!outcome.ok) return conflictState(outcome.id);
    await dispatchEmails(mailIds);
    await analyseAfterSave("partner", outcome.id);
    return outcome;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const id = await getOwnPartnerProfileId(actor.id);
    return id ? conflictState(id) : notFound();
  }
}

/**
 * An organisation's profile with `owner` as its first OWNER member; grants the owner the PARTNER role and writes
 * the `organisation.created` audit entry, all in one transaction: pass `db` to run inside the caller's own
 * (for example, to record more in the same commit), or leave it out for a serialisable transaction of its own.
 */
export async function createOrganisationProfile(
  owner: Actor,
  content: PartnerContent,
  options: { ip?: string; origin?: string; db?: Db } = {},
): Promise<Result<{ id: string; version: number }, InvalidReference>> {
  const resolved = await resolveReferences(content);
  if (!resolved.ok) return resolved;
  const work = async (tx: Db) => {
    const created = await tx.partnerProfile.create({
      data: { ...columnsFor(content), kind: "ORGANISATION", members: { create: [{ userId: owner.id, role: "OWNER" }] } },
      select: { id: true, version: true },
    });
    await replaceLinks(tx, created.id, resolved.references, false);
    // Queued with the profile; inside a caller's transaction the outbox's sweeper sends it after that commit.
    const mailIds = await reconcileContactEmail(tx, { partnerId: created.id, previousEmail: null, actor: owner, origin: options.origin });
    const roleGranted = await grantPartnerRole(tx, owner, options.ip, created.id);
    await writeAudit(tx, {
      actor: { id: owner.id, label: owner.displayName },
      action: "organisation.created",
      targetType: "partner",
      targetId: created.id,
      details: { kind: "ORGANISATION", displayName: content.displayName, isPublic: content.isPublic, roleGranted },
      ipAddress: options.ip,
    });
    return { ok: true as const, id: created.id, version: created.version, mailIds };
  };
  if (options.db) return work(options.db); // the caller's transaction: analysed by the backfill once committed
  const created = await serializableTransaction(work);
  if (created.ok) {
    await dispatchEmails(created.mailIds);
    await analyseAfterSave("partner", created.id);
  }
  return created;
}

/** Who saved the profile last and when, for a conflict notice; the audit log remembers who. */
async function conflictState(partnerId: string) {
  const [current, lastSave] = await Promise.all([
    prisma.partnerProfile.findUnique({ where: { id: partnerId }, select: { version: true, updatedAt: true } }),
    prisma.auditLog.findFirst({
      where: {
        targetType: "partner",
        targetId: partnerId,
        action: { in: ["partner.profile_updated", "partner.profile_created", "organisation.created"] },
      },
      orderBy: { id: "desc" },
      select: { actorLabel: true },
    }),
  ]);
  return conflictOrNotFound(current && { version: current.version, changedAt: current.updatedAt, changedBy: lastSave?.actorLabel || null });
}

/**
 * Saves an edit only if nobody saved since the editor was opened (`expectedVersion`): the second of two members
 * (or two browser tabs) gets a conflict and keeps what they typed. Who may edit is the caller's check.
 */
export async function updatePartnerProfile(
  actor: Actor,
  partnerId: string,
  expectedVersion: number,
  content: PartnerContent,
  options: { ip?: string; origin?: string } = {},
): Promise<PartnerWriteOutcome> {
  if (!isPartnerId(partnerId)) return notFound();
  const resolved = await resolveReferences(content);
  if (!resolved.ok) return resolved;
  let mailIds: string[] = [];
  const saved = await prisma.$transaction(async (tx) => {
    const before = await tx.partnerProfile.findUnique({ where: { id: partnerId }, select: { contactEmail: true } });
    const updated = await tx.partnerProfile.updateManyAndReturn({
      where: { id: partnerId, version: expectedVersion },
      data: { ...columnsFor(content), version: { increment: 1 } },
      select: { id: true, version: true, kind: true },
    });
    const row = updated[0];
    if (!row) return null;
    // A profile the moderators hid stays hidden: the owner's choice is kept for when it is restored (decision 0018).
    await tx.partnerProfile.updateMany({
      where: { id: row.id, hiddenAt: { not: null } },
      data: { publicBeforeHidden: content.isPublic, isPublic: false },
    });
    await replaceLinks(tx, row.id, resolved.references, true);
    mailIds = await reconcileContactEmail(tx, {
      partnerId: row.id,
      previousEmail: before?.contactEmail ?? null,
      actor,
      origin: options.origin,
    });
    await writeAudit(tx, {
      actor: { id: actor.id, label: actor.displayName },
      action: "partner.profile_updated",
      targetType: "partner",
      targetId: row.id,
      details: { kind: row.kind, version: row.version, isPublic: content.isPublic },
      ipAddress: options.ip,
    });
    return { ok: true as const, id: row.id, version: row.version };
  });
  if (!saved) return conflictState(partnerId);
  await dispatchEmails(mailIds);
  await analyseAfterSave("partner", saved.id);
  return saved;
}

/** The editor's values for a stored profile, contact details included (only members and coordinators edit). */
export async function getPartnerProfileForEdit(partnerId: string) {
  if (!isPartnerId(partnerId)) return null;
  const row = await prisma.partnerProfile.findUnique({
    where: { id: partnerId },
    select: { ...ownProfileSelect, version: true, contactEmailVerifiedAt: true },
  });
  if (!row) return null;
  return {
    id: row.id,
    contactEmailStatus: row.contactEmail ? (row.contactEmailVerifiedAt ? ("verified" as const) : ("pending" as const)) : null,
    kind: row.kind,
    version: row.version,
    updatedAt: row.updatedAt,
    displayName: row.displayName,
    isPublic: row.isPublic,
    values: partnerFormValues(row),
  };
}

/** Stored columns as the form's strings (Conform's defaultValue). */
function partnerFormValues(
  row: Prisma.PartnerProfileGetPayload<{ select: typeof ownProfileSelect & { version: true } }>,
): Record<string, string | string[]> {
  return {
    version: String(row.version),
    displayName: row.displayName,
    headline: row.headline,
    bio: row.bio,
    skillSlugs: row.skills.map((link) => link.skill.slug),
    freeSkills: joinFreeSkills(row.freeSkills),
    strategyCodes: row.strategyInterest.map((link) => link.strategy.code),
    fieldNumbers: row.fieldInterest.map((link) => String(link.field.number)),
    areaSlugs: row.areaInterest.map((link) => link.area.slug),
    relationships: row.relationships,
    home: homeValue(row),
    availabilityHoursPerMonth: row.availabilityHoursPerMonth === null ? "" : String(row.availabilityHoursPerMonth),
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    languages: row.languages,
    isPublic: row.isPublic ? "on" : "",
    openToContact: row.openToContact ? "on" : "",
    contactEmail: row.contactEmail ?? "",
    contactPhone: row.contactPhone ?? "",
    website: row.website ?? "",
  };
}

/** What a new profile's form starts with: the account's name, Japanese, open to contact, not yet public. */
export function newPartnerProfileDefaults(displayName: string, language: Language): Record<string, string | string[]> {
  return { version: "0", displayName, languages: language === "en" ? ["en"] : ["ja"], openToContact: "on" };
}

// ───────────────────────────── Reading: one profile ─────────────────────────────

/** Everything a public profile page may show. No contact e-mail or phone, by construction. */
const publicProfileSelect = {
  id: true,
  kind: true,
  displayName: true,
  headline: true,
  bio: true,
  freeSkills: true,
  relationships: true,
  prefectureCode: true,
  countryCode: true,
  availabilityHoursPerMonth: true,
  workStyles: true,
  engagementTypes: true,
  languages: true,
  isPublic: true,
  openToContact: true,
  website: true,
  createdAt: true,
  updatedAt: true,
  skills: { select: { skill: { select: { id: true, slug: true, nameJa: true, nameEn: true } } } },
  strategyInterest: { select: { strategy: { select: { code: true, nameJa: true, nameEn: true } } } },
  fieldInterest: { select: { field: { select: { number: true, nameJa: true, nameEn: true } } } },
  areaInterest: { select: { area: { select: { slug: true, position: true, nameJa: true, nameEn: true } } } },
} satisfies Prisma.PartnerProfileSelect;

type PublicProfileRow = Prisma.PartnerProfileGetPayload<{ select: typeof publicProfileSelect }>;

/** The whole profile as its members see it (the editor, the data export): contact details too, interests by key. */
const ownProfileSelect = {
  ...publicProfileSelect,
  contactEmail: true,
  contactPhone: true,
  skills: { select: { skill: { select: { slug: true } } } },
  strategyInterest: { select: { strategy: { select: { code: true } } } },
  fieldInterest: { select: { field: { select: { number: true } } } },
  areaInterest: { select: { area: { select: { slug: true } } } },
} satisfies Prisma.PartnerProfileSelect;

function localiseProfile(row: PublicProfileRow, language: Language) {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.displayName,
    headline: row.headline,
    bioMarkdown: row.bio,
    freeSkills: row.freeSkills,
    relationships: row.relationships,
    prefectureCode: row.prefectureCode,
    countryCode: row.countryCode,
    availabilityHoursPerMonth: row.availabilityHoursPerMonth,
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    languages: row.languages,
    isPublic: row.isPublic,
    openToContact: row.openToContact,
    website: row.website,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    skills: [...row.skills]
      .sort((a, b) => a.skill.id - b.skill.id)
      .map((link) => ({ slug: link.skill.slug, name: pickLanguage(language, link.skill.nameJa, link.skill.nameEn) })),
    strategies: row.strategyInterest
      .map((link) => ({ code: link.strategy.code, name: pickLanguage(language, link.strategy.nameJa, link.strategy.nameEn) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    fields: row.fieldInterest
      .map((link) => ({ number: link.field.number, name: pickLanguage(language, link.field.nameJa, link.field.nameEn) }))
      .sort((a, b) => a.number - b.number),
    areas: [...row.areaInterest]
      .sort((a, b) => a.area.position - b.area.position)
      .map((link) => ({ slug: link.area.slug, name: pickLanguage(language, link.area.nameJa, link.area.nameEn) })),
  };
}

/**
 * A profile for /partners/<id>: public ones for everyone; a private one only for its own members and for those
 * who may see private profiles (coordinators), who get it marked as not public. Everyone else gets null (a 404,
 * the same as for an id that was never used).
 */
export async function getPartnerProfileForPage(id: string, language: Language, viewer: { userId: string | null; canViewPrivate: boolean }) {
  if (!isPartnerId(id)) return null;
  const row = await prisma.partnerProfile.findUnique({ where: { id }, select: publicProfileSelect });
  if (!row) return null;
  const isMember = viewer.userId ? (await partnerMembership(viewer.userId, id)) !== null : false;
  if (!row.isPublic && !isMember && !viewer.canViewPrivate) return null;
  return { profile: localiseProfile(row, language), isMember };
}

/** The coordinators' view of one partner: the full profile with contact details, its members and their addresses. */
export async function getPartnerForCoordinator(id: string, language: Language) {
  if (!isPartnerId(id)) return null;
  const row = await prisma.partnerProfile.findUnique({
    where: { id },
    select: {
      ...publicProfileSelect,
      contactEmail: true,
      contactPhone: true,
      version: true,
      members: {
        select: { role: true, joinedAt: true, user: { select: { id: true, displayName: true, email: true } } },
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
      },
    },
  });
  if (!row) return null;
  const { contactEmail, contactPhone, members, version, ...publicPart } = row;
  return {
    profile: localiseProfile(publicPart, language),
    contact: { email: contactEmail, phone: contactPhone },
    version,
    members: members.map((member) => ({
      userId: member.user.id,
      displayName: member.user.displayName,
      email: member.user.email,
      role: member.role,
      joinedAt: member.joinedAt,
    })),
  };
}

/** Every proposal of a partner with its status history, newest first (read-only; proposals have their own model). */
export async function listProposalsOfPartner(partnerId: string, language: Language) {
  if (!isPartnerId(partnerId)) return [];
  const rows = await prisma.proposal.findMany({
    where: { partnerId },
    orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
    select: {
      number: true,
      title: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      statusChangedAt: true,
      decisionReason: true,
      author: { select: { displayName: true } },
      challenge: { select: { number: true, titleJa: true, titleEn: true } },
      strategy: { select: { code: true } },
      field: { select: { number: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { displayName: true } } },
      },
    },
  });
  return rows.map((row) => ({
    number: row.number,
    title: row.title,
    status: row.status,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    statusChangedAt: row.statusChangedAt,
    decisionReason: row.decisionReason,
    author: row.author?.displayName ?? null,
    challenge: row.challenge
      ? { number: row.challenge.number, title: pickLanguage(language, row.challenge.titleJa, row.challenge.titleEn) }
      : null,
    strategyCode: row.strategy.code,
    fieldNumber: row.field?.number ?? null,
    events: row.events.map((event) => ({
      id: event.id.toString(),
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      createdAt: event.createdAt,
      actor: event.actor?.displayName ?? null,
    })),
  }));
}

// ───────────────────────────── Finding: the public directory ─────────────────────────────

export type PartnerDirectoryFilters = {
  skill?: string;
  field?: number;
  relationship?: ShiojiriRelationship;
  region?: RegionFilter;
  kind?: PartnerKind;
  q?: string;
};

export const PARTNER_PAGE_SIZE = 24;

/** The directory's WHERE clause: public profiles only, whatever the filters say; unknown names match nothing. */
async function directoryFilterSql(filters: PartnerDirectoryFilters): Promise<Prisma.Sql> {
  const lookups = await loadTaxonomyLookups();
  const nothing = -1;
  const conditions: Prisma.Sql[] = [Prisma.sql`p."isPublic"`];
  if (filters.skill) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PartnerSkill" ps WHERE ps."partnerId" = p.id AND ps."skillId" = ${lookups.skillIdBySlug.get(filters.skill) ?? nothing})`,
    );
  }
  if (filters.field !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PartnerFieldInterest" pf WHERE pf."partnerId" = p.id AND pf."fieldId" = ${lookups.fieldIdByNumber.get(filters.field) ?? nothing})`,
    );
  }
  if (filters.relationship) conditions.push(Prisma.sql`${filters.relationship}::"ShiojiriRelationship" = ANY (p.relationships)`);
  if (filters.kind) conditions.push(Prisma.sql`p.kind = ${filters.kind}::"PartnerKind"`);
  const region = filters.region;
  if (region?.kind === "abroad") conditions.push(Prisma.sql`p."countryCode" IS NOT NULL`);
  if (region?.kind === "prefecture") conditions.push(Prisma.sql`p."prefectureCode" = ${region.code}`);
  if (region?.kind === "region")
    conditions.push(
      Prisma.sql`p."prefectureCode" = ANY (${prefecturesOfRegion(region.region).map((prefecture) => prefecture.code)}::int[])`,
    );
  if (filters.q) {
    // A small table: each word as a substring of the name, headline, introduction or tags (or a taxonomy skill's
    // name), width and case folded as the challenge search does. "%" and "_" typed by a visitor are characters.
    for (const word of parseSearchQuery(filters.q).words) {
      const pattern = `%${word.replace(/[\\%_]/g, "\\$&")}%`;
      conditions.push(Prisma.sql`(
        lower(normalize(p."displayName" || ' ' || p.headline || ' ' || p.bio || ' ' || array_to_string(p."freeSkills", ' '), NFKC)) LIKE ${pattern}
        OR EXISTS (SELECT 1 FROM "PartnerSkill" ps JOIN "Skill" k ON k.id = ps."skillId"
                   WHERE ps."partnerId" = p.id AND lower(normalize(k."nameJa" || ' ' || k."nameEn", NFKC)) LIKE ${pattern}))`);
    }
  }
  return Prisma.join(conditions, " AND ");
}

type DirectoryRow = {
  id: string;
  kind: PartnerKind;
  displayName: string;
  headline: string;
  freeSkills: string[];
  relationships: ShiojiriRelationship[];
  prefectureCode: number | null;
  countryCode: string | null;
  availabilityHoursPerMonth: number | null;
  workStyles: WorkStyle[];
  engagementTypes: EngagementType[];
  languages: string[];
  skills: { slug: string; nameJa: string; nameEn: string }[];
  fields: { number: number; nameJa: string; nameEn: string }[];
  total: number;
};

/**
 * One page of the public directory and the total in a single statement (a second only past the last page),
 * whatever the page size: the page is chosen first, then its skills and fields come back as JSON.
 */
export async function listPublicPartners(filters: PartnerDirectoryFilters, page: number, language: Language, pageSize = PARTNER_PAGE_SIZE) {
  const where = await directoryFilterSql(filters);
  const offset = (page - 1) * pageSize;
  const rows = await prisma.$queryRaw<DirectoryRow[]>`
    WITH page AS (
      SELECT p.id, (count(*) OVER ())::int AS total
      FROM "PartnerProfile" p
      WHERE ${where}
      ORDER BY p."updatedAt" DESC, p.id
      OFFSET ${offset} LIMIT ${pageSize}
    )
    SELECT p.id, p.kind::text AS kind, p."displayName", p.headline, p."freeSkills", p.relationships::text[] AS relationships,
      p."prefectureCode", p."countryCode", p."availabilityHoursPerMonth", p."workStyles"::text[] AS "workStyles",
      p."engagementTypes"::text[] AS "engagementTypes", p.languages,
      (SELECT coalesce(json_agg(json_build_object('slug', k.slug, 'nameJa', k."nameJa", 'nameEn', k."nameEn") ORDER BY k.id), '[]'::json)
         FROM "PartnerSkill" ps JOIN "Skill" k ON k.id = ps."skillId" WHERE ps."partnerId" = p.id) AS skills,
      (SELECT coalesce(json_agg(json_build_object('number', f.number, 'nameJa', f."nameJa", 'nameEn', f."nameEn") ORDER BY f.number), '[]'::json)
         FROM "PartnerFieldInterest" pf JOIN "StrategyField" f ON f.id = pf."fieldId" WHERE pf."partnerId" = p.id) AS fields,
      page.total
    FROM page
    JOIN "PartnerProfile" p ON p.id = page.id
    ORDER BY p."updatedAt" DESC, p.id`;
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && offset > 0) {
    const [counted] = await prisma.$queryRaw<
      Array<{ total: number }>
    >`SELECT count(*)::int AS total FROM "PartnerProfile" p WHERE ${where}`;
    total = counted?.total ?? 0;
  }
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      displayName: row.displayName,
      headline: row.headline,
      freeSkills: row.freeSkills,
      relationships: row.relationships,
      prefectureCode: row.prefectureCode,
      countryCode: row.countryCode,
      availabilityHoursPerMonth: row.availabilityHoursPerMonth,
      workStyles: row.workStyles,
      engagementTypes: row.engagementTypes,
      languages: row.languages,
      skills: row.skills.map((skill) => ({ slug: skill.slug, name: pickLanguage(language, skill.nameJa, skill.nameEn) })),
      fields: row.fields.map((field) => ({ number: field.number, name: pickLanguage(language, field.nameJa, field.nameEn) })),
    })),
    total,
    page,
    pageSize,
  };
}

// ───────────────────────────── Finding: coordinators ─────────────────────────────

export const COORDINATOR_PARTNER_PAGE_SIZE = 50;

/** Every partner, public or not, for coordinators: by name, headline or contact address; newest change first. */
export async function listPartnersForCoordinators(filters: {
  q?: string;
  kind?: PartnerKind;
  visibility?: "public" | "private";
  page: number;
}) {
  const where: Prisma.PartnerProfileWhereInput = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.visibility ? { isPublic: filters.visibility === "public" } : {}),
    ...(filters.q
      ? {
          OR: [
            { displayName: { contains: filters.q, mode: "insensitive" } },
            { headline: { contains: filters.q, mode: "insensitive" } },
            { contactEmail: { contains: filters.q, mode: "insensitive" } },
            { freeSkills: { has: filters.q } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.partnerProfile.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * COORDINATOR_PARTNER_PAGE_SIZE,
      take: COORDINATOR_PARTNER_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        displayName: true,
        headline: true,
        isPublic: true,
        openToContact: true,
        prefectureCode: true,
        countryCode: true,
        updatedAt: true,
        _count: { select: { members: true, proposals: true } },
      },
    }),
    prisma.partnerProfile.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, memberCount: _count.members, proposalCount: _count.proposals })),
    total,
    pageSize: COORDINATOR_PARTNER_PAGE_SIZE,
  };
}

// ───────────────────────────── The account's own data (APPI export) ─────────────────────────────

/** What the partner side holds about a user, for the account's data download: their own profile and memberships. */
export async function exportPartnerData(userId: string) {
  const [profile, memberships] = await Promise.all([
    prisma.partnerProfile.findUnique({
      where: { personalUserId: userId },
      select: ownProfileSelect,
    }),
    prisma.partnerMember.findMany({
      where: { userId },
      orderBy: { joinedAt: "asc" },
      select: { role: true, joinedAt: true, partner: { select: { id: true, kind: true, displayName: true } } },
    }),
  ]);
  return {
    partnerProfile: profile
      ? {
          ...profile,
          skills: profile.skills.map((link) => link.skill.slug),
          strategyInterest: profile.strategyInterest.map((link) => link.strategy.code),
          fieldInterest: profile.fieldInterest.map((link) => link.field.number),
          areaInterest: profile.areaInterest.map((link) => link.area.slug),
        }
      : null,
    partnerMemberships: memberships.map((membership) => ({ ...membership.partner, role: membership.role, joinedAt: membership.joinedAt })),
  };
}

/** The directory's profiles for the sitemap: address and last change only. */
export async function listPublicPartnerStamps(limit: number) {
  return prisma.partnerProfile.findMany({
    where: { isPublic: true },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, updatedAt: true },
  });
}

// ───────────────────────────── Account deletion ─────────────────────────────

/**
 * Inside the account deletion's transaction: the person's own profile becomes the city's pseudonymous record
 * (decision 0015). Everything they wrote about themselves goes; the row stays so their proposals, matches and
 * initiative participation keep their partner. Drafts were never sent to the city and go with the account.
 */
export async function retirePersonalProfile(tx: Db, userId: string): Promise<string | null> {
  const profile = await tx.partnerProfile.findUnique({ where: { personalUserId: userId }, select: { id: true } });
  if (!profile) return null;
  const partnerId = profile.id;
  const now = new Date();
  await tx.proposal.deleteMany({ where: { partnerId, status: "DRAFT" } });
  await tx.partnerSkill.deleteMany({ where: { partnerId } });
  await tx.partnerStrategyInterest.deleteMany({ where: { partnerId } });
  await tx.partnerFieldInterest.deleteMany({ where: { partnerId } });
  await tx.partnerAreaInterest.deleteMany({ where: { partnerId } });
  await tx.partnerProfile.update({
    where: { id: partnerId },
    data: {
      personalUserId: null,
      displayName: FORMER_PARTNER_NAME,
      headline: "",
      bio: "",
      freeSkills: [],
      relationships: [],
      prefectureCode: null,
      countryCode: null,
      availabilityHoursPerMonth: null,
      workStyles: [],
      engagementTypes: [],
      languages: [],
      isPublic: false,
      openToContact: false,
      inactiveSince: now,
      contactEmail: null,
      contactPhone: null,
      website: null,
      deletedAt: now,
      version: { increment: 1 },
    },
    select: { id: true },
  });
  return partnerId;
}
