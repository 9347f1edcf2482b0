// The whole journey on the production build, with the real job queue and the mail stub: two residents
// follow an initiative (one wants e-mail at once, the other a daily digest); a coordinator posts an update; the
// first sees it in the header and on /notifications and gets the immediate e-mail; after a second update the
// daily digest job sends the second resident exactly one digest naming both; the first opens the unsubscribe link
// from a mail without signing in and confirms; a later update still reaches them in the app but no longer by mail.
// Axe on the initiative page (with its feed and calendar links), /notifications and the unsubscribe page.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import PgBoss from "pg-boss";
import { prisma } from "../../app/kernel/db.server.ts";
import { createInitiative } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLinks, mailbox, type StubMail } from "./support.ts";

const marker = `フォロー一巡E2E ${randomUUID().slice(0, 6)}`;
const passphrase = "initiative-following-e2e-2026";
const userIds: string[] = [];
let initiative: { id: string; number: number };

test.use({ locale: "ja-JP" });

test.beforeAll(async () => {
  initiative = await createInitiative(prisma, {
    strategyCode: "C",
    titleJa: `${marker} 洗馬の見守りネットワーク`,
    areaSlug: "seba",
    summaryJa: "高齢者の見守りを地域で支えます。",
  });
});

test.afterAll(async () => {
  if (initiative) {
    await prisma.activity.deleteMany({ where: { initiativeId: initiative.id } });
    await prisma.initiative.deleteMany({ where: { id: initiative.id } });
  }
  await prisma.emailMessage.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signedInPage(browser: Browser, label: string, role?: "COORDINATOR") {
  const account = await createAccount({ label, password: passphrase, role });
  userIds.push(account.userId);
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
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

async function followInitiative(page: Page) {
  await page.goto(`/initiatives/${initiative.number}`);
  await page.getByRole("button", { name: "フォローする" }).click();
  await expect(page.getByRole("button", { name: "フォローをやめる" })).toBeVisible();
}

async function postUpdate(page: Page, title: string) {
  await page.goto(`/initiatives/${initiative.number}`);
  await page.getByText("進捗を報告する", { exact: true }).click();
  const form = page.locator("#update-form-new");
  await form.getByLabel("見出し").fill(title);
  await form.getByLabel("本文（Markdown）").fill(`${title}の本文です。**見守り**の輪が広がっています。`);
  await form.getByRole("button", { name: "報告する" }).click();
  await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
}

/** Waits until the user has `count` notifications (the fan-out job runs a moment after the update commits). */
async function waitForNotifications(userId: string, count: number) {
  await expect
    .poll(() => prisma.notification.count({ where: { userId, activity: { initiativeId: initiative.id } } }), { timeout: 15_000 })
    .toBe(count);
}

async function notificationMails(address: string): Promise<StubMail[]> {
  return (await mailbox.messagesTo(address)).filter((mail) => mail.subject.includes(marker));
}

test("a follower hears of updates at once, another gets one daily digest of both, and unsubscribing stops the mail but not the notifications", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const immediate = await signedInPage(browser, "follower-now");
  const daily = await signedInPage(browser, "follower-daily");
  const coordinator = await signedInPage(browser, "coordinator", "COORDINATOR");

  await followInitiative(immediate.page);
  await followInitiative(daily.page);
  await daily.page.goto("/account/notifications");
  await daily.page.getByRole("radio", { name: "1日1回まとめて送る" }).check();
  await daily.page.getByRole("button", { name: "設定を保存" }).click();
  await expect(daily.page.getByRole("status").first()).toHaveText("お知らせの設定を保存しました。");

  // People without an account follow the same initiative by feed and calendar, linked from its page and head.
  const feedHref = `/initiatives/${initiative.number}/activity.atom`;
  const calendarHref = `/initiatives/${initiative.number}/calendar.ics`;
  await expect(immediate.page.getByRole("link", { name: "フィードでフォロー (Atom)" })).toHaveAttribute("href", feedHref);
  await expect(immediate.page.getByRole("link", { name: "カレンダーに追加 (iCal)" })).toHaveAttribute("href", calendarHref);
  await expect(immediate.page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feedHref);
  await expectNoAxeViolations(immediate.page);
  const feed = await immediate.page.request.get(feedHref);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const calendar = await immediate.page.request.get(calendarHref);
  expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  const first = `${marker} 第1回 見守り会議`;
  await postUpdate(coordinator.page, first);

  // In the app: the header's count and the notifications page.
  await waitForNotifications(immediate.account.userId, 1);
  await immediate.page.goto("/");
  await expect(immediate.page.getByRole("link", { name: "お知らせ（未読 1 件）" })).toBeVisible();
  await immediate.page.getByRole("link", { name: "お知らせ（未読 1 件）" }).click();
  await expect(immediate.page).toHaveURL(/\/notifications$/);
  await expect(immediate.page.getByRole("main")).toContainText(first);
  await expectNoAxeViolations(immediate.page);

  // By e-mail, at once, with a link to the update and a one-click unsubscribe link.
  const mail = await mailbox.latestMailTo(immediate.account.email, { subject: new RegExp(marker), timeout: 20_000 });
  expect(mail.text).toContain(first);
  expect(mail.text).toContain(`/initiatives/${initiative.number}`);
  // Two links that work signed out: stop following this initiative only, or stop all notification mail.
  const [unfollowPath, unsubscribePath] = extractLinks(mail, "/unsubscribe/");
  expect(mail.text).toContain(`取り組み「${marker} 洗馬の見守りネットワーク」のフォローだけをやめるには`);
  const unfollowPage = await immediate.page.request.get(unfollowPath!);
  expect(await unfollowPage.text()).toContain(`取り組み「${marker} 洗馬の見守りネットワーク」のフォローをやめ`);
  expect(await (await immediate.page.request.get(feedHref)).text()).toContain(first);

  const second = `${marker} 第2回 見守り会議`;
  await postUpdate(coordinator.page, second);
  await waitForNotifications(daily.account.userId, 2);
  await waitForNotifications(immediate.account.userId, 2);
  await expect.poll(async () => (await notificationMails(immediate.account.email)).length, { timeout: 20_000 }).toBe(2);
  // The daily reader has had no mail of their own so far.
  expect(await notificationMails(daily.account.email)).toHaveLength(0);

  // The daily digest, triggered as the cron would (with the period named, so a rerun is a new period).
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: "pgboss", supervise: false, schedule: false, max: 1 });
  await boss.start();
  try {
    await boss.send("notification.digest-daily", { periodKey: `e2e-${randomUUID().slice(0, 8)}` });
  } finally {
    await boss.stop();
  }
  const digest = await mailbox.latestMailTo(daily.account.email, { timeout: 30_000 });
  expect(digest.text).toContain(first);
  expect(digest.text).toContain(second);
  // Exactly one mail: the digest, however long we wait.
  await daily.page.waitForTimeout(3_000);
  expect(await mailbox.messagesTo(daily.account.email)).toHaveLength(1);

  // Unsubscribing from a mail, signed out, in a browser that never signed in.
  const visitor = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const unsubscribe = await visitor.newPage();
  await unsubscribe.goto(unsubscribePath!);
  await expect(unsubscribe.getByRole("heading", { level: 1 })).toHaveText("お知らせメールの配信停止");
  await expectNoAxeViolations(unsubscribe);
  await unsubscribe.getByRole("button", { name: "お知らせメールを停止する" }).click();
  await expect(unsubscribe.getByText("お知らせメールを停止しました。今後、お知らせのメールは届きません。")).toBeVisible();
  await expectNoAxeViolations(unsubscribe);
  await visitor.close();

  const third = `${marker} 第3回 見守り会議`;
  await postUpdate(coordinator.page, third);
  await waitForNotifications(immediate.account.userId, 3);
  await immediate.page.goto("/notifications");
  await expect(immediate.page.getByRole("main")).toContainText(third);
  // Give the outbox time to send what it would have sent: still only the two mails from before.
  await immediate.page.waitForTimeout(5_000);
  const after = await notificationMails(immediate.account.email);
  expect(after).toHaveLength(2);
  expect(after.some((message) => message.text.includes(third))).toBe(false);
});
