import { expect, test } from "@playwright/test";

test("/healthz reports that the database answers", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.ok).toBe(true);
});

test("/livez answers without touching the database", async ({ request }) => {
  const response = await request.get("/livez");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
});

test("every response carries the security headers: pages, static files and errors", async ({ request }) => {
  for (const path of ["/", "/favicon.svg", "/no-such-page", "/healthz", "/livez"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("a page's inline scripts carry the per-response CSP nonce", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const firstNonce = nonceOf(first.headers()["content-security-policy"] ?? "");
  expect(firstNonce).toBeTruthy();
  expect(firstNonce).not.toBe(nonceOf(second.headers()["content-security-policy"] ?? ""));
  expect(await first.text()).toContain(`nonce="${firstNonce}"`);
});

test("the browser runs the app under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await page
    .getByRole("link", { name: /基本戦略 A を見る|View strategy A/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/strategies\/A$/);
  expect(violations).toEqual([]);
});

test.describe("mutations from elsewhere are refused (CSRF)", () => {
  test("a POST without an Origin header gets 403 and changes nothing", async ({ request }) => {
    const response = await request.post("/language", { form: { language: "en", returnTo: "/" }, headers: { Origin: "" } });
    expect(response.status()).toBe(403);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });

  test("a POST from another site gets 403", async ({ request }) => {
    const response = await request.post("/language", {
      form: { language: "en" },
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });

  test("a same-origin POST is accepted", async ({ request, baseURL }) => {
    const response = await request.post("/language", {
      form: { language: "en", returnTo: "/about" },
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/about");
  });
});

test.describe("bad input never causes a 500", () => {
  const cases: Array<{ name: string; body: string; contentType: string }> = [
    { name: "an unsupported language", body: "language=xx", contentType: "application/x-www-form-urlencoded" },
    { name: "an empty body", body: "", contentType: "application/x-www-form-urlencoded" },
    { name: "JSON instead of a form", body: '{"language":"en"}', contentType: "application/json" },
    { name: "an oversize field", body: `language=en&returnTo=/${"a".repeat(10_000)}`, contentType: "application/x-www-form-urlencoded" },
  ];
  for (const { name, body, contentType } of cases) {
    test(`the language switcher answers 4xx to ${name}`, async ({ request, baseURL }) => {
      const response = await request.post("/language", {
        data: body,
        headers: { "Content-Type": contentType, Origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
    });
  }
});

test("@phone the home page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("navigation", { name: /メインメニュー|Main menu/ })).toBeVisible();
});

test("keyboard users can skip to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: /本文へスキップ|Skip to main content/ });
  await expect(skipLink).toBeFocused();
  await skipLink.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
