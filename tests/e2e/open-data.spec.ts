// The open-data page in both languages (with axe), reached from the footer, and the machine-readable answers
// through the real server: content types, caching and CORS as clients see them.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support.ts";

test.describe("open-data page in Japanese", () => {
  test.use({ locale: "ja-JP" });

  test("in Japanese: licence, attribution, feeds, API and CSV columns; linked from the footer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "オープンデータ" }).click();
    await expect(page).toHaveURL(/\/open-data$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("オープンデータ");
    await expect(page.getByText("出典：しおじり共創ハブ（塩尻市）", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /CC BY 4.0 の内容/ })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/deed.ja",
    );
    await expect(page.getByRole("table", { name: "Atomフィード" }).getByRole("row")).toHaveCount(5);
    await expect(page.getByRole("table", { name: "CSV" }).getByRole("rowheader", { name: "summary_ja" })).toBeVisible();
    await expect(page.getByRole("table", { name: "地区・エリアのスラッグ" })).toContainText("narakawa");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/challenges.atom");
    await expectNoAxeViolations(page);
  });
});

test.describe("open-data page in English", () => {
  test("in English, from ?lng=en", async ({ page }) => {
    await page.goto("/open-data?lng=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
    await expect(page.getByText("Source: Shiojiri Co-creation Hub (Shiojiri City)", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /What CC BY 4.0 allows/ })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/deed.en",
    );
    await expect(page.getByRole("table", { name: /Parameters/ }).getByRole("rowheader", { name: "pageSize" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("machine-readable answers", () => {
  test("feeds are Atom, the API is JSON open to every origin, the CSV a UTF-8 attachment", async ({ request }) => {
    const feed = await request.get("/challenges.atom?lng=en");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(feed.headers()["cache-control"]).toBe("public, max-age=300");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');

    for (const path of ["/strategies/A/challenges.atom", "/fields/4/challenges.atom", "/areas/narakawa/challenges.atom"]) {
      const scoped = await request.get(path);
      expect(scoped.status(), path).toBe(200);
      expect(scoped.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
    }
    expect((await request.get("/strategies/Z/challenges.atom")).status()).toBe(404);

    const api = await request.get("/api/challenges?pageSize=2", { headers: { Origin: "https://example.org" } });
    expect(api.status()).toBe(200);
    expect(api.headers()["content-type"]).toMatch(/^application\/json/);
    expect(api.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await api.json()) as { data: unknown[]; meta: { pageSize: number }; links: { self: string } };
    expect(body.meta.pageSize).toBe(2);
    expect(body.links.self).toMatch(/^https?:\/\/.+\/api\/challenges\?page=1&pageSize=2$/);

    const bad = await request.get("/api/challenges?pageSize=1000");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe("pageSize");

    const csv = await request.get("/challenges.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="shiojiri-challenges-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toMatch(/^number,url,status,title_ja,/);

    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    const robots = await request.get("/robots.txt");
    expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});
