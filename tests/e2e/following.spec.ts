// Following on the production build: a resident follows a strategy and an area with JavaScript (at once, with
// an announcement) and without it (a plain form and a redirect back), finds both on the notification settings
// page and unfollows one there; visitors are asked to sign in; the notifications page and the header's unread
// count. Axe on every new page type (area page, notification settings, notifications).
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges, createNotification } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

// One per worker (each imports this file): a worker cleaning up must not delete another worker's rows.
const marker = `フォローE2E ${randomUUID().slice(0, 6)}`;
const challengeIds: string[] = [];
const userIds: string[] = [];
const passphrase = "following-e2e-passphrase-2026";

test.use({ locale: "ja-JP" });

test.afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function residentPage(browser: Browser, javaScriptEnabled = true) {
  const account = await createAccount({ label: "follower", password: passphrase });
  userIds.push(account.userId);
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
  await expect(page).toHaveURL(/\/account$/);
  return { page, resident: account };
}

test("a resident follows a strategy and an area with JavaScript, sees them in the settings and unfollows one there", async ({
  browser,
}) => {
  const { page } = await residentPage(browser);
  await page.goto("/strategies/B");
  const strategyFollowers = await page.locator(".follow-button__count").textContent();
  await page.getByRole("button", { name: "フォローする" }).click();
  await expect(page.getByRole("status").filter({ hasText: "フォローしました" })).toHaveText(
    "フォローしました。新しい動きをお知らせします。",
  );
  await expect(page.getByRole("button", { name: "フォローをやめる" })).toBeVisible();
  await expect(page.locator(".follow-button__count")).not.toHaveText(strategyFollowers ?? "");
  await page.reload();
  await expect(page.getByRole("button", { name: "フォローをやめる" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/areas/narakawa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("楢川");
  await expect(page.getByRole("link", { name: "この地域の新着地域課題（Atom フィード）" })).toHaveAttribute(
    "href",
    "/areas/narakawa/challenges.atom",
  );
  await page.getByRole("button", { name: "フォローする" }).click();
  await expect(page.getByRole("button", { name: "フォローをやめる" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/account/notifications");
  const table = page.getByRole("table", { name: "フォロー中の項目" });
  await expect(table.getByRole("rowheader")).toHaveCount(2);
  await expect(table).toContainText("楢川");
  await expect(table).toContainText("共創で新たな付加価値を生み循環させ、イキイキと暮らす");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "「楢川」のフォローをやめる" }).click();
  await expect(page.getByRole("status").first()).toHaveText("フォローをやめました。");
  await expect(table.getByRole("rowheader")).toHaveCount(1);

  // The frequency is a radio group; the choice is kept.
  await page.getByRole("radio", { name: "週1回まとめて送る" }).check();
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByRole("status").first()).toHaveText("お知らせの設定を保存しました。");
  await expect(page.getByRole("radio", { name: "週1回まとめて送る" })).toBeChecked();

  await page.goto("/areas/narakawa");
  await expect(page.getByRole("button", { name: "フォローする" })).toBeVisible();
});

test("following works without JavaScript: a plain form that comes back to the page", async ({ browser }) => {
  const { page } = await residentPage(browser, false);
  await page.goto("/areas/narakawa");
  await page.getByRole("button", { name: "フォローする" }).click();
  await expect(page).toHaveURL(/\/areas\/narakawa$/);
  await expect(page.getByRole("status").first()).toHaveText("フォローしました。新しい動きをお知らせします。");
  await expect(page.getByRole("button", { name: "フォローをやめる" })).toBeVisible();
  await page.getByRole("button", { name: "フォローをやめる" }).click();
  await expect(page).toHaveURL(/\/areas\/narakawa$/);
  await expect(page.getByRole("button", { name: "フォローする" })).toBeVisible();
});

test("a visitor is asked to sign in to follow and comes back to the page", async ({ page }) => {
  await page.goto("/strategies/A");
  await expect(page.getByRole("link", { name: "ログインしてフォロー" })).toHaveAttribute("href", "/login?redirectTo=%2Fstrategies%2FA");
  await expect(page.getByRole("button", { name: "フォローする" })).toHaveCount(0);
});

test("notifications: the header counts unread ones, a link opens its subject and marks it read, then all are marked read", async ({
  browser,
}) => {
  const { page, resident } = await residentPage(browser);
  const challenges = await createChallenges(prisma, [
    { strategyCode: "B", titleJa: `${marker} 古い課題`, status: "OPEN", areaSlug: "narakawa" },
    { strategyCode: "B", titleJa: `${marker} 新しい課題`, status: "OPEN", areaSlug: "narakawa" },
    { strategyCode: "B", titleJa: `${marker} 既読の課題`, status: "OPEN", areaSlug: "narakawa" },
    { strategyCode: "B", titleJa: `${marker} 遅れて届いた課題`, status: "OPEN", areaSlug: "narakawa" },
  ]);
  challengeIds.push(...challenges.map((challenge) => challenge!.id));
  const [older, newer, seen, late] = challenges as Array<{ id: string; number: number }>;
  const yesterday = new Date(Date.now() - 86_400_000);
  await createNotification(prisma, {
    userId: resident.userId,
    kind: "CHALLENGE_PUBLISHED",
    challengeId: seen!.id,
    createdAt: yesterday,
    readAt: new Date(),
  });
  await createNotification(prisma, { userId: resident.userId, kind: "CHALLENGE_PUBLISHED", challengeId: older!.id, createdAt: yesterday });
  await createNotification(prisma, {
    userId: resident.userId,
    kind: "CHALLENGE_STATUS_CHANGED",
    challengeId: newer!.id,
    details: { from: "OPEN", to: "MATCHING" },
  });
  // Written last for an earlier activity (a fan-out that committed late): the highest id, listed below the top.
  await createNotification(prisma, {
    userId: resident.userId,
    kind: "CHALLENGE_PUBLISHED",
    challengeId: late!.id,
    createdAt: new Date(yesterday.getTime() - 1000),
  });

  await page.goto("/");
  await page.getByRole("link", { name: "お知らせ（未読 3 件）" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("お知らせ");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(2);
  await expect(page.locator(".notification--unread")).toHaveCount(3);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: `地域課題「${marker} 新しい課題」が「マッチング中」になりました` }).click();
  await expect(page).toHaveURL(new RegExp(`/challenges/${newer!.number}$`));
  await expect(page.getByRole("link", { name: "お知らせ（未読 2 件）" })).toBeVisible();

  await page.goto("/notifications");
  await page.getByRole("button", { name: "すべて既読にする" }).click();
  await expect(page.getByRole("status").first()).toHaveText("すべて既読にしました。");
  await expect(page.locator(".notification--unread")).toHaveCount(0);
  await page.reload();
  await expect(page.locator(".notification--unread")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "すべて既読にする" })).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "アカウントメニュー" }).getByRole("link", { name: "お知らせ", exact: true }),
  ).toBeVisible();
});
