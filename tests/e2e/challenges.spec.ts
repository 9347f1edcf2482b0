// Visitors finding challenges in a real browser: filters that live in the address, Japanese keyword search, the
// challenge page with its share metadata, in both languages, with and without JavaScript, checked with axe.
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../../app/kernel/db.server.ts";
import { addTokyoDays, todayInTokyo, utcMidnight } from "../../app/kernel/japan-time.ts";
import { createChallenges } from "../../prisma/seed/factories.ts";
import { expectNoAxeViolations as expectNoViolations } from "./support.ts";

const marker = `E2E課題${Date.now().toString(36)}`;
const numbers: Record<string, number> = {};

test.beforeAll(async () => {
  const rows = await createChallenges(prisma, [
    {
      strategyCode: "C",
      titleJa: `${marker} 楢川の空き家を見守る仕組みをつくりたい`,
      titleEn: `${marker} A way to keep an eye on empty houses in Narakawa`,
      summaryJa: "楢川地区で増える空き家を、地域の人と関係人口で見守る仕組みを一緒に考えます。",
      summaryEn: "Together with residents and friends of the town, we want to look after Narakawa's growing number of empty houses.",
      bodyJa: "## 背景\n\n空き家が増えています。\n\n## 求める協力\n\n- 見守りの仕組みづくり\n- 記録アプリの試作",
      bodyEn: "## Background\n\nEmpty houses are increasing.",
      fieldNumbers: [9, 7],
      areaSlug: "narakawa",
      skillSlugs: ["gis"],
      workStyles: ["HYBRID"],
      engagementTypes: ["VOLUNTEER", "RESEARCH"],
      capacity: 3,
      // A deadline is a calendar day in Japan: "20 days from today" counts from today in Tokyo, whatever the hour.
      deadline: utcMidnight(addTokyoDays(todayInTokyo(), 20)),
      ownerDepartmentJa: "楢川支所",
      ownerDepartmentEn: "Narakawa branch office",
    },
    {
      strategyCode: "B",
      titleJa: `${marker} ぶどう農家の収穫データを活かしたい`,
      summaryJa: "桔梗ヶ原のぶどう農家と、収穫データの見える化に取り組みます。",
      fieldNumbers: [4],
      areaSlug: "hirooka",
      skillSlugs: ["data-analysis"],
      workStyles: ["REMOTE"],
      engagementTypes: ["PAID_SIDE_JOB"],
    },
    { strategyCode: "C", titleJa: `${marker} 公開前の下書き 空き家`, status: "DRAFT", fieldNumbers: [9], areaSlug: "narakawa" },
  ]);
  numbers.houses = rows[0]!.number;
  numbers.grapes = rows[1]!.number;
  numbers.draft = rows[2]!.number;
});

test.afterAll(async () => {
  await prisma.challenge.deleteMany({ where: { titleJa: { startsWith: marker } } });
  await prisma.$disconnect();
});

test.use({ locale: "ja-JP" });

test.describe("in Japanese", () => {
  test("a visitor narrows the list with filters and finds a challenge by a Japanese keyword", async ({ page }) => {
    await page.goto("/challenges");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("地域課題をさがす");
    await expectFeedAdvertised(page);

    await page.getByRole("searchbox", { name: "キーワード" }).fill(`${marker} 空き家`);
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(page).toHaveURL(/q=/);
    const results = page.locator(".challenge-list > li");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText("楢川の空き家を見守る仕組みをつくりたい");
    // The draft with the same words stays hidden.
    await expect(page.getByText("公開前の下書き")).toHaveCount(0);

    // A filter applies at once with JavaScript and is kept in the address.
    await page.getByRole("searchbox", { name: "キーワード" }).fill(marker);
    await page.getByLabel("地区・エリア").selectOption("hirooka");
    await expect(page).toHaveURL(/area=hirooka/);
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText("ぶどう農家の収穫データを活かしたい");
    await expectNoViolations(page);

    await results.first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/challenges/${numbers.grapes}$`));
  });

  test("the challenge page shows its facts, a countdown, the rendered body and share metadata", async ({ page }) => {
    await page.goto(`/challenges/${numbers.houses}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${marker} 楢川の空き家を見守る仕組みをつくりたい`);
    const facts = page.getByRole("complementary");
    await expect(facts).toContainText("締切まであと20日");
    await expect(facts).toContainText("楢川");
    await expect(facts).toContainText("ハイブリッド");
    await expect(facts).toContainText("ボランティア・研究");
    await expect(facts).toContainText("楢川支所");
    await expect(page.getByRole("heading", { level: 3, name: "求める協力" })).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${marker} 楢川の空き家を見守る仕組みをつくりたい`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/challenges/${numbers.houses}$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("Article");
    expect(jsonLd.publisher.name).toBe("塩尻市");
    await expectNoViolations(page);
  });

  test("a draft is not found by visitors", async ({ page }) => {
    const response = await page.goto(`/challenges/${numbers.draft}`);
    expect(response?.status()).toBe(404);
  });

  test("strategy and field pages list their open challenges", async ({ page }) => {
    await page.goto("/fields/9");
    await expect(page.getByRole("region", { name: "この分野の地域課題" })).toContainText("楢川の空き家を見守る仕組みをつくりたい");
    await page.goto("/strategies/B");
    await expect(page.getByRole("region", { name: "募集中の地域課題" })).toContainText("ぶどう農家の収穫データを活かしたい");
    await expectFeedAdvertised(page);
  });
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("English text where it exists, Japanese with a note where it does not", async ({ page }) => {
    await page.goto(`/challenges/${numbers.houses}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${marker} A way to keep an eye on empty houses in Narakawa`);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang");
    await expect(page.getByRole("complementary")).toContainText("days left");
    await page.goto(`/challenges/${numbers.grapes}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ぶどう農家");
    // Untranslated Japanese on an English page is marked, so a screen reader reads it in Japanese (WCAG 3.1.2).
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ja");
    await expect(page.getByText("This text is available in Japanese only.")).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "ja-JP" });

  test("the filter form still works as a plain GET form", async ({ page }) => {
    await page.goto("/challenges");
    await page.getByRole("searchbox", { name: "キーワード" }).fill(marker);
    await page.getByLabel("基本戦略").selectOption("C");
    await page.getByRole("button", { name: "この条件で探す" }).click();
    await expect(page).toHaveURL(/strategy=C/);
    await expect(page.locator(".challenge-list > li")).toHaveCount(1);
  });
});

test("@phone the list fits a phone screen, with the keyword first and the other filters folded", async ({ page }) => {
  await page.goto(`/challenges?q=${encodeURIComponent(marker)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("searchbox", { name: "キーワード" })).toBeVisible();
  await expect(page.getByLabel("基本戦略")).toBeHidden();
  await page.getByText("そのほかの条件").click();
  await expect(page.getByLabel("基本戦略")).toBeVisible();
  // A filter in use keeps the fold open on the next page.
  await page.goto(`/challenges?strategy=C&q=${encodeURIComponent(marker)}`);
  await expect(page.getByLabel("基本戦略")).toHaveValue("C");
  await expect(page.getByLabel("基本戦略")).toBeVisible();
});

async function expectFeedAdvertised(page: Page) {
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", /\.atom/);
}
