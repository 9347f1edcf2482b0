// The admin's indicator page through its loader and action: only admins open it, an entered yearly value shows on
// the home page at once and is audit-logged, and a pasted CSV with bad lines is refused line by line with nothing
// written (what was pasted is kept).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action, loader } from "~/routes/admin.indicators._index.tsx";
import { loader as homeLoader } from "~/routes/_index.tsx";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("admin-indicators.test");
const userIds: string[] = [];
const context = { clientIp: "10.8.8.8" };
const years = [2090, 2091, 2092, 2093];
let cookies: { admin: string; coordinator: string };
let adminName = "";

beforeAll(async () => {
  adminName = `管理者 ${randomUUID().slice(0, 6)}`;
  const admin = await createUser(prisma, { email: ns.email("admin"), displayName: adminName, roles: ["ADMIN"] });
  const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "調整役", roles: ["COORDINATOR"] });
  userIds.push(admin.id, coordinator.id);
  cookies = { admin: await sessionCookie(admin.id), coordinator: await sessionCookie(coordinator.id) };
});

afterAll(async () => {
  await prisma.planIndicatorValue.deleteMany({ where: { year: { in: years } } });
  await cleanUpAccounts(ns, userIds);
});

const post = (cookie: string, values: Record<string, string>) =>
  settle(() => action({ request: postRequest("/admin/indicators", cookie, values), params: {}, context }));

describe("/admin/indicators", () => {
  it("answers 403 to a coordinator, for the page and the form", async () => {
    expect(
      ((await settle(() => loader({ request: getRequest("/admin/indicators", cookies.coordinator), params: {}, context }))) as Response)
        .status,
    ).toBe(403);
    const refused = (await post(cookies.coordinator, { intent: "value", indicator: "population", year: "2090", value: "1" })) as Response;
    expect(refused.status).toBe(403);
    expect(await prisma.planIndicatorValue.count({ where: { year: 2090 } })).toBe(0);
  });

  it("saves a yearly value with a note and a source link: the home page shows it as the latest, the audit log records it", async () => {
    const saved = (await post(cookies.admin, {
      intent: "value",
      indicator: "population",
      year: "2090",
      value: "65,432",
      note: "住民基本台帳",
      sourceUrl: "https://www.city.shiojiri.lg.jp/",
    })) as Response;
    expect(saved.status).toBe(302);
    const home = await homeLoader({ request: getRequest("/"), params: {}, context });
    expect(home.indicators.find((indicator) => indicator.key === "population")?.latest).toEqual({ value: 65432, year: 2090 });
    const page = await loader({ request: getRequest("/admin/indicators", cookies.admin), params: {}, context });
    expect(page.indicators.find((indicator) => indicator.key === "population")?.values[0]).toEqual({
      year: 2090,
      value: 65432,
      note: "住民基本台帳",
      sourceUrl: "https://www.city.shiojiri.lg.jp/",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "indicator", targetId: "population" },
      orderBy: { id: "desc" },
    });
    expect(audit.action).toBe("indicator.value_saved");
    expect(audit.actorLabel).toBe(adminName);
  });

  it("refuses a bad year, value or link with 400 and keeps what was typed", async () => {
    const refused = (await post(cookies.admin, {
      intent: "value",
      indicator: "happiness",
      year: "R7",
      value: "六",
      sourceUrl: "javascript:alert(1)",
    })) as unknown as {
      init: { status: number };
      data: { errors: string[]; typed: Record<string, string> };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toHaveLength(3);
    expect(refused.data.typed.value).toBe("六");
  });

  it("refuses a CSV with bad lines, naming each line, and writes nothing; a good CSV is imported in one audit entry", async () => {
    const csv = "year,value,note\n2091,6.9\n2092,abc\n1999,6.5\n2091,7.0";
    const refused = (await post(cookies.admin, { intent: "import", indicator: "happiness", csv })) as unknown as {
      init: { status: number };
      data: { errors: string[]; typed: Record<string, string> };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual([
      "3行目：値は数字で入力してください（小数は2桁まで）。",
      "4行目：年度は2000〜2100の西暦で入力してください。",
      "5行目：同じ年度が2回あります。",
    ]);
    expect(refused.data.typed.csv).toBe(csv);
    expect(await prisma.planIndicatorValue.count({ where: { year: { in: years }, indicator: { key: "happiness" } } })).toBe(0);

    const imported = (await post(cookies.admin, {
      intent: "import",
      indicator: "happiness",
      csv: "2091,6.9,調査\n2092,7.05\n",
    })) as Response;
    expect(imported.status).toBe(302);
    const rows = await prisma.planIndicatorValue.findMany({
      where: { year: { in: years }, indicator: { key: "happiness" } },
      orderBy: { year: "asc" },
    });
    expect(rows.map((row) => [row.year, row.value.toNumber(), row.note])).toEqual([
      [2091, 6.9, "調査"],
      [2092, 7.05, ""],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetType: "indicator", targetId: "happiness" },
      orderBy: { id: "desc" },
    });
    expect(audit.action).toBe("indicator.values_imported");
  });
  it("a value sent twice at once (double click, two tabs) leaves one row for the year, with the value sent", async () => {
    const form = { intent: "value", indicator: "population", year: "2093", value: "65100", note: "二重送信" };
    const answers = (await Promise.all([post(cookies.admin, form), post(cookies.admin, form), post(cookies.admin, form)])) as Response[];
    expect(answers.map((answer) => answer.status)).toEqual([302, 302, 302]);
    const rows = await prisma.planIndicatorValue.findMany({
      where: { year: 2093, indicator: { key: "population" } },
      select: { value: true, note: true },
    });
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.value)).toBe(65100);
    expect(rows[0]!.note).toBe("二重送信");
  });
});
