// Issue 16 against the real database: the skills a profile's or a challenge's own words speak of are computed when
// it is saved (and by the backfill for rows that were never analysed or whose skill synonyms changed), stored, and
// read by suggestions: a forester who only wrote 「間伐」 in their biography ranks above an identical partner who
// wrote nothing, the explanation quotes the word, and a partner who refuses volunteer work is a near miss with the
// reason — listed after every partner who fits.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisationProfile, updatePartnerProfile, type PartnerContent } from "../../app/features/partners/partner.server.ts";
import { createChallenge, updateChallenge, type ChallengeContent } from "../../app/features/challenges/challenge.server.ts";
import { backfillTextEvidence } from "../../app/features/matching/engine/text-evidence.server.ts";
import { invalidatePartnerFeatures } from "../../app/features/matching/engine/features.server.ts";
import { suggestPartners } from "../../app/features/matching/engine/suggestions.server.ts";
import { loadChallengeSuggestions } from "../../app/features/matching/suggestion-pages.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, sessionCookie } from "../support/signed-in.ts";

const ns = accountNamespace("matching-text-evidence.test");
const run = randomUUID().slice(0, 8);
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeNumbers: number[] = [];
let coordinator: { id: string; displayName: string };
let forestryId: number;

function partnerContent(overrides: Partial<PartnerContent> = {}): PartnerContent {
  return {
    displayName: `林業 ${run}`,
    headline: "",
    bio: "",
    skillSlugs: [],
    freeSkills: [],
    strategyCodes: [],
    fieldNumbers: [],
    areaSlugs: [],
    relationships: [],
    prefectureCode: 20,
    countryCode: null,
    availabilityHoursPerMonth: 10,
    workStyles: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    languages: ["ja"],
    isPublic: false,
    openToContact: true,
    contactEmail: null,
    contactPhone: null,
    website: null,
    ...overrides,
  };
}

function challengeContent(overrides: Partial<ChallengeContent> = {}): ChallengeContent {
  return {
    titleJa: `市有林の手入れ ${run}`,
    titleEn: null,
    summaryJa: "森の手入れを一緒に。",
    summaryEn: null,
    bodyJa: "楢川の市有林で作業します。",
    bodyEn: null,
    strategyCode: "B",
    fieldNumbers: [6],
    primaryFieldNumber: undefined,
    areaSlug: "narakawa",
    periodNumber: 1,
    skillSlugs: ["forestry"],
    workStyles: ["ON_SITE"],
    engagementTypes: ["VOLUNTEER"],
    capacity: 1,
    hoursPerMonth: 8,
    languages: ["ja"],
    deadline: null,
    ownerDepartmentJa: "森林課",
    ownerDepartmentEn: null,
    coverAltJa: null,
    coverAltEn: null,
    ...overrides,
  };
}

async function organisation(overrides: Partial<PartnerContent>) {
  const created = await createOrganisationProfile(coordinator, partnerContent(overrides));
  if (!created.ok) throw new Error("profile not created");
  partnerIds.push(created.id);
  return created.id;
}

beforeAll(async () => {
  coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: `Coordinator ${run}`, roles: ["COORDINATOR"] });
  userIds.push(coordinator.id);
  forestryId = (await prisma.skill.findUniqueOrThrow({ where: { slug: "forestry" }, select: { id: true } })).id;
}, 60_000);

afterAll(async () => {
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { number: { in: challengeNumbers } } });
  await prisma.auditLog.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.partnerMember.deleteMany({ where: { userId: { in: userIds } } });
  await cleanUpAccounts(ns, userIds);
});

describe("text evidence is computed when something is saved", () => {
  it("a new profile's biography: the forestry skill with the words that showed it", async () => {
    const id = await organisation({ bio: "森林組合で間伐と林道整備を15年" });
    const stored = await prisma.partnerMatchFeatures.findUniqueOrThrow({ where: { partnerId: id } });
    expect(stored.skillIds).toEqual([forestryId]);
    expect(stored.evidence).toEqual([{ skillId: forestryId, source: "bio", words: ["森林組合", "間伐", "林道"] }]);
  }, 60_000);

  it("an edit replaces the evidence (a headline that names nothing clears it)", async () => {
    const id = await organisation({ headline: "間伐のボランティア" });
    expect((await prisma.partnerMatchFeatures.findUniqueOrThrow({ where: { partnerId: id } })).skillIds).toEqual([forestryId]);
    const saved = await updatePartnerProfile(coordinator, id, 1, partnerContent({ headline: "山歩きが好きです" }));
    expect(saved.ok).toBe(true);
    expect((await prisma.partnerMatchFeatures.findUniqueOrThrow({ where: { partnerId: id } })).skillIds).toEqual([]);
  });

  it("a challenge's hours and working languages are stored, and its text is analysed on create and on edit", async () => {
    const created = await createChallenge(coordinator, challengeContent({ languages: ["ja", "en"], hoursPerMonth: 12 }));
    if (!created.ok) throw new Error("challenge not created");
    challengeNumbers.push(created.number);
    const row = await prisma.challenge.findUniqueOrThrow({
      where: { number: created.number },
      select: { hoursPerMonth: true, languages: true, textEvidence: { select: { skillIds: true } } },
    });
    expect(row).toMatchObject({ hoursPerMonth: 12, languages: ["ja", "en"], textEvidence: { skillIds: [] } });
    const photo = await prisma.skill.findUniqueOrThrow({ where: { slug: "photo-video" }, select: { id: true } });
    const edited = await updateChallenge(
      coordinator,
      created.number,
      created.version,
      challengeContent({ bodyJa: "作業の様子を写真と動画で記録します。" }),
    );
    expect(edited.ok).toBe(true);
    const evidence = await prisma.challengeTextEvidence.findUniqueOrThrow({
      where: { challengeId: (await prisma.challenge.findUniqueOrThrow({ where: { number: created.number } })).id },
    });
    expect(evidence.skillIds).toEqual([photo.id]);
  });

  it("the backfill analyses rows saved without the app (seed, migration) and again after a synonym changes", async () => {
    const seeded = await createPartner(prisma, { displayName: `Seeded ${run}`, bio: "チェーンソーで伐倒の講習を受けました" });
    partnerIds.push(seeded.id);
    expect(await prisma.partnerMatchFeatures.findUnique({ where: { partnerId: seeded.id } })).toBeNull();
    await backfillTextEvidence();
    const first = await prisma.partnerMatchFeatures.findUniqueOrThrow({ where: { partnerId: seeded.id } });
    expect(first.skillIds).toEqual([forestryId]);
    const skill = await prisma.skill.findUniqueOrThrow({ where: { id: forestryId }, select: { keywordsJa: true } });
    try {
      // An admin adds 伐倒 as a synonym of forestry: the backfill re-reads every profile analysed before.
      await prisma.skill.update({ where: { id: forestryId }, data: { keywordsJa: [...skill.keywordsJa, "伐倒"], updatedAt: new Date() } });
      await backfillTextEvidence();
      const second = await prisma.partnerMatchFeatures.findUniqueOrThrow({ where: { partnerId: seeded.id } });
      expect(second.evidence).toEqual([{ skillId: forestryId, source: "bio", words: ["チェーンソー", "伐倒"] }]);
    } finally {
      await prisma.skill.update({ where: { id: forestryId }, data: { keywordsJa: skill.keywordsJa, updatedAt: new Date() } });
    }
  }, 120_000);
});

describe("suggestions read the stored evidence", () => {
  it("the forester who wrote 間伐 ranks first, the silent twin after, the volunteer-refusing partner is a near miss; the page quotes the words", async () => {
    const created = await createChallenge(coordinator, challengeContent({ titleJa: `間伐の手伝い ${run}` }));
    if (!created.ok) throw new Error("challenge not created");
    challengeNumbers.push(created.number);
    await prisma.challenge.update({ where: { number: created.number }, data: { status: "OPEN", publishedAt: new Date() } });
    const writer = await organisation({ displayName: `Writer ${run}`, bio: "森林組合で間伐を15年" });
    const silent = await organisation({
      displayName: `Silent ${run}`,
      bio: "週末は山歩きを楽しんでいます",
      areaSlugs: ["narakawa"],
      relationships: ["BIRTHPLACE"],
      strategyCodes: ["B"],
    });
    const paid = await organisation({
      displayName: `Paid ${run}`,
      bio: "森林組合で間伐を15年",
      engagementTypes: ["PAID_SIDE_JOB"],
      areaSlugs: ["narakawa"],
      relationships: ["BIRTHPLACE"],
    });
    invalidatePartnerFeatures();
    const challengeId = (await prisma.challenge.findUniqueOrThrow({ where: { number: created.number } })).id;
    const result = await suggestPartners(challengeId, { limit: 100_000 });
    if (!result.ok) throw new Error(result.reason);
    const ours = result.items.filter((item) => [writer, silent, paid].includes(item.partnerId));
    expect(ours.map((item) => item.partnerId)).toEqual([writer, silent]);
    const nearMiss = result.nearMisses.find((item) => item.partnerId === paid)!;
    expect(nearMiss.hardLimits).toEqual(["engagement"]);

    // The page shows 20 per page and the test database holds other partners: look the three up on every page.
    const cookie = await sessionCookie(coordinator.id);
    const explained = new Map<string, { skills: string; limits: string[] }>();
    for (let page = 1; explained.size < 3 && page <= Math.ceil(result.total / 20); page += 1) {
      const loaded = await loadChallengeSuggestions(getRequest(`/?lng=ja&page=${page}`, cookie), created.number);
      for (const item of [...loaded.data.items, ...loaded.data.nearMisses])
        if ([writer, paid].includes(item.partnerId)) explained.set(item.partnerId, item.deciding);
      if (explained.size === 2) break;
    }
    expect(explained.get(writer)!.skills).toBe("求めるスキル 1/1: 林業・木工（自己紹介に「森林組合」「間伐」）");
    expect(explained.get(paid)!.limits).toEqual(["ボランティアを受け付けていない"]);
  }, 60_000);
});
