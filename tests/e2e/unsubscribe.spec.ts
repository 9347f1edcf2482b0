// One-click unsubscribe from a notification e-mail: the page works without signing in and passes axe, and a mail
// provider's RFC 8058 POST (no Origin header) is accepted for exactly this route while other POSTs without one
// are still refused.
import { createHmac, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closeTestDatabase, testDatabase, signedInAs } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

/** A link as the hub signs it (app/kernel/signed-token.server.ts), with the installation's key from the database. */
async function unsubscribeToken(userId: string) {
  await testDatabase().query(`INSERT INTO "AppSecret" (name, value) VALUES ('link-signing', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32).toString("base64url"),
  ]);
  const { rows } = await testDatabase().query<{ value: string }>(`SELECT value FROM "AppSecret" WHERE name = 'link-signing'`);
  const payload = Buffer.from(JSON.stringify({ u: userId, s: "all" })).toString("base64url");
  return `${payload}.${createHmac("sha256", rows[0]!.value).update(payload).digest("base64url")}`;
}

async function frequencyOf(userId: string) {
  const { rows } = await testDatabase().query<{ notificationFrequency: string }>(
    `SELECT "notificationFrequency" FROM "User" WHERE id = $1`,
    [userId],
  );
  return rows[0]!.notificationFrequency;
}

test.afterAll(async () => {
  await closeTestDatabase();
});

test("a reader stops notification e-mails from the link without signing in; both states of the page pass axe", async ({ page }) => {
  const { userId } = await signedInAs("RESIDENT", "unsubscribe-page");
  await page.goto(`/unsubscribe/${await unsubscribeToken(userId)}`);
  await expect(page.getByRole("heading", { level: 1, name: "お知らせメールの配信停止" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "お知らせメールを停止する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "お知らせメールを停止しました" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await frequencyOf(userId)).toBe("OFF");
});

test("a forged link gets a 400 page that says so", async ({ page }) => {
  const response = await page.goto("/unsubscribe/eyJ1IjoieCIsInMiOiJhbGwifQ.Zm9yZ2Vk?lng=ja");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "このリンクは使えません" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a mail provider's one-click POST works without an Origin header; other POSTs without one are still refused", async ({ request }) => {
  const { userId } = await signedInAs("RESIDENT", "unsubscribe-one-click");
  const oneClick = await request.post(`/unsubscribe/${await unsubscribeToken(userId)}`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(oneClick.status()).toBe(200);
  expect(await frequencyOf(userId)).toBe("OFF");
  const elsewhere = await request.post("/language", { form: { language: "ja", returnTo: "/" }, maxRedirects: 0 });
  expect(elsewhere.status()).toBe(403);
});
