// Trust and safety, end to end without JavaScript: an admin makes someone a moderator, a resident (Japanese)
// reports an English-speaking partner's public profile, the moderator hides it (twice: the same state), it leaves
// the public pages, the owner reads why in English in the hub and by e-mail, then is suspended and cannot sign in.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { closeTestDatabase, createAccount, e2eTotpSecret, enterSecondFactorIfAsked, testDatabase, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, latestMailTo } from "./support.ts";

const passphrase = "moderation-e2e-passphrase-2026";

test.afterAll(async () => {
  await closeTestDatabase();
});

async function signIn(browser: Browser, email: string) {
  const context = await browser.newContext({
    locale: "ja-JP",
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス|E-mail address/ }).fill(email);
  await page.getByLabel(/^(パスワード|Password)$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(ログイン|Sign in)$/ })
    .click();
  await enterSecondFactorIfAsked(page, email);
  return { context, page };
}

/** axe runs inside the page, so it looks at the same page as this person in a browser with JavaScript. */
async function expectAccessible(browser: Browser, context: BrowserContext, path: string) {
  const checking = await browser.newContext({ storageState: await context.storageState(), locale: "ja-JP" });
  const page = await checking.newPage();
  await page.goto(path);
  await expectNoAxeViolations(page);
  await checking.close();
}

test("a report reaches the moderators, hiding takes the profile off public pages and the owner is told in English; suspension ends sign-in", async ({
  browser,
}) => {
  // Four people sign in (argon2) and five pages get an axe scan: more than the default 90 s on a busy machine.
  test.setTimeout(180_000);
  const marker = randomUUID().slice(0, 6);
  const admin = await createAccount({ label: "mod-admin", password: passphrase, role: "ADMIN" });
  // Set up with an authenticator already, as staff must be (decision 0017) once the admin makes them a moderator.
  const moderator = await createAccount({ label: "mod-moderator", password: passphrase, totpSecret: e2eTotpSecret });
  const reporter = await createAccount({ label: "mod-reporter", password: passphrase });
  const owner = await createAccount({ label: "mod-owner", password: passphrase, role: "PARTNER", language: "en" });
  const profileName = `Spam Partner ${marker}`;
  const profileId = randomUUID();
  await testDatabase().query(
    `INSERT INTO "PartnerProfile" (id, kind, "personalUserId", "displayName", headline, relationships, "workStyles", "engagementTypes", "isPublic", "updatedAt")
     VALUES ($1, 'INDIVIDUAL', $2, $3, 'Buy now', '{OTHER}', '{}', '{}', true, now())`,
    [profileId, owner.userId, profileName],
  );
  await testDatabase().query(`INSERT INTO "PartnerMember" ("partnerId", "userId", role) VALUES ($1, $2, 'OWNER')`, [
    profileId,
    owner.userId,
  ]);

  // An admin makes the moderator one, on the admin users page.
  const asAdmin = await signIn(browser, admin.email);
  await asAdmin.page.goto(`/admin/users/${moderator.userId}`);
  await asAdmin.page.getByRole("button", { name: "モデレーターを付与" }).click();
  await expect(asAdmin.page.getByRole("button", { name: "モデレーターを解除" })).toBeVisible();

  // The resident reports the profile from its page, twice: one report.
  const asReporter = await signIn(browser, reporter.email);
  await asReporter.page.goto(`/partners/${profileId}`);
  await asReporter.page.getByRole("link", { name: `「${profileName}」を通報する` }).click();
  await expect(asReporter.page.getByRole("heading", { level: 1, name: "通報する" })).toBeVisible();
  await expectAccessible(browser, asReporter.context, `/report?type=profile&id=${profileId}`);
  await asReporter.page.getByLabel("宣伝・スパム").check();
  await asReporter.page.getByLabel("詳しい説明（任意）").fill("同じ宣伝文を何度も載せています");
  await asReporter.page.getByRole("button", { name: "通報を送る" }).click();
  await expect(asReporter.page).toHaveURL(new RegExp(`/partners/${profileId}$`));
  await expect(asReporter.page.getByText("通報を受け付けました。ご協力ありがとうございます。")).toBeVisible();
  await asReporter.page.goto(`/report?type=profile&id=${profileId}`);
  await expect(asReporter.page.getByText(/すでに通報済み/)).toBeVisible();
  await asReporter.page.getByRole("button", { name: "通報を送る" }).click();
  const reports = await testDatabase().query(`SELECT count(*)::int AS n FROM "ModerationReport" WHERE "targetId" = $1`, [profileId]);
  expect(reports.rows[0].n).toBe(1);

  // The moderator finds it in the queue and hides it with a reason.
  const asModerator = await signIn(browser, moderator.email);
  await asModerator.page.goto("/moderation");
  await expectAccessible(browser, asModerator.context, "/moderation");
  await asModerator.page.getByRole("link", { name: profileName }).click();
  await expect(asModerator.page.getByRole("heading", { level: 1 })).toContainText(profileName);
  await expect(asModerator.page.getByText("同じ宣伝文を何度も載せています")).toBeVisible();
  const caseUrl = asModerator.page.url();
  await expectAccessible(browser, asModerator.context, new URL(caseUrl).pathname);
  await asModerator.page.getByLabel("理由").selectOption("SPAM");
  await asModerator.page.getByLabel("所有者へのメッセージ").fill("This profile only advertises a product.");
  await asModerator.page.getByRole("button", { name: "非表示にする" }).click();
  await expect(asModerator.page.getByText("非表示にしました。所有者に通知しました。")).toBeVisible();
  await expect(asModerator.page.getByRole("button", { name: "表示に戻す" })).toBeVisible();
  // The same form sent again (a double submit): refused, and nothing more is written.
  const again = await asModerator.page.request.post(caseUrl, {
    form: { intent: "hide", reason: "SPAM", note: "This profile only advertises a product." },
    headers: { Origin: new URL(caseUrl).origin },
    maxRedirects: 0,
  });
  expect(again.status()).toBe(409);
  const notices = await testDatabase().query(`SELECT count(*)::int AS n FROM "ModerationNotice" WHERE "userId" = $1`, [owner.userId]);
  expect(notices.rows[0].n).toBe(1);

  // Gone from the public profile page and the directory.
  const publicPage = await asReporter.page.request.get(`/partners/${profileId}`, { headers: { Cookie: "" } });
  expect([403, 404]).toContain(publicPage.status());
  await asReporter.page.goto(`/partners?q=${encodeURIComponent(profileName)}`);
  await expect(asReporter.page.getByRole("link", { name: profileName })).toHaveCount(0);

  // The owner reads why, in English, in the hub and by e-mail.
  const asOwner = await signIn(browser, owner.email);
  await asOwner.page.goto("/account/notices");
  await expect(asOwner.page.getByRole("heading", { level: 1, name: "Notices from the moderators" })).toBeVisible();
  await expect(asOwner.page.getByText(`We hid “${profileName}” (Partner or organisation profile).`)).toBeVisible();
  await expect(asOwner.page.getByText("Reason: Advertising or spam")).toBeVisible();
  await expect(asOwner.page.getByText("From the moderators: This profile only advertises a product.")).toBeVisible();
  await expectAccessible(browser, asOwner.context, "/account/notices");
  const mail = await latestMailTo(owner.email, { subject: /We hid one of your posts/ });
  expect(mail.text).toContain("This profile only advertises a product.");
  expect(mail.text).toContain("/account/notices");

  // The moderator suspends the owner: their session ends and sign-in says why.
  await asModerator.page.goto(`/moderation/users/${owner.userId}`);
  await expectAccessible(browser, asModerator.context, `/moderation/users/${owner.userId}`);
  await asModerator.page.getByLabel("理由").selectOption("SPAM");
  await asModerator.page.getByLabel("本人へのメッセージ").fill("Repeated advertising.");
  await asModerator.page.getByRole("button", { name: "アカウントを利用停止にする" }).click();
  await expect(asModerator.page.getByText("アカウントを利用停止にしました。本人に通知しました。")).toBeVisible();
  await asOwner.page.goto("/account/notices");
  await expect(asOwner.page).toHaveURL(/\/login/);
  await asOwner.page.getByRole("textbox", { name: /E-mail address|メールアドレス/ }).fill(owner.email);
  await asOwner.page.getByLabel(/^(Password|パスワード)$/).fill(passphrase);
  await asOwner.page
    .getByRole("main")
    .getByRole("button", { name: /^(Sign in|ログイン)$/ })
    .click();
  await expect(asOwner.page.getByText(/This account is suspended for advertising or spam/)).toBeVisible();

  // The city's auditors get the moderation in the audit log's CSV.
  const csv = await asAdmin.page.request.get(`/admin/audit.csv?action=moderation.hidden`);
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain(profileId);
  expect(body).toContain("非表示にした");

  for (const session of [asAdmin, asReporter, asModerator, asOwner]) await session.context.close();
});

test("the moderation pages read in English too", async ({ browser }) => {
  const moderator = await createAccount({ label: "mod-english", password: passphrase, role: "MODERATOR", language: "en" });
  const { context, page } = await signIn(browser, moderator.email);
  await page.goto("/moderation?status=all");
  await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  await expectAccessible(browser, context, "/moderation?status=all");
  // Moderators may not grant roles, read the whole audit log or run the taxonomy.
  for (const path of ["/admin/users", "/admin/audit", "/admin/taxonomy", "/admin/emails"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status()).toBe(403);
  }
  await context.close();
});
