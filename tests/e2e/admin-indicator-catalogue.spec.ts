// An admin adds a plan indicator on a 390 px phone: the add and edit pages pass axe, a wrong
// figure is refused in Japanese with what was typed kept, and the added indicator is listed with its edit link.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closeTestDatabase, signedInAs, testDatabase, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

test.use({ locale: "ja-JP", viewport: { width: 390, height: 844 } });

const key = `e2e-${randomUUID().slice(0, 8)}`;

test.beforeEach(async ({ context }) => {
  const admin = await signedInAs("ADMIN", "indicator-admin");
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp(), Cookie: admin.cookie });
});
test.afterAll(async () => {
  await testDatabase().query(`DELETE FROM "PlanIndicator" WHERE key = $1`, [key]);
  await closeTestDatabase();
});

test("an admin adds an indicator: a wrong target is refused with the form kept, then it is listed and its edit page opens", async ({
  page,
}) => {
  await page.goto("/admin/indicators/new");
  await expectNoAxeViolations(page);
  await page.getByLabel("識別名（半角英数字とハイフン）").fill(key);
  await page.getByLabel("名前（日本語）").fill("ボランティア参加率");
  await page.getByLabel("名前（英語）").fill("Volunteering rate");
  await page.getByLabel("単位（日本語）").fill("%");
  await page.getByLabel("単位（英語）").fill("%");
  await page.getByLabel("目標年度").fill("2030");
  await page.getByLabel("目標値").fill("三十");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByText("値は数字で入力してください（小数は2桁まで）。").first()).toBeVisible();
  await expect(page.getByLabel("名前（日本語）")).toHaveValue("ボランティア参加率");
  await expectNoAxeViolations(page);

  await page.getByLabel("目標値").fill("30");
  await page.getByRole("button", { name: "追加する" }).click();
  // The flash cookie the redirect sets would take the place of the session sent by header: drop it and open the list.
  await page.waitForURL((url) => !url.pathname.endsWith("/new"));
  await page.context().clearCookies();
  await page.goto("/admin/indicators");
  await expect(page.getByRole("heading", { name: "ボランティア参加率（%）" })).toBeVisible();
  await page.goto(`/admin/indicators/${key}`);
  await expect(page.getByRole("heading", { level: 1, name: "ボランティア参加率を編集" })).toBeVisible();
  await expectNoAxeViolations(page);
});
