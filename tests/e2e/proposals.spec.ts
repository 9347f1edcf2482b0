// Partners propose on the production build: from an open challenge's page to a draft, its submission, the list
// of one's proposals and a message in the thread that reaches the coordinator in charge by mail; a free
// proposal without JavaScript, with a refused form that keeps what was typed, and a withdrawal. Axe on every
// page type (list, new: the choice and the editor, edit, proposal page).
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, latestMailTo } from "./support.ts";

// One per worker (each imports this file): a worker cleaning up must not delete another worker's rows.
const marker = `提案E2E ${randomUUID().slice(0, 6)}`;
const passphrase = "proposals-e2e-passphrase-2026";
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "proposal", targetId: { in: proposals.map((row) => row.id) } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

/** A partner with an individual profile, signed in through the login form. */
async function partnerPage(
  browser: Browser,
  label: string,
  javaScriptEnabled = true,
): Promise<{ page: Page; account: { userId: string; email: string; displayName: string } }> {
  const account = await createAccount({ label, password: passphrase, role: "PARTNER" });
  const profile = await prisma.partnerProfile.create({
    data: {
      kind: "INDIVIDUAL",
      personalUserId: account.userId,
      displayName: `${marker} ${label}`,
      members: { create: [{ userId: account.userId, role: "OWNER" }] },
    },
    select: { id: true },
  });
  partnerIds.push(profile.id);
  const context = await browser.newContext({
    locale: "ja-JP",
    javaScriptEnabled,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス/ }).fill(account.email);
  await page.getByLabel(/^パスワード$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^ログイン$/ })
    .click();
  await enterSecondFactorIfAsked(page, account.email);
  await expect(page).toHaveURL(/\/account$/);
  return { page, account };
}

async function openChallenge(title: string) {
  const [challenge] = await createChallenges(prisma, [
    { strategyCode: "C", titleJa: `${marker} ${title}`, fieldNumbers: [9], status: "OPEN" },
  ]);
  challengeIds.push(challenge!.id);
  return challenge!;
}

test("a partner proposes on an open challenge, submits, finds it in their list and writes to the coordinator", async ({ browser }) => {
  // Four page types with axe and a mail round trip.
  test.slow();
  const challenge = await openChallenge("奈良井宿の空き家活用");
  const { page } = await partnerPage(browser, "proposer");

  // Starting from the list: the choice between a challenge and a free proposal.
  await page.goto("/proposals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("あなたの協働提案");
  await page.getByRole("link", { name: "新しい提案を書く" }).click();
  await expect(page.getByRole("heading", { name: "募集中の地域課題に提案する" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/challenges/${challenge.number}`);
  await page.getByRole("link", { name: "協働を提案する" }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/new\\?challenge=${challenge.number}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("協働を提案する");
  await expect(page.getByRole("link", { name: `地域課題「${marker} 奈良井宿の空き家活用」への提案` })).toBeVisible();
  await expect(page.locator("form#proposal-form")).toHaveAttribute("novalidate", "");
  await expectNoAxeViolations(page);

  // The browser checks the title as it is left empty.
  const title = page.getByLabel(/^提案のタイトル/);
  await title.focus();
  await title.blur();
  await expect(page.getByText("入力してください。")).toBeVisible();
  await title.fill(`${marker} 空き家でのワーケーション拠点`);
  await page.getByLabel("提供できること", { exact: true }).fill("## 私たちができること\n\n- 改修の設計\n- **週末の運営**");
  await page.getByLabel("必要な支援", { exact: true }).fill("空き家の持ち主の紹介");
  await page.getByRole("button", { name: "下書きを保存" }).click();

  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
  const number = Number(/\/proposals\/(\d+)\/edit$/.exec(page.url())![1]);
  await expect(page.getByRole("status").filter({ hasText: "提案を下書きとして保存しました。" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`提案を編集：${marker} 空き家でのワーケーション拠点`);
  await expect(page.getByLabel("必要な支援", { exact: true })).toHaveValue("空き家の持ち主の紹介");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "提出する" }).click();

  await expect(page).toHaveURL(new RegExp(`/proposals/${number}$`));
  await expect(page.getByRole("status").filter({ hasText: "提案を提出しました。" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${marker} 空き家でのワーケーション拠点`);
  await expect(page.locator(".proposal-page__status")).toContainText("提出済み");
  await expect(page.locator(".markdown strong").filter({ hasText: "週末の運営" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "これまでの経緯" })).toBeVisible();
  await expect(page.getByRole("link", { name: "提案を編集する" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "提案を取り下げる" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A coordinator takes it on; the partner's message reaches them by mail with a link to the review page.
  const coordinator = await createAccount({ label: "proposal-coordinator", password: passphrase, role: "COORDINATOR", language: "en" });
  await prisma.proposal.update({ where: { number }, data: { assigneeId: coordinator.userId }, select: { id: true } });
  await page.reload();
  await expect(page.getByText("担当コーディネーター")).toBeVisible();
  await expect(page.locator("form#proposal-message-form")).toHaveAttribute("novalidate", "");
  await page.getByLabel("メッセージを書く").fill("現地を見学できる日を教えてください。");
  await page.getByRole("button", { name: "メッセージを送る" }).click();
  await expect(page.getByRole("status").filter({ hasText: "メッセージを送りました。" })).toBeVisible();
  const thread = page.getByRole("region", { name: "メッセージ" });
  await expect(thread.getByRole("article")).toHaveCount(1);
  await expect(thread.getByRole("article").first()).toContainText("現地を見学できる日を教えてください。");
  await expect(thread.getByRole("article").first()).toContainText("提案者");
  const mail = await latestMailTo(coordinator.email, { subject: /New message on the proposal/ });
  expect(mail.text).toContain("現地を見学できる日を教えてください。");
  expect(mail.text).toContain(`/coordinate/proposals/${number}#thread`);

  await page.getByRole("link", { name: "あなたの協働提案" }).first().click();
  await expect(page).toHaveURL(/\/proposals$/);
  const row = page.getByRole("row", { name: new RegExp(`${marker} 空き家でのワーケーション拠点`) });
  await expect(row).toContainText("提出済み");
  await expect(row).toContainText(`${marker} proposer`);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test("a free proposal: choose a strategy, a refused form keeps what was typed, submit, then withdraw", async ({ browser }) => {
    test.slow();
    const { page } = await partnerPage(browser, "nojs", false);

    await page.goto("/proposals");
    await page.getByRole("link", { name: "新しい提案を書く" }).click();
    await expect(page).toHaveURL(/\/proposals\/new$/);
    await expect(page.getByRole("heading", { name: "戦略を選んで自由に提案する" })).toBeVisible();
    await page.getByLabel("基本戦略").selectOption("A");
    await page.getByRole("button", { name: "この戦略で書き始める" }).click();
    await expect(page).toHaveURL(/\/proposals\/new\?strategy=A$/);

    // No title: refused by the server, everything typed still there (a field of another strategy: proposal-fields.spec.ts).
    await page.getByLabel("戦略分野（任意）").selectOption({ label: "② 学校教育・学びの環境" });
    await page.getByLabel("提供できること", { exact: true }).fill("中学生向けのプログラミング教室を開けます。");
    await page.getByRole("button", { name: "提出する" }).click();
    await expect(page.getByText("入力してください。")).toBeVisible();
    await expect(page.getByLabel("提供できること", { exact: true })).toHaveValue("中学生向けのプログラミング教室を開けます。");

    await expect(page.getByLabel("戦略分野（任意）")).toHaveValue("2");
    await page.getByLabel(/^提案のタイトル/).fill(`${marker} 放課後プログラミング教室`);
    await page.getByRole("button", { name: "提出する" }).click();
    await expect(page).toHaveURL(/\/proposals\/\d+$/);
    await expect(page.getByText("提案を提出しました。")).toBeVisible();
    await expect(page.locator(".proposal-page__status")).toContainText("提出済み");
    await expect(page.getByText(/自由提案（A .*② 学校教育・学びの環境）/)).toBeVisible();

    // Withdrawing needs the box ticked.
    await page.getByRole("button", { name: "提案を取り下げる" }).click();
    await expect(page.getByText("確認のため、チェックを入れてください。")).toBeVisible();
    await page.getByLabel("取り下げた提案は元に戻せないことを理解しました").check();
    await page.getByRole("button", { name: "提案を取り下げる" }).click();
    await expect(page.getByText("提案を取り下げました。")).toBeVisible();
    await expect(page.locator(".proposal-page__status")).toContainText("取り下げ");
    await expect(page.getByRole("button", { name: "提案を取り下げる" })).toHaveCount(0);
  });
});
