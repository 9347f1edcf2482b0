import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support.ts";

test.describe("in Japanese (the default)", () => {
  test.use({ locale: "ja-JP" });

  test("home shows the city image, the three strategies with live counts and the plan's indicators", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle(/しおじり共創ハブ/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("多彩な暮らし、叶えるまち。");
    await expect(page.getByText("私たちは、地方創新のパイオニアになる")).toBeVisible();

    const strategies = page.locator("#strategies article");
    await expect(strategies).toHaveCount(3);
    await expect(strategies.nth(0)).toContainText("次世代とともに学び成長し、ワクワクして暮らす");
    await expect(strategies.nth(1)).toContainText("共創で新たな付加価値を生み循環させ、イキイキと暮らす");
    await expect(strategies.nth(2)).toContainText("つながり、支え合い、自分らしく、ニコニコして暮らす");
    await expect(strategies.nth(0).locator("[data-count=openChallenges]")).toHaveText(/^\d[\d,]*$/);

    await expect(page.locator("[data-indicator-target=happiness]")).toHaveText("6.77点以上");
    await expect(page.locator("[data-indicator-target=population]")).toHaveText("65,000人以上");
    await expectNoAxeViolations(page);
  });

  test("a strategy page shows its promised value and fields; a field page its vision", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "基本戦略 C を見る" }).click();
    await expect(page).toHaveURL(/\/strategies\/C$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("つながり、支え合い、自分らしく、ニコニコして暮らす");
    await expect(page.getByRole("heading", { name: "約束する価値（ありたい姿）" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /地域社会・支え合い/ }).click();
    await expect(page).toHaveURL(/\/fields\/7$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("地域社会・支え合い");
    await expect(page.getByRole("heading", { name: "ありたい姿" })).toBeVisible();
    await expect(page.getByText("ゆるやかなつながりと、感謝が循環する「お互い様文化」")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "パンくずリスト" })).toContainText("基本戦略 C");
    await expectNoAxeViolations(page);
  });

  test("every field ①–⑨ has its own page", async ({ page }) => {
    for (let number = 1; number <= 9; number += 1) {
      const response = await page.goto(`/fields/${number}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "ありたい姿" })).toBeVisible();
    }
  });

  test("the about page explains how co-creation works", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("共創のしくみ");
    await expect(page.locator(".steps li")).toHaveCount(5);
    await expectNoAxeViolations(page);
  });

  test("public pages break no rule of the Content Security Policy (browsers report each breach)", async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.columnNumber}`),
      );
    });
    // The dashboard's charts (sized without a style attribute) and pages whose scripts build form schemas (zod
    // must not probe eval, which the policy forbids).
    for (const path of ["/dashboard", "/challenges", "/challenges/1", "/login", "/signup"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
    }
  });

  test("an unknown address shows a 404 page in Japanese", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
    await expect(page).toHaveTitle(/ページが見つかりません/);
    // In <head>, where search engines and link previews read them; an error page is never indexed.
    await expect(page).toHaveTitle("ページが見つかりません | しおじり共創ハブ");
    await expect(page.locator("head > title")).toHaveCount(1);
    await expect(page.locator("head > meta[name=description]")).toHaveAttribute("content", /お探しのページ/);
    await expect(page.locator("head > meta[name=robots]")).toHaveAttribute("content", "noindex");
    await expect(page.locator("title")).toHaveCount(1);
    await expectNoAxeViolations(page);

    const unknownStrategy = await page.goto("/strategies/Z");
    expect(unknownStrategy?.status()).toBe(404);
    const unknownField = await page.goto("/fields/10");
    expect(unknownField?.status()).toBe(404);
  });
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("an English browser gets English pages with lang=en", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("A town where many ways of living come true.");
    await expect(page.locator("[data-indicator-target=happiness]")).toHaveText("at least 6.77 points");
    await expect(page.locator("[data-indicator-target=population]")).toHaveText("at least 65,000 people");
    await expectNoAxeViolations(page);

    await page.goto("/strategies/B");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Creating and circulating new value through co-creation, living vibrantly",
    );
    await expectNoAxeViolations(page);

    await page.goto("/fields/2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("School education and learning environment");
    await expect(page.getByText("come back to Shiojiri")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/about");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How co-creation works");
    await expectNoAxeViolations(page);

    const notFound = await page.goto("/missing");
    expect(notFound?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found | Shiojiri Co-creation Hub");
    await expect(page.locator("head > title")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});
