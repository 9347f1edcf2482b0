// Batch (cohort) assignment on the production build: a coordinator chooses two challenges,
// sees the proposed assignment, moves an applicant out, checks the change and confirms; axe on both steps; the
// same flow again without JavaScript. Confirming twice (a double click, then a second tab with the same plan)
// leaves one set of matches and says the plan was already confirmed, with and without JavaScript.
import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenges, createPartner, createProposal } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const marker = `一括E2E ${randomUUID().slice(0, 6)}`;
const passphrase = "batch-e2e-passphrase-2026";
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.use({ locale: "ja-JP" });

test.afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signIn(page: Page, context: BrowserContext) {
  // Signed in through the form: a real session cookie survives the redirect after confirming.
  const coordinator = await createAccount({ label: "batch-coordinator", password: passphrase, role: "COORDINATOR" });
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientIp() });
  await page.goto("/login");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill(coordinator.email);
  await page.getByLabel(/^パスワード$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^ログイン$/ })
    .click();
  await enterSecondFactorIfAsked(page, coordinator.email);
  await expect(page).toHaveURL(/\/account$/);
}

async function batchFlow(page: Page, context: BrowserContext, axe: boolean) {
  await signIn(page, context);
  const tag = `${marker}-${randomUUID().slice(0, 4)}`;
  const titles = [`${tag} 空き家の活用`, `${tag} 地域の記録`];
  const challenges = await createChallenges(
    prisma,
    titles.map((titleJa) => ({ strategyCode: "B", titleJa, status: "OPEN" as const, capacity: 1 })),
  );
  challengeIds.push(...challenges.map((challenge) => challenge.id));
  for (const [index, name] of ["赤羽", "青木", "黄田"].entries()) {
    const partner = await createPartner(prisma, { displayName: `${tag} ${name}`, strategyCodes: ["B"], languages: ["ja"] });
    partnerIds.push(partner.id);
    await createProposal(prisma, {
      partnerId: partner.id,
      challengeId: challenges[index % 2]!.id,
      title: `${tag} 提案 ${name}`,
      status: "SUBMITTED",
    });
  }

  await page.goto("/coordinate/matching/batch?strategy=B");
  await expect(page.getByRole("heading", { level: 1, name: "一括割り当て（コホート）" })).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  for (const [index, challenge] of challenges.entries()) await page.getByLabel(`#${challenge.number} [B] ${titles[index]}`).check();
  await page.getByRole("button", { name: "割り当て案を作る" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "2. 割り当て案を確認・調整する" })).toBeVisible();
  await expect(page.getByText(/提案の適合度合計/)).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  // Two places, three applicants: one is left out; move a placed one out too, then check.
  const placed = page.locator("select").filter({ has: page.locator("option:checked:not([value=''])") });
  await expect(placed).toHaveCount(2);
  await placed.first().selectOption("");
  await page.getByRole("button", { name: "変更を確認" }).click();
  await expect(page.getByText("変更を確認しました。問題はありません。")).toBeVisible();
  await expect(page.locator("select").filter({ has: page.locator("option:checked:not([value=''])") })).toHaveCount(1);

  await page.getByRole("button", { name: "確定してマッチングを作成" }).click();
  await expect(page.getByText("マッチングを 1 件作成しました（提案中）。")).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  expect(await prisma.match.count({ where: { partnerId: { in: partnerIds.slice(-3) }, stage: "SUGGESTED" } })).toBe(1);
}

/** Two challenges with one place each and one applicant each; the plan opened in two tabs and confirmed in both. */
async function confirmTwice(page: Page, context: BrowserContext) {
  await signIn(page, context);
  const tag = `${marker}-${randomUUID().slice(0, 4)}`;
  const challenges = await createChallenges(
    prisma,
    [`${tag} 二重確定 一`, `${tag} 二重確定 二`].map((titleJa) => ({ strategyCode: "B", titleJa, status: "OPEN" as const, capacity: 1 })),
  );
  challengeIds.push(...challenges.map((challenge) => challenge.id));
  const mine: string[] = [];
  for (const [index, name] of ["白石", "黒田"].entries()) {
    const partner = await createPartner(prisma, { displayName: `${tag} ${name}`, strategyCodes: ["B"], languages: ["ja"] });
    partnerIds.push(partner.id);
    mine.push(partner.id);
    await createProposal(prisma, {
      partnerId: partner.id,
      challengeId: challenges[index]!.id,
      title: `${tag} 提案 ${name}`,
      status: "SUBMITTED",
    });
  }
  const planUrl = `/coordinate/matching/batch?${challenges.map((challenge) => `c=${challenge.number}`).join("&")}`;
  const second = await context.newPage();
  for (const tab of [page, second]) {
    await tab.goto(planUrl);
    await expect(tab.locator("select").filter({ has: tab.locator("option:checked:not([value=''])") })).toHaveCount(2);
  }
  const count = () => prisma.match.count({ where: { partnerId: { in: mine } } });

  // A double click: both submissions may reach the server; the page ends on one of the two answers.
  await page.getByRole("button", { name: "確定してマッチングを作成" }).dblclick();
  await expect(
    page.getByText(
      /^(マッチングを 2 件作成しました（提案中）。|この割り当てはすでに確定済みです（2 件のマッチングが進行中）。新たには作成していません。)$/,
    ),
  ).toBeVisible();
  await expect.poll(count).toBe(2);

  // The same plan confirmed again in the second tab: nothing new, and it says so.
  await second.getByRole("button", { name: "確定してマッチングを作成" }).click();
  await expect(second.getByText("この割り当てはすでに確定済みです（2 件のマッチングが進行中）。新たには作成していません。")).toBeVisible();
  expect(await count()).toBe(2);
  const pairs = await prisma.match.findMany({ where: { partnerId: { in: mine } }, select: { challengeId: true, partnerId: true } });
  expect(pairs.map((pair) => `${pair.challengeId}:${pair.partnerId}`).sort()).toEqual(
    [`${challenges[0]!.id}:${mine[0]}`, `${challenges[1]!.id}:${mine[1]}`].sort(),
  );
  await second.close();
}

test("a coordinator proposes, adjusts and confirms a batch assignment (axe on each step)", async ({ page, context }) => {
  await batchFlow(page, context, true);
});

test("confirming the same plan twice (double click, second tab) leaves one set of matches", async ({ page, context }) => {
  await confirmTwice(page, context);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the same flow works with plain forms", async ({ page, context }) => {
    await batchFlow(page, context, false);
  });

  test("confirming the same plan twice (double click, second tab) leaves one set of matches", async ({ page, context }) => {
    await confirmTwice(page, context);
  });
});
