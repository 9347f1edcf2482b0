// The account page (preferences, e-mail change, data download, deletion) and the admin pages (roles, audit
// log), each checked with axe.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createPartner, createProposal } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLink, latestMailTo } from "./support.ts";

const passphrase = "narai-juku lacquer 1999";

test.use({ locale: "ja-JP" });
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp() });
});
const partnerIds: string[] = [];

test.afterAll(async () => {
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill(passphrase);
  await page.getByRole("main").getByRole("button", { name: "ログイン" }).click();
  await enterSecondFactorIfAsked(page, email);
  await expect(page).toHaveURL(/\/account$/);
}

test("preferences: a new display name and English are saved and take effect at once", async ({ page }) => {
  const account = await createAccount({ label: "prefs", password: passphrase });
  await signIn(page, account.email);
  await page.getByRole("textbox", { name: "表示名" }).fill("木曽 太郎");
  await page.getByLabel("メールと画面の言語").selectOption("en");
  await page.getByRole("button", { name: "設定を保存する" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("status")).toHaveText("Preferences saved.");
  await expect(page.getByRole("navigation", { name: "Account menu" })).toContainText("木曽 太郎");
});

test("changing the e-mail address: confirmed from the new inbox, the old one is told", async ({ page }) => {
  const account = await createAccount({ label: "change-email", password: passphrase });
  await signIn(page, account.email);
  await page.getByRole("link", { name: "メールアドレスを変更する" }).click();
  await expectNoAxeViolations(page);
  const newEmail = `moved-${Date.now()}@e2e.example`;
  await page.getByLabel("新しいメールアドレス").fill(newEmail);
  await page.getByLabel("現在のパスワード").fill(passphrase);
  await page.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(page.getByRole("status")).toContainText("新しいアドレスに確認メールを送りました");
  // Until the link is used the account keeps its address.
  await expect(page.getByText(account.email)).toBeVisible();

  const mail = await latestMailTo(newEmail);
  await page.goto(extractLink(mail, "/account/email/confirm"));
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "このアドレスに変更する" }).click();
  await expect(page.getByRole("status")).toHaveText("メールアドレスを変更しました。");
  await expect(page.getByText(newEmail)).toBeVisible();
  const notice = await latestMailTo(account.email);
  expect(notice.text).toContain(newEmail);
});

test("download my data, then delete the account; the coordinator still opens the proposal, under 退会したパートナー", async ({
  page,
  browser,
}) => {
  const account = await createAccount({ label: "leaver", password: passphrase, role: "PARTNER" });
  const coordinator = await createAccount({ label: "leaver-coordinator", password: passphrase, role: "COORDINATOR" });
  const partnerName = `退会E2E ${randomUUID().slice(0, 6)}`;
  const proposalTitle = `空き家見学の提案 ${randomUUID().slice(0, 6)}`;
  const partner = await createPartner(prisma, { displayName: partnerName, ownerId: account.userId, contactPhone: "090-0000-1111" });
  const proposal = await createProposal(prisma, {
    partnerId: partner.id,
    authorId: account.userId,
    coordinatorId: coordinator.userId,
    assigneeId: coordinator.userId,
    strategyCode: "B",
    title: proposalTitle,
    status: "ACCEPTED",
    messages: [{ side: "PARTNER", authorId: account.userId, body: "現地を見学できますか。" }],
  });
  partnerIds.push(partner.id);
  await signIn(page, account.email);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "データをダウンロードする（JSON）" }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(exported.account.email).toBe(account.email);
  expect(JSON.stringify(exported)).not.toContain("argon2");

  await page.getByRole("link", { name: "アカウントを削除する" }).click();
  // The page says exactly what goes and what the city keeps.
  await expect(page.getByRole("heading", { name: "削除されるもの" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "市の記録として残るもの（あなたの名前は出ません）" })).toBeVisible();
  await expect(page.getByText("提出した協働提案とその審査の経過：提案者は「退会したパートナー」と表示されます")).toBeVisible();
  await expectNoAxeViolations(page);
  // Once hydrated, Conform validates instead of the browser (whose own bubble for the unticked box has no text).
  await expect(page.locator("form#delete-account")).toHaveAttribute("novalidate", "");
  await page.getByLabel("現在のパスワード").fill(passphrase);
  await page.getByRole("button", { name: "アカウントを削除する" }).click();
  // Without the confirmation tick nothing is deleted.
  await expect(page.getByText("削除してよいことを確認するため、チェックを入れてください。")).toBeVisible();
  await page.getByLabel("現在のパスワード").fill(passphrase);
  await page.getByLabel("アカウントとデータを削除することを理解しました").check();
  await page.getByRole("button", { name: "アカウントを削除する" }).click();
  await expect(page.getByRole("status")).toHaveText("アカウントを削除しました。ご利用ありがとうございました。");

  await page.goto("/login");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(account.email);
  await page.getByLabel("パスワード", { exact: true }).fill(passphrase);
  await page.getByRole("main").getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("alert")).toHaveText("メールアドレスまたはパスワードが違います。");

  // The coordinator's view of the proposal afterwards: still there, the partner under the pseudonym, in both languages.
  const coordinatorContext = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const coordinatorPage = await coordinatorContext.newPage();
  await signIn(coordinatorPage, coordinator.email);
  const response = await coordinatorPage.goto(`/coordinate/proposals/${proposal.number}`);
  expect(response?.status()).toBe(200);
  await expect(coordinatorPage.getByRole("heading", { level: 1 })).toContainText(proposalTitle);
  await expect(coordinatorPage.getByRole("main")).toContainText("退会したパートナー");
  await expect(coordinatorPage.getByRole("main")).toContainText("現地を見学できますか。");
  await expect(coordinatorPage.getByRole("main")).not.toContainText(partnerName);
  await expect(coordinatorPage.getByRole("main")).not.toContainText(account.email);
  await coordinatorPage.goto(`/coordinate/proposals/${proposal.number}?lng=en`);
  await expect(coordinatorPage.getByRole("main")).toContainText("Former partner");
  await coordinatorContext.close();
});

test("an admin grants and revokes a role; both appear in the audit log", async ({ page }) => {
  const admin = await createAccount({ label: "admin", password: passphrase, role: "ADMIN" });
  const colleague = await createAccount({ label: "future-coordinator", password: passphrase });
  await signIn(page, admin.email);
  await page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "管理", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理");
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "管理メニュー" }).getByRole("link", { name: "ユーザー" }).click();
  await page.getByLabel("名前・メールで検索").fill(colleague.email);
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByRole("status")).toHaveText("1件");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: colleague.displayName }).click();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "コーディネーターを付与" }).click();
  await expect(page.getByRole("status")).toHaveText("役割を付与しました。");
  await expect(page.getByRole("button", { name: "コーディネーターを解除" })).toBeVisible();
  await page.getByRole("button", { name: "コーディネーターを解除" }).click();
  await expect(page.getByRole("status")).toHaveText("役割を解除しました。");

  await page.getByRole("navigation", { name: "管理メニュー" }).getByRole("link", { name: "監査ログ" }).click();
  await page.getByLabel("対象").fill(colleague.userId);
  await page.getByRole("button", { name: "絞り込む" }).click();
  const table = page.getByRole("table");
  await expect(table).toContainText("役割の付与");
  await expect(table).toContainText("役割の取り消し");
  await expect(table).toContainText(admin.displayName);
  await expectNoAxeViolations(page);
});

test("a resident who opens the admin pages is refused", async ({ page }) => {
  const resident = await createAccount({ label: "curious-resident", password: passphrase });
  await signIn(page, resident.email);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このページを表示する権限がありません");
  await expectNoAxeViolations(page);
});
