// Text typed before the page's JavaScript has loaded (a slow phone connection) stays when the form kit takes over.
import { expect, test } from "@playwright/test";
import { uniqueClientIp } from "./accounts.ts";

test("what was typed into the sign-up form before hydration is kept", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ja-JP", extraHTTPHeaders: { "X-Forwarded-For": uniqueClientIp() } });
  const page = await context.newPage();
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/signup", { waitUntil: "domcontentloaded" });
  await page.getByRole("textbox", { name: "表示名" }).fill("塩尻 太郎");
  await page.getByRole("textbox", { name: "メールアドレス" }).fill("taro@e2e.example");
  release();
  await expect(page.locator("form#signup")).toHaveAttribute("novalidate", "");
  await page.waitForTimeout(300);
  await expect(page.getByRole("textbox", { name: "表示名" })).toHaveValue("塩尻 太郎");
  await expect(page.getByRole("textbox", { name: "メールアドレス" })).toHaveValue("taro@e2e.example");
  await context.close();
});
