// The admins' taxonomy pages through their loaders and actions: only admins open them, a rename in both languages
// shows at once on the public page (the memoized read is cleared) and is audit-logged, a retired skill leaves the
// pickers but stays on the challenge that uses it, two admins editing one entry get the conflict notice, and a bad
// or taken address name is refused with the typed values kept.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { getTaxonomyOptions } from "../../app/features/taxonomy/taxonomy.server.ts";
import { loadTaxonomyVocabularyForMatching } from "../../app/features/matching/engine/vocabulary.server.ts";
import { loader as overviewLoader } from "~/routes/admin.taxonomy._index.tsx";
import { loader as listLoader } from "~/routes/admin.taxonomy.$kind._index.tsx";
import { action as entryAction, loader as entryLoader } from "~/routes/admin.taxonomy.$kind.$id.tsx";
import { action as newAction, loader as newLoader } from "~/routes/admin.taxonomy.$kind.new.tsx";
import { loader as fieldLoader } from "~/routes/fields.$number.tsx";
import { loader as challengeLoader } from "~/routes/challenges.$number.tsx";
import { loader as newChallengeLoader } from "~/routes/coordinate.challenges.new.tsx";
import { loader as editChallengeLoader } from "~/routes/coordinate.challenges.$number.edit.tsx";
import { loader as ownPartnerLoader } from "~/routes/account.partner.tsx";
import { createChallenge, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("admin-taxonomy.test");
const userIds: string[] = [];
const suffix = randomUUID().slice(0, 6);
const skillSlug = `test-skill-${suffix}`;
let admin: { id: string; displayName: string };
let otherAdmin: { id: string; displayName: string };
let cookies: { admin: string; otherAdmin: string; coordinator: string };
let field7: { id: number; nameJa: string; nameEn: string; version: number };
let challengeId: string | null = null;

const context = { clientIp: "10.7.7.7" };

beforeAll(async () => {
  admin = await createUser(prisma, { email: ns.email("admin"), displayName: `管理者 ${suffix}`, roles: ["ADMIN"] });
  otherAdmin = await createUser(prisma, { email: ns.email("admin2"), displayName: `管理者二 ${suffix}`, roles: ["ADMIN"] });
  const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "調整役", roles: ["COORDINATOR"] });
  userIds.push(admin.id, otherAdmin.id, coordinator.id);
  cookies = {
    admin: await sessionCookie(admin.id),
    otherAdmin: await sessionCookie(otherAdmin.id),
    coordinator: await sessionCookie(coordinator.id),
  };
  field7 = await prisma.strategyField.findUniqueOrThrow({
    where: { number: 7 },
    select: { id: true, nameJa: true, nameEn: true, version: true },
  });
});

afterAll(async () => {
  await prisma.strategyField.update({ where: { id: field7.id }, data: { nameJa: field7.nameJa, nameEn: field7.nameEn } });
  if (challengeId) await prisma.challenge.delete({ where: { id: challengeId } });
  await prisma.skill.deleteMany({ where: { slug: { startsWith: `test-skill-${suffix}` } } });
  await cleanUpAccounts(ns, userIds);
});

/** The edit form's values as the page fills them, with some changed. */
async function formOf(kind: string, id: number, cookie: string, changes: Record<string, string | undefined>) {
  const data = (await entryLoader({
    request: getRequest(`/admin/taxonomy/${kind}/${id}`, cookie),
    params: { kind, id: String(id) },
    context,
  })) as {
    defaults: Record<string, string>;
  };
  const values: Record<string, string> = { ...data.defaults };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete values[name];
    else values[name] = value;
  }
  return values;
}

function post(kind: string, id: number, cookie: string, values: Record<string, string>) {
  return settle(() =>
    entryAction({ request: postRequest(`/admin/taxonomy/${kind}/${id}`, cookie, values), params: { kind, id: String(id) }, context }),
  );
}

describe("who may open the taxonomy pages", () => {
  it("answers 403 to a coordinator and sends a signed-out visitor to sign in, on every page and form", async () => {
    const pages: Array<() => Promise<unknown>> = [
      () => overviewLoader({ request: getRequest("/admin/taxonomy", cookies.coordinator), params: {}, context }),
      () => listLoader({ request: getRequest("/admin/taxonomy/fields", cookies.coordinator), params: { kind: "fields" }, context }),
      () =>
        entryLoader({
          request: getRequest(`/admin/taxonomy/fields/${field7.id}`, cookies.coordinator),
          params: { kind: "fields", id: String(field7.id) },
          context,
        }),
      () => newLoader({ request: getRequest("/admin/taxonomy/skills/new", cookies.coordinator), params: { kind: "skills" }, context }),
      () =>
        entryAction({
          request: postRequest(`/admin/taxonomy/fields/${field7.id}`, cookies.coordinator, {
            nameJa: "乗っ取り",
            nameEn: "x",
            position: "1",
          }),
          params: { kind: "fields", id: String(field7.id) },
          context,
        }),
      () =>
        newAction({
          request: postRequest("/admin/taxonomy/skills/new", cookies.coordinator, { slug: "x" }),
          params: { kind: "skills" },
          context,
        }),
    ];
    for (const page of pages) expect(((await settle(page)) as Response).status).toBe(403);
    const anonymous = (await settle(() =>
      listLoader({ request: getRequest("/admin/taxonomy/fields"), params: { kind: "fields" }, context }),
    )) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toContain("/login");
    expect((await prisma.strategyField.findUniqueOrThrow({ where: { id: field7.id } })).nameJa).toBe(field7.nameJa);
  });

  it("answers 404 to an unknown kind or entry, and to adding a strategy", async () => {
    for (const page of <Array<() => Promise<unknown>>>[
      () => listLoader({ request: getRequest("/admin/taxonomy/periods", cookies.admin), params: { kind: "periods" }, context }),
      () =>
        entryLoader({
          request: getRequest("/admin/taxonomy/fields/999999", cookies.admin),
          params: { kind: "fields", id: "999999" },
          context,
        }),
      () => newLoader({ request: getRequest("/admin/taxonomy/strategies/new", cookies.admin), params: { kind: "strategies" }, context }),
    ])
      expect(((await settle(page)) as Response).status).toBe(404);
  });
});

describe("editing an entry", () => {
  it("renames a field in both languages: the field page shows it at once, and the audit log says who changed what", async () => {
    const values = await formOf("fields", field7.id, cookies.admin, {
      nameJa: `地域の支え合い ${suffix}`,
      nameEn: `Mutual support ${suffix}`,
    });
    const saved = (await post("fields", field7.id, cookies.admin, values)) as Response;
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/admin/taxonomy/fields");

    const ja = await fieldLoader({ request: getRequest("/fields/7"), params: { number: "7" }, context });
    expect(ja.field.name).toBe(`地域の支え合い ${suffix}`);
    const en = await fieldLoader({
      request: new Request("http://hub.test/fields/7", { headers: { "Accept-Language": "en" } }),
      params: { number: "7" },
      context,
    });
    expect(en.field.name).toBe(`Mutual support ${suffix}`);
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "taxonomy", targetId: `fields:${field7.id}` },
      orderBy: { id: "desc" },
    });
    expect(entry.action).toBe("taxonomy.updated");
    expect(entry.actorLabel).toBe(admin.displayName);
    expect(entry.details).toMatchObject({ kind: "fields", key: "7", changes: { nameJa: [field7.nameJa, `地域の支え合い ${suffix}`] } });
  });

  it("a rename reaches the matching explanations at once (their names were cached for a minute on their own)", async () => {
    const before = await loadTaxonomyVocabularyForMatching();
    expect(before.field(field7.id, "ja")).not.toBe(`共に育つ ${suffix}`);
    const values = await formOf("fields", field7.id, cookies.admin, { nameJa: `共に育つ ${suffix}`, nameEn: `Growing together ${suffix}` });
    expect(((await post("fields", field7.id, cookies.admin, values)) as Response).status).toBe(302);
    const after = await loadTaxonomyVocabularyForMatching();
    expect(after.field(field7.id, "ja")).toBe(`共に育つ ${suffix}`);
    expect(after.field(field7.id, "en")).toBe(`Growing together ${suffix}`);
  });

  it("refuses the second of two admins editing the same version with 409, naming who saved first, and keeps what they typed", async () => {
    const first = await formOf("fields", field7.id, cookies.admin, { nameJa: `先の名前 ${suffix}` });
    const second = await formOf("fields", field7.id, cookies.otherAdmin, { nameJa: `後の名前 ${suffix}` });
    expect(((await post("fields", field7.id, cookies.admin, first)) as Response).status).toBe(302);

    const refused = (await post("fields", field7.id, cookies.otherAdmin, second)) as unknown as {
      init: { status: number };
      data: { conflict: { changedBy: string } | null; result: { initialValue: Record<string, string> } };
    };
    expect(refused.init.status).toBe(409);
    expect(refused.data.conflict?.changedBy).toBe(admin.displayName);
    expect(refused.data.result.initialValue.nameJa).toBe(`後の名前 ${suffix}`);
    expect((await prisma.strategyField.findUniqueOrThrow({ where: { id: field7.id } })).nameJa).toBe(`先の名前 ${suffix}`);
  });

  it("refuses an empty name with 400 and changes nothing", async () => {
    const before = await prisma.strategyField.findUniqueOrThrow({ where: { id: field7.id } });
    const values = await formOf("fields", field7.id, cookies.admin, { nameEn: "" });
    const refused = (await post("fields", field7.id, cookies.admin, values)) as unknown as { init: { status: number } };
    expect(refused.init.status).toBe(400);
    expect((await prisma.strategyField.findUniqueOrThrow({ where: { id: field7.id } })).version).toBe(before.version);
  });
});

describe("skills: adding, keywords, retiring", () => {
  it("adds a skill with synonyms in both languages; a taken or malformed address name is refused", async () => {
    const values = {
      slug: skillSlug,
      nameJa: `ドローン撮影 ${suffix}`,
      nameEn: `Drone filming ${suffix}`,
      categoryJa: "デジタル・データ",
      categoryEn: "Digital and data",
      keywordsJa: "空撮\n航空写真、UAV",
      keywordsEn: "aerial photography, UAV",
      position: "500",
    };
    const created = (await settle(() =>
      newAction({ request: postRequest("/admin/taxonomy/skills/new", cookies.admin, values), params: { kind: "skills" }, context }),
    )) as Response;
    expect(created.status).toBe(302);
    const skill = await prisma.skill.findUniqueOrThrow({ where: { slug: skillSlug } });
    expect(skill.keywordsJa).toEqual(["空撮", "航空写真", "UAV"]);
    expect(skill.keywordsEn).toEqual(["aerial photography", "UAV"]);
    expect((await getTaxonomyOptions("ja")).skills.map((option) => option.slug)).toContain(skillSlug);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetId: `skills:${skill.id}` } });
    expect(audit.action).toBe("taxonomy.created");

    for (const slug of [skillSlug, "Not A Slug"]) {
      const refused = (await settle(() =>
        newAction({
          request: postRequest("/admin/taxonomy/skills/new", cookies.admin, { ...values, slug }),
          params: { kind: "skills" },
          context,
        }),
      )) as unknown as {
        init: { status: number };
        data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
      };
      expect(refused.init.status).toBe(400);
      expect(refused.data.result.error.slug?.length).toBe(1);
      expect(refused.data.result.initialValue.nameJa).toBe(values.nameJa);
    }
  });

  it("a retired skill leaves the pickers but stays on the challenge that uses it", async () => {
    const skill = await prisma.skill.findUniqueOrThrow({ where: { slug: skillSlug } });
    const challenge = await createChallenge(prisma, {
      strategyCode: "B",
      titleJa: `退役スキル課題 ${suffix}`,
      status: "OPEN",
      skillSlugs: [skillSlug],
    });
    challengeId = challenge.id;

    const values = await formOf("skills", skill.id, cookies.admin, { retired: "on" });
    expect(((await post("skills", skill.id, cookies.admin, values)) as Response).status).toBe(302);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetId: `skills:${skill.id}` }, orderBy: { id: "desc" } });
    expect(audit.action).toBe("taxonomy.retired");

    expect((await getTaxonomyOptions("ja")).skills.map((option) => option.slug)).not.toContain(skillSlug);
    const editor = (await newChallengeLoader({
      request: getRequest("/coordinate/challenges/new", cookies.admin),
      params: {},
      context,
    })) as {
      options: { skillGroups: { skills: { slug: string }[] }[] };
    };
    expect(editor.options.skillGroups.flatMap((group) => group.skills.map((option) => option.slug))).not.toContain(skillSlug);

    const page = await challengeLoader({
      request: getRequest(`/challenges/${challenge.number}`),
      params: { number: String(challenge.number) },
      context,
    });
    expect(page.challenge.skills.map((entry: { slug: string }) => entry.slug)).toContain(skillSlug);

    const list = (await listLoader({
      request: getRequest("/admin/taxonomy/skills", cookies.admin),
      params: { kind: "skills" },
      context,
    })) as {
      entries: { key: string; retired: boolean }[];
    };
    expect(list.entries.find((entry) => entry.key === skillSlug)?.retired).toBe(true);

    // Editing the challenge that uses it: the skill stays chosen and offered there, marked as retired, so saving
    // the form keeps it; a partner's own profile keeps its retired skill the same way.
    type Editor = { options: { skillGroups: { skills: { slug: string; name: string }[] }[] }; defaultValue: { skillSlugs: string[] } };
    const skillOn = (editor: Editor) =>
      editor.options.skillGroups.flatMap((group) => group.skills).find((option) => option.slug === skillSlug);
    for (const [lng, mark] of [
      ["ja", "（使用停止）"],
      ["en", " (retired)"],
    ] as const) {
      const edit = (await editChallengeLoader({
        request: getRequest(`/coordinate/challenges/${challenge.number}/edit?lng=${lng}`, cookies.admin),
        params: { number: String(challenge.number) },
        context,
      })) as unknown as Editor;
      expect(edit.defaultValue.skillSlugs).toContain(skillSlug);
      expect(skillOn(edit)?.name).toContain(mark);
    }
    const partnerUser = await createUser(prisma, { email: ns.email("retired-skill"), displayName: "スキル保持者" });
    userIds.push(partnerUser.id);
    const partner = await createPartner(prisma, { displayName: "スキル保持者", ownerId: partnerUser.id, skillSlugs: [skillSlug] });
    const profileEditor = (await ownPartnerLoader({
      request: getRequest("/account/partner", await sessionCookie(partnerUser.id)),
      params: {},
      context,
    })) as unknown as Editor;
    expect(profileEditor.defaultValue.skillSlugs).toEqual([skillSlug]);
    expect(skillOn(profileEditor)?.name).toContain("（使用停止）");
    await prisma.partnerProfile.delete({ where: { id: partner.id } });

    const restored = await formOf("skills", skill.id, cookies.admin, { retired: undefined });
    expect(((await post("skills", skill.id, cookies.admin, restored)) as Response).status).toBe(302);
    expect((await getTaxonomyOptions("ja")).skills.map((option) => option.slug)).toContain(skillSlug);
    const back = await prisma.auditLog.findFirstOrThrow({ where: { targetId: `skills:${skill.id}` }, orderBy: { id: "desc" } });
    expect(back.action).toBe("taxonomy.restored");
  });
});
