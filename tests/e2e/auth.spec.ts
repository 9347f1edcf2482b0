// Accounts in a real browser: sign-up, the confirmation mail at the Resend stub, sign-in, sign-out, password
// reset, the messages for wrong passwords and unconfirmed accounts, rate limits, in Japanese and English.
import { expect, test, type Page } from "@playwright/test";
import { closeTestDatabase, createAccount, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLink, latestMailTo } from "./support.ts";

const passphrase = "kiso-mountains wine 2026";

test.afterAll(async () => {
  await closeTestDatabase();
});

async function signUp(page: Page, input: { name: string; email: string; password: string; language?: "ja" | "en" }, path = "/signup") {
  await page.goto(path);
  const japanese = (await page.locator("html").getAttribute("lang")) === "ja";
  await page.getByRole("textbox", { name: japanese ? "表示名" : "Display name" }).fill(input.name);
  await page.getByRole("textbox", { name: japanese ? "メールアドレス" : "E-mail address" }).fill(input.email);
  await page.getByLabel(japanese ? "パスワード" : "Password", { exact: true }).fill(input.password);
  if (input.language)
    await page.getByLabel(japanese ? "メールと画面の言語" : "Language for pages and e-mails").selectOption(input.language);
  await page.getByLabel(japanese ? "プライバシーポリシーに同意します" : "I accept the privacy policy").check();
  await page.getByRole("button", { name: japanese ? "登録する" : "Create account" }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  const japanese = (await page.locator("html").getAttribute("lang")) === "ja";
  await page.getByRole("textbox", { name: japanese ? "メールアドレス" : "E-mail address" }).fill(email);
  await page.getByLabel(japanese ? "パスワード" : "Password", { exact: true }).fill(password);
  await page
    .getByRole("main")
    .getByRole("button", { name: japanese ? "ログイン" : "Sign in" })
    .click();
}

test.describe("in Japanese", () => {
  test.use({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });

  test("sign up → confirmation mail → confirm (signed in) → sign out → sign in", async ({ page }) => {
    const email = `hanako-${Date.now()}@e2e.example`;
    await page.goto("/signup");
    await expectNoAxeViolations(page);
    await signUp(page, { name: "塩尻 花子", email, password: passphrase });

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールを確認してください");
    await expectNoAxeViolations(page);

    const mail = await latestMailTo(email);
    expect(mail.subject).toContain("メールアドレスの確認");
    expect(mail.text).toContain("塩尻 花子");
    await page.goto(extractLink(mail, "/verify-email"));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "メールアドレスを確認する" }).click();

    // Confirming proves the address: no second sign-in.
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("status")).toHaveText("メールアドレスを確認しました。ログインしました。");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("アカウント");
    await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("塩尻 花子");
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "ログアウト", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("ログアウトしました。");
    await signIn(page, email, passphrase);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("塩尻 花子");
    await page.getByRole("button", { name: "ログアウト", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("ログアウトしました。");
    await expect(page.getByRole("navigation", { name: "アカウントメニュー" }).getByRole("link", { name: "ログイン" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
  });

  test("a wrong password and an unconfirmed account each get a clear message", async ({ page }) => {
    const confirmed = await createAccount({ label: "wrong-password", password: passphrase });
    await signIn(page, confirmed.email, "not the right passphrase");
    await expect(page.getByRole("alert")).toHaveText("メールアドレスまたはパスワードが違います。");
    await expect(page.getByRole("textbox", { name: "メールアドレス" })).toHaveValue(confirmed.email);

    // An unknown address reads exactly the same: nothing tells whether it is registered.
    await signIn(page, `nobody-${Date.now()}@e2e.example`, "not the right passphrase");
    await expect(page.getByRole("alert")).toHaveText("メールアドレスまたはパスワードが違います。");

    const unconfirmed = await createAccount({ label: "unconfirmed", password: passphrase, confirmed: false });
    await signIn(page, unconfirmed.email, passphrase);
    await expect(page.getByRole("alert")).toContainText("メールアドレスの確認がまだ完了していません");
    await expect(page.getByRole("link", { name: "確認メールを再送する" })).toBeVisible();
  });

  test("form errors are shown next to their fields and keep what was typed", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.locator("form#signup")).toHaveAttribute("novalidate", "");
    await page.getByRole("textbox", { name: "表示名" }).fill("テスト");
    await page.getByRole("textbox", { name: "メールアドレス" }).fill("not-an-address");
    await page.getByLabel("パスワード", { exact: true }).fill("short");
    await page.getByRole("button", { name: "登録する" }).click();
    await expect(page.getByRole("textbox", { name: "メールアドレス" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("メールアドレスの形式が正しくありません")).toBeVisible();
    await expect(page.getByText("パスワードは12文字以上にしてください。")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "表示名" })).toHaveValue("テスト");
  });

  test("a common password is refused by the server", async ({ page }) => {
    await signUp(page, { name: "共通", email: `common-${Date.now()}@e2e.example`, password: "qwerty123456" });
    await expect(page.getByText("このパスワードはよく使われていて推測されやすいため使えません。")).toBeVisible();
  });
});

test.describe("in English", () => {
  test.use({ locale: "en-GB", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });

  test("sign up in English from a page that needs an account, confirm with the 6-digit code: signed in, back on that page", async ({
    page,
  }) => {
    const email = `alex-${Date.now()}@e2e.example`;
    await signUp(page, { name: "Alex from Sydney", email, password: passphrase, language: "en" }, "/signup?redirectTo=%2Fnotifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
    const mail = await latestMailTo(email);
    expect(mail.subject).toContain("Confirm your e-mail address");
    const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
    expect(code).toBeTruthy();
    await page.getByLabel("Confirmation code (6 digits)").fill(code!);
    await page.getByRole("button", { name: "Confirm with code" }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("status").first()).toHaveText("Your e-mail address is confirmed. You are signed in.");
    await expect(page.getByRole("navigation", { name: "Account menu" })).toContainText("Alex from Sydney");
  });

  test("forgotten password: the reset mail's link sets a new one, signs in and ends the old password", async ({ page }) => {
    const account = await createAccount({ label: "reset", password: passphrase, language: "en" });
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: "E-mail address" }).fill(account.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If this address is registered, we sent a reset link.");

    const mail = await latestMailTo(account.email);
    expect(mail.subject).toMatch(/password/i);
    await page.goto(extractLink(mail, "/reset-password"));
    await expectNoAxeViolations(page);
    const newPassphrase = "a new and longer passphrase";
    await page.getByLabel("New password", { exact: true }).fill(newPassphrase);
    await page.getByLabel("New password (again)").fill(newPassphrase);
    await page.getByRole("button", { name: "Set password" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("status")).toHaveText("Your password is set and you are signed in.");

    // The link works once; the old password no longer does.
    await page.goto(extractLink(mail, "/reset-password"));
    await expect(page.getByText("This link is invalid or has expired.")).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("You are signed out.");
    await signIn(page, account.email, passphrase);
    await expect(page.getByRole("alert")).toHaveText("Wrong e-mail address or password.");
    await signIn(page, account.email, newPassphrase);
    await expect(page).toHaveURL(/\/account$/);
  });

  test("repeated wrong passwords for one account hit the rate limit, even with the right one after", async ({ page, request, baseURL }) => {
    const account = await createAccount({ label: "rate-limit", password: passphrase });
    // Failures are counted per account: these come from different addresses and still add up.
    for (let attempt = 0; attempt < 8; attempt++) {
      const response = await request.post("/login", {
        headers: { Origin: new URL(baseURL!).origin, "X-Forwarded-For": uniqueClientIp() },
        form: { email: account.email, password: `wrong guess ${attempt}` },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(400);
    }
    await signIn(page, account.email, passphrase);
    await expect(page.getByRole("alert")).toContainText("Too many attempts. Please wait about");
    const limited = await request.post("/login", {
      headers: { Origin: new URL(baseURL!).origin, "X-Forwarded-For": uniqueClientIp() },
      form: { email: account.email, password: passphrase },
      maxRedirects: 0,
    });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  });

  test("an e-mailed sign-in link signs in without a password", async ({ page }) => {
    const account = await createAccount({ label: "magic-link", password: passphrase, language: "en" });
    await page.goto("/signin-link");
    await page.getByRole("textbox", { name: "E-mail address" }).fill(account.email);
    await page.getByRole("button", { name: "Send sign-in link" }).click();
    await expect(page.getByRole("status")).toContainText("If this address is registered");
    const mail = await latestMailTo(account.email);
    await page.goto(extractLink(mail, "/signin-link"));
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("status")).toHaveText("You are signed in.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });

  test("confirming the mailed link signs the newcomer in and takes them where they were going", async ({ page }) => {
    const email = `nojs-${Date.now()}@e2e.example`;
    await signUp(page, { name: "広丘 次郎", email, password: passphrase }, "/signup?redirectTo=%2Fnotifications");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("メールを確認してください");
    await page.goto(extractLink(await latestMailTo(email), "/verify-email"));
    await page.getByRole("button", { name: "メールアドレスを確認する" }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("status").first()).toHaveText("メールアドレスを確認しました。ログインしました。");
    await expect(page.getByRole("navigation", { name: "アカウントメニュー" })).toContainText("広丘 次郎");
  });

  test("signing in and out works with plain forms", async ({ page }) => {
    const account = await createAccount({ label: "no-js", password: passphrase });
    await signIn(page, account.email, passphrase);
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole("button", { name: "ログアウト", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("ログアウトしました。");
  });
});
