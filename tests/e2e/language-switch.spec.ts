import { expect, test } from "@playwright/test";

test.use({ locale: "ja-JP" });

test("the switcher changes the language, stays on the page and is remembered", async ({ page }) => {
  // The browser downloads the interface texts of the page's language only, and the other when it is chosen.
  const translations: string[] = [];
  page.on("response", (response) => {
    const chunk = /\/assets\/(ja|en)-[\w-]+\.js$/.exec(new URL(response.url()).pathname);
    if (chunk) translations.push(chunk[1]!);
  });
  await page.goto("/strategies/A");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect.poll(() => translations).toEqual(["ja"]);
  await page.getByRole("button", { name: "Switch to English" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/strategies\/A$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learning and growing with the next generation, living with excitement");
  await expect(page.getByRole("navigation", { name: "Main menu" })).toContainText("Challenges");
  expect(translations).toContain("en");

  // Remembered across pages and reloads, although the browser asks for Japanese.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("A town where many ways of living come true.");

  await page.getByRole("button", { name: "日本語に切り替える" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("多彩な暮らし、叶えるまち。");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher still works as a plain form", async ({ page }) => {
    await page.goto("/fields/4");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/fields\/4$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local economy, industry, tourism and work");
  });
});

test("a shared link with ?lng=en opens in English", async ({ page }) => {
  await page.goto("/about?lng=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How co-creation works");
});
