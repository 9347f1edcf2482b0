// The city runs its own hub: an admin renames a strategy field in both languages and retires a skill at
// /admin/taxonomy (plain forms), and a visitor walks from the footer to the areas index and on to a district page,
// each new page checked with axe and the district page on a 390 px phone.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, testDatabase, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const passphrase = "narai-juku lacquer 1999";

test.use({ locale: "ja-JP" });
test.afterAll(async () => {
  await closeTestDatabase();
});

test.describe("an admin edits the taxonomy", () => {
  let field6: { nameJa: string; nameEn: string };
  const suffix = randomUUID().slice(0, 6);

  test.beforeEach(async ({ context, page }) => {
    // Signed in through the form: a real session cookie survives the redirects after saving.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp() });
    const admin = await createAccount({ label: "taxonomy-admin", password: passphrase, role: "ADMIN" });
    await page.goto("/login");
    await page.getByRole("textbox", { name: "メールアドレス" }).fill(admin.email);
    await page.getByLabel("パスワード", { exact: true }).fill(passphrase);
    await page.getByRole("main").getByRole("button", { name: "ログイン" }).click();
    await enterSecondFactorIfAsked(page, admin.email);
    await expect(page).toHaveURL(/\/account$/);
  });
  test.beforeAll(async () => {
    const { rows } = await testDatabase().query(`SELECT "nameJa", "nameEn" FROM "StrategyField" WHERE number = 6`);
    field6 = rows[0] as { nameJa: string; nameEn: string };
  });
  test.afterAll(async () => {
    await testDatabase().query(`DELETE FROM "PlanIndicatorValue" WHERE year = 2099`);
    await testDatabase().query(`UPDATE "StrategyField" SET "nameJa" = $1, "nameEn" = $2 WHERE number = 6`, [field6.nameJa, field6.nameEn]);
  });

  test("renames a field in both languages; the field page shows the new name at once", async ({ page }) => {
    await page.goto("/admin/taxonomy");
    await expectNoAxeViolations(page);
    await page.getByRole("main").getByRole("link", { name: "戦略分野" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: field6.nameJa }).click();
    await expectNoAxeViolations(page);
    // Typed before hydration, the form's fields can be drawn again with the stored names: wait for Conform first.
    await expect(page.locator("form#taxonomy-fields")).toHaveAttribute("novalidate", "");
    await page.getByRole("textbox", { name: "名前（日本語）" }).fill(`協働参画・連繋 ${suffix}`);
    await page.getByRole("textbox", { name: "名前（英語）" }).fill(`Collaboration ${suffix}`);
    await page.getByRole("textbox", { name: "名前（英語）" }).blur();
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page).toHaveURL(/\/admin\/taxonomy\/fields$/);
    await expect(page.getByRole("status")).toHaveText("分類を保存しました。");
    await expect(page.getByRole("table")).toContainText(`Collaboration ${suffix}`);

    await page.goto("/fields/6");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`協働参画・連繋 ${suffix}`);
    await page.goto("/fields/6?lng=en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Collaboration ${suffix}`);
  });

  test("adds a skill with synonyms, then retires it: it leaves the challenge editor's choices", async ({ page }) => {
    const name = `ドローン空撮 ${suffix}`;
    await page.goto("/admin/taxonomy/skills");
    await page.getByRole("link", { name: "スキルを追加" }).click();
    await expectNoAxeViolations(page);
    await expect(page.locator("form#taxonomy-skills")).toHaveAttribute("novalidate", "");
    await page.getByRole("textbox", { name: "アドレス名（英小文字・数字・ハイフン）" }).fill(`drone-${suffix}`);
    await page.getByRole("textbox", { name: "名前（日本語）" }).fill(name);
    await page.getByRole("textbox", { name: "名前（英語）" }).fill(`Drone filming ${suffix}`);
    await page.getByRole("textbox", { name: "分類（日本語）" }).fill("デジタル・データ");
    await page.getByRole("textbox", { name: "分類（英語）" }).fill("Digital and data");
    await page.getByRole("textbox", { name: "同義語・キーワード（日本語）" }).fill("空撮\nUAV");
    await page.getByRole("textbox", { name: "同義語・キーワード（英語）" }).fill("aerial photography");
    await page.getByRole("textbox", { name: "同義語・キーワード（英語）" }).blur();
    await page.getByRole("button", { name: "追加する" }).click();
    await expect(page.getByRole("status")).toHaveText("分類を追加しました。");

    await page.goto("/coordinate/challenges/new");
    await expect(page.getByText(name, { exact: true })).toHaveCount(1);

    await page.goto("/admin/taxonomy/skills");
    await page.getByRole("link", { name }).click();
    await page.getByRole("checkbox", { name: "使用停止にする" }).check();
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("使用停止");

    await page.goto("/coordinate/challenges/new");
    await expect(page.getByText(name, { exact: true })).toHaveCount(0);
    await page.goto("/admin/audit?action=taxonomy.retired");
    await expect(page.getByRole("table")).toContainText(`skills:`);
  });

  test("enters a yearly population value that the home page shows as the latest", async ({ page }) => {
    await page.goto("/admin/indicators");
    await expectNoAxeViolations(page);
    const population = page.locator("#indicator-population");
    await population.getByLabel("年度", { exact: true }).fill("2099");
    await population.getByLabel(/^値/).fill("65999");
    await population.getByLabel("メモ", { exact: true }).fill("e2e");
    await population.getByRole("button", { name: "保存する" }).click();
    await expect(population.getByRole("status")).toHaveText("保存しました。");
    await expect(population.getByRole("table")).toContainText("65,999");
    await page.goto("/");
    await expect(page.getByRole("main")).toContainText("65,999");
  });
});

test("a visitor walks from the footer to the areas index and on to a district page, on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "地区・エリア" }).click();
  await expect(page).toHaveURL(/\/areas$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("地区・エリア");
  await expect(page.getByRole("heading", { level: 2, name: "地区" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "広域" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "オンライン" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "楢川", exact: true }).click();
  await expect(page).toHaveURL(/\/areas\/narakawa$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("楢川");
  await expect(page.getByRole("heading", { level: 2, name: "この地域の地域課題" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "この地域に関心のあるパートナー" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // One status at a time, by a plain GET form.
  await page.getByLabel("状況で絞り込む").selectOption("COMPLETED");
  await page.getByRole("button", { name: "表示する" }).click();
  await expect(page).toHaveURL(/status=COMPLETED/);
  await expectNoAxeViolations(page);

  await page.goto("/areas/narakawa?lng=en");
  await expect(page.getByRole("heading", { level: 2, name: "Challenges in this area" })).toBeVisible();
  await expectNoAxeViolations(page);
});
