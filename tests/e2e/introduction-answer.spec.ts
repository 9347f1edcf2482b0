// Answering an introduction (decision 0019) on the production build: the partner declines from the introduction
// e-mail's link in English without JavaScript and without signing in (too busy until a date), another partner accepts
// on /matches/<n> signed in, in Japanese; a coordinator reads the response statistics page in both languages. Axe on
// every page.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { introduceMatch } from "../../app/features/matching/match-introduction.server.ts";
import { createMatch } from "../../app/features/matching/match.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { stopBoss } from "../../app/kernel/jobs.server.ts";
import { createChallenge, createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, signedInAs, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLink, latestMailTo } from "./support.ts";

const marker = `紹介返答E2E ${randomUUID().slice(0, 6)}`;
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((row) => row.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await stopBoss();
  await prisma.$disconnect();
  await closeTestDatabase();
});

/** A match of a new partner (whose account reads `language`) introduced by a coordinator, as the pipeline leaves it. */
async function introducedMatch(language: "ja" | "en") {
  const member = await createAccount({ label: `answer-${language}`, password: "answer-e2e-passphrase-2026", role: "PARTNER", language });
  const coordinator = await createAccount({ label: "answer-coordinator", password: "answer-e2e-passphrase-2026", role: "COORDINATOR" });
  const partner = await createPartner(prisma, { kind: "ORGANISATION", displayName: `${marker} ${language}`, ownerId: member.userId });
  partnerIds.push(partner.id);
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `${marker} 空き家の活用`,
    titleEn: `${marker} Empty houses`,
    status: "OPEN",
  });
  challengeIds.push(challenge.id);
  const created = await createMatch({
    challengeId: challenge.id,
    partnerId: partner.id,
    ownerId: coordinator.userId,
    score: 70,
    scoreFactors: [],
    actor: { userId: coordinator.userId },
  });
  if (!created.ok) throw new Error(created.reason);
  const introduced = await introduceMatch({
    matchId: created.match.id,
    expectedVersion: 1,
    counterpart: { name: "塩尻市 企画政策課", email: `counterpart-${randomUUID().slice(0, 6)}@e2e.example`, language: "ja" },
    actor: { userId: coordinator.userId },
  });
  if (!introduced.ok) throw new Error(introduced.reason);
  return { member, coordinator, match: created.match };
}

async function browserContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  return browser.newContext({
    locale: options.locale ?? "ja-JP",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
  });
}

test("a partner declines from the introduction e-mail, in English, without JavaScript or signing in", async ({ browser }) => {
  test.slow();
  const { member, match } = await introducedMatch("en");
  const mail = await latestMailTo(member.email, { subject: /Introduction/ });
  expect(mail.text).toContain("Answer the introduction");
  const link = extractLink(mail, "/introductions/");

  // axe needs scripts: it reads the page in a browser with JavaScript, the partner answers in one without.
  const checking = await browserContext(browser, { locale: "en-GB" });
  const checker = await checking.newPage();
  await checker.goto(`${link}?lng=en`);
  await expect(checker.getByRole("heading", { level: 2, name: "Your answer to the introduction" })).toBeVisible();
  await expectNoAxeViolations(checker);

  const context = await browserContext(browser, { javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(`${link}?lng=en`);
  // "Too busy" without its date: refused with what was typed kept.
  await page.getByLabel("Reason").selectOption("TOO_BUSY");
  await page.getByLabel("Comment (optional)").fill("Happy to help after the spring.");
  await page.getByRole("button", { name: "Decline", exact: true }).click();
  await expect(page.getByText("Enter until when you are busy.")).toBeVisible();
  await expect(page.getByLabel("Comment (optional)")).toHaveValue("Happy to help after the spring.");

  await page.getByLabel("Busy until").fill("2099-03-31");
  await page.getByRole("button", { name: "Decline", exact: true }).click();
  await expect(page.getByText("You declined the introduction (reason: Too busy until 31 Mar 2099).")).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept the introduction" })).toHaveCount(0);

  await checker.reload();
  await expect(checker.getByText("You declined the introduction (reason: Too busy until 31 Mar 2099).")).toBeVisible();
  await expectNoAxeViolations(checker);
  await checking.close();

  const row = await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true, declineReason: true } });
  expect(row).toEqual({ stage: "ENDED", declineReason: "TOO_BUSY" });
  await context.close();
});

test("a partner accepts on the match page, in Japanese", async ({ browser }) => {
  const { member, match } = await introducedMatch("ja");
  const number = (await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { number: true } })).number;
  const context = await browserContext(browser);
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス/ }).fill(member.email);
  await page.getByLabel(/^パスワード$/).fill("answer-e2e-passphrase-2026");
  await page
    .getByRole("main")
    .getByRole("button", { name: /^ログイン$/ })
    .click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto(`/matches/${number}`);
  await expect(page.getByRole("heading", { level: 2, name: "紹介へのお返事" })).toBeVisible();
  await page.getByRole("button", { name: "紹介を受ける" }).click();
  await expect(page.getByText("紹介を受けました。先方とのやりとりを始めてください。")).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("a coordinator reads the response statistics in both languages", async ({ browser }) => {
  // Signed in by header: a __Host- cookie cannot be planted over plain http through addCookies.
  const coordinator = await signedInAs("COORDINATOR", "responses");
  const context = await browser.newContext({
    locale: "ja-JP",
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp(), Cookie: coordinator.cookie },
  });
  const page = await context.newPage();
  for (const [language, title, table] of [
    ["ja", "返答の状況", "担当コーディネーター別"],
    ["en", "Response times", "Per assigned coordinator"],
  ] as const) {
    await page.goto(`/coordinate/proposals/responses?lng=${language}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: table })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await context.close();
});
