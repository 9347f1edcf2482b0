// The whole partner journey (profile, organisation, proposal, review) on the production build, with two people in two browsers: someone from
// outside Shiojiri signs up in English, builds a partner profile and proposes on an open challenge; a Japanese
// coordinator starts the review and asks for more information; the partner answers in the thread, edits and
// submits again; the coordinator accepts. Every mail goes through the real outbox to the Resend stand-in, in
// each reader's language.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations, extractLink, latestMailTo } from "./support.ts";

const marker = `Journey ${randomUUID().slice(0, 6)}`;
const passphrase = "journey-e2e-passphrase-2026";
const challengeIds: string[] = [];
const userEmails: string[] = [];

test.afterAll(async () => {
  const partners = await prisma.partnerProfile.findMany({ where: { displayName: { startsWith: marker } }, select: { id: true } });
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partners.map((row) => row.id) } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetId: { in: [...partners, ...proposals].map((row) => row.id) } } });
  await prisma.proposal.deleteMany({ where: { id: { in: proposals.map((row) => row.id) } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partners.map((row) => row.id) } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.user.deleteMany({ where: { email: { in: userEmails } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function newPage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  return context.newPage();
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

test("an outside person signs up, proposes, answers a coordinator's question, resubmits and is accepted", async ({ browser }) => {
  // Two people, a dozen pages and six mail round trips.
  test.setTimeout(180_000);
  const [challenge] = await createChallenges(prisma, [
    {
      strategyCode: "B",
      titleJa: `${marker} ワイン用ぶどう畑の担い手づくり`,
      titleEn: `${marker} New growers for Shiojiri's vineyards`,
      fieldNumbers: [4],
      status: "OPEN",
    },
  ]);
  challengeIds.push(challenge!.id);

  // ── The partner: signs up in English and confirms by the mailed link ──
  const partner = await newPage(browser, "en-GB");
  const partnerEmail = `journey-${randomUUID().slice(0, 8)}@e2e.example`;
  userEmails.push(partnerEmail);
  await partner.goto("/signup");
  await partner.getByRole("textbox", { name: "Display name" }).fill(`${marker} Emma`);
  await partner.getByRole("textbox", { name: "E-mail address" }).fill(partnerEmail);
  await partner.getByLabel("Password", { exact: true }).fill(passphrase);
  await partner.getByLabel("Language for pages and e-mails").selectOption("en");
  await partner.getByLabel("I accept the privacy policy").check();
  await partner.getByRole("button", { name: "Create account" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Check your e-mail");
  const confirmation = await latestMailTo(partnerEmail);
  expect(confirmation.subject).toContain("Confirm your e-mail address");
  await partner.goto(extractLink(confirmation, "/verify-email"));
  await partner.getByRole("button", { name: "Confirm e-mail address" }).click();
  // Confirming the address signs the partner in.
  await expect(partner).toHaveURL(/\/account$/);

  // ── Builds a profile from the account page ──
  await partner.getByRole("link", { name: "Become a partner (create a profile)" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Become a partner");
  await partner.getByLabel("Display name").fill(`${marker} Emma Wilson`);
  await partner.getByLabel("Headline (optional)").fill("Viticulture researcher in Adelaide");
  await partner.getByRole("checkbox", { name: "Visits and tourism", exact: true }).check();
  await partner.getByLabel("Prefecture or country you live in").selectOption("AU");
  await partner.getByRole("checkbox", { name: /^English/ }).check();
  await partner.getByRole("checkbox", { name: "Show my profile in the public partner directory" }).check();
  await partner.getByRole("button", { name: "Create profile" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Your partner profile is ready." })).toBeVisible();

  // ── Proposes on the challenge ──
  await partner.goto(`/challenges/${challenge!.number}`);
  await partner.getByRole("link", { name: "Propose a collaboration" }).click();
  await expect(partner.locator("form#proposal-form")).toHaveAttribute("novalidate", "");
  const title = `${marker} Vineyard apprenticeships with Australian growers`;
  await partner.getByLabel(/^Title of the proposal/).fill(title);
  await partner.getByLabel("What you offer", { exact: true }).fill("Two growers for a season, **pruning workshops**.");
  await partner.getByLabel("What you need", { exact: true }).fill("Introductions to vineyards in Kikyogahara");
  await partner.getByRole("button", { name: "Save draft" }).click();
  await expect(partner).toHaveURL(/\/proposals\/\d+\/edit$/);
  const number = Number(/\/proposals\/(\d+)\/edit$/.exec(partner.url())![1]);
  await partner.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Your proposal was submitted." })).toBeVisible();

  // Anyone sees on the challenge page that it has one proposal, not from whom.
  const visitor = await newPage(browser, "ja-JP");
  await visitor.goto(`/challenges/${challenge!.number}`);
  await expect(visitor.getByText("1件の協働提案が届いています")).toBeVisible();
  await expect(visitor.getByText(`${marker} Emma Wilson`)).toHaveCount(0);

  // ── The coordinator (Japanese) finds it in the queue, starts the review, asks for more information ──
  const coordinatorAccount = await createAccount({
    label: "journey-coordinator",
    password: passphrase,
    role: "COORDINATOR",
    language: "ja",
  });
  userEmails.push(coordinatorAccount.email);
  const coordinator = await newPage(browser, "ja-JP");
  await signIn(coordinator, coordinatorAccount.email);
  // The coordinators' challenge list links to the queue filtered by challenge; the queue is oldest first.
  await coordinator.goto(`/coordinate/proposals?challenge=${challenge!.number}`);
  await coordinator.getByRole("link", { name: title }).click();
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(coordinator.locator("form#review-note")).toHaveAttribute("novalidate", "");
  await coordinator.getByRole("button", { name: "審査を始める" }).click();
  await expect(coordinator.locator(".review-page__status .status-badge")).toHaveText("審査中");
  const question = "受け入れ希望の時期（剪定の季節）を教えてください。";
  await coordinator.getByLabel("提案者への質問").fill(question);
  await coordinator.getByRole("button", { name: "追加情報を依頼する" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "提案者に追加情報を依頼しました。" })).toBeVisible();

  // The partner reads the question in English.
  const needsInfo = await latestMailTo(partnerEmail, { subject: /More information needed/ });
  expect(needsInfo.text).toContain(question);
  expect(needsInfo.text).toContain(`/proposals/${number}`);

  // ── The partner answers in the thread, edits and submits again ──
  await partner.goto(`/proposals/${number}`);
  await expect(partner.getByRole("region", { name: "What the coordinator asks" })).toContainText(question);
  await expect(partner.locator("form#proposal-message-form")).toHaveAttribute("novalidate", "");
  const answer = "We can come for the winter pruning, January to February.";
  await partner.getByLabel("Write a message").fill(answer);
  await partner.getByRole("button", { name: "Send message" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Your message was sent." })).toBeVisible();
  const messageMail = await latestMailTo(coordinatorAccount.email, { subject: /新しいメッセージ/ });
  expect(messageMail.text).toContain(answer);

  await partner.getByRole("link", { name: "Edit proposal" }).click();
  await expect(partner.locator("form#proposal-form")).toHaveAttribute("novalidate", "");
  await partner.getByLabel("Timeline", { exact: true }).fill("January–February 2027 (winter pruning)");
  await partner.getByRole("button", { name: "Save and submit again" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Your proposal was submitted again." })).toBeVisible();
  const resubmitted = await latestMailTo(coordinatorAccount.email, { subject: /提出済み/ });
  expect(resubmitted.text).toContain(`/coordinate/proposals/${number}`);

  // ── The coordinator accepts with a reason ──
  await coordinator.reload();
  await expect(coordinator.getByText("January–February 2027 (winter pruning)")).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "メッセージ" }).getByText(answer)).toBeVisible();
  await expect(coordinator.locator("form#review-note")).toHaveAttribute("novalidate", "");
  const reason = "冬の剪定期に桔梗ヶ原の2園地で受け入れます。";
  await coordinator.getByLabel("判断の理由").fill(reason);
  await coordinator.getByRole("button", { name: "提案を採択する" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "提案を採択しました。" })).toBeVisible();
  await expectNoAxeViolations(coordinator);

  const accepted = await latestMailTo(partnerEmail, { subject: /Accepted/ });
  expect(accepted.text).toContain(reason);
  await partner.goto(`/proposals/${number}`);
  await expect(partner.locator(".proposal-page__status")).toContainText("Accepted");
  await expect(partner.getByText(reason).first()).toBeVisible();
  await expectNoAxeViolations(partner);

  // Every mail to the partner was in English, every mail to the coordinator in Japanese.
  for (const mail of [needsInfo, accepted]) expect(mail.subject).not.toMatch(/[ぁ-ん]/);
  for (const mail of [messageMail, resubmitted]) expect(mail.subject).toMatch(/協働提案/);
});
