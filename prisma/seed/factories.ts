// Builders shared by the demo seed and the tests, so both create rows the same valid way.
import { randomUUID } from "node:crypto";
import type {
  ChallengeStatus,
  EngagementType,
  InitiativeStatus,
  PartnerKind,
  ProposalSide,
  Role,
  ShiojiriRelationship,
  WorkStyle,
} from "../../app/generated/prisma/enums.ts";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { hashPassword } from "../../app/features/accounts/password.server.ts";
import { tokyoDate, utcMidnight } from "../../app/kernel/japan-time.ts";
import { searchColumnsFor } from "../../app/features/challenges/search-text.ts";
import { findTransition, type ProposalStatusName } from "../../app/features/proposals/proposal-lifecycle.ts";

type Db = Pick<PrismaClient, "strategy" | "area" | "period" | "challenge" | "initiative" | "partnerProfile">;
type UserDb = Pick<PrismaClient, "user">;

/** An account as sign-up and confirmation would leave it; extra roles as an admin would grant them. */
export async function createUser(
  db: UserDb,
  input: {
    email: string;
    displayName: string;
    password?: string;
    roles?: Exclude<Role, "RESIDENT">[];
    verified?: boolean;
    language?: "ja" | "en";
    /** Enrols an authenticator app with this base32 secret (the second factor staff need, decision 0017). */
    totpSecret?: string;
  },
) {
  return db.user.create({
    data: {
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      emailVerifiedAt: input.verified === false ? null : new Date(),
      language: input.language ?? "ja",
      roles: { create: (input.roles ?? []).map((role) => ({ role })) },
      ...(input.totpSecret ? { totpCredential: { create: { secret: input.totpSecret, confirmedAt: new Date() } } } : {}),
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
  hoursPerMonth?: number | null;
  languages?: string[];
  deadline?: Date | null;
  ownerDepartmentJa?: string;
  ownerDepartmentEn?: string | null;
  publishedAt?: Date | null;
  createdById?: string | null;
};

type ChallengeDb = Pick<
  PrismaClient,
  "strategy" | "strategyField" | "area" | "period" | "skill" | "challenge" | "challengeField" | "challengeSkill"
>;

type TaxonomyDb = Pick<PrismaClient, "strategy" | "strategyField" | "area" | "period" | "skill">;

async function challengeLookups(db: TaxonomyDb) {
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
    const texts = [
      input.titleJa,
      input.titleEn,
      input.summaryJa,
      input.summaryEn,
      input.bodyJa,
      input.bodyEn,
      input.ownerDepartmentJa,
      input.ownerDepartmentEn,
    ];
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
      hoursPerMonth: input.hoursPerMonth ?? null,
      languages: input.languages ?? ["ja"],
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
  const skillLinks = inputs.flatMap((input, index) =>
    [...new Set(input.skillSlugs ?? [])].map((slug) => ({ challengeId: rows[index]!.id, skillId: lookup.skill(slug) })),
  );
  if (skillLinks.length) await db.challengeSkill.createMany({ data: skillLinks });
  const numbers = await db.challenge.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: { id: true, number: true } });
  const numberById = new Map(numbers.map((row) => [row.id, row.number]));
  return rows.map((row) => ({ id: row.id, number: numberById.get(row.id)!, status: row.status }));
}

export async function createChallenge(db: ChallengeDb, input: ChallengeSeed) {
  const [created] = await createChallenges(db, [input]);
  return created!;
}

/**
 * An initiative as the hub would leave it: created ACTIVE (the database refuses any other start), then moved
 * to `status` with its history. Default area: the whole city; default period: the first.
 */
export async function createInitiative(
  db: Db,
  input: {
    strategyCode: string;
    titleJa: string;
    titleEn?: string | null;
    status?: InitiativeStatus;
    areaSlug?: string;
    periodNumber?: number;
    challengeId?: string | null;
    summaryJa?: string;
    storyJa?: string;
  },
) {
  const area = await db.area.findUniqueOrThrow({ where: { slug: input.areaSlug ?? "citywide" }, select: { id: true } });
  const period = await db.period.findUniqueOrThrow({ where: { number: input.periodNumber ?? 1 }, select: { id: true } });
  const created = await db.initiative.create({
    data: {
      strategyId: await strategyIdFor(db, input.strategyCode),
      areaId: area.id,
      periodId: period.id,
      challengeId: input.challengeId ?? null,
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      summaryJa: input.summaryJa ?? "",
      storyJa: input.storyJa ?? "",
      statusEvents: { create: { fromStatus: null, toStatus: "ACTIVE" } },
    },
    select: { id: true, number: true, status: true },
  });
  if (!input.status || input.status === "ACTIVE") return created;
  return db.initiative.update({
    where: { id: created.id },
    data: {
      status: input.status,
      statusChangedAt: new Date(),
      completedAt: input.status === "COMPLETED" ? new Date() : null,
      statusEvents: { create: { fromStatus: "ACTIVE", toStatus: input.status } },
    },
    select: { id: true, number: true, status: true },
  });
}

// ───────────────────────────── Partners ─────────────────────────────

export type PartnerSeed = {
  /** INDIVIDUAL needs `ownerId` (the account whose own profile it is). Default: INDIVIDUAL with an owner, else ORGANISATION. */
  kind?: PartnerKind;
  displayName: string;
  /** The OWNER member: an individual's own account, or an organisation's first owner. */
  ownerId?: string | null;
  /** Further members of an organisation: role MEMBER, or OWNER for `coOwnerIds`. */
  memberIds?: string[];
  coOwnerIds?: string[];
  headline?: string;
  bio?: string;
  skillSlugs?: string[];
  freeSkills?: string[];
  strategyCodes?: string[];
  fieldNumbers?: number[];
  areaSlugs?: string[];
  relationships?: ShiojiriRelationship[];
  prefectureCode?: number | null;
  countryCode?: string | null;
  availabilityHoursPerMonth?: number | null;
  workStyles?: WorkStyle[];
  engagementTypes?: EngagementType[];
  languages?: string[];
  isPublic?: boolean;
  openToContact?: boolean;
  contactEmail?: string | null;
  /** A contact address counts as confirmed through its mailed link unless this is false (decision 0017). */
  contactEmailVerified?: boolean;
  contactPhone?: string | null;
  website?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
};

type PartnerDb = Pick<
  PrismaClient,
  | "strategy"
  | "strategyField"
  | "area"
  | "period"
  | "skill"
  | "partnerProfile"
  | "partnerMember"
  | "partnerSkill"
  | "partnerStrategyInterest"
  | "partnerFieldInterest"
  | "partnerAreaInterest"
  | "userRole"
>;

/**
 * Inserts many partner profiles in a few statements (the demo seed makes hundreds), as the app leaves them: an
 * individual's account is its OWNER member, members act for organisations, and every member holds the PARTNER
 * role. A profile with no owner at all becomes an organisation without members (some tests only need a row).
 */
export async function createPartners(db: PartnerDb, inputs: PartnerSeed[]) {
  const lookup = await challengeLookups(db);
  const rows = inputs.map((input) => {
    const kind: PartnerKind = input.kind ?? (input.ownerId ? "INDIVIDUAL" : "ORGANISATION");
    if (kind === "INDIVIDUAL" && !input.ownerId)
      throw new Error(`createPartners: the individual profile "${input.displayName}" needs an ownerId`);
    return {
      id: randomUUID(),
      kind,
      personalUserId: kind === "INDIVIDUAL" ? input.ownerId! : null,
      displayName: input.displayName,
      headline: input.headline ?? "",
      bio: input.bio ?? "",
      freeSkills: input.freeSkills ?? [],
      relationships: input.relationships ?? ["OTHER"],
      prefectureCode: input.prefectureCode ?? null,
      countryCode: input.prefectureCode ? null : (input.countryCode ?? null),
      availabilityHoursPerMonth: input.availabilityHoursPerMonth ?? null,
      workStyles: input.workStyles ?? [],
      engagementTypes: input.engagementTypes ?? [],
      languages: input.languages ?? ["ja"],
      isPublic: input.isPublic ?? false,
      openToContact: input.openToContact ?? true,
      contactEmail: input.contactEmail ?? null,
      contactEmailVerifiedAt: input.contactEmail && input.contactEmailVerified !== false ? new Date() : null,
      contactPhone: input.contactPhone ?? null,
      website: input.website ?? null,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
    };
  });
  await db.partnerProfile.createMany({ data: rows });
  const members = inputs.flatMap((input, index) => {
    const partnerId = rows[index]!.id;
    const owners = [input.ownerId, ...(input.coOwnerIds ?? [])].filter((id): id is string => Boolean(id));
    return [
      ...owners.map((userId) => ({ partnerId, userId, role: "OWNER" as const })),
      ...(input.memberIds ?? [])
        .filter((userId) => !owners.includes(userId))
        .map((userId) => ({ partnerId, userId, role: "MEMBER" as const })),
    ];
  });
  if (members.length) {
    await db.partnerMember.createMany({ data: members });
    await db.userRole.createMany({
      data: [...new Set(members.map((member) => member.userId))].map((userId) => ({ userId, role: "PARTNER" as const })),
      skipDuplicates: true,
    });
  }
  const links = <T>(pick: (input: PartnerSeed) => readonly T[] | undefined, toRow: (partnerId: string, key: T) => object) =>
    inputs.flatMap((input, index) => [...new Set(pick(input) ?? [])].map((key) => toRow(rows[index]!.id, key)));
  const skills = links(
    (input) => input.skillSlugs,
    (partnerId, slug) => ({ partnerId, skillId: lookup.skill(slug) }),
  );
  const strategies = links(
    (input) => input.strategyCodes,
    (partnerId, code) => ({ partnerId, strategyId: lookup.strategy(code) }),
  );
  const fields = links(
    (input) => input.fieldNumbers,
    (partnerId, number) => ({ partnerId, fieldId: lookup.field(number) }),
  );
  const areas = links(
    (input) => input.areaSlugs,
    (partnerId, slug) => ({ partnerId, areaId: lookup.area(slug) }),
  );
  if (skills.length) await db.partnerSkill.createMany({ data: skills as { partnerId: string; skillId: number }[] });
  if (strategies.length) await db.partnerStrategyInterest.createMany({ data: strategies as { partnerId: string; strategyId: number }[] });
  if (fields.length) await db.partnerFieldInterest.createMany({ data: fields as { partnerId: string; fieldId: number }[] });
  if (areas.length) await db.partnerAreaInterest.createMany({ data: areas as { partnerId: string; areaId: number }[] });
  return rows.map((row) => ({ id: row.id, kind: row.kind, displayName: row.displayName }));
}

/** One partner profile (see createPartners); `createPartner(prisma, { displayName, strategyCodes })` gives a bare organisation. */
export async function createPartner(db: PartnerDb, input: PartnerSeed) {
  const [created] = await createPartners(db, [input]);
  return created!;
}

// ───────────────────────────── Proposals ─────────────────────────────

type ProposalDb = Pick<PrismaClient, "strategy" | "strategyField" | "challenge" | "proposal" | "proposalEvent" | "proposalMessage">;

/** The usual way to each status: what users do, step by step (the database refuses anything else). */
const proposalPaths: Record<ProposalStatusName, ProposalStatusName[]> = {
  DRAFT: [],
  SUBMITTED: ["SUBMITTED"],
  UNDER_REVIEW: ["SUBMITTED", "UNDER_REVIEW"],
  NEEDS_INFO: ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO"],
  ACCEPTED: ["SUBMITTED", "UNDER_REVIEW", "ACCEPTED"],
  DECLINED: ["SUBMITTED", "UNDER_REVIEW", "DECLINED"],
  WITHDRAWN: ["SUBMITTED", "WITHDRAWN"],
};

const defaultProposalReasons: Partial<Record<ProposalStatusName, string>> = {
  NEEDS_INFO: "想定しているスケジュールと、必要な費用の見込みを教えてください。",
  ACCEPTED: "課題の趣旨に合い、体制も十分なため採択します。担当課と顔合わせの日程を調整します。",
  DECLINED: "今期は予算と受け入れ体制が整わないため、見送ります。次の募集でぜひご提案ください。",
};

export type ProposalSeed = {
  partnerId: string;
  /** The member who writes and moves it for the partner. */
  authorId?: string | null;
  /** The coordinator who reviews it (actor of the coordinators' moves). */
  coordinatorId?: string | null;
  assigneeId?: string | null;
  /** A proposal on a challenge takes its strategy and main field from it. */
  challengeId?: string | null;
  strategyCode?: string;
  fieldNumber?: number | null;
  title: string;
  offer?: string;
  needs?: string;
  timeline?: string;
  team?: string;
  showPartnerPublicly?: boolean;
  /** Where it ends up; walked along proposalPaths unless `path` says otherwise (e.g. a NEEDS_INFO round trip). */
  status?: ProposalStatusName;
  path?: ProposalStatusName[];
  reasons?: Partial<Record<ProposalStatusName, string>>;
  /** When the draft was written; each later step follows a day apart. By default the last step was a day ago. */
  startedAt?: Date;
  messages?: { side: ProposalSide; authorId: string | null; body: string }[];
};

/**
 * A proposal in any status, made the way users make one: inserted as a DRAFT, then moved step by step along
 * allowed transitions (checked against app/features/proposals/proposal-lifecycle.ts), each step with its ProposalEvent, and
 * an optional thread. No e-mail is queued: this is data, not activity.
 */
export async function createProposal(db: ProposalDb, input: ProposalSeed) {
  const path = input.path ?? proposalPaths[input.status ?? "DRAFT"];
  let target: { strategyId: number; fieldId: number | null };
  if (input.challengeId) {
    const challenge = await db.challenge.findUniqueOrThrow({
      where: { id: input.challengeId },
      select: { strategyId: true, fields: { where: { isPrimary: true }, select: { fieldId: true }, take: 1 } },
    });
    target = { strategyId: challenge.strategyId, fieldId: challenge.fields[0]?.fieldId ?? null };
  } else {
    const strategy = await db.strategy.findUniqueOrThrow({ where: { code: input.strategyCode ?? "B" }, select: { id: true } });
    const field = input.fieldNumber
      ? await db.strategyField.findUniqueOrThrow({ where: { number: input.fieldNumber }, select: { id: true, strategyId: true } })
      : null;
    if (field && field.strategyId !== strategy.id) throw new Error(`field ${input.fieldNumber} is not in strategy ${input.strategyCode}`);
    target = { strategyId: strategy.id, fieldId: field?.id ?? null };
  }
  const day = 24 * 60 * 60 * 1000;
  const startedAt = input.startedAt ?? new Date(Date.now() - (path.length + 1) * day);
  const created = await db.proposal.create({
    data: {
      partnerId: input.partnerId,
      authorId: input.authorId ?? null,
      assigneeId: input.assigneeId ?? null,
      challengeId: input.challengeId ?? null,
      ...target,
      title: input.title,
      offer: input.offer ?? "",
      needs: input.needs ?? "",
      timeline: input.timeline ?? "",
      team: input.team ?? "",
      showPartnerPublicly: input.showPartnerPublicly ?? false,
      createdAt: startedAt,
      updatedAt: startedAt,
      statusChangedAt: startedAt,
    },
    select: { id: true, number: true },
  });
  let from: ProposalStatusName = "DRAFT";
  let at = startedAt;
  let submittedAt: Date | null = null;
  let version = 1;
  for (const to of path) {
    const transition = findTransition(from, to);
    if (!transition) throw new Error(`createProposal: ${from} → ${to} is not an allowed move`);
    at = new Date(at.getTime() + day);
    const reason = transition.reasonRequired ? (input.reasons?.[to] ?? defaultProposalReasons[to] ?? "—") : (input.reasons?.[to] ?? null);
    const decided = to === "ACCEPTED" || to === "DECLINED";
    if (to === "SUBMITTED" && !submittedAt) submittedAt = at;
    await db.proposal.update({
      where: { id: created.id },
      data: {
        status: to,
        version: { increment: 1 },
        updatedAt: at,
        statusChangedAt: at,
        submittedAt,
        ...(decided ? { decidedAt: at, decisionReason: reason } : {}),
      },
      select: { id: true },
    });
    version += 1;
    await db.proposalEvent.create({
      data: {
        proposalId: created.id,
        fromStatus: from,
        toStatus: to,
        actorId: transition.by === "PARTNER" ? (input.authorId ?? null) : (input.coordinatorId ?? null),
        reason,
        createdAt: at,
      },
    });
    from = to;
  }
  if (input.messages?.length) {
    await db.proposalMessage.createMany({
      data: input.messages.map((message, index) => ({
        proposalId: created.id,
        authorId: message.authorId,
        side: message.side,
        body: message.body,
        createdAt: new Date(at.getTime() + (index + 1) * 60 * 60 * 1000),
      })),
    });
  }
  return { id: created.id, number: created.number, status: from, version };
}

// ───────────────────────────── Matches ─────────────────────────────

type MatchDb = Pick<PrismaClient, "match" | "matchEvent">;

export type MatchSeed = {
  challengeId: string;
  partnerId: string;
  proposalId?: string | null;
  ownerId?: string | null;
  score?: number;
  scoreFactors?: { key: string; points: number; max: number; detail?: Record<string, string | number> }[];
  /** The stages after SUGGESTED, in order (the database refuses anything the pipeline does not allow). */
  path?: Array<"INTRODUCED" | "AGREED" | "ACTIVE" | "COMPLETED" | "ENDED">;
  /** When it was suggested, and the days spent in each stage of the path before the next move. */
  startedAt?: Date;
  stepDays?: number[];
  endedReason?: string;
  counterpart?: { name: string; email: string; language: "ja" | "en" };
  consented?: boolean;
};

const stageStamp = {
  INTRODUCED: "introducedAt",
  AGREED: "agreedAt",
  ACTIVE: "activeAt",
  COMPLETED: "completedAt",
  ENDED: "endedAt",
} as const;

/**
 * A match with a history, as the pipeline leaves it: inserted as SUGGESTED, then moved stage by stage with a
 * MatchEvent each, dated `stepDays` apart from `startedAt`. No audit or e-mail: this is data, not activity.
 */
export async function createMatchWithHistory(db: MatchDb, input: MatchSeed) {
  const day = 24 * 60 * 60 * 1000;
  const path = input.path ?? [];
  const startedAt = input.startedAt ?? new Date(Date.now() - (path.length + 1) * day);
  const created = await db.match.create({
    data: {
      challengeId: input.challengeId,
      partnerId: input.partnerId,
      proposalId: input.proposalId ?? null,
      ownerId: input.ownerId ?? null,
      createdById: input.ownerId ?? null,
      score: input.score ?? 50,
      scoreFactors: input.scoreFactors ?? [],
      stageChangedAt: startedAt,
      createdAt: startedAt,
      ...(input.consented ? { contactConsentAt: startedAt } : {}),
    },
    select: { id: true, number: true },
  });
  const events: {
    matchId: string;
    fromStage: MatchStageSeed | null;
    toStage: MatchStageSeed;
    actorId: string | null;
    reason: string | null;
    createdAt: Date;
  }[] = [
    { matchId: created.id, fromStage: null, toStage: "SUGGESTED", actorId: input.ownerId ?? null, reason: null, createdAt: startedAt },
  ];
  let from: MatchStageSeed = "SUGGESTED";
  let at = startedAt.getTime();
  let version = 1;
  for (const [index, to] of path.entries()) {
    at += (input.stepDays?.[index] ?? 1) * day;
    const when = new Date(at);
    const reason = to === "ENDED" ? (input.endedReason ?? "先方の体制が整わず、今回は見送りました。") : null;
    await db.match.update({
      where: { id: created.id },
      data: {
        stage: to,
        version: { increment: 1 },
        stageChangedAt: when,
        [stageStamp[to]]: when,
        ...(to === "ENDED" ? { endedReason: reason } : {}),
        ...(to === "INTRODUCED" && input.counterpart
          ? {
              counterpartName: input.counterpart.name,
              counterpartEmail: input.counterpart.email,
              counterpartLanguage: input.counterpart.language,
            }
          : {}),
      },
      select: { id: true },
    });
    events.push({ matchId: created.id, fromStage: from, toStage: to, actorId: input.ownerId ?? null, reason, createdAt: when });
    from = to;
    version += 1;
  }
  await db.matchEvent.createMany({ data: events });
  return { id: created.id, number: created.number, stage: from, version };
}

type MatchStageSeed = "SUGGESTED" | "INTRODUCED" | "AGREED" | "ACTIVE" | "COMPLETED" | "ENDED";

type NotificationDb = Pick<PrismaClient, "challenge" | "initiative" | "activity" | "notification">;

/**
 * An in-app notification as the fan-out would leave it: an Activity about a challenge or an initiative (placed
 * in its strategy and area like recordActivity does, already fanned out) and the user's Notification for it.
 */
export async function createNotification(
  db: NotificationDb,
  input: {
    userId: string;
    kind: "CHALLENGE_PUBLISHED" | "CHALLENGE_STATUS_CHANGED" | "INITIATIVE_STARTED" | "INITIATIVE_STATUS_CHANGED";
    challengeId?: string;
    initiativeId?: string;
    details?: Record<string, string>;
    createdAt?: Date;
    readAt?: Date | null;
  },
) {
  const subject = input.initiativeId
    ? await db.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { strategyId: true, areaId: true } })
    : await db.challenge.findUniqueOrThrow({ where: { id: input.challengeId! }, select: { strategyId: true, areaId: true } });
  const createdAt = input.createdAt ?? new Date();
  const activity = await db.activity.create({
    data: {
      kind: input.kind,
      challengeId: input.initiativeId ? null : input.challengeId!,
      initiativeId: input.initiativeId ?? null,
      strategyId: subject.strategyId,
      areaId: subject.areaId,
      details: input.details ?? {},
      fannedOutAt: createdAt,
      createdAt,
    },
    select: { id: true },
  });
  return db.notification.create({
    data: { userId: input.userId, activityId: activity.id, createdAt, readAt: input.readAt ?? null },
    select: { id: true, activityId: true },
  });
}

// ───────────────────────────── Initiatives from matches ─────────────────────────────

type InitiativeDb = Pick<
  PrismaClient,
  | "match"
  | "initiative"
  | "initiativeEvent"
  | "initiativeParticipant"
  | "initiativeUpdate"
  | "initiativeMilestone"
  | "initiativeOutcome"
  | "activity"
  | "follow"
>;

/** An Activity row as recordActivity writes it (placement copied from the initiative), for seeded history. */
async function initiativeActivity(
  db: Pick<PrismaClient, "initiative" | "activity">,
  input: {
    initiativeId: string;
    kind:
      | "INITIATIVE_STARTED"
      | "INITIATIVE_UPDATE_POSTED"
      | "INITIATIVE_STATUS_CHANGED"
      | "MILESTONE_ADDED"
      | "MILESTONE_ACHIEVED"
      | "OUTCOME_RECORDED";
    actorId: string | null;
    at: Date;
    updateId?: string;
    details?: Record<string, string | number | null>;
  },
) {
  const placement = await db.initiative.findUniqueOrThrow({
    where: { id: input.initiativeId },
    select: { strategyId: true, areaId: true, fields: { select: { fieldId: true } } },
  });
  await db.activity.create({
    data: {
      kind: input.kind,
      initiativeId: input.initiativeId,
      updateId: input.updateId ?? null,
      strategyId: placement.strategyId,
      areaId: placement.areaId,
      fieldIds: placement.fields.map((field) => field.fieldId),
      actorId: input.actorId,
      details: input.details ?? {},
      createdAt: input.at,
      // Seeded history is not news: no job should fan it out (and mail followers) when a server starts.
      fannedOutAt: input.at,
    },
    select: { id: true },
  });
}

/**
 * An initiative started from an AGREED (or later) match as the hub leaves it: details from the match's challenge,
 * the match's partner as participant, its status history (moved to `status` afterwards), the INITIATIVE_STARTED
 * activity and the automatic follows of the partner's members and the actor. No audit or e-mail: data, not activity.
 */
export async function createInitiativeFromMatch(
  db: InitiativeDb,
  input: {
    matchId: string;
    actorId: string | null;
    startedAt?: Date;
    status?: InitiativeStatus;
    statusReason?: string;
    showPublicly?: boolean;
    storyJa?: string;
    storyEn?: string | null;
  },
) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: input.matchId },
    select: {
      id: true,
      partnerId: true,
      partner: { select: { members: { select: { userId: true } } } },
      challenge: {
        select: {
          id: true,
          strategyId: true,
          areaId: true,
          periodId: true,
          titleJa: true,
          titleEn: true,
          summaryJa: true,
          summaryEn: true,
          fields: { select: { fieldId: true, isPrimary: true } },
        },
      },
    },
  });
  const startedAt = input.startedAt ?? new Date();
  const challenge = match.challenge;
  const created = await db.initiative.create({
    data: {
      strategyId: challenge.strategyId,
      areaId: challenge.areaId,
      periodId: challenge.periodId,
      challengeId: challenge.id,
      titleJa: challenge.titleJa,
      titleEn: challenge.titleEn,
      summaryJa: challenge.summaryJa,
      summaryEn: challenge.summaryEn,
      storyJa: input.storyJa ?? "",
      storyEn: input.storyEn ?? null,
      createdById: input.actorId,
      startedOn: utcMidnight(tokyoDate(startedAt)),
      statusChangedAt: startedAt,
      createdAt: startedAt,
      fields: { create: challenge.fields.map((field) => ({ fieldId: field.fieldId, isPrimary: field.isPrimary })) },
      statusEvents: { create: { fromStatus: null, toStatus: "ACTIVE", actorId: input.actorId, createdAt: startedAt } },
      participants: {
        create: { partnerId: match.partnerId, matchId: match.id, showPublicly: input.showPublicly ?? false, joinedAt: startedAt },
      },
    },
    select: { id: true, number: true },
  });
  await initiativeActivity(db, { initiativeId: created.id, kind: "INITIATIVE_STARTED", actorId: input.actorId, at: startedAt });
  const followers = [...new Set([...match.partner.members.map((member) => member.userId), ...(input.actorId ? [input.actorId] : [])])];
  if (followers.length) {
    await db.follow.createMany({
      data: followers.map((userId) => ({ userId, targetType: "INITIATIVE" as const, initiativeId: created.id, automatic: true })),
      skipDuplicates: true,
    });
  }
  if (input.status && input.status !== "ACTIVE") {
    const at = new Date();
    await db.initiative.update({
      where: { id: created.id },
      data: { status: input.status, statusChangedAt: at, completedAt: input.status === "COMPLETED" ? at : null, version: { increment: 1 } },
      select: { id: true },
    });
    await db.initiativeEvent.create({
      data: {
        initiativeId: created.id,
        fromStatus: "ACTIVE",
        toStatus: input.status,
        actorId: input.actorId,
        reason: input.statusReason ?? null,
        createdAt: at,
      },
    });
    await initiativeActivity(db, {
      initiativeId: created.id,
      kind: "INITIATIVE_STATUS_CHANGED",
      actorId: input.actorId,
      at,
      details: { from: "ACTIVE", to: input.status },
    });
  }
  return created;
}

/** A further AGREED (or later) match's partner joining an initiative. */
export async function joinInitiativeWithMatch(
  db: InitiativeDb,
  input: { initiativeId: string; matchId: string; showPublicly?: boolean; joinedAt?: Date },
) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: input.matchId },
    select: { id: true, partnerId: true, partner: { select: { members: { select: { userId: true } } } } },
  });
  await db.initiativeParticipant.create({
    data: {
      initiativeId: input.initiativeId,
      partnerId: match.partnerId,
      matchId: match.id,
      showPublicly: input.showPublicly ?? false,
      joinedAt: input.joinedAt ?? new Date(),
    },
  });
  const members = match.partner.members.map((member) => member.userId);
  if (members.length)
    await db.follow.createMany({
      data: members.map((userId) => ({ userId, targetType: "INITIATIVE" as const, initiativeId: input.initiativeId, automatic: true })),
      skipDuplicates: true,
    });
}

export async function createInitiativeUpdate(
  db: InitiativeDb,
  input: {
    initiativeId: string;
    authorId: string | null;
    partnerId?: string | null;
    title: string;
    body: string;
    language?: "ja" | "en";
    createdAt?: Date;
  },
) {
  const createdAt = input.createdAt ?? new Date();
  const update = await db.initiativeUpdate.create({
    data: {
      initiativeId: input.initiativeId,
      authorId: input.authorId,
      partnerId: input.partnerId ?? null,
      title: input.title,
      body: input.body,
      language: input.language ?? "ja",
      createdAt,
    },
    select: { id: true },
  });
  await initiativeActivity(db, {
    initiativeId: input.initiativeId,
    kind: "INITIATIVE_UPDATE_POSTED",
    actorId: input.authorId,
    at: createdAt,
    updateId: update.id,
    details: { title: input.title },
  });
  return update;
}

export async function createInitiativeMilestone(
  db: InitiativeDb,
  input: {
    initiativeId: string;
    actorId: string | null;
    kind?: "MILESTONE" | "EVENT";
    titleJa: string;
    titleEn?: string | null;
    descriptionJa?: string;
    startsAt: Date;
    endsAt?: Date | null;
    allDay?: boolean;
    locationJa?: string | null;
    locationEn?: string | null;
    achievedAt?: Date | null;
    addedAt?: Date;
  },
) {
  const addedAt = input.addedAt ?? new Date();
  const milestone = await db.initiativeMilestone.create({
    data: {
      initiativeId: input.initiativeId,
      kind: input.kind ?? "MILESTONE",
      titleJa: input.titleJa,
      titleEn: input.titleEn ?? null,
      descriptionJa: input.descriptionJa ?? "",
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      allDay: input.allDay ?? true,
      locationJa: input.locationJa ?? null,
      locationEn: input.locationEn ?? null,
      achievedAt: input.achievedAt ?? null,
      sequence: input.achievedAt ? 1 : 0,
      createdAt: addedAt,
    },
    select: { id: true },
  });
  const details = { milestoneId: milestone.id, titleJa: input.titleJa, titleEn: input.titleEn ?? null };
  await initiativeActivity(db, {
    initiativeId: input.initiativeId,
    kind: "MILESTONE_ADDED",
    actorId: input.actorId,
    at: addedAt,
    details: { ...details, kind: input.kind ?? "MILESTONE" },
  });
  if (input.achievedAt)
    await initiativeActivity(db, {
      initiativeId: input.initiativeId,
      kind: "MILESTONE_ACHIEVED",
      actorId: input.actorId,
      at: input.achievedAt,
      details,
    });
  return milestone;
}

export async function createInitiativeOutcome(
  db: InitiativeDb,
  input: {
    initiativeId: string;
    actorId: string | null;
    labelJa: string;
    labelEn?: string | null;
    value: number;
    unitJa: string;
    unitEn?: string | null;
    achievedOn: Date;
    noteJa?: string;
  },
) {
  const outcome = await db.initiativeOutcome.create({
    data: {
      initiativeId: input.initiativeId,
      labelJa: input.labelJa,
      labelEn: input.labelEn ?? null,
      value: input.value,
      unitJa: input.unitJa,
      unitEn: input.unitEn ?? null,
      achievedOn: input.achievedOn,
      noteJa: input.noteJa ?? "",
      createdById: input.actorId,
      createdAt: input.achievedOn,
    },
    select: { id: true },
  });
  await initiativeActivity(db, {
    initiativeId: input.initiativeId,
    kind: "OUTCOME_RECORDED",
    actorId: input.actorId,
    at: input.achievedOn,
    details: {
      outcomeId: outcome.id,
      labelJa: input.labelJa,
      labelEn: input.labelEn ?? null,
      value: String(input.value),
      unitJa: input.unitJa,
      unitEn: input.unitEn ?? null,
    },
  });
  return outcome;
}

type EngagementDb = Pick<
  PrismaClient,
  "match" | "engagement" | "engagementScopeRevision" | "engagementCheckIn" | "engagementReflection" | "contributionRecord"
>;

export type EngagementSeed = {
  matchId: string;
  ownerId: string | null;
  kind: "CONSULTATION" | "PRO_BONO_PROJECT" | "PAID_SIDE_JOB" | "COMPANY_PARTNERSHIP" | "RESEARCH";
  status: "SCOPING" | "ACTIVE" | "REFLECTING" | "COMPLETED" | "ENDED_EARLY";
  title: string;
  deliverable: string;
  /** Days in Japan. */
  startsOn: string;
  endsOn: string;
  hoursPerMonth?: number;
  checkInEveryDays?: number;
  host: { name: string; email: string; language?: "ja" | "en" };
  partnerName: string;
  /** Answered (or unanswered: answer null) check-ins, oldest first, for both sides unless `side` is given. */
  checkIns?: Array<{ dueOn: string; side: "PARTNER" | "HOST"; answer: "ON_TRACK" | "AT_RISK" | "BLOCKED" | null; note?: string }>;
  reflections?: Array<{
    side: "PARTNER" | "HOST";
    delivered: string;
    hoursSpent: number;
    wouldWorkAgain: boolean;
    rating: number;
    authorName: string;
  }>;
  endedReason?: string;
};

/**
 * An engagement as the hub leaves it in a given state: the scope at revision 1, confirmed by both sides unless still
 * SCOPING, its check-ins and reflections, and for COMPLETED the partner's contribution record. Data, not activity: no
 * audit, no mail.
 */
export async function createEngagement(db: EngagementDb, input: EngagementSeed) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: input.matchId },
    select: {
      partnerId: true,
      initiative: { select: { initiativeId: true } },
      challenge: { select: { strategyId: true, fields: { where: { isPrimary: true }, select: { fieldId: true } } } },
    },
  });
  const now = new Date();
  const confirmed = input.status !== "SCOPING";
  const scope = {
    title: input.title,
    deliverable: input.deliverable,
    hoursPerMonth: input.hoursPerMonth ?? 10,
    startsOn: utcMidnight(input.startsOn),
    endsOn: utcMidnight(input.endsOn),
    meetingRhythm: "隔週1回（オンライン30分）",
    checkInEveryDays: input.checkInEveryDays ?? 14,
    cityProvides: "必要なデータと資料、担当者との連絡窓口",
    hostName: input.host.name,
    hostEmail: input.host.email,
    hostLanguage: input.host.language ?? "ja",
  };
  const engagement = await db.engagement.create({
    data: {
      ...scope,
      matchId: input.matchId,
      partnerId: match.partnerId,
      initiativeId: match.initiative?.initiativeId ?? null,
      ownerId: input.ownerId,
      kind: input.kind,
      status: input.status,
      ...(confirmed
        ? {
            partnerConfirmedRevision: 1,
            partnerConfirmedAt: utcMidnight(input.startsOn),
            partnerConfirmedByName: input.partnerName,
            hostConfirmedRevision: 1,
            hostConfirmedAt: utcMidnight(input.startsOn),
            hostConfirmedByName: input.host.name,
            kickedOffAt: utcMidnight(input.startsOn),
          }
        : {}),
      reflectionsOpenedAt: input.status === "REFLECTING" || input.status === "COMPLETED" ? now : null,
      completedAt: input.status === "COMPLETED" ? now : null,
      endedEarlyAt: input.status === "ENDED_EARLY" ? now : null,
      endedReason: input.status === "ENDED_EARLY" ? (input.endedReason ?? "担当課の体制が変わり、今回は見送りました。") : null,
      updatedById: input.ownerId,
    },
    select: { id: true, number: true },
  });
  await db.engagementScopeRevision.create({
    data: {
      engagementId: engagement.id,
      revision: 1,
      scope: { ...scope, startsOn: input.startsOn, endsOn: input.endsOn },
      changedByName: "コーディネーター",
    },
  });
  if (input.checkIns?.length) {
    await db.engagementCheckIn.createMany({
      data: input.checkIns.map((checkIn) => ({
        engagementId: engagement.id,
        side: checkIn.side,
        dueOn: utcMidnight(checkIn.dueOn),
        requestedAt: utcMidnight(checkIn.dueOn),
        answer: checkIn.answer,
        note: checkIn.note ?? "",
        answeredAt: checkIn.answer ? utcMidnight(checkIn.dueOn) : null,
        answeredByName: checkIn.answer ? (checkIn.side === "PARTNER" ? input.partnerName : input.host.name) : null,
      })),
    });
  }
  if (input.reflections?.length) {
    await db.engagementReflection.createMany({
      data: input.reflections.map((reflection) => ({ engagementId: engagement.id, ...reflection })),
    });
  }
  if (input.status === "COMPLETED") {
    const partner = input.reflections?.find((reflection) => reflection.side === "PARTNER");
    const host = input.reflections?.find((reflection) => reflection.side === "HOST");
    await db.contributionRecord.create({
      data: {
        partnerId: match.partnerId,
        kind: "ENGAGEMENT",
        engagementId: engagement.id,
        title: input.title,
        occurredOn: utcMidnight(input.endsOn),
        hours: partner?.hoursSpent ?? 0,
        strategyId: match.challenge.strategyId,
        fieldId: match.challenge.fields[0]?.fieldId ?? null,
        hostName: input.host.name,
        confirmedByName: host?.authorName ?? input.host.name,
      },
    });
  }
  return engagement;
}
