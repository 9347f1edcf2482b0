// Reading the features scoring needs, for many partners in a constant number of statements, and keeping them.
//
// Cache strategy (100,000 partners): every process keeps the compact features of all ACTIVE partners
// (openToContact and not inactive) in memory (typed arrays and bitmasks; a few hundred MB of heap at most for
// 100,000, see the bench), with the skill rarity computed from them. Each read first asks PostgreSQL for a cheap
// stamp (the newest updatedAt of PartnerProfile, plus a fingerprint of the profiles changed in the last
// `overlapMs`): unchanged → the cached features are used as they are; changed → only the profiles updated since the
// newest known stamp minus `overlapMs` are read again. The overlap matters because updatedAt is set when a write
// starts, not when it commits: a profile written just before another but committed just after it carries an
// older time than the stamp already seen, and only the fingerprint notices it (a profile edit,
// opt-out or deactivation bumps updatedAt, so the change is visible to the next suggestion, in every process,
// without a message bus); every `fullReloadMs` a full reload in the background (which also forgets deleted
// profiles; until then a deleted profile is dropped when the page re-reads its rows). Only the very first call of
// a process waits for the full read (seconds for 100,000 partners: see npm run bench:suggestions). The current load (open matches in
// loadStages) changes with the pipeline, not with profiles, so it is read on every call (one grouped statement
// over the open matches only). Pages that show partners still read their rows from the database, so a deleted or
// just-opted-out partner is dropped there even in the instant before the stamp moves.
import type { PartnerFeatures, ChallengeFeatures, ScoringContext, AreaKindName } from "./score.ts";
import { buildScoringContext, makeChallengeFeatures, makePartnerFeatures } from "./score.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import pg from "pg";
import { connectionLimits, prisma } from "~/kernel/db.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { loadStages } from "~/features/matching/match-stages.ts";
import { defaultNeededHours } from "./weights.ts";

export type { PartnerFeatures, ChallengeFeatures, ScoringContext } from "./score.ts";

type PartnerRow = {
  id: string;
  prefectureCode: number | null;
  countryCode: string | null;
  hours: number | null;
  workStyles: string[];
  engagementTypes: string[];
  relationships: string[];
  languages: string[];
  openToContact: boolean;
  inactive: boolean;
  updatedAt: Date;
  textSkills: number[] | null;
  skills: number[];
  strategies: number[];
  fields: number[];
  areas: number[];
};

type ProfileRow = Omit<PartnerRow, "skills" | "strategies" | "fields" | "areas">;
type ListRow = { id: string; ids: number[] };

/** Above this many profiles the interest tables are read whole (grouped), not filtered by a list of ids. */
const idListLimit = 2_000;

/**
 * Five statements whatever the number of partners: the profiles, then each interest table grouped into arrays
 * (hash aggregates: for 100,000 partners far faster than a correlated sub-select per row).
 */
async function readPartnerRows(where: Prisma.Sql): Promise<PartnerRow[]> {
  const profiles = await prisma.$queryRaw<ProfileRow[]>`
    SELECT p.id, p."prefectureCode", p."countryCode", p."availabilityHoursPerMonth" AS hours,
      p."workStyles"::text[] AS "workStyles", p."engagementTypes"::text[] AS "engagementTypes",
      p.relationships::text[] AS relationships, p.languages, p."openToContact",
      (p."inactiveSince" IS NOT NULL) AS inactive, p."updatedAt", t."skillIds" AS "textSkills"
    FROM "PartnerProfile" p LEFT JOIN "PartnerMatchFeatures" t ON t."partnerId" = p.id
    WHERE ${where}`;
  if (profiles.length === 0) return [];
  const filter =
    profiles.length <= idListLimit ? Prisma.sql`WHERE "partnerId" = ANY(${profiles.map((profile) => profile.id)}::uuid[])` : Prisma.empty;
  const [skills, strategies, fields, areas] = await Promise.all([
    prisma.$queryRaw<ListRow[]>`SELECT "partnerId" AS id, array_agg("skillId") AS ids FROM "PartnerSkill" ${filter} GROUP BY 1`,
    prisma.$queryRaw<
      ListRow[]
    >`SELECT "partnerId" AS id, array_agg("strategyId") AS ids FROM "PartnerStrategyInterest" ${filter} GROUP BY 1`,
    prisma.$queryRaw<ListRow[]>`SELECT "partnerId" AS id, array_agg("fieldId") AS ids FROM "PartnerFieldInterest" ${filter} GROUP BY 1`,
    prisma.$queryRaw<ListRow[]>`SELECT "partnerId" AS id, array_agg("areaId") AS ids FROM "PartnerAreaInterest" ${filter} GROUP BY 1`,
  ]);
  const byId = (rows: ListRow[]) => new Map(rows.map((row) => [row.id, row.ids]));
  const [skillMap, strategyMap, fieldMap, areaMap] = [byId(skills), byId(strategies), byId(fields), byId(areas)];
  return profiles.map((profile) => ({
    ...profile,
    skills: skillMap.get(profile.id) ?? [],
    strategies: strategyMap.get(profile.id) ?? [],
    fields: fieldMap.get(profile.id) ?? [],
    areas: areaMap.get(profile.id) ?? [],
  }));
}

/**
 * A partner's scoring features as one text line, assembled by PostgreSQL: id|prefecture|country|hours|work styles|
 * engagement types|relationships|languages|skills|strategies|fields|areas (lists comma-separated). Stored in
 * PartnerMatchFeatures.line when the profile is saved (`storePartnerFeatureLines`), so that a new process reads one
 * table; computed on the fly for profiles whose stored line is missing or older than the profile.
 */
const featureLineSql = `concat_ws('|', p.id, p."prefectureCode", coalesce(p."countryCode", ''), coalesce(p."availabilityHoursPerMonth", -1),
  array_to_string(p."workStyles", ','), array_to_string(p."engagementTypes", ','), array_to_string(p.relationships, ','),
  array_to_string(p.languages, ','),
  coalesce((SELECT string_agg("skillId"::text, ',' ORDER BY "skillId") FROM "PartnerSkill" WHERE "partnerId" = p.id), ''),
  coalesce((SELECT string_agg("strategyId"::text, ',' ORDER BY "strategyId") FROM "PartnerStrategyInterest" WHERE "partnerId" = p.id), ''),
  coalesce((SELECT string_agg("fieldId"::text, ',' ORDER BY "fieldId") FROM "PartnerFieldInterest" WHERE "partnerId" = p.id), ''),
  coalesce((SELECT string_agg("areaId"::text, ',' ORDER BY "areaId") FROM "PartnerAreaInterest" WHERE "partnerId" = p.id), ''))`;

/** Stores the current feature line of the given partners (after a save; by the backfill). One statement. */
export async function storePartnerFeatureLines(partnerIds: readonly string[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "PartnerMatchFeatures" ("partnerId", line, "profileUpdatedAt", "analysedAt")
     SELECT p.id, ${featureLineSql}, p."updatedAt", '-infinity'::timestamp FROM "PartnerProfile" p WHERE p.id = ANY($1::uuid[])
     ON CONFLICT ("partnerId") DO UPDATE SET line = EXCLUDED.line, "profileUpdatedAt" = EXCLUDED."profileUpdatedAt"`,
    [...partnerIds],
  );
}

/** The few distinct enum lists ("REMOTE,HYBRID") are split once, not once per partner. */
const splitNames = new Map<string, string[]>();
const names = (text: string) => {
  let list = splitNames.get(text);
  if (!list) splitNames.set(text, (list = text ? text.split(",") : []));
  return list;
};
const ints = (text: string) => (text ? text.split(",").map(Number) : []);

function parseFeatureLine(line: string, textSkills: string, areaKinds: Map<number, AreaKindName>): PartnerFeatures {
  const [id, prefecture, country, hours, workStyles, engagementTypes, relationships, languages, skillIds, strategyIds, fieldIds, areaIds] =
    line.split("|") as [string, string, string, string, string, string, string, string, string, string, string, string];
  const areas = ints(areaIds);
  return makePartnerFeatures({
    id,
    skillIds: ints(skillIds),
    textSkillIds: ints(textSkills),
    strategyIds: ints(strategyIds),
    fieldIds: ints(fieldIds),
    areaIds: areas,
    areaKinds: areas.map((area) => areaKinds.get(area) ?? ""),
    workStyles: names(workStyles),
    engagementTypes: names(engagementTypes),
    relationships: names(relationships),
    languages: names(languages),
    prefectureCode: prefecture ? Number(prefecture) : null,
    countryCode: country || null,
    hoursPerMonth: Number(hours) < 0 ? null : Number(hours),
  });
}

/**
 * Every active partner for a new index, on a plain `pg` connection of its own (not Prisma: its conversion of
 * 100,000 rows took seconds and ~500 MB): the stored lines of profiles that did not change since (one table, read in
 * order), and lines computed on the spot for the few whose stored line is missing or stale.
 */
async function readActivePartnerFeatures(areaKinds: Map<number, AreaKindName>): Promise<PartnerFeatures[]> {
  const client = new pg.Client({
    connectionString: getEnv().DATABASE_URL,
    ...connectionLimits,
    statement_timeout: 60_000,
    query_timeout: 61_000,
  });
  await client.connect();
  try {
    const active = `p."openToContact" AND p."inactiveSince" IS NULL`;
    const result = await client.query<[string, string]>({
      rowMode: "array",
      text: `
        SELECT f.line, coalesce(array_to_string(f."skillIds", ','), '')
        FROM "PartnerMatchFeatures" f JOIN "PartnerProfile" p ON p.id = f."partnerId" AND p."updatedAt" = f."profileUpdatedAt"
        WHERE ${active}
        UNION ALL
        SELECT ${featureLineSql}, coalesce(array_to_string(f."skillIds", ','), '')
        FROM "PartnerProfile" p LEFT JOIN "PartnerMatchFeatures" f ON f."partnerId" = p.id
        WHERE ${active} AND (f."profileUpdatedAt" IS NULL OR f."profileUpdatedAt" <> p."updatedAt")`,
    });
    return result.rows.map(([line, textSkills]) => parseFeatureLine(line, textSkills, areaKinds));
  } finally {
    await client.end();
  }
}

async function readAreaKinds(): Promise<Map<number, AreaKindName>> {
  const areas = await prisma.area.findMany({ select: { id: true, kind: true } });
  return new Map(areas.map((area) => [area.id, area.kind]));
}

/** Open matches in loadStages per partner (one grouped statement over the open matches). */
type Load = { count: number; hours: number };

/**
 * Open matches in loadStages per partner and the hours per month they take (each challenge's stated hours, else
 * the default estimate): one grouped statement over the open matches only.
 */
async function readLoads(partnerIds?: readonly string[]): Promise<Map<string, Load>> {
  const filter = partnerIds ? Prisma.sql`AND m."partnerId" = ANY(${[...partnerIds]}::uuid[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<Array<{ partnerId: string; count: number; hours: number }>>`
    SELECT m."partnerId", count(*)::int AS count, sum(coalesce(c."hoursPerMonth", ${defaultNeededHours}))::int AS hours
    FROM "Match" m JOIN "Challenge" c ON c.id = m."challengeId"
    WHERE m.stage::text = ANY(${[...loadStages]}::text[]) ${filter}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.partnerId, { count: row.count, hours: row.hours }]));
}

const noLoad: Load = { count: 0, hours: 0 };

function toFeatures(row: PartnerRow, areaKinds: Map<number, AreaKindName>, load: Load): PartnerFeatures {
  return makePartnerFeatures({
    id: row.id,
    skillIds: row.skills,
    textSkillIds: row.textSkills ?? [],
    strategyIds: row.strategies,
    fieldIds: row.fields,
    areaIds: row.areas,
    areaKinds: row.areas.map((id) => areaKinds.get(id) ?? ""),
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    relationships: row.relationships,
    languages: row.languages,
    prefectureCode: row.prefectureCode,
    countryCode: row.countryCode,
    hoursPerMonth: row.hours,
    load: load.count,
    committedHours: load.hours,
    openToContact: row.openToContact,
    inactive: row.inactive,
  });
}

/**
 * Fresh features of the given partners (eligible or not), straight from the database: three statements
 * whatever the number of ids. For one partner's own view or a batch over applicants.
 */
export async function loadPartnerFeatures(partnerIds: readonly string[]): Promise<PartnerFeatures[]> {
  if (partnerIds.length === 0) return [];
  const [rows, areaKinds, loads] = await Promise.all([
    readPartnerRows(Prisma.sql`p.id = ANY(${[...partnerIds]}::uuid[])`),
    readAreaKinds(),
    readLoads(partnerIds),
  ]);
  return rows.map((row) => toFeatures(row, areaKinds, loads.get(row.id) ?? noLoad));
}

// ───────────────────────────── The in-memory index of active partners ─────────────────────────────

export type PartnerFeatureIndex = {
  /** Active partners only (the hard filter already applied). */
  partners: PartnerFeatures[];
  byId: Map<string, PartnerFeatures>;
  context: ScoringContext;
};

type CacheState = {
  byId: Map<string, PartnerFeatures>;
  newest: Date | null;
  recent: string;
  loadedAt: number;
  index: PartnerFeatureIndex;
};

/** A full reload at least this often, whatever the stamp says (catches deletions hidden by new profiles). */
const fullReloadMs = 5 * 60_000;
/** Longer than any transaction that writes a profile: a change committed later than this after its updatedAt is
 * left to the next full reload. */
const overlapMs = 2 * 60_000;

type Stamp = { newest: Date | null; recent: string };

let state: CacheState | undefined;
let pending: Promise<PartnerFeatureIndex> | undefined;

/** Forget the cached partners (tests, or a process that just changed many profiles). */
export function invalidatePartnerFeatures() {
  state = undefined;
}

/**
 * The newest updatedAt of any profile (one probe of the updatedAt index) and a fingerprint of the few profiles
 * changed in the last `overlapMs` (an index range): a plain count() would scan 100,000 rows on every suggestion.
 */
async function readStamp(): Promise<Stamp> {
  const [row] = await prisma.$queryRaw<Array<{ newest: Date | null; recent: string | null }>>`
    SELECT
      greatest((SELECT max("updatedAt") FROM "PartnerProfile"), (SELECT max("analysedAt") FROM "PartnerMatchFeatures")) AS newest,
      (SELECT md5(coalesce(string_agg(id::text || '@' || stamp::text, ',' ORDER BY id, stamp), ''))
         FROM (SELECT id, "updatedAt" AS stamp FROM "PartnerProfile" WHERE "updatedAt" > ${new Date(Date.now() - overlapMs)}
               UNION ALL SELECT "partnerId", "analysedAt" FROM "PartnerMatchFeatures" WHERE "analysedAt" > ${new Date(Date.now() - overlapMs)}) AS changed) AS recent`;
  return { newest: row?.newest ?? null, recent: row?.recent ?? "" };
}

function sameStamp(state: CacheState, stamp: Stamp) {
  return state.newest?.getTime() === stamp.newest?.getTime() && state.recent === stamp.recent;
}

async function maxSkillId(): Promise<number> {
  const result = await prisma.skill.aggregate({ _max: { id: true } });
  return result._max.id ?? 0;
}

function buildIndex(byId: Map<string, PartnerFeatures>, skillMax: number): PartnerFeatureIndex {
  const partners = [...byId.values()];
  let highest = skillMax;
  for (const partner of partners)
    if (partner.skillIds.length > 0) highest = Math.max(highest, partner.skillIds[partner.skillIds.length - 1]!);
  return { partners, byId, context: buildScoringContext(partners, highest) };
}

/** Reads all active partners (`base` null) or the profiles changed since `base.newest` (with the overlap), applied to `base`. */
async function readState(base: CacheState | null, stamp: Stamp, loadedAt: number): Promise<CacheState> {
  const [areaKinds, skillMax] = await Promise.all([readAreaKinds(), maxSkillId()]);
  if (!base?.newest) {
    const byId = new Map<string, PartnerFeatures>();
    for (const features of await readActivePartnerFeatures(areaKinds)) byId.set(features.id, features);
    return { byId, newest: stamp.newest, recent: stamp.recent, loadedAt, index: buildIndex(byId, skillMax) };
  }
  const since = new Date(base.newest.getTime() - overlapMs);
  const rows = await readPartnerRows(
    Prisma.sql`p.id IN (SELECT id FROM "PartnerProfile" WHERE "updatedAt" > ${since}
      UNION SELECT "partnerId" FROM "PartnerMatchFeatures" WHERE "analysedAt" > ${since})`,
  );
  const byId = new Map(base.byId);
  for (const row of rows) {
    const features = toFeatures(row, areaKinds, noLoad);
    if (features.eligible) byId.set(row.id, features);
    else byId.delete(row.id);
  }
  return { byId, newest: stamp.newest, recent: stamp.recent, loadedAt, index: buildIndex(byId, skillMax) };
}

let background: Promise<void> | undefined;

/**
 * The periodic full reload runs in the background: requests keep using the current index (kept fresh by the
 * incremental path) instead of waiting seconds for 100,000 rows. Its stamp is read first, so changes made while
 * it reads are picked up by the next incremental refresh.
 */
function startBackgroundReload() {
  background ??= (async () => {
    const stamp = await readStamp();
    state = await readState(null, stamp, Date.now());
  })()
    .catch(() => undefined)
    .finally(() => {
      background = undefined;
    });
}

async function refresh(): Promise<PartnerFeatureIndex> {
  const [stamp, loads] = await Promise.all([readStamp(), readLoads()]);
  const now = Date.now();
  if (!state) state = await readState(null, stamp, now);
  else {
    if (now - state.loadedAt > fullReloadMs) startBackgroundReload();
    if (!sameStamp(state, stamp)) state = await readState(state.newest ? state : null, stamp, state.loadedAt);
  }
  return applyLoads(state, loads);
}

let loaded: { index: PartnerFeatureIndex; partners: PartnerFeatures[] } | undefined;

/** Sets the current load on the few partners who have one (and clears it on those who had one): no 100,000-row pass. */
function applyLoads(current: CacheState, loads: Map<string, Load>): PartnerFeatureIndex {
  const clear = (partner: PartnerFeatures) => {
    partner.load = 0;
    partner.committedHours = 0;
  };
  if (loaded?.index === current.index) loaded.partners.forEach(clear);
  else current.index.partners.forEach(clear);
  const withLoad: PartnerFeatures[] = [];
  for (const [id, load] of loads) {
    const partner = current.byId.get(id);
    if (!partner) continue;
    partner.load = load.count;
    partner.committedHours = load.hours;
    withLoad.push(partner);
  }
  loaded = { index: current.index, partners: withLoad };
  return current.index;
}

/**
 * All active partners' features with the scoring context (skill rarity), kept in memory as described at the top
 * of this file: two light statements when nothing changed. Concurrent callers share one refresh.
 */
export async function getPartnerFeatureIndex(): Promise<PartnerFeatureIndex> {
  pending ??= refresh().finally(() => {
    pending = undefined;
  });
  return pending;
}

// ───────────────────────────── Challenges ─────────────────────────────

const challengeFeatureSelect = {
  id: true,
  number: true,
  status: true,
  strategyId: true,
  areaId: true,
  area: { select: { kind: true } },
  workStyles: true,
  engagementTypes: true,
  capacity: true,
  hoursPerMonth: true,
  languages: true,
  textEvidence: { select: { skillIds: true } },
  fields: { select: { fieldId: true, isPrimary: true } },
  skills: { select: { skillId: true } },
} satisfies Prisma.ChallengeSelect;

type ChallengeFeatureRow = Prisma.ChallengeGetPayload<{ select: typeof challengeFeatureSelect }>;

function challengeFeaturesOf(row: ChallengeFeatureRow): ChallengeFeatures {
  return makeChallengeFeatures({
    id: row.id,
    number: row.number,
    strategyId: row.strategyId,
    areaId: row.areaId,
    areaKind: row.area.kind,
    fieldIds: row.fields.map((field) => field.fieldId),
    primaryFieldId: row.fields.find((field) => field.isPrimary)?.fieldId ?? row.fields[0]?.fieldId ?? null,
    skillIds: row.skills.map((skill) => skill.skillId),
    workStyles: row.workStyles,
    engagementTypes: row.engagementTypes,
    capacity: row.capacity,
    hoursPerMonth: row.hoursPerMonth,
    languages: row.languages,
    textSkillIds: row.textEvidence?.skillIds ?? [],
  });
}

/** Features of challenges chosen by a filter (ids, numbers, status…): a constant number of statements. */
export async function loadChallengeFeatures(
  where: Prisma.ChallengeWhereInput,
): Promise<Array<ChallengeFeatures & { status: ChallengeFeatureRow["status"] }>> {
  const rows = await prisma.challenge.findMany({ where, select: challengeFeatureSelect, orderBy: { number: "asc" } });
  return rows.map((row) => ({ ...challengeFeaturesOf(row), status: row.status }));
}
