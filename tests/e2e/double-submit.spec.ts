// A creation form double-clicked in Chromium (after hydration, so Remix sends both clicks as fetches, the first
// cancelled in the browser but not on the server): one organisation is made, and the browser lands on it.
import { expect, test } from "@playwright/test";
import { closeTestDatabase, createAccount, testDatabase, uniqueClientIp } from "./accounts.ts";

test.afterAll(async () => {
  await closeTestDatabase();
});

const passphrase = "narai-juku lacquer 2026";

test("double-clicking 団体を作成する makes one organisation", async ({ browser }) => {
  const owner = await createAccount({ label: "double-click", password: passphrase });
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(owner.email);
  await page.getByLabel("パスワード").fill(passphrase);
  await page.getByRole("main").getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/organisations/new");
  await expect(page.locator("form#organisation-profile")).toHaveAttribute("novalidate", "");
  const organisation = `ダブルクリック団体 ${Date.now()}`;
  await page.getByRole("textbox", { name: /^団体名/ }).fill(organisation);
  await page.getByRole("checkbox", { name: "仕事・取引" }).check();
  await page.getByRole("main").getByRole("button", { name: "団体を作成する" }).dblclick();
  await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation);
  // Both requests have been answered once the page shows the organisation; give a late second one a moment.
  await page.waitForTimeout(500);
  const { rows } = await testDatabase().query(`SELECT id FROM "PartnerProfile" WHERE "displayName" = $1`, [organisation]);
  expect(rows).toHaveLength(1);
  await context.close();
});
