// The areas index and the area page through their loaders: the districts, the wider region and online grouped by
// kind (retired areas left out of the index, their pages still there), an area's challenges in every public status
// but never a draft or an archived one, one status when asked, its initiatives, its figures, and only the partners
// of the public directory.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { invalidateTaxonomy } from "../../app/features/taxonomy/taxonomy.server.ts";
import { loader as indexLoader } from "~/routes/areas._index.tsx";
import { loader as areaLoader } from "~/routes/areas.$slug.tsx";
import { createChallenge, createInitiative, createPartner } from "../../prisma/seed/factories.ts";
import { getRequest } from "../support/signed-in.ts";

const suffix = randomUUID().slice(0, 6);
const slug = `test-area-${suffix}`;
const context = {};
const numbers: Record<string, number> = {};
const partnerIds: string[] = [];
let initiativeId = "";

beforeAll(async () => {
  await prisma.area.create({
    data: { slug, kind: "DISTRICT", position: 99, nameJa: `試験地区 ${suffix}`, nameEn: `Test district ${suffix}` },
  });
  invalidateTaxonomy();
  for (const status of ["OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED", "DRAFT", "ARCHIVED"] as const) {
    const created = await createChallenge(prisma, { strategyCode: "C", titleJa: `地区課題 ${status} ${suffix}`, status, areaSlug: slug });
    numbers[status] = created.number;
  }
  const initiative = await createInitiative(prisma, { strategyCode: "C", titleJa: `地区の取り組み ${suffix}`, areaSlug: slug });
  initiativeId = initiative.id;
  const shown = await createPartner(prisma, {
    displayName: `公開パートナー ${suffix}`,
    isPublic: true,
    areaSlugs: [slug],
    contactEmail: `p-${suffix}@example.com`,
  });
  const hidden = await createPartner(prisma, { displayName: `非公開パートナー ${suffix}`, isPublic: false, areaSlugs: [slug] });
  partnerIds.push(shown.id, hidden.id);
});

afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { titleJa: { endsWith: suffix } } });
  await prisma.initiative.deleteMany({ where: { id: initiativeId } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.area.deleteMany({ where: { slug } });
  invalidateTaxonomy();
});

describe("the areas index /areas", () => {
  it("lists the areas grouped by kind: the ten districts, the wider region, online, with live figures", async () => {
    const data = await indexLoader({ request: getRequest("/areas"), params: {}, context });
    expect(data.groups.map((group) => group.kind)).toEqual(["CITYWIDE", "DISTRICT", "REGION", "ONLINE"]);
    const districts = data.groups.find((group) => group.kind === "DISTRICT")!.areas;
    expect(districts.slice(0, 10).map((area) => area.name)).toEqual([
      "大門",
      "塩尻東",
      "片丘",
      "高出",
      "広丘",
      "吉田",
      "洗馬",
      "宗賀",
      "楢川",
      "北小野",
    ]);
    expect(data.groups.find((group) => group.kind === "REGION")!.areas.map((area) => area.slug)).toContain("matsumotodaira");
    const test = districts.find((area) => area.slug === slug)!;
    expect(test.figures).toEqual({ challenges: 4, openChallenges: 1, initiatives: 1, partners: 1 });
  });

  it("answers in English for an English browser", async () => {
    const data = await indexLoader({
      request: new Request("http://hub.test/areas", { headers: { "Accept-Language": "en" } }),
      params: {},
      context,
    });
    expect(data.groups.find((group) => group.kind === "DISTRICT")!.areas[0]!.name).toBe("Daimon");
    expect(data.meta.title).toBe("Districts and areas");
  });
});

describe("an area page /areas/<slug>", () => {
  it("shows the challenges in every public status grouped by status, never a draft or an archived one, with its figures", async () => {
    const page = await areaLoader({ request: getRequest(`/areas/${slug}`), params: { slug }, context });
    expect(page.challengeGroups.map((group) => group.status)).toEqual(["OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED"]);
    for (const group of page.challengeGroups) expect(group.items.map((item) => item.number)).toEqual([numbers[group.status]]);
    const shown = page.challengeGroups.flatMap((group) => group.items.map((item) => item.number));
    expect(shown).not.toContain(numbers.DRAFT);
    expect(shown).not.toContain(numbers.ARCHIVED);
    expect(page.figures).toMatchObject({ challenges: 4, initiatives: 1, partners: 1 });
    expect(page.initiatives.items.map((item) => item.title)).toEqual([`地区の取り組み ${suffix}`]);
  });

  it("shows one status when the address asks for it, and every status for a status that is not public", async () => {
    const completed = await areaLoader({ request: getRequest(`/areas/${slug}?status=COMPLETED`), params: { slug }, context });
    expect(completed.status).toBe("COMPLETED");
    expect(completed.challengeGroups.map((group) => group.status)).toEqual(["COMPLETED"]);
    const draft = await areaLoader({ request: getRequest(`/areas/${slug}?status=DRAFT`), params: { slug }, context });
    expect(draft.status).toBeNull();
    expect(draft.challengeGroups.flatMap((group) => group.items.map((item) => item.number))).not.toContain(numbers.DRAFT);
  });

  it("lists only partners of the public directory, without their contact details", async () => {
    const page = await areaLoader({ request: getRequest(`/areas/${slug}`), params: { slug }, context });
    expect(page.partners.items.map((partner) => partner.displayName)).toEqual([`公開パートナー ${suffix}`]);
    expect(JSON.stringify(page.partners)).not.toContain("example.com");
  });

  it("keeps a retired area's page but leaves it out of the index", async () => {
    await prisma.area.update({ where: { slug }, data: { retiredAt: new Date() } });
    try {
      const index = await indexLoader({ request: getRequest("/areas"), params: {}, context });
      expect(index.groups.flatMap((group) => group.areas.map((area) => area.slug))).not.toContain(slug);
      const page = await areaLoader({ request: getRequest(`/areas/${slug}`), params: { slug }, context });
      expect(page.challengeGroups[0]!.items.map((item) => item.number)).toEqual([numbers.OPEN]);
    } finally {
      await prisma.area.update({ where: { slug }, data: { retiredAt: null } });
    }
  });
});
