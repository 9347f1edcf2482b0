// The match pipeline on the production build: a partner agrees to share their contact details on /matches/<n>
// (in their own browser), a coordinator opens the match from the board, reads the explained score, introduces the
// partner to the local counterpart, both introduction mails arrive (the counterpart's with the partner's contact),
// and the match moves on to AGREED; the reports page too. Axe on every page type.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createMatch } from "../../app/features/matching/match.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, latestMailTo } from "./support.ts";

const marker = `パイプラインE2E ${randomUUID().slice(0, 6)}`;
const passphrase = "pipeline-e2e-passphrase-2026";
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((row) => row.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
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

async function signedInPage(browser: Browser, label: string, role: "COORDINATOR" | "PARTNER", language: "ja" | "en" = "ja") {
  const account = await createAccount({ label, password: passphrase, role, language });
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const page = await context.newPage();
  await signIn(page, account.email);
  return { account, context, page };
}

test("a partner consents, a coordinator introduces them and both sides get their mail", async ({ browser }) => {
  test.slow();
  const coordinator = await signedInPage(browser, "pipeline-coordinator", "COORDINATOR");
  const partnerSide = await signedInPage(browser, "pipeline-partner", "PARTNER");
  const partner = await createPartner(prisma, {
    kind: "ORGANISATION",
    displayName: `${marker} 木曽ラボ`,
    ownerId: partnerSide.account.userId,
    headline: "データで地域の仕事を軽くする",
    contactEmail: `contact-${randomUUID().slice(0, 6)}@e2e.example`,
  });
  partnerIds.push(partner.id);
  const challenge = await createChallenge(prisma, { strategyCode: "B", titleJa: `${marker} ワイナリーの在庫管理`, status: "OPEN" });
  challengeIds.push(challenge.id);
  const created = await createMatch({
    challengeId: challenge.id,
    partnerId: partner.id,
    ownerId: coordinator.account.userId,
    score: 81,
    scoreFactors: [
      { key: "skills", points: 24, max: 28, detail: {} },
      { key: "language", points: 10, max: 10, detail: {} },
    ],
    actor: { userId: coordinator.account.userId },
  });
  if (!created.ok) throw new Error(created.reason);
  const number = created.match.number;

  // The partner, in their own browser, sees the match and agrees to share their contact details.
  await partnerSide.page.goto("/proposals");
  await partnerSide.page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "私のマッチ" }).click();
  await expect(partnerSide.page).toHaveURL(/\/matches$/);
  await expect(partnerSide.page.getByRole("heading", { level: 1 })).toHaveText("マッチング");
  await expectNoAxeViolations(partnerSide.page);
  await partnerSide.page.getByRole("link", { name: `${marker} ワイナリーの在庫管理` }).click();
  await expect(partnerSide.page).toHaveURL(new RegExp(`/matches/${number}$`));
  await expectNoAxeViolations(partnerSide.page);
  await partnerSide.page.getByRole("button", { name: "連絡先を共有することに同意する" }).click();
  await expect(partnerSide.page.getByRole("status").filter({ hasText: "連絡先の共有に同意しました。" })).toBeVisible();
  await expect(partnerSide.page.getByRole("button", { name: "同意を取り消す" })).toBeVisible();

  // The coordinator finds it on the board and opens it.
  const { page } = coordinator;
  await page.getByRole("navigation", { name: "業務メニュー" }).getByRole("link", { name: "パイプライン" }).click();
  await expect(page).toHaveURL(/\/coordinate\/matches$/);
  await page.goto(`/coordinate/matches?strategy=B&owner=${coordinator.account.userId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("マッチング・パイプライン");
  await expectNoAxeViolations(page);
  await page
    .getByRole("region", { name: /提案/ })
    .getByRole("link", { name: new RegExp(`${marker} 木曽ラボ`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/coordinate/matches/${number}$`));
  await expect(page.getByRole("heading", { name: "適合度の内訳（作成時点）" })).toBeVisible();
  await expect(page.getByText("24 / 28 点")).toBeVisible();
  await expect(page.locator(".match-factors dt").first()).toHaveText("スキル一致");
  await expect(page.getByRole("link", { name: `${marker} 木曽ラボ` })).toHaveAttribute("href", `/coordinate/partners/${partner.id}`);
  await expect(page.getByText(/パートナーは連絡先の共有に同意しています/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Introduce: the counterpart reads English.
  await expect(page.locator("form#match-introduce")).toHaveAttribute("novalidate", "");
  const counterpart = `counterpart-${randomUUID().slice(0, 8)}@e2e.example`;
  await page.getByLabel("担当者の名前", { exact: true }).fill("Taro Shiojiri");
  await page.getByLabel("担当者のメールアドレス", { exact: true }).fill(counterpart);
  await page.getByLabel("担当者へのメールの言語", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "紹介する", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "紹介しました。" })).toBeVisible();
  await expect(page.locator(".review-page__status .status-badge")).toHaveText("紹介済み");

  const toCounterpart = await latestMailTo(counterpart);
  expect(toCounterpart.subject).toContain("Introducing a partner");
  expect(toCounterpart.text).toContain(`${marker} 木曽ラボ`);
  expect(toCounterpart.text).toContain("contact-");
  const toPartner = await latestMailTo(partnerSide.account.email);
  expect(toPartner.subject).toContain("Taro Shiojiri");
  expect(toPartner.text).toContain(counterpart);

  // On to AGREED; only the next stage is offered.
  await expect(page.getByRole("button", { name: "「活動中」に進める" })).toHaveCount(0);
  await page.getByRole("button", { name: "「合意」に進める" }).click();
  await expect(page.getByRole("status").filter({ hasText: "マッチの段階を進めました。" })).toBeVisible();
  await expect(page.locator(".review-page__status .status-badge")).toHaveText("合意");

  // The partner now sees who they were introduced to, and the reports page counts the match.
  await partnerSide.page.reload();
  await expect(partnerSide.page.getByText(counterpart)).toBeVisible();
  await page.goto("/coordinate/matches/reports?strategy=B");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("マッチングのレポート");
  await expect(page.getByRole("link", { name: "CSVでダウンロード" })).toBeVisible();
  await expectNoAxeViolations(page);
  await coordinator.context.close();
  await partnerSide.context.close();
});
