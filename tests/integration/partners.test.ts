// Partner profiles against the real database: creating one (OWNER member, PARTNER role, audit), validation that
// keeps what was typed, optimistic locking, who sees a private profile, the directory (opted-in profiles only,
// filters, never a contact detail, a constant number of statements) and the coordinators' view.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOrganisationProfile,
  getPartnerOptionsForUser,
  listPublicPartners,
  partnerIdsForUser,
  type PartnerContent,
} from "../../app/features/partners/partner.server.ts";
import { exportAccountData } from "../../app/features/accounts/account.server.ts";
import { createSession } from "../../app/kernel/auth/session.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { ownPartnerProfileAction } from "../../app/features/partners/editor-pages.server.ts";
import {
  loadCoordinatorPartner,
  loadCoordinatorPartnerList,
  loadPartnerDirectory,
  loadPartnerPage,
} from "../../app/features/partners/partner-pages.server.ts";
import { createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";

const ns = accountNamespace("partners.test");
const run = randomUUID().slice(0, 8);
/** Every profile this file makes has this word in its name, so the directory can be searched for just them. */
const marker = `ptest${run}`;
const userIds: string[] = [];
const partnerIds: string[] = [];

type User = { id: string; displayName: string; email: string };
let owner: User;
let otherResident: User;
let coordinator: User;
let orgOwner: User;
let orgMember: User;

async function user(label: string, roles: ("COORDINATOR" | "PARTNER")[] = []) {
  const created = await createUser(prisma, { email: ns.email(label), displayName: `${label} ${run}`, roles });
  userIds.push(created.id);
  return created;
}

beforeAll(async () => {
  [owner, otherResident, coordinator, orgOwner, orgMember] = [
    await user("owner"),
    await user("other"),
    await user("coordinator", ["COORDINATOR"]),
    await user("org-owner"),
    await user("org-member"),
  ];
});

afterAll(async () => {
  const profiles = await prisma.partnerProfile.findMany({
    where: { OR: [{ id: { in: partnerIds } }, { displayName: { contains: marker } }] },
    select: { id: true },
  });
  const ids = profiles.map((profile) => profile.id);
  await prisma.auditLog.deleteMany({ where: { targetType: "partner", targetId: { in: ids } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: ids } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: ids } } });
  await cleanUpAccounts(ns, userIds);
});

async function cookieFor(userId: string) {
  const { token } = await createSession(userId, "vitest", { secondFactor: true });
  return `session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`;
}

function get(path: string, cookie?: string) {
  return new Request(`http://hub.test${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

function post(path: string, cookie: string, values: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return new Request(`http://hub.test${path}`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

async function settle<T>(work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

type Reply = {
  data: {
    result: { initialValue: Record<string, unknown>; error?: Record<string, string[]> };
    conflict: { changedBy: string | null; version: number } | null;
  };
  init: ResponseInit | null;
};

const secretEmail = `secret-${run}@contact.example`;
const secretPhone = "0263-99-1234";

function profileForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    version: "0",
    displayName: `塩尻 花子 ${marker}`,
    headline: "東京在住のUXデザイナー",
    bio: "## 経歴\n\n塩尻で育ちました。",
    skillSlugs: ["ux-design", "web-development"],
    freeSkills: "ワークショップ設計、 木曽漆器 ,ワークショップ設計",
    strategyCodes: ["B"],
    fieldNumbers: ["4", "6"],
    areaSlugs: ["hirooka", "online"],
    relationships: ["BIRTHPLACE", "FURUSATO_NOZEI"],
    home: "13",
    availabilityHoursPerMonth: "12",
    workStyles: ["REMOTE"],
    engagementTypes: ["VOLUNTEER", "PAID_SIDE_JOB"],
    languages: ["ja", "en"],
    isPublic: "on",
    openToContact: "on",
    contactEmail: secretEmail,
    contactPhone: secretPhone,
    website: "https://example.org/hanako",
    ...overrides,
  };
}

const context = { clientIp: "10.9.9.9" };

function content(overrides: Partial<PartnerContent> = {}): PartnerContent {
  return {
    displayName: `団体 ${marker}`,
    headline: "",
    bio: "",
    skillSlugs: ["agriculture"],
    freeSkills: [],
    strategyCodes: [],
    fieldNumbers: [5],
    areaSlugs: [],
    relationships: ["BUSINESS"],
    prefectureCode: 20,
    countryCode: null,
    availabilityHoursPerMonth: 40,
    workStyles: ["ON_SITE"],
    engagementTypes: ["COMPANY_PARTNERSHIP"],
    languages: ["ja"],
    isPublic: true,
    openToContact: true,
    contactEmail: secretEmail,
    contactPhone: secretPhone,
    website: null,
    ...overrides,
  };
}

describe("creating and editing one's own profile (/account/partner)", () => {
  let partnerId: string;

  it("creates the profile with its OWNER member, grants PARTNER and logs both, in one go", async () => {
    const cookie = await cookieFor(owner.id);
    const response = await settle(() => ownPartnerProfileAction(post("/account/partner", cookie, profileForm()), context));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toBe("/account/partner");
    const profile = await prisma.partnerProfile.findUniqueOrThrow({
      where: { personalUserId: owner.id },
      select: {
        id: true,
        kind: true,
        version: true,
        freeSkills: true,
        prefectureCode: true,
        isPublic: true,
        contactEmail: true,
        members: { select: { userId: true, role: true } },
        skills: { select: { skill: { select: { slug: true } } } },
        fieldInterest: { select: { field: { select: { number: true } } } },
      },
    });
    partnerId = profile.id;
    partnerIds.push(profile.id);
    expect(profile).toMatchObject({ kind: "INDIVIDUAL", version: 1, prefectureCode: 13, isPublic: true, contactEmail: secretEmail });
    // Trimmed and de-duplicated, first spelling kept.
    expect(profile.freeSkills).toEqual(["ワークショップ設計", "木曽漆器"]);
    expect(profile.members).toEqual([{ userId: owner.id, role: "OWNER" }]);
    expect(profile.skills.map((link) => link.skill.slug).sort()).toEqual(["ux-design", "web-development"]);
    expect(profile.fieldInterest.map((link) => link.field.number).sort()).toEqual([4, 6]);
    const roles = await prisma.userRole.findMany({ where: { userId: owner.id }, select: { role: true } });
    expect(roles.map((row) => row.role)).toEqual(["PARTNER"]);
    const audit = await prisma.auditLog.findMany({
      where: { OR: [{ targetId: profile.id }, { targetId: owner.id, action: "role.granted" }] },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["partner.profile_created", "role.granted"]);
    expect(await partnerIdsForUser(owner.id)).toEqual([profile.id]);
  });

  it("refuses bad input with 400, says why next to each field and keeps everything typed", async () => {
    const cookie = await cookieFor(otherResident.id);
    const typed = profileForm({
      displayName: `入力を保持 ${marker}`,
      relationships: [],
      website: "javascript:alert(1)",
      availabilityHoursPerMonth: "999",
    });
    const reply = (await settle(() => ownPartnerProfileAction(post("/account/partner", cookie, typed), context))) as Reply;
    expect(reply.init?.status).toBe(400);
    expect(reply.data.result.error).toMatchObject({
      relationships: ["partners.form.relationshipsRequired"],
      website: ["partners.form.websiteInvalid"],
      availabilityHoursPerMonth: ["partners.form.hoursRange"],
    });
    expect(reply.data.result.initialValue).toMatchObject({
      displayName: `入力を保持 ${marker}`,
      headline: "東京在住のUXデザイナー",
      contactPhone: secretPhone,
    });
    expect(await prisma.partnerProfile.count({ where: { personalUserId: otherResident.id } })).toBe(0);
    expect(await prisma.userRole.count({ where: { userId: otherResident.id } })).toBe(0);
  });

  it("refuses more than ten free skill tags, or one longer than 30 characters", async () => {
    const cookie = await cookieFor(otherResident.id);
    const tooLong = (await settle(() =>
      ownPartnerProfileAction(
        post(
          "/account/partner",
          cookie,
          profileForm({ freeSkills: "測量、とても長いスキルの名前がここに入っていて三十文字を超えてしまいますよね" }),
        ),
        context,
      ),
    )) as Reply;
    expect(tooLong.init?.status).toBe(400);
    expect(tooLong.data.result.error).toMatchObject({ freeSkills: ["partners.form.freeSkillTooLong|30"] });
    const tooMany = (await settle(() =>
      ownPartnerProfileAction(
        post("/account/partner", cookie, profileForm({ freeSkills: Array.from({ length: 11 }, (_, index) => `タグ${index}`).join(",") })),
        context,
      ),
    )) as Reply;
    expect(tooMany.data.result.error).toMatchObject({ freeSkills: ["partners.form.tooManyFreeSkills|10"] });
    expect(tooMany.data.result.initialValue).toMatchObject({ freeSkills: expect.stringContaining("タグ10") });
  });

  it("refuses an unknown skill or area as the form's error, not a 500", async () => {
    const cookie = await cookieFor(otherResident.id);
    const reply = (await settle(() =>
      ownPartnerProfileAction(post("/account/partner", cookie, profileForm({ areaSlugs: ["atlantis"] })), context),
    )) as Reply;
    expect(reply.init?.status).toBe(400);
    expect(reply.data.result.error).toMatchObject({ areaSlugs: ["validation.invalidChoice"] });
  });

  it("answers a stale save with 409, who saved and when, keeping what was typed", async () => {
    const cookie = await cookieFor(owner.id);
    const first = await settle(() =>
      ownPartnerProfileAction(post("/account/partner", cookie, profileForm({ version: "1", headline: "最初のタブ" })), context),
    );
    expect((first as Response).status).toBe(302);
    const stale = (await settle(() =>
      ownPartnerProfileAction(post("/account/partner", cookie, profileForm({ version: "1", headline: "古いタブ" })), context),
    )) as Reply;
    expect(stale.init?.status).toBe(409);
    expect(stale.data.conflict).toMatchObject({ version: 2, changedBy: owner.displayName });
    expect(stale.data.result.initialValue).toMatchObject({ headline: "古いタブ" });
    const stored = await prisma.partnerProfile.findUniqueOrThrow({ where: { id: partnerId }, select: { headline: true, version: true } });
    expect(stored).toEqual({ headline: "最初のタブ", version: 2 });
    // A second "create" (a tab opened before the profile existed) is a conflict too, never a second profile.
    const again = (await settle(() =>
      ownPartnerProfileAction(post("/account/partner", cookie, profileForm({ version: "0" })), context),
    )) as Reply;
    expect(again.init?.status).toBe(409);
    expect(await prisma.partnerProfile.count({ where: { personalUserId: owner.id } })).toBe(1);
  });

  it("includes the profile, contact details and memberships in the account's data download", async () => {
    const exported = await exportAccountData(owner.id, { ip: "10.9.9.9", origin: "http://hub.test" });
    expect(exported.partnerProfile).toMatchObject({
      id: partnerId,
      kind: "INDIVIDUAL",
      contactEmail: secretEmail,
      contactPhone: secretPhone,
      skills: expect.arrayContaining(["ux-design"]),
    });
    expect(exported.partnerMemberships).toEqual([expect.objectContaining({ id: partnerId, role: "OWNER" })]);
  });

  it("sends visitors who are not signed in to sign in", async () => {
    const response = await settle(() =>
      ownPartnerProfileAction(new Request("http://hub.test/account/partner", { method: "POST", body: new URLSearchParams() }), context),
    );
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toMatch(/^\/login/);
  });
});

describe("organisation profiles and who acts for whom", () => {
  it("creates an organisation with its first OWNER, grants PARTNER, and lists it among the owner's partners", async () => {
    const outcome = await createOrganisationProfile(
      { id: orgOwner.id, displayName: orgOwner.displayName },
      content({ displayName: `しおじりワイン研究会 ${marker}` }),
      { ip: "10.1.1.1" },
    );
    if (!outcome.ok) throw new Error("organisation not created");
    partnerIds.push(outcome.id);
    await prisma.partnerMember.create({ data: { partnerId: outcome.id, userId: orgMember.id, role: "MEMBER" } });
    const members = await prisma.partnerMember.findMany({
      where: { partnerId: outcome.id },
      select: { userId: true, role: true },
      orderBy: { role: "asc" },
    });
    expect(members).toEqual([
      { userId: orgOwner.id, role: "OWNER" },
      { userId: orgMember.id, role: "MEMBER" },
    ]);
    expect(await prisma.userRole.count({ where: { userId: orgOwner.id, role: "PARTNER" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: outcome.id, action: "organisation.created" } })).toBe(1);
    expect(await partnerIdsForUser(orgMember.id)).toEqual([outcome.id]);
  });

  it("offers a user their own profile first, then their organisations", async () => {
    const own = await createPartner(prisma, { ownerId: orgOwner.id, displayName: `オーナー本人 ${marker}` });
    partnerIds.push(own.id);
    const options = await getPartnerOptionsForUser(orgOwner.id);
    expect(options.map((option) => option.kind)).toEqual(["INDIVIDUAL", "ORGANISATION"]);
    expect(options[0]).toEqual({ id: own.id, displayName: `オーナー本人 ${marker}`, kind: "INDIVIDUAL" });
  });
});

describe("the public directory", () => {
  let publicId: string;
  let privateId: string;
  let abroadId: string;

  beforeAll(async () => {
    const [publicPartner, privatePartner, abroad] = [
      await createPartner(prisma, {
        displayName: `公開 ${marker}`,
        isPublic: true,
        skillSlugs: ["gis"],
        fieldNumbers: [9],
        relationships: ["COMMUTE"],
        prefectureCode: 20,
        contactEmail: secretEmail,
        contactPhone: secretPhone,
        freeSkills: ["ドローン測量"],
      }),
      await createPartner(prisma, {
        displayName: `非公開 ${marker}`,
        isPublic: false,
        skillSlugs: ["gis"],
        fieldNumbers: [9],
        relationships: ["COMMUTE"],
        prefectureCode: 20,
      }),
      await createPartner(prisma, {
        displayName: `海外 ${marker}`,
        isPublic: true,
        relationships: ["FURUSATO_NOZEI"],
        countryCode: "BR",
        languages: ["pt", "ja"],
        contactEmail: secretEmail,
      }),
    ];
    publicId = publicPartner.id;
    privateId = privatePartner.id;
    abroadId = abroad.id;
    partnerIds.push(publicId, privateId, abroadId);
  });

  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it("lists opted-in profiles only, and never a contact detail", async () => {
    const data = await loadPartnerDirectory(get(`/partners?q=${marker}`));
    expect(ids(data.items)).toContain(publicId);
    expect(ids(data.items)).toContain(abroadId);
    expect(ids(data.items)).not.toContain(privateId);
    const json = JSON.stringify(data);
    expect(json).not.toContain(secretEmail);
    expect(json).not.toContain(secretPhone);
    expect(json).not.toContain(owner.email);
  });

  it("filters by skill, field, relationship, region, abroad, kind and keyword", async () => {
    const search = async (query: string) => ids((await loadPartnerDirectory(get(`/partners?q=${marker}&${query}`))).items);
    expect(await search("skill=gis")).toEqual([publicId]);
    expect(await search("field=9")).toEqual([publicId]);
    expect(await search("relationship=FURUSATO_NOZEI")).toContain(abroadId);
    expect(await search("relationship=FURUSATO_NOZEI")).not.toContain(publicId);
    expect(await search("region=chubu")).toContain(publicId);
    expect(await search("region=20")).toContain(publicId);
    expect(await search("region=kanto")).not.toContain(publicId);
    expect(await search("region=abroad")).toEqual([abroadId]);
    expect(await search("kind=INDIVIDUAL")).not.toContain(publicId);
    // Tags and taxonomy skill names are searched too, width and case folded.
    expect(ids((await loadPartnerDirectory(get(`/partners?q=${marker}+ドローン`))).items)).toEqual([publicId]);
    expect(ids((await loadPartnerDirectory(get(`/partners?q=${marker}+ＧＩＳ`))).items)).toEqual([publicId]);
    // Nonsense in the address is dropped, not an error.
    const lenient = await loadPartnerDirectory(get(`/partners?q=${marker}&skill=%3Cscript%3E&region=mars&page=-3`));
    expect(lenient.page).toBe(1);
  });

  it("answers any page in one SQL statement (two past the last page), whatever its size", async () => {
    await listPublicPartners({}, 1, "ja"); // taxonomy lookups are cached per process: warm them first
    for (const size of [1, 5, 60]) {
      const { statements, result } = await recordQueries(() => listPublicPartners({}, 1, "ja", size));
      expect(result.items.length).toBeGreaterThan(0);
      expect(statements).toHaveLength(1);
    }
    const beyond = await recordQueries(() => listPublicPartners({}, 10_000, "ja", 5));
    expect(beyond.result.items).toEqual([]);
    expect(beyond.result.total).toBeGreaterThan(0);
    expect(beyond.statements).toHaveLength(2);
    // The whole loader for an anonymous visitor: the same count for a filtered and an unfiltered page.
    await loadPartnerDirectory(get("/partners"));
    const plain = await recordQueries(() => loadPartnerDirectory(get("/partners")));
    const filtered = await recordQueries(() => loadPartnerDirectory(get(`/partners?skill=gis&field=9&region=chubu&q=${marker}`)));
    expect(plain.statements.length).toBeLessThanOrEqual(2);
    expect(filtered.statements.length).toBe(plain.statements.length);
  });
});

describe("a profile page (/partners/<id>)", () => {
  let privateId: string;
  let publicId: string;

  beforeAll(async () => {
    const person = await user("page-owner");
    const privateProfile = await createPartner(prisma, {
      ownerId: person.id,
      displayName: `非公開の人 ${marker}`,
      isPublic: false,
      contactEmail: secretEmail,
      contactPhone: secretPhone,
    });
    const publicProfile = await createPartner(prisma, {
      displayName: `公開の団体 ${marker}`,
      isPublic: true,
      contactEmail: secretEmail,
      contactPhone: secretPhone,
      bio: "<script>alert(1)</script>\n\n**太字**",
    });
    privateId = privateProfile.id;
    publicId = publicProfile.id;
    partnerIds.push(privateId, publicId);
    privateOwnerCookie = await cookieFor(person.id);
  });

  let privateOwnerCookie: string;

  it("shows a public profile to everyone, sanitised, without contact details", async () => {
    const data = (await settle(() => loadPartnerPage(get(`/partners/${publicId}`), publicId))) as Awaited<
      ReturnType<typeof loadPartnerPage>
    >;
    expect(data.profile.displayName).toBe(`公開の団体 ${marker}`);
    expect(data.profile.bioHtml).toContain("<strong>太字</strong>");
    expect(data.profile.bioHtml).not.toContain("<script");
    expect(data.editHref).toBeNull();
    const json = JSON.stringify(data);
    expect(json).not.toContain(secretEmail);
    expect(json).not.toContain(secretPhone);
  });

  it("hides a private profile (404) from visitors and other residents", async () => {
    const anonymous = await settle(() => loadPartnerPage(get(`/partners/${privateId}`), privateId));
    expect((anonymous as Response).status).toBe(404);
    const otherCookie = await cookieFor(otherResident.id);
    const other = await settle(() => loadPartnerPage(get(`/partners/${privateId}`, otherCookie), privateId));
    expect((other as Response).status).toBe(404);
    const nonsense = await settle(() => loadPartnerPage(get("/partners/not-a-uuid"), "not-a-uuid"));
    expect((nonsense as Response).status).toBe(404);
  });

  it("shows a private profile to its own member and to coordinators, marked as not public, still without contact details", async () => {
    const mine = (await settle(() => loadPartnerPage(get(`/partners/${privateId}`, privateOwnerCookie), privateId))) as Awaited<
      ReturnType<typeof loadPartnerPage>
    >;
    expect(mine.profile.isPublic).toBe(false);
    expect(mine.editHref).toBe("/account/partner");
    expect(mine.meta.noindex).toBe(true);
    const coordinatorCookie = await cookieFor(coordinator.id);
    const coordinating = (await settle(() => loadPartnerPage(get(`/partners/${privateId}`, coordinatorCookie), privateId))) as Awaited<
      ReturnType<typeof loadPartnerPage>
    >;
    expect(coordinating.profile.isPublic).toBe(false);
    expect(coordinating.coordinatorHref).toBe(`/coordinate/partners/${privateId}`);
    for (const data of [mine, coordinating]) {
      expect(JSON.stringify(data)).not.toContain(secretEmail);
      expect(JSON.stringify(data)).not.toContain(secretPhone);
    }
  });
});

describe("the coordinators' view (/coordinate/partners)", () => {
  it("refuses residents and partners with 403", async () => {
    for (const person of [otherResident, owner]) {
      const cookie = await cookieFor(person.id);
      const list = await settle(() => loadCoordinatorPartnerList(get("/coordinate/partners", cookie)));
      expect((list as Response).status).toBe(403);
      const detail = await settle(() => loadCoordinatorPartner(get(`/coordinate/partners/${partnerIds[0]}`, cookie), partnerIds[0]));
      expect((detail as Response).status).toBe(403);
    }
  });

  it("lists private profiles too and shows one with contact details, members and every proposal with its history", async () => {
    const person = await user("coordinated");
    const partner = await createPartner(prisma, {
      ownerId: person.id,
      displayName: `提案者 ${marker}`,
      isPublic: false,
      contactEmail: secretEmail,
      contactPhone: secretPhone,
    });
    partnerIds.push(partner.id);
    await createProposal(prisma, {
      partnerId: partner.id,
      authorId: person.id,
      coordinatorId: coordinator.id,
      strategyCode: "C",
      fieldNumber: 7,
      title: `見守りの提案 ${marker}`,
      status: "DECLINED",
    });
    const cookie = await cookieFor(coordinator.id);
    const list = (await settle(() =>
      loadCoordinatorPartnerList(get(`/coordinate/partners?q=${encodeURIComponent(`提案者 ${marker}`)}`, cookie)),
    )) as Awaited<ReturnType<typeof loadCoordinatorPartnerList>>;
    expect(list.items.map((item) => item.id)).toEqual([partner.id]);
    expect(list.items[0]).toMatchObject({ isPublic: false, memberCount: 1, proposalCount: 1 });
    const detail = (await settle(() => loadCoordinatorPartner(get(`/coordinate/partners/${partner.id}`, cookie), partner.id))) as Awaited<
      ReturnType<typeof loadCoordinatorPartner>
    >;
    expect(detail.contact).toEqual({ email: secretEmail, phone: secretPhone });
    expect(detail.members).toEqual([expect.objectContaining({ userId: person.id, email: person.email, role: "OWNER" })]);
    expect(detail.proposals).toHaveLength(1);
    expect(detail.proposals[0]).toMatchObject({ title: `見守りの提案 ${marker}`, status: "DECLINED", strategyCode: "C", fieldNumber: 7 });
    expect(detail.proposals[0]!.events.map((event) => event.toStatus)).toEqual(["SUBMITTED", "UNDER_REVIEW", "DECLINED"]);
    expect(detail.proposals[0]!.decisionReason).toBeTruthy();
  });
});
