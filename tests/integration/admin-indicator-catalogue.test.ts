// Adding, editing and retiring the plan's indicators through the pages' loaders and actions: a new indicator shows
// on the home page and the dashboard, two admins editing one indicator get the conflict notice (what was typed
// kept), a retired indicator leaves the home page and the dashboard but keeps its values, only admins come in, and
// the creation form sent twice at once leaves one indicator.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { loader as homeLoader } from "~/routes/_index.tsx";
import { loader as dashboardLoader } from "~/routes/dashboard.tsx";
import { action as valuesAction } from "~/routes/admin.indicators._index.tsx";
import { action as newAction, loader as newLoader } from "~/routes/admin.indicators.new.tsx";
import { action as editAction, loader as editLoader } from "~/routes/admin.indicators.$key.tsx";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("admin-indicator-catalogue.test");
const userIds: string[] = [];
const context = { clientIp: "10.8.8.9" };
const suffix = randomUUID().slice(0, 6);
const key = `volunteer-${suffix}`;
const twiceKey = `twice-${suffix}`;
let cookies: { admin: string; otherAdmin: string; coordinator: string };
let adminName = "";

const newValues = (indicatorKey: string, submissionKey?: string) => ({
  ...(submissionKey ? { submissionKey } : {}),
  key: indicatorKey,
  nameJa: `ボランティア参加率 ${suffix}`,
  nameEn: `Volunteering rate ${suffix}`,
  descriptionJa: "市民意識調査で1年以内にボランティアをした人の割合",
  descriptionEn: "Share of residents who volunteered in the past year",
  unitJa: "%",
  unitEn: "%",
  decimals: "1",
  baselineYear: "2024",
  baselineValue: "21.5",
  targetYear: "2030",
  targetValue: "30",
  targetComparison: "AT_LEAST",
  sourceJa: "市民意識調査",
  sourceEn: "Citizen survey",
  sourceUrl: "https://www.city.shiojiri.lg.jp/",
  position: "50",
});

beforeAll(async () => {
  adminName = `管理者 ${suffix}`;
  const admin = await createUser(prisma, { email: ns.email("admin"), displayName: adminName, roles: ["ADMIN"] });
  const other = await createUser(prisma, { email: ns.email("other"), displayName: `別の管理者 ${suffix}`, roles: ["ADMIN"] });
  const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "調整役", roles: ["COORDINATOR"] });
  userIds.push(admin.id, other.id, coordinator.id);
  cookies = {
    admin: await sessionCookie(admin.id),
    otherAdmin: await sessionCookie(other.id),
    coordinator: await sessionCookie(coordinator.id),
  };
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { targetType: "indicator", targetId: { in: [key, twiceKey] } } });
  await prisma.planIndicator.deleteMany({ where: { key: { in: [key, twiceKey] } } });
  await cleanUpAccounts(ns, userIds);
});

const create = (cookie: string, values: Record<string, string>) =>
  settle(() => newAction({ request: postRequest("/admin/indicators/new", cookie, values), params: {}, context }));

const edit = (cookie: string, values: Record<string, string>) =>
  settle(() => editAction({ request: postRequest(`/admin/indicators/${key}`, cookie, values), params: { key }, context }));

async function formOf(cookie: string, changes: Record<string, string | undefined>) {
  const page = (await editLoader({ request: getRequest(`/admin/indicators/${key}`, cookie), params: { key }, context })) as {
    defaults: Record<string, string>;
  };
  const values = { ...page.defaults };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete values[name];
    else values[name] = value;
  }
  return values;
}

const homeKeys = async () =>
  (await homeLoader({ request: getRequest("/"), params: {}, context })).indicators.map((indicator: { key: string }) => indicator.key);
const dashboardKeys = async () =>
  (await dashboardLoader({ request: getRequest("/dashboard"), params: {}, context })).data.indicators.map(
    (indicator: { key: string }) => indicator.key,
  );

type Refused = {
  init: { status: number };
  data: { conflict: { changedBy: string } | null; result: { initialValue: Record<string, string> } };
};

describe("/admin/indicators/new and /admin/indicators/<key>", () => {
  it("answers 403 to a coordinator on both pages and forms, and creates nothing", async () => {
    const attempts: Array<() => Promise<unknown>> = [
      () => newLoader({ request: getRequest("/admin/indicators/new", cookies.coordinator), params: {}, context }),
      () => newAction({ request: postRequest("/admin/indicators/new", cookies.coordinator, newValues(key)), params: {}, context }),
      () =>
        editLoader({ request: getRequest("/admin/indicators/population", cookies.coordinator), params: { key: "population" }, context }),
      () =>
        editAction({
          request: postRequest("/admin/indicators/population", cookies.coordinator, { nameJa: "乗っ取り" }),
          params: { key: "population" },
          context,
        }),
    ];
    for (const attempt of attempts) expect(((await settle(attempt)) as Response).status).toBe(403);
    const anonymous = (await settle(() => newLoader({ request: getRequest("/admin/indicators/new"), params: {}, context }))) as Response;
    expect(anonymous.status).toBe(302);
    expect(await prisma.planIndicator.count({ where: { key } })).toBe(0);
  });

  it("refuses bad input with 400 in the admin's language, keeping what was typed", async () => {
    const refused = (await create(cookies.admin, { ...newValues(key), baselineValue: "", targetValue: "三十" })) as unknown as {
      init: { status: number };
      data: { result: { initialValue: Record<string, string>; error: Record<string, string[]> } };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data.result.initialValue.nameJa).toBe(`ボランティア参加率 ${suffix}`);
    expect(refused.data.result.error.targetValue).toEqual(["adminIndicators.errors.value"]);
    expect(refused.data.result.error.baselineValue).toEqual(["adminIndicators.errors.baselinePair"]);
    expect(await prisma.planIndicator.count({ where: { key } })).toBe(0);
  });

  it("adds an indicator: the home page and the dashboard show it, the audit log records it", async () => {
    const created = (await create(cookies.admin, newValues(key))) as Response;
    expect(created.status).toBe(302);
    expect(await homeKeys()).toContain(key);
    expect(await dashboardKeys()).toContain(key);
    const stored = await prisma.planIndicator.findUniqueOrThrow({ where: { key } });
    expect(stored.baselineValue?.toString()).toBe("21.5");
    expect(stored.sourceJa).toBe("市民意識調査");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "indicator", targetId: key, action: "indicator.created" },
    });
    expect(audit.actorLabel).toBe(adminName);
    const taken = (await create(cookies.admin, newValues(key))) as unknown as Refused;
    expect(taken.init.status).toBe(400);
  });

  it("saves an edit, and refuses the second of two admins with 409 naming who saved first, keeping what they typed", async () => {
    const first = await formOf(cookies.admin, { nameJa: `先の名前 ${suffix}`, targetComparison: "AT_MOST" });
    const second = await formOf(cookies.otherAdmin, { nameJa: `後の名前 ${suffix}` });
    expect(((await edit(cookies.admin, first)) as Response).status).toBe(302);
    const refused = (await edit(cookies.otherAdmin, second)) as unknown as Refused;
    expect(refused.init.status).toBe(409);
    expect(refused.data.conflict?.changedBy).toBe(adminName);
    expect(refused.data.result.initialValue.nameJa).toBe(`後の名前 ${suffix}`);
    const stored = await prisma.planIndicator.findUniqueOrThrow({ where: { key } });
    expect(stored.nameJa).toBe(`先の名前 ${suffix}`);
    expect(stored.targetComparison).toBe("AT_MOST");
    expect(await prisma.auditLog.count({ where: { targetType: "indicator", targetId: key, action: "indicator.updated" } })).toBe(1);
  });

  it("refuses a yearly value sent from a page older than the indicator's last edit (409), and saves it with the current version", async () => {
    const stale = (await settle(() =>
      valuesAction({
        request: postRequest("/admin/indicators", cookies.admin, {
          intent: "value",
          indicator: key,
          version: "1",
          year: "2025",
          value: "22.4",
        }),
        params: {},
        context,
      }),
    )) as unknown as { init: { status: number }; data: { typed: Record<string, string> } };
    expect(stale.init.status).toBe(409);
    expect(stale.data.typed.value).toBe("22.4");
    const { version } = await prisma.planIndicator.findUniqueOrThrow({ where: { key }, select: { version: true } });
    const saved = (await settle(() =>
      valuesAction({
        request: postRequest("/admin/indicators", cookies.admin, {
          intent: "value",
          indicator: key,
          version: String(version),
          year: "2025",
          value: "22.4",
        }),
        params: {},
        context,
      }),
    )) as Response;
    expect(saved.status).toBe(302);
  });

  it("retires it: gone from the home page and the dashboard, values kept; restoring brings it back", async () => {
    expect(((await edit(cookies.admin, await formOf(cookies.admin, { retired: "on" }))) as Response).status).toBe(302);
    expect(await homeKeys()).not.toContain(key);
    expect(await dashboardKeys()).not.toContain(key);
    const kept = await prisma.planIndicator.findUniqueOrThrow({
      where: { key },
      select: { retiredAt: true, values: { select: { year: true } } },
    });
    expect(kept.retiredAt).not.toBeNull();
    expect(kept.values.map((value) => value.year)).toEqual([2025]);
    expect(await prisma.auditLog.count({ where: { targetId: key, action: "indicator.retired" } })).toBe(1);

    expect(((await edit(cookies.admin, await formOf(cookies.admin, { retired: undefined }))) as Response).status).toBe(302);
    expect(await homeKeys()).toContain(key);
    expect(await prisma.auditLog.count({ where: { targetId: key, action: "indicator.restored" } })).toBe(1);
  });

  it("creates one indicator when the same form is sent twice at once", async () => {
    const page = (await newLoader({ request: getRequest("/admin/indicators/new", cookies.admin), params: {}, context })) as {
      submissionKey: string;
    };
    const answers = (await Promise.all([
      create(cookies.admin, newValues(twiceKey, page.submissionKey)),
      create(cookies.admin, newValues(twiceKey, page.submissionKey)),
    ])) as Response[];
    expect(answers.map((answer) => answer.status)).toEqual([302, 302]);
    expect(answers[1]!.headers.get("Location")).toBe(answers[0]!.headers.get("Location"));
    expect(await prisma.planIndicator.count({ where: { key: twiceKey } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: twiceKey, action: "indicator.created" } })).toBe(1);
  });
});
