// The public dashboard through the real server: readable without JavaScript (charts are server-rendered SVG,
// each an image with a name and a description, and a table under "表で見る"), axe-clean in both languages,
// reachable from the main menu, filtered by a plain GET form, and its CSV and JSON downloads.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support.ts";

test.describe("dashboard without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "ja-JP" });

  test("every chart is an image with a name and a description, and its table opens without scripts", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ダッシュボード");
    for (const name of [
      "全体の数字",
      "基本戦略ごとの状況",
      "戦略分野ごとの状況",
      "これまでの推移",
      "関係人口のパートナー",
      "計画の成果指標",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    const charts = page.locator("figure.chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    for (const chart of await charts.all()) {
      const image = chart.locator('svg[role="img"]');
      const [titleId, descId] = ((await image.getAttribute("aria-labelledby")) ?? "").split(" ");
      expect((await chart.locator(`[id="${titleId}"]`).textContent())?.trim()).toBeTruthy();
      expect((await chart.locator(`[id="${descId}"]`).textContent())?.trim()).toBeTruthy();
      await expect(chart.locator("figcaption")).not.toBeEmpty();
      await expect(chart.locator("details table caption")).toHaveCount(1);
    }
    await expect(page.getByRole("img", { name: "マッチの段階（基本戦略別）" })).toBeVisible();
    await expect(page.getByRole("img", { name: "パートナーの所在地（都道府県別）" })).toBeVisible();
    await expect(page.locator("#chart-prefectures [data-prefecture]")).toHaveCount(47);

    const mapFigure = page.locator("#chart-prefectures");
    const table = mapFigure.getByRole("table", { name: "パートナーの所在地（都道府県別）" });
    await expect(table).toBeHidden();
    await mapFigure.getByText("表で見る").click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(1 + 47 + 1);
    await expect(table.getByRole("rowheader", { name: "長野県" })).toBeVisible();

    // The filter is a plain GET form.
    await page.getByLabel("基本戦略", { exact: true }).selectOption("B");
    await page.getByRole("button", { name: "表示する" }).click();
    await expect(page).toHaveURL(/\/dashboard\?strategy=B&period=$/);
    await expect(page.getByRole("table", { name: "基本戦略ごとの件数" }).getByRole("rowheader")).toHaveText(["基本戦略 B"]);
    await expect(page.getByRole("link", { name: "CSVをダウンロード" })).toHaveAttribute("href", "/dashboard.csv?strategy=B");
  });
});

test.describe("dashboard with JavaScript", () => {
  test.use({ locale: "ja-JP" });

  test("is linked from the main menu and the footer, and passes axe in Japanese", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "ダッシュボード" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "ダッシュボード" })).toHaveAttribute("href", "/dashboard");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "ダッシュボード");
    // One scan with every table opened, so the tables are checked too.
    for (const summary of await page.locator("details.chart__table > summary").all()) await summary.click();
    await expectNoAxeViolations(page);
  });

  test("passes axe in English, with a strategy and period chosen", async ({ page }) => {
    await page.goto("/dashboard?lng=en&strategy=A&period=1");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    await expect(page.getByRole("img", { name: "Where partners are (by prefecture)" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("dashboard downloads", () => {
  test("CSV (UTF-8 with BOM) and JSON answer 200 with their content types; unknown filters do not", async ({ request }) => {
    const csv = await request.get("/dashboard.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="shiojiri-dashboard-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.headers()["cache-control"]).toBe("public, max-age=300");
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
      "dataset,scope,scope_name_ja,scope_name_en,measure,category,period,value,unit_ja,unit_en,licence",
    );

    const json = await request.get("/dashboard.json?strategy=C");
    expect(json.status()).toBe(200);
    expect(json.headers()["content-type"]).toMatch(/^application\/json/);
    expect(json.headers()["access-control-allow-origin"]).toBe("*");
    const data = (await json.json()) as { filters: { strategy: string }; licence: { id: string }; strategies: Array<{ code: string }> };
    expect(data.filters.strategy).toBe("C");
    expect(data.licence.id).toBe("CC-BY-4.0");
    expect(data.strategies.map((strategy) => strategy.code)).toEqual(["C"]);

    expect((await request.get("/dashboard.json?period=9")).status()).toBe(400);
    expect((await request.get("/dashboard.csv?strategy=Z")).status()).toBe(404);
    expect((await request.get("/dashboard?strategy=Z")).status()).toBe(404);
  });
});
