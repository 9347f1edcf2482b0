// Initiatives on the production build: a coordinator starts an initiative from an AGREED match, adds a milestone
// and an outcome in the editor, posts an update with a picture; the public page shows them and not the partner who
// has not agreed to be named; a resident cheers without JavaScript. Axe on the list, the page, the editor and the update form.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createMatchWithHistory, createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, enterSecondFactorIfAsked, uniqueClientIp } from "./accounts.ts";
import { expectNoAxeViolations } from "./support.ts";

const marker = `取り組みE2E ${randomUUID().slice(0, 6)}`;
const passphrase = "initiatives-e2e-passphrase-2026";
const partnerIds: string[] = [];
const challengeIds: string[] = [];

test.afterAll(async () => {
  const initiatives = await prisma.initiative.findMany({ where: { challengeId: { in: challengeIds } }, select: { id: true } });
  const ids = initiatives.map((row) => row.id);
  await prisma.activity.deleteMany({ where: { initiativeId: { in: ids } } });
  await prisma.auditLog.deleteMany({ where: { targetType: "initiative", targetId: { in: ids } } });
  await prisma.initiative.deleteMany({ where: { id: { in: ids } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

async function signedInPage(
  browser: Browser,
  label: string,
  role: "COORDINATOR" | "RESIDENT",
  options: { javaScriptEnabled?: boolean } = {},
) {
  const account = await createAccount({ label, password: passphrase, role });
  const context = await browser.newContext({
    locale: "ja-JP",
    extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("textbox", { name: /メールアドレス|E-mail address/ }).fill(account.email);
  await page.getByLabel(/^(パスワード|Password)$/).fill(passphrase);
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(ログイン|Sign in)$/ })
    .click();
  await enterSecondFactorIfAsked(page, account.email);
  await expect(page).toHaveURL(/\/account$/);
  return { account, context, page };
}

function picture() {
  return sharp({ create: { width: 640, height: 360, channels: 3, background: { r: 180, g: 90, b: 40 } } })
    .png()
    .toBuffer();
}

async function openDetails(page: Page, summary: string) {
  await page.locator("summary", { hasText: summary }).first().click();
}

test("a coordinator starts an initiative from an agreed match, records its progress, and a resident cheers without JavaScript", async ({
  browser,
}) => {
  test.slow();
  const coordinator = await signedInPage(browser, "initiative-coordinator", "COORDINATOR");
  const challenge = await createChallenge(prisma, {
    strategyCode: "A",
    titleJa: `${marker} 子育て広場`,
    status: "IN_PROGRESS",
    fieldNumbers: [1],
  });
  challengeIds.push(challenge.id);
  const partner = await createPartner(prisma, { kind: "ORGANISATION", displayName: `${marker} 木曽ラボ` });
  partnerIds.push(partner.id);
  const match = await createMatchWithHistory(prisma, { challengeId: challenge.id, partnerId: partner.id, path: ["INTRODUCED", "AGREED"] });

  const page = coordinator.page;
  await page.goto(`/coordinate/matches/${match.number}`);
  await page.getByRole("button", { name: "この組み合わせから取り組みを始める" }).click();
  await expect(page).toHaveURL(/\/coordinate\/initiatives\/\d+$/);
  const number = Number(page.url().split("/").pop());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${marker} 子育て広場`);
  await expectNoAxeViolations(page);

  await openDetails(page, "予定を追加する");
  const milestoneForm = page.locator("form#milestone-new");
  await milestoneForm.getByLabel("種類").selectOption("EVENT");
  await milestoneForm.getByLabel("名前（日本語）").fill("親子ワークショップ");
  await milestoneForm.getByLabel("日付").fill("2027-02-14");
  await milestoneForm.getByLabel("開始時刻").fill("13:30");
  await milestoneForm.getByLabel("終了時刻").fill("15:00");
  await milestoneForm.getByLabel("場所（日本語）").fill("えんぱーく");
  await milestoneForm.getByRole("button", { name: "予定を追加する" }).click();
  await expect(page.locator("summary", { hasText: "親子ワークショップ" })).toBeVisible();

  await openDetails(page, "成果を記録する");
  const outcomeForm = page.locator("form#outcome-new");
  await outcomeForm.getByLabel("項目（日本語）").fill("参加した親子");
  await outcomeForm.getByLabel("数値").fill("36");
  await outcomeForm.getByLabel("単位（日本語）").fill("組");
  await outcomeForm.getByLabel("時点").fill("2026-11-01");
  await outcomeForm.getByRole("button", { name: "成果を記録する" }).click();
  await expect(page.locator("summary", { hasText: "参加した親子" })).toBeVisible();

  await page.goto(`/initiatives/${number}`);
  await openDetails(page, "進捗を報告する");
  await expectNoAxeViolations(page);
  const updateForm = page.locator("form#update-form-new");
  await updateForm.getByLabel("見出し").fill("第1回を開きました");
  await updateForm.getByLabel("本文（Markdown）").fill("**36組**の親子が参加しました。");
  await updateForm
    .getByLabel("写真1", { exact: true })
    .setInputFiles({ name: "hiroba.png", mimeType: "image/png", buffer: await picture() });
  await updateForm.getByLabel("写真1の説明（代替テキスト）").fill("木のおもちゃで遊ぶ子どもたち");
  await updateForm.getByRole("button", { name: "報告する" }).click();
  await expect(page.getByRole("heading", { name: "第1回を開きました" })).toBeVisible();
  await expect(page.getByRole("img", { name: "木のおもちゃで遊ぶ子どもたち" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "親子ワークショップ" })).toBeVisible();
  await expect(page.getByRole("table", { name: "この取り組みの成果（数値）" })).toContainText("参加した親子");
  // The partner has not agreed to be named: the public page does not name it.
  await expect(page.getByRole("main")).not.toContainText(`${marker} 木曽ラボ`);
  await expectNoAxeViolations(page);

  // The coordinators' list has it too, with its status.
  await page.goto("/coordinate/initiatives");
  await expect(page.getByRole("link", { name: `${marker} 子育て広場` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/initiatives?strategy=A");
  await expect(page.getByRole("link", { name: `${marker} 子育て広場` })).toBeVisible();
  await expectNoAxeViolations(page);

  const resident = await signedInPage(browser, "initiative-resident", "RESIDENT", { javaScriptEnabled: false });
  await resident.page.goto(`/initiatives/${number}`);
  await expect(resident.page.getByText("応援 0")).toBeVisible();
  await resident.page.getByRole("button", { name: "応援する" }).click();
  await expect(resident.page).toHaveURL(new RegExp(`/initiatives/${number}$`));
  await expect(resident.page.getByText("応援 1")).toBeVisible();
  await expect(resident.page.getByRole("button", { name: "応援を取り消す" })).toBeVisible();
  await coordinator.context.close();
  await resident.context.close();
});
