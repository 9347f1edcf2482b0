// Coordinators review proposals on the production build: the queue with its filters (with and without
// JavaScript), a proposal's review page, an internal note, a request for information that reaches the partner by
// mail in their language, and nothing of the note anywhere the partner can look (pages, single-fetch data, mail).
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges, createProposal } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, signedInAs, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, latestMailTo } from "./support.ts";

// One per worker (each imports this file): a worker cleaning up must not delete another worker's rows.
const marker = `審査E2E ${randomUUID().slice(0, 6)}`;
const passphrase = "review-e2e-passphrase-2026";
const DAY = 86_400_000;
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "proposal", targetId: { in: proposals.map((row) => row.id) } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

/** An organisation whose one member (an owner with the PARTNER role) is signed in by `cookie`; proposals on a challenge and free. */
async function proposalsToReview() {
  // Each call's rows carry their own tag, so two tests in one worker never see each other's rows by name.
  const tag = `${marker}-${randomUUID().slice(0, 4)}`;
  const owner = await signedInAs("PARTNER", "review-owner");
  const partner = await prisma.partnerProfile.create({
    data: { kind: "ORGANISATION", displayName: `${tag} 木曽データ`, members: { create: [{ userId: owner.userId, role: "OWNER" }] } },
    select: { id: true },
  });
  partnerIds.push(partner.id);
  const [challenge] = await createChallenges(prisma, [
    { strategyCode: "B", titleJa: `${tag} ワイナリーの在庫管理`, fieldNumbers: [4], status: "OPEN" },
  ]);
  challengeIds.push(challenge!.id);
  const make = async (input: {
    title: string;
    status: "DRAFT" | "SUBMITTED" | "UNDER_REVIEW";
    daysAgo: number;
    challengeId?: string;
    strategyCode?: string;
    fieldNumber?: number;
  }) => {
    const created = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: owner.userId,
      challengeId: input.challengeId ?? null,
      strategyCode: input.strategyCode,
      fieldNumber: input.fieldNumber,
      title: `${tag} ${input.title}`,
      offer: "## 提供できること\n\n- 在庫データの**見える化**\n- 月1回の現地訪問",
      needs: "ワイナリーの販売データ",
      status: input.status,
    });
    await prisma.proposal.update({
      where: { id: created.id },
      data: { statusChangedAt: new Date(Date.now() - input.daysAgo * DAY - 60_000) },
      select: { id: true },
    });
    return created;
  };
  const onChallenge = await make({ title: "在庫データを見える化します", status: "SUBMITTED", daysAgo: 20, challengeId: challenge!.id });
  const free = await make({ title: "見守りアプリの提案", status: "UNDER_REVIEW", daysAgo: 3, strategyCode: "C", fieldNumber: 7 });
  const draft = await make({ title: "まだ下書きの提案", status: "DRAFT", daysAgo: 40, challengeId: challenge!.id });
  return { tag, owner, partnerId: partner.id, onChallenge, free, draft, challenge: challenge! };
}

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

async function coordinatorPage(browser: Browser, label: string, javaScriptEnabled = true) {
  const account = await createAccount({ label, password: passphrase, role: "COORDINATOR" });
  const context = await browser.newContext({
    locale: "ja-JP",
    javaScriptEnabled,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
  const page = await context.newPage();
  await signIn(page, account.email);
  return { account, context, page };
}

test("a coordinator filters the queue, opens a proposal, adds an internal note and asks for information", async ({
  browser,
  request,
  baseURL,
}) => {
  // Several pages, each checked with axe, and a mail round trip.
  test.slow();
  const { tag, owner, partnerId, onChallenge, draft, challenge } = await proposalsToReview();
  const { page, context } = await coordinatorPage(browser, "review-coordinator");

  await page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "提案の審査" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("協働提案の審査");
  await expect(page.getByRole("link", { name: `${tag} まだ下書きの提案` })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Waiting two weeks or more in strategy B: the proposal on the challenge, not the free one from three days ago.
  const search = page.getByRole("search", { name: "協働提案の絞り込み" });
  await search.getByLabel("基本戦略").selectOption("B");
  await search.getByLabel("待ち日数").selectOption("14");
  await search.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]strategy=B(&|$)/);
  await expect(page).toHaveURL(/[?&]age=14(&|$)/);
  const row = page.getByRole("row", { name: new RegExp(`${tag} 在庫データを見える化します`) });
  await expect(row).toContainText("20日");
  await expect(row).toContainText(`${tag} 木曽データ`);
  await expect(row).toContainText(`${tag} ワイナリーの在庫管理`);
  await expect(row).toContainText("新着（未着手）");
  await expect(row).toContainText("未割り当て");
  await expect(page.getByRole("link", { name: `${tag} 見守りアプリの提案` })).toHaveCount(0);
  // The filters stay chosen on the page the address describes.
  await expect(search.getByLabel("基本戦略")).toHaveValue("B");
  await expect(search.getByLabel("待ち日数")).toHaveValue("14");

  await page.getByRole("link", { name: `${tag} 在庫データを見える化します` }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinate/proposals/${onChallenge.number}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tag} 在庫データを見える化します`);
  await expect(page.getByRole("heading", { name: "提供できること", level: 2 })).toBeVisible();
  await expect(page.locator(".markdown strong").filter({ hasText: "見える化" })).toBeVisible();
  await expect(page.getByRole("link", { name: `${tag} 木曽データ` })).toHaveAttribute("href", `/coordinate/partners/${partnerId}`);
  await expect(page.getByRole("link", { name: `${tag} ワイナリーの在庫管理` })).toHaveAttribute("href", `/challenges/${challenge.number}`);
  await expect(page.getByRole("heading", { name: "内部メモ" })).toBeVisible();
  await expect(page.getByText("提案者には表示されず、メールにも含まれません。")).toBeVisible();
  await expectNoAxeViolations(page);

  // Hydrated: the forms are Conform's from here on.
  await expect(page.locator("form#review-note")).toHaveAttribute("novalidate", "");
  const secret = `社外秘：予算枠の事情 ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("メモを追加").fill(secret);
  await page.getByRole("button", { name: "内部メモを追加する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "内部メモを追加しました。" })).toBeVisible();
  await expect(page.getByRole("region", { name: "内部メモ" }).getByText(secret)).toBeVisible();
  await expect(page.getByLabel("メモを追加")).toHaveValue("");

  const question = "ワイナリー側で用意が必要なデータの形式を教えてください。";
  await page.getByLabel("提案者への質問").fill(question);
  await page.getByRole("button", { name: "追加情報を依頼する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "提案者に追加情報を依頼しました。" })).toBeVisible();
  await expect(page.locator(".review-page__status .status-badge")).toHaveText("追加情報の依頼中");
  await expect(page.getByRole("region", { name: "状況の経過" }).getByText(question)).toBeVisible();
  // Only declining is left while the partner answers.
  await expect(page.getByRole("button", { name: "追加情報を依頼する" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "提案を採択する" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "提案を見送る" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The partner reads the question in their mail, in Japanese, and nothing of the note.
  const mail = await latestMailTo(owner.email, { subject: /追加情報の依頼/ });
  expect(mail.text).toContain(question);
  expect(mail.text + mail.html).not.toContain(secret);

  // The partner's own pages and their single-fetch data carry no note either; the coordinators' pages are closed to them.
  const asPartner = { Cookie: owner.cookie };
  for (const path of ["/proposals", `/proposals/${onChallenge.number}`, `/proposals.data`, `/proposals/${onChallenge.number}.data`]) {
    const response = await request.get(path, { headers: asPartner, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const body = await response.text();
    if (path.startsWith("/proposals/")) expect(body).toContain(question);
    expect(body).not.toContain(secret);
  }
  for (const path of [
    `/coordinate/proposals/${onChallenge.number}`,
    `/coordinate/proposals/${onChallenge.number}.data`,
    "/coordinate/proposals.data",
  ]) {
    const response = await request.get(path, { headers: asPartner, maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain(secret);
  }
  const post = await request.post(`/coordinate/proposals/${onChallenge.number}`, {
    headers: { ...asPartner, Origin: new URL(baseURL!).origin },
    form: { intent: "note", body: "パートナーは書けない" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  expect(await prisma.proposalNote.count({ where: { body: "パートナーは書けない" } })).toBe(0);

  // The draft is the partner's own: not in the queue, and its page is not found.
  expect((await page.goto(`/coordinate/proposals/${draft.number}`))?.status()).toBe(404);
  await context.close();
});

test("two coordinators decide the same proposal: the second gets a conflict naming the first and keeps their reason", async ({
  browser,
}) => {
  test.slow();
  const { tag, free } = await proposalsToReview();
  const first = await coordinatorPage(browser, "review-first");
  const second = await coordinatorPage(browser, "review-second");
  for (const { page } of [first, second]) {
    await page.goto(`/coordinate/proposals/${free.number}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tag} 見守りアプリの提案`);
    await expect(page.locator("form#review-decide")).toHaveAttribute("novalidate", "");
  }

  await first.page.getByLabel("判断の理由").fill("今期は見送ります。");
  await first.page.getByRole("button", { name: "提案を見送る" }).click();
  await expect(first.page.getByRole("status").filter({ hasText: "提案を見送りました。" })).toBeVisible();

  const typed = "地域のニーズに合うため、採択します。";
  await second.page.getByLabel("判断の理由").fill(typed);
  await second.page.getByRole("button", { name: "提案を採択する" }).click();
  const alert = second.page.getByRole("alert").filter({ hasText: "ほかの人がこの提案を変更しました" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`${first.account.displayName}さんが`);
  await expect(alert).toContainText(typed);
  // The page now shows what is stored: declined by the first, with nothing left to decide.
  await expect(second.page.locator(".review-page__status .status-badge")).toHaveText("見送り");
  await expect(second.page.getByRole("button", { name: "提案を採択する" })).toHaveCount(0);
  await expectNoAxeViolations(second.page);
  const stored = await prisma.proposal.findUniqueOrThrow({ where: { id: free.id }, select: { status: true, decisionReason: true } });
  expect(stored).toEqual({ status: "DECLINED", decisionReason: "今期は見送ります。" });
  await first.context.close();
  await second.context.close();
});

test.describe("without JavaScript", () => {
  test("the queue filters by assignee and status, and a note is added by a plain form post", async ({ browser }) => {
    test.slow();
    const { tag, free } = await proposalsToReview();
    const { page, context, account } = await coordinatorPage(browser, "review-nojs", false);

    await page.goto(`/coordinate/proposals/${free.number}`);
    await page.getByRole("button", { name: "自分が担当する" }).click();
    await expect(page.getByRole("status").filter({ hasText: "担当者を変更しました。" })).toBeVisible();
    await expect(page.getByText("あなたが担当しています。")).toBeVisible();

    await page.goto("/coordinate/proposals");
    const search = page.getByRole("search", { name: "協働提案の絞り込み" });
    await search.getByLabel("担当者").selectOption("me");
    await search.getByLabel("状況").selectOption("UNDER_REVIEW");
    await search.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/[?&]assignee=me(&|$)/);
    const row = page.getByRole("row", { name: new RegExp(`${tag} 見守りアプリの提案`) });
    await expect(row).toContainText("自由提案（地域課題なし）");
    await expect(row).toContainText(`${account.displayName}（自分）`);
    await expect(row).toContainText("3日");
    await expect(page.getByRole("status")).toHaveText("1件");

    await row.getByRole("link", { name: `${tag} 見守りアプリの提案` }).click();
    await page.getByLabel("メモを追加").fill("電話で補足を聞いた。");
    await page.getByRole("button", { name: "内部メモを追加する" }).click();
    await expect(page.getByRole("status").filter({ hasText: "内部メモを追加しました。" })).toBeVisible();
    await expect(page.getByRole("region", { name: "内部メモ" }).getByText("電話で補足を聞いた。")).toBeVisible();
    await context.close();
  });
});
