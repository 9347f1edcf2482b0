// Organisations in a real browser: an owner creates one and invites people; the invitation mail arrives at the
// Resend stub in the invitee's language; a newcomer signs up and accepts; an existing account is sent back to the
// link after signing in; the wrong account is told so; the last owner cannot leave. Axe on every page type.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { closeTestDatabase, createAccount, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLink, latestMailTo } from "./support.ts";

const passphrase = "narai-juku lacquer 2026";

test.afterAll(async () => {
  await closeTestDatabase();
});

async function newPage(browser: Browser, language: "ja" | "en" = "ja") {
  const context = await browser.newContext({
    locale: language === "en" ? "en-GB" : "ja-JP",
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
  return { context, page: await context.newPage() };
}

/** Signs in from wherever the page is (the login form keeps its redirectTo). */
async function fillSignIn(page: Page, email: string | null, password = passphrase) {
  if (email !== null) await page.getByRole("textbox", { name: /^(メールアドレス|E-mail address)$/ }).fill(email);
  await page.getByLabel(/^(パスワード|Password)$/).fill(password);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(ログイン|Sign in)$/ })
    .click();
}

async function signedInPage(browser: Browser, label: string, language: "ja" | "en" = "ja") {
  const account = await createAccount({ label, password: passphrase, language });
  const { context, page } = await newPage(browser, language);
  await page.goto("/login");
  await fillSignIn(page, account.email);
  await expect(page).toHaveURL(/\/account$/);
  return { account, context, page };
}

/** Creates an organisation from /organisations (Japanese pages) and returns its page's path. */
async function createOrganisation(page: Page, name: string, options: { axe?: boolean } = {}) {
  await page.goto("/organisations");
  await page.getByRole("main").getByRole("link", { name: "団体を作成する" }).click();
  await expect(page).toHaveURL(/\/organisations\/new$/);
  await expect(page.locator("form#organisation-profile")).toHaveAttribute("novalidate", "");
  if (options.axe) await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: /^団体名/ }).fill(name);
  await page.getByRole("checkbox", { name: "仕事・取引" }).check();
  await page.getByRole("main").getByRole("button", { name: "団体を作成する" }).click();
  await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").first()).toHaveText("団体を作成しました。メンバーを招待できます。");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

async function invite(page: Page, email: string, language: "ja" | "en" = "ja") {
  await page.getByRole("textbox", { name: "招待するメールアドレス" }).fill(email);
  await page.getByLabel("招待メールの言語").selectOption(language);
  await page.getByRole("button", { name: "招待メールを送る" }).click();
  await expect(page.getByText(`${email} に招待メールを送りました。`)).toBeVisible();
  await expect(page.getByRole("table", { name: "回答待ち・期限切れの招待" })).toContainText(email);
}

test("an owner creates an organisation and invites someone: the mail arrives in the language chosen, the link shows who invited whom to what", async ({
  browser,
}) => {
  const owner = await signedInPage(browser, "org-owner");
  const name = `木曽路ラボ ${Date.now()}`;

  await owner.page.getByRole("link", { name: "所属する団体と招待" }).click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("所属する団体");
  await expect(owner.page.getByText("まだどの団体にも所属していません。")).toBeVisible();
  await expectNoAxeViolations(owner.page);

  await createOrganisation(owner.page, name, { axe: true });
  const email = `org-invitee-${Date.now()}@e2e.example`;
  await invite(owner.page, email, "en");
  await expectNoAxeViolations(owner.page);

  const invitation = await latestMailTo(email);
  expect(invitation.subject).toBe(`Invitation to join ${name} — Shiojiri Co-creation Hub`);
  expect(invitation.text).toContain(owner.account.displayName);

  const visitor = await newPage(browser, "en");
  await visitor.page.goto(extractLink(invitation, "/invitations/"));
  await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText("Invitation to an organisation");
  await expect(visitor.page.getByRole("main")).toContainText(
    `${owner.account.displayName} invited you to join the organisation “${name}” as Member.`,
  );
  await expect(visitor.page.getByRole("main")).toContainText(email);
  await expect(visitor.page.getByRole("main").getByRole("link", { name: "Sign in to answer" })).toBeVisible();
  await expectNoAxeViolations(visitor.page);

  await owner.context.close();
  await visitor.context.close();
});

test("a newcomer signs up from the invitation in English, is brought back to it after confirming, and joins", async ({ browser }) => {
  const owner = await signedInPage(browser, "org-owner1");
  const name = `広丘ギルド ${Date.now()}`;
  const orgPath = await createOrganisation(owner.page, name);
  const newcomerEmail = `org-newcomer-${Date.now()}@e2e.example`;
  await invite(owner.page, newcomerEmail, "en");
  const link = extractLink(await latestMailTo(newcomerEmail), "/invitations/");

  const newcomer = await newPage(browser, "en");
  await newcomer.page.goto(link);
  await newcomer.page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(newcomer.page).toHaveURL(/\/signup\?redirectTo=%2Finvitations%2F/);
  await newcomer.page.getByRole("textbox", { name: "Display name" }).fill("Alex Newcomer");
  await newcomer.page.getByRole("textbox", { name: "E-mail address" }).fill(newcomerEmail);
  await newcomer.page.getByLabel("Password", { exact: true }).fill(passphrase);
  await newcomer.page.getByLabel("Language for pages and e-mails").selectOption("en");
  await newcomer.page.getByLabel("I accept the privacy policy").check();
  await newcomer.page.getByRole("main").getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.page.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");

  const confirmation = await latestMailTo(newcomerEmail, { subject: /Confirm your e-mail address/ });
  await newcomer.page.goto(extractLink(confirmation, "/verify-email"));
  await newcomer.page.getByRole("button", { name: "Confirm e-mail address" }).click();
  // Confirming signs them in, straight back to the invitation that brought them.
  await expect(newcomer.page).toHaveURL((url) => url.pathname + url.search === link);

  // The account page points to the waiting invitation as well.
  await newcomer.page.goto("/account");
  await expect(newcomer.page.getByText("You have 1 invitation waiting for an answer.")).toBeVisible();
  await newcomer.page.getByRole("link", { name: "Your organisations and invitations" }).click();
  await expect(newcomer.page.getByRole("heading", { level: 2, name: "Invitations for you" })).toBeVisible();
  await expect(newcomer.page.getByRole("main")).toContainText(name);

  await newcomer.page.goto(link);
  await newcomer.page.getByRole("main").getByRole("button", { name: "Join" }).click();
  await expect(newcomer.page).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(newcomer.page.getByRole("status").first()).toHaveText("You accepted the invitation and joined the organisation.");
  const members = newcomer.page.getByRole("table", { name: "Members and their roles" });
  await expect(members).toContainText("Alex Newcomer (you)");
  await expect(members).toContainText(owner.account.displayName);
  // Members do not see each other's addresses.
  await expect(members).not.toContainText(owner.account.email);

  // The owner hears about it in Japanese and sees the new member.
  const answered = await latestMailTo(owner.account.email, { subject: /招待が承諾されました/ });
  expect(answered.text).toContain("Alex Newcomer");
  await owner.page.reload();
  await expect(owner.page.getByRole("table", { name: "メンバーと役割" })).toContainText("Alex Newcomer");
  await expect(owner.page.getByText("回答待ちの招待はありません。")).toBeVisible();

  // The used link now says so.
  await newcomer.page.goto(link);
  await expect(newcomer.page.getByRole("alert")).toBeVisible();
  await expect(newcomer.page.getByRole("link", { name: "Go to your organisations" })).toBeVisible();
  await expectNoAxeViolations(newcomer.page);

  await owner.context.close();
  await newcomer.context.close();
});

test("the wrong account is refused; the invited one signs in from the link, comes back to it and joins; ownership is handed over", async ({
  browser,
}) => {
  const owner = await signedInPage(browser, "org-owner2");
  const orgPath = await createOrganisation(owner.page, `奈良井ワークス ${Date.now()}`);
  const member = await createAccount({ label: "org-member", password: passphrase });
  await invite(owner.page, member.email);
  const mail = await latestMailTo(member.email);
  expect(mail.subject).toContain("への招待");
  const link = extractLink(mail, "/invitations/");

  // Someone else, signed in, opens the link: told it is for another address.
  const other = await signedInPage(browser, "org-other");
  await other.page.goto(link);
  await expect(other.page.getByRole("alert")).toContainText(`この招待は ${member.email} 宛てです。`);
  await expect(other.page.getByRole("button", { name: "参加する" })).toHaveCount(0);
  await expectNoAxeViolations(other.page);

  // Switching account: sign out, sign in as the invited address, back on the invitation.
  await other.page.getByRole("button", { name: "ログアウトして別のアカウントでログインする" }).click();
  await expect(other.page).toHaveURL(/\/login\?redirectTo=%2Finvitations%2F/);
  await expect(other.page.getByRole("textbox", { name: "メールアドレス" })).toHaveValue(member.email);
  await fillSignIn(other.page, null);
  await expect(other.page).toHaveURL(new RegExp(`${link}$`));
  await other.page.getByRole("main").getByRole("button", { name: "参加する" }).click();
  await expect(other.page).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(other.page.getByRole("table", { name: "メンバーと役割" })).toContainText(`${member.displayName}（あなた）`);

  // Ownership handed over: the former owner can then leave.
  await owner.page.reload();
  await owner.page.getByLabel("引き継ぐメンバー").selectOption({ label: `${member.displayName} — メンバー` });
  await owner.page.getByLabel("管理者の権限を引き継ぎ、自分はメンバーになることを確認しました").check();
  await owner.page.getByRole("button", { name: "引き継ぐ" }).click();
  await expect(owner.page.getByText("管理者を引き継ぎました。あなたはメンバーになりました。")).toBeVisible();
  await owner.page.getByRole("button", { name: "団体から抜ける" }).click();
  await expect(owner.page).toHaveURL(/\/organisations$/);
  await expect(owner.page.getByRole("status").first()).toHaveText("団体から抜けました。");

  await owner.context.close();
  await other.context.close();
});

test("the last owner cannot leave; owners edit the profile with the partner editor; strangers get 404", async ({ browser }) => {
  const owner = await signedInPage(browser, "org-owner3");
  const orgPath = await createOrganisation(owner.page, `洗馬クラフト ${Date.now()}`);

  await owner.page.getByRole("button", { name: "団体から抜ける" }).click();
  await expect(owner.page.getByRole("alert")).toHaveText(
    "団体には管理者が少なくとも1人必要です。先にほかのメンバーを管理者にしてください。",
  );

  await owner.page.getByRole("link", { name: "団体のプロフィールを編集する" }).click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("団体のプロフィール編集");
  await expect(owner.page.locator("form#organisation-profile")).toHaveAttribute("novalidate", "");
  await expectNoAxeViolations(owner.page);
  await owner.page.getByRole("textbox", { name: /^ひとこと紹介/ }).fill("木曽漆器の技術で地域課題に取り組む団体");
  await owner.page.getByRole("main").getByRole("button", { name: "保存する" }).click();
  await expect(owner.page).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(owner.page.getByRole("status").first()).toHaveText("団体のプロフィールを保存しました。");
  await expect(owner.page.getByText("木曽漆器の技術で地域課題に取り組む団体")).toBeVisible();

  const stranger = await signedInPage(browser, "org-stranger");
  expect((await stranger.page.goto(orgPath))?.status()).toBe(404);
  expect((await stranger.page.goto(`${orgPath}/profile`))?.status()).toBe(404);

  await owner.context.close();
  await stranger.context.close();
});
