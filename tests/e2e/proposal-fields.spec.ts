// A free proposal offers only the fields of the strategy it is written under: with JavaScript the list follows
// the strategy as it changes; without JavaScript it shows the strategy the form was opened or sent with, says
// so, and a refusal keeps everything typed and offers the fields of the newly chosen strategy.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { createPartner } from "../../prisma/seed/factories.ts";
import { closeTestDatabase, createAccount, uniqueClientIp } from "./accounts.ts";

const marker = `分野E2E ${randomUUID().slice(0, 6)}`;
const partnerIds: string[] = [];

test.afterAll(async () => {
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.$disconnect();
  await closeTestDatabase();
});

const passphrase = "proposal-fields-e2e-2026";

/** A partner signed in through the login form (the session then follows redirects and flash messages). */
async function partnerPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const account = await createAccount({ label: "fields", password: passphrase, role: "PARTNER" });
  const partner = await createPartner(prisma, { kind: "INDIVIDUAL", displayName: `${marker} 個人`, ownerId: account.userId });
  partnerIds.push(partner.id);
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
  return page;
}

async function offeredFields(page: Page) {
  return page.getByLabel("戦略分野（任意）").locator("option").allTextContents();
}

test("with JavaScript the field list follows the chosen strategy", async ({ browser }) => {
  const page = await partnerPage(browser, true);
  await page.goto("/proposals/new?strategy=A");
  await expect(page.getByLabel(/^提案のタイトル/)).toBeVisible();
  expect(await offeredFields(page)).toEqual([
    "選ばない",
    "① パートナーシップ・子育て",
    "② 学校教育・学びの環境",
    "③ 伝統・文化芸術・スポーツ・生涯学習",
  ]);
  await page.getByLabel("戦略分野（任意）").selectOption({ label: "② 学校教育・学びの環境" });
  await page.getByLabel("基本戦略").selectOption("C");
  await expect
    .poll(() => offeredFields(page))
    .toEqual(["選ばない", "⑦ 地域社会・支え合い", "⑧ 医療・介護・保健・福祉", "⑨ まちづくり・インフラ・防災"]);
  await expect(page.getByLabel("戦略分野（任意）")).toHaveValue("");
  await page.getByLabel("戦略分野（任意）").selectOption({ label: "⑨ まちづくり・インフラ・防災" });
  await page.getByLabel(/^提案のタイトル/).fill(`${marker} 防災マップ`);
  await page.getByLabel("提供できること", { exact: true }).fill("防災マップを一緒に作れます。");
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+$/);
  await expect(page.getByText(/自由提案（C .*⑨ まちづくり・インフラ・防災）/)).toBeVisible();
});

test("without JavaScript the fields of the strategy it was opened with, and a changed strategy is explained, kept and followed", async ({
  browser,
}) => {
  const page = await partnerPage(browser, false);
  await page.goto("/proposals/new?strategy=A");
  expect(await offeredFields(page)).toEqual([
    "選ばない",
    "① パートナーシップ・子育て",
    "② 学校教育・学びの環境",
    "③ 伝統・文化芸術・スポーツ・生涯学習",
  ]);
  await expect(page.getByText("基本戦略を変えたときは")).toBeVisible();
  // The strategy changes but the list cannot follow without JavaScript: the server refuses and keeps everything.
  await page.getByLabel("基本戦略").selectOption("B");
  await page.getByLabel("戦略分野（任意）").selectOption({ label: "② 学校教育・学びの環境" });
  await page.getByLabel(/^提案のタイトル/).fill(`${marker} 観光アプリ`);
  await page.getByLabel("提供できること", { exact: true }).fill("観光客向けのアプリを作れます。");
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page.getByText("選んだ基本戦略の分野を選んでください。").first()).toBeVisible();
  await expect(page.getByLabel(/^提案のタイトル/)).toHaveValue(`${marker} 観光アプリ`);
  await expect(page.getByLabel("提供できること", { exact: true })).toHaveValue("観光客向けのアプリを作れます。");
  await expect(page.getByLabel("基本戦略")).toHaveValue("B");
  expect(await offeredFields(page)).toEqual(["選ばない", "④ 地域経済・産業・観光・就労", "⑤ 環境・気候", "⑥ 協働参画・連繋・行政運営"]);
  await page.getByLabel("戦略分野（任意）").selectOption({ label: "④ 地域経済・産業・観光・就労" });
  await page.getByRole("button", { name: "提出する" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+$/);
  await expect(page.getByText(/自由提案（B .*④ 地域経済・産業・観光・就労）/)).toBeVisible();
});
