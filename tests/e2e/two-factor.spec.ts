// A coordinator's first sign-in on the production build (decision 0017): the staff page they wanted sends them to
// set up an authenticator app (QR code and the key as text), the first code turns it on and shows the recovery codes
// once, and the page they wanted opens; the next sign-in asks for a code. In Japanese with JavaScript, and in
// English without JavaScript on a 390 px phone (axe needs JavaScript: it scans the Japanese run's pages).
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, testDatabase, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const passphrase = "two-factor-e2e-passphrase";

test.afterAll(async () => {
  await closeTestDatabase();
});

const words = {
  ja: {
    email: "メールアドレス",
    password: /^パスワード$/,
    signIn: /^ログイン$/,
    setUp: "2段階認証",
    staffNotice: "コーディネーターと管理者の役割には2段階認証が必要です",
    qr: "認証アプリに読み取らせるQRコード",
    code: "確認コード（6桁）",
    enable: "2段階認証を有効にする",
    recovery: "リカバリーコード",
    wrong: "コードが違うか",
    continue: "続ける",
    queue: "協働提案の審査",
    signOut: "ログアウト",
  },
  en: {
    email: "E-mail address",
    password: /^Password$/,
    signIn: /^Sign in$/,
    setUp: "Two-step verification",
    staffNotice: "The coordinator and administrator roles require two-step verification",
    qr: "QR code for your authenticator app",
    code: "Confirmation code (6 digits)",
    enable: "Turn on two-step verification",
    recovery: "Recovery codes",
    wrong: "That code is wrong",
    continue: "Continue",
    queue: "Proposal review",
    signOut: "Sign out",
  },
};

function codeNow(secret: string, stepOffset = 0) {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(Math.floor(Date.now() / 30_000) + stepOffset), 6);
}

async function signInForm(page: Page, email: string, language: "ja" | "en") {
  const w = words[language];
  await page.getByRole("textbox", { name: w.email }).fill(email);
  await page.getByLabel(w.password).fill(passphrase);
  await page.getByRole("main").getByRole("button", { name: w.signIn }).click();
}

async function firstSignIn(browser: Browser, language: "ja" | "en", options: { javaScriptEnabled: boolean; phone?: boolean }) {
  const w = words[language];
  // Promoted to coordinator after signing up: no authenticator yet.
  const account = await createAccount({
    label: `first-${language}`,
    password: passphrase,
    role: "COORDINATOR",
    language,
    totpSecret: null,
  });
  const context = await browser.newContext({
    locale: language === "ja" ? "ja-JP" : "en-GB",
    javaScriptEnabled: options.javaScriptEnabled,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
    ...(options.phone ? { viewport: { width: 390, height: 844 } } : {}),
  });
  const page = await context.newPage();

  await page.goto("/coordinate/proposals");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcoordinate%2Fproposals$/);
  await signInForm(page, account.email, language);

  await expect(page).toHaveURL(/\/account\/two-factor\?redirectTo=%2Fcoordinate%2Fproposals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.setUp);
  await expect(page.getByText(w.staffNotice)).toBeVisible();
  await expect(page.getByRole("img", { name: w.qr })).toBeVisible();
  if (options.javaScriptEnabled) await expectNoAxeViolations(page);
  if (options.phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const secret = (await page.getByTestId("totp-secret").innerText()).replaceAll(" ", "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // Until enrolment, the staff page sends the session back here.
  await page.goto("/coordinate/proposals");
  await expect(page).toHaveURL(/\/account\/two-factor\?redirectTo=%2Fcoordinate%2Fproposals$/);

  const wrongCode = codeNow(secret) === "000000" ? "111111" : "000000";
  await page.getByRole("textbox", { name: w.code }).fill(wrongCode);
  await page.getByRole("button", { name: w.enable }).click();
  await expect(page.getByText(w.wrong)).toBeVisible();

  await page.getByRole("textbox", { name: w.code }).fill(codeNow(secret));
  await page.getByRole("button", { name: w.enable }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.recovery);
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  if (options.javaScriptEnabled) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: w.continue }).click();
  await expect(page).toHaveURL(/\/coordinate\/proposals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.queue);

  // The next sign-in asks for the app's code (the one after the code just used: each is taken once).
  await page.getByRole("button", { name: w.signOut }).first().click();
  // Signing out ends on the home page; going to /login before then would still find the session (and be sent on).
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/login?redirectTo=%2Fcoordinate%2Fproposals");
  await signInForm(page, account.email, language);
  await expect(page).toHaveURL(/\/login\/two-factor\?redirectTo=%2Fcoordinate%2Fproposals$/);
  if (options.javaScriptEnabled) await expectNoAxeViolations(page);
  await page
    .getByRole("textbox", { name: language === "ja" ? "認証コード" : "Authentication code" })
    .fill(await nextCode(account.email, secret));
  await page
    .getByRole("main")
    .getByRole("button", { name: language === "ja" ? "確認してログイン" : "Verify and sign in" })
    .click();
  await expect(page).toHaveURL(/\/coordinate\/proposals$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.queue);
  await context.close();
}

/** A code not used yet: the step after the last one used, as enterSecondFactorIfAsked picks it. */
async function nextCode(email: string, secret: string) {
  const { rows } = await testDatabase().query(
    `SELECT t."lastUsedStep"::text AS step FROM "TotpCredential" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1`,
    [email],
  );
  const lastUsed = Number((rows[0] as { step: string }).step);
  const now = Math.floor(Date.now() / 30_000);
  return codeNow(secret, lastUsed >= now ? lastUsed + 1 - now : 0);
}

test("a coordinator's first sign-in sets up the authenticator and opens the staff page (Japanese, JavaScript)", async ({ browser }) => {
  test.slow();
  await firstSignIn(browser, "ja", { javaScriptEnabled: true });
});

test("the same first sign-in works in English without JavaScript on a phone", async ({ browser }) => {
  test.slow();
  await firstSignIn(browser, "en", { javaScriptEnabled: false, phone: true });
});

test("a staff account enrolled by the tests' factory signs in with the shared helper", async ({ browser }) => {
  const account = await createAccount({ label: "helper-admin", password: passphrase, role: "ADMIN" });
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const page = await context.newPage();
  await page.goto("/login?redirectTo=%2Fadmin%2Fcsp-reports");
  await signInForm(page, account.email, "ja");
  await enterSecondFactorIfAsked(page, account.email);
  await expect(page).toHaveURL(/\/admin\/csp-reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CSP違反レポート");
  await expectNoAxeViolations(page);
  await context.close();
});
