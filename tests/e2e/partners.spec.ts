// Partners in a real browser: a resident builds a profile (with and without JavaScript), finds it in the directory
// with filters once public, opens its page; a private profile is hidden from others; coordinators see contact
// details. Contact details never reach the directory or a public page's HTML. Checked with axe, in both languages.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const passphrase = "narai-juku lacquer 2026";
// One per worker (each imports this file): names carry it, so searches and clean-up find only this worker's rows.
const marker = `E2Eパートナー${randomUUID().slice(0, 8)}`;
const secretEmail = `hidden-${randomUUID().slice(0, 8)}@contact.example`;
const secretPhone = "0263-55-0101";

test.use({ locale: "ja-JP" });
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp() });
});
test.afterAll(async () => {
  const profiles = await prisma.partnerProfile.findMany({ where: { displayName: { contains: marker } }, select: { id: true } });
  const ids = profiles.map((profile) => profile.id);
  await prisma.auditLog.deleteMany({ where: { targetType: "partner", targetId: { in: ids } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: ids } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス|E-mail address/ }).fill(email);
  await page.getByLabel(/^(パスワード|Password)$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(ログイン|Sign in)$/ })
    .click();
  await enterSecondFactorIfAsked(page, email);
  await expect(page).toHaveURL(/\/account$/);
}

async function personPage(
  browser: Browser,
  label: string,
  options: { javaScriptEnabled?: boolean; role?: "COORDINATOR"; language?: "ja" | "en" } = {},
) {
  const account = await createAccount({ label, password: passphrase, role: options.role, language: options.language });
  const context = await browser.newContext({
    locale: options.language === "en" ? "en-GB" : "ja-JP",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
  const page = await context.newPage();
  await signIn(page, account.email);
  return { account, context, page };
}

/** Once hydrated, Conform validates instead of the browser: wait for it before relying on its messages. */
async function waitForEditor(page: Page) {
  await expect(page.locator("form#partner-profile")).toHaveAttribute("novalidate", "");
}

test("a resident becomes a partner, shows the profile in the directory, and others find it with filters", async ({ browser }) => {
  test.slow();
  const { page, context, account } = await personPage(browser, "partner-author");
  await page.getByRole("link", { name: "パートナー登録（プロフィールを作成）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パートナー登録");
  await waitForEditor(page);
  await expectNoAxeViolations(page);

  const name = `${marker} 塩尻 花子`;
  await page.getByLabel("表示名").fill(name);
  await page.getByLabel("ひとこと紹介（任意）").fill("東京在住のGISエンジニア");
  await page.getByLabel("自己紹介（任意）").fill("## 経歴\n\n塩尻で育ちました。**地図**が好きです。");
  // Sent without a connection to Shiojiri: the form says what is missing and keeps everything else.
  await page.getByRole("button", { name: "プロフィールを作成する" }).click();
  await expect(page.getByText("塩尻とのつながりを1つ以上選んでください（当てはまらない場合は「その他」）。")).toBeVisible();
  await expect(page.getByLabel("表示名")).toHaveValue(name);

  await page.getByRole("checkbox", { name: "出身", exact: true }).check();
  await page.getByRole("checkbox", { name: "ふるさと納税", exact: true }).check();
  await page.getByLabel("お住まいの都道府県・国").selectOption("13");
  await page.getByRole("checkbox", { name: "GIS・地図データ" }).check();
  await page.getByLabel("そのほかのスキル（自由記入・任意）").fill("ドローン測量、 ドローン測量");
  await page.getByRole("group", { name: "戦略分野" }).getByRole("checkbox", { name: "まちづくり・インフラ・防災" }).check();
  await page.getByLabel("関われる時間（1か月あたり・任意）").fill("10");
  await page.getByRole("checkbox", { name: "リモート", exact: true }).check();
  await page.getByRole("checkbox", { name: /^英語/ }).check();
  await page.getByRole("checkbox", { name: "パートナー一覧（ディレクトリ）に公開する" }).check();
  await page.getByLabel("連絡用メールアドレス（任意）").fill(secretEmail);
  await page.getByLabel("電話番号（任意）").fill(secretPhone);
  await page.getByRole("button", { name: "プロフィールを作成する" }).click();

  await expect(page.getByRole("status").filter({ hasText: "パートナープロフィールを作成しました。" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("パートナープロフィールの編集");
  await expect(page.getByLabel("そのほかのスキル（自由記入・任意）")).toHaveValue("ドローン測量");
  await expect(page.getByLabel("連絡用メールアドレス（任意）")).toHaveValue(secretEmail);
  await waitForEditor(page);
  await expectNoAxeViolations(page);
  const roles = await prisma.userRole.findMany({ where: { userId: account.userId }, select: { role: true } });
  expect(roles.map((row) => row.role)).toEqual(["PARTNER"]);
  await context.close();

  // Anyone finds it in the directory, narrowed by filters (applied as soon as a list changes, with JavaScript).
  const visitorContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() }, locale: "ja-JP" });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/partners?q=${encodeURIComponent(marker)}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("パートナーをさがす");
  await expect(visitor.getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.getByRole("combobox", { name: "スキル" }).selectOption("gis");
  await expect(visitor).toHaveURL(/skill=gis/);
  await expect(visitor.getByRole("link", { name })).toBeVisible();
  await visitor.getByRole("combobox", { name: "地域" }).selectOption("kanto");
  await expect(visitor).toHaveURL(/region=kanto/);
  await expect(visitor.getByRole("link", { name })).toBeVisible();
  await visitor.getByRole("combobox", { name: "塩尻とのつながり" }).selectOption("COMMUTE");
  await expect(visitor).toHaveURL(/relationship=COMMUTE/);
  await expect(visitor.getByText("条件に合うパートナーは見つかりませんでした。")).toBeVisible();
  await visitor.getByRole("combobox", { name: "塩尻とのつながり" }).selectOption("BIRTHPLACE");
  await expect(visitor.getByRole("link", { name })).toBeVisible();
  expect(await visitor.content()).not.toContain(secretEmail);

  await visitor.getByRole("link", { name }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(visitor.getByRole("heading", { name: "経歴", level: 3 })).toBeVisible();
  await expect(visitor.getByText("東京都")).toBeVisible();
  await expectNoAxeViolations(visitor);
  const html = await visitor.content();
  expect(html).not.toContain(secretEmail);
  expect(html).not.toContain(secretPhone);
  expect(html).not.toContain(account.email);

  // The same pages in English.
  await visitor.goto(`${new URL(visitor.url()).pathname}?lng=en`);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await expect(visitor.getByText("Born or grew up here")).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.goto(`/partners?q=${encodeURIComponent(marker)}&lng=en`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Find partners");
  await expect(visitor.getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitorContext.close();
});

test.describe("without JavaScript", () => {
  test("a resident creates a private profile; it stays out of the directory and only its owner sees the page", async ({ browser }) => {
    const { page, context } = await personPage(browser, "partner-nojs", { javaScriptEnabled: false });
    await page.goto("/account/partner");
    const name = `${marker} 非公開 太郎`;
    await page.getByLabel("表示名").fill(name);
    await page.getByLabel("関われる時間（1か月あたり・任意）").fill("500");
    await page.getByRole("checkbox", { name: "在住経験", exact: true }).check();
    await page.getByRole("button", { name: "プロフィールを作成する" }).click();
    // The server answers: the message next to the field, everything typed kept.
    await expect(page.getByText("0〜200の整数で入力してください。")).toBeVisible();
    await expect(page.getByLabel("表示名")).toHaveValue(name);
    await expect(page.getByRole("checkbox", { name: "在住経験", exact: true })).toBeChecked();
    await page.getByLabel("関われる時間（1か月あたり・任意）").fill("8");
    await page.getByRole("button", { name: "プロフィールを作成する" }).click();
    await expect(page.getByRole("status").filter({ hasText: "パートナープロフィールを作成しました。" })).toBeVisible();
    await expect(page.getByText("非公開", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "プロフィールページを見る" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("note")).toContainText("このプロフィールは非公開です。");
    const profilePath = new URL(page.url()).pathname;

    await page.goto(`/partners?q=${encodeURIComponent(name)}`);
    await expect(page.getByText("条件に合うパートナーは見つかりませんでした。")).toBeVisible();
    await context.close();

    const strangerContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
    const response = await (await strangerContext.newPage()).goto(profilePath);
    expect(response?.status()).toBe(404);
    await strangerContext.close();
  });
});

test("a coordinator sees every partner with contact details, members and proposals", async ({ browser }) => {
  const person = await createAccount({ label: "partner-coordinated", password: passphrase });
  const partner = await createPartner(prisma, {
    ownerId: person.userId,
    displayName: `${marker} 連絡先あり`,
    headline: "松本在住の防災士",
    isPublic: false,
    relationships: ["COMMUTE"],
    prefectureCode: 20,
    skillSlugs: ["disaster-preparedness"],
    contactEmail: secretEmail,
    contactPhone: secretPhone,
  });
  const { page, context } = await personPage(browser, "partner-coordinator", { role: "COORDINATOR", language: "en" });
  await page.goto(`/coordinate/partners?q=${encodeURIComponent(marker + " 連絡先")}&visibility=private`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `${marker} 連絡先あり` }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinate/partners/${partner.id}$`));
  await expect(page.getByRole("link", { name: secretEmail })).toBeVisible();
  await expect(page.getByText(secretPhone)).toBeVisible();
  await expect(page.getByRole("link", { name: person.email })).toBeVisible();
  await expect(page.getByText("This partner has no proposals yet.")).toBeVisible();
  await expectNoAxeViolations(page);
  // The coordinator also opens the (private) public page, marked as not public and without contact details.
  await page.getByRole("link", { name: "View the public profile" }).click();
  await expect(page.getByRole("note")).toContainText("This profile is not public.");
  expect(await page.content()).not.toContain(secretEmail);
  await context.close();
});
