// Geometry of the server-rendered charts and the dashboard's small-count rule, without a database.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "../../app/features/dashboard/charts/bar-chart.tsx";
import {
  NAGANO_CODE,
  prefectureTiles,
  spreadLabels,
  stackSegments,
  TILE_GRID,
  tileShadeBounds,
  tileShadeIndex,
  tileShades,
  valueScale,
} from "../../app/features/dashboard/charts/geometry.ts";
import { dashboardQuery, suppressSmallCount, trendMonths } from "../../app/features/dashboard/dashboard.ts";
import { prefectures } from "../../app/features/taxonomy/prefectures.ts";

describe("tile map of Japan", () => {
  it("has one tile for each of the 47 prefectures, each in its own cell inside the grid", () => {
    expect(prefectureTiles).toHaveLength(47);
    expect(new Set(prefectureTiles.map((tile) => tile.code))).toEqual(new Set(prefectures.map((prefecture) => prefecture.code)));
    expect(new Set(prefectureTiles.map((tile) => `${tile.column},${tile.row}`)).size).toBe(47);
    for (const tile of prefectureTiles) {
      expect(tile.column).toBeGreaterThanOrEqual(0);
      expect(tile.column).toBeLessThan(TILE_GRID.columns);
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(TILE_GRID.rows);
    }
    // The abroad box takes the top-left two cells: no prefecture may sit there.
    expect(prefectureTiles.some((tile) => tile.row === 0 && tile.column < 2)).toBe(false);
  });

  it("puts Hokkaido top right, Okinawa bottom left and Nagano between Tokyo and Osaka", () => {
    const at = (code: number) => prefectureTiles.find((tile) => tile.code === code)!;
    expect(at(1).row).toBe(0);
    expect(at(47).column).toBe(0);
    expect(at(NAGANO_CODE).column).toBeGreaterThan(at(27).column);
    expect(at(NAGANO_CODE).column).toBeLessThan(at(13).column);
  });

  it("shades counts in four steps up to the largest, and leaves zero unshaded", () => {
    expect(tileShadeIndex(0, 40)).toBeNull();
    expect(tileShadeIndex(1, 40)).toBe(0);
    expect(tileShadeIndex(10, 40)).toBe(0);
    expect(tileShadeIndex(11, 40)).toBe(1);
    expect(tileShadeIndex(40, 40)).toBe(tileShades.length - 1);
    const bounds = tileShadeBounds(40);
    expect(bounds[0]).toEqual({ from: 1, to: 10 });
    expect(bounds.at(-1)).toEqual({ from: 31, to: 40 });
    // Every count from 1 to the maximum falls in the step whose bounds the legend shows.
    for (let count = 1; count <= 40; count++) {
      const step = bounds[tileShadeIndex(count, 40)!]!;
      expect(count).toBeGreaterThanOrEqual(step.from);
      expect(count).toBeLessThanOrEqual(step.to);
    }
  });
});

describe("scales and stacking", () => {
  it("starts a value scale at zero and ends it at or above the largest value", () => {
    const scale = valueScale([3, 17, 9], [100, 500]);
    const [low, high] = scale.domain() as [number, number];
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(17);
    expect(scale(0)).toBe(100);
    expect(scale(high)).toBe(500);
  });

  it("gives an empty chart a usable scale", () => {
    const scale = valueScale([0, 0], [0, 100]);
    expect(scale.domain()[1]).toBeGreaterThan(0);
    expect(Number.isFinite(scale(0))).toBe(true);
  });

  it("stacks segments end to end", () => {
    const segments = stackSegments(["a", "b", "c"] as const, { a: 2, b: 0, c: 5 });
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([
      [0, 2],
      [2, 2],
      [2, 7],
    ]);
  });

  it("spreads overlapping labels at least the gap apart, inside the bounds, keeping their order", () => {
    const placed = spreadLabels([100, 101, 102, 300], 16, 0, 400);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let index = 1; index < sorted.length; index++) expect(sorted[index]! - sorted[index - 1]!).toBeGreaterThanOrEqual(16);
    expect(placed[3]).toBe(300);
    expect(placed[0]!).toBeLessThan(placed[1]!);
    const crowded = spreadLabels([395, 396, 399], 16, 0, 400);
    expect(Math.max(...crowded)).toBeLessThanOrEqual(400);
  });
});

describe("dashboard rules", () => {
  it("suppresses counts of 1 and 2 only", () => {
    expect(suppressSmallCount(0)).toEqual({ count: 0, suppressed: false });
    expect(suppressSmallCount(1)).toEqual({ count: null, suppressed: true });
    expect(suppressSmallCount(2)).toEqual({ count: null, suppressed: true });
    expect(suppressSmallCount(3)).toEqual({ count: 3, suppressed: false });
  });

  it("lists the last 24 months in Japan time, across a year boundary", () => {
    // 31 Dec 2026 16:00 UTC is already 1 January 2027 in Japan.
    const months = trendMonths(new Date("2026-12-31T16:00:00Z"));
    expect(months).toHaveLength(24);
    expect(months.at(-1)).toBe("2027-01");
    expect(months[0]).toBe("2025-02");
    expect(new Set(months).size).toBe(24);
  });

  it("builds the export links from the page's filters", () => {
    expect(dashboardQuery({})).toBe("");
    expect(dashboardQuery({ strategy: "B", period: 1 })).toBe("?strategy=B&period=1");
  });
});

describe("chart markup", () => {
  it("is one image named by its title and description, with the same figures in a table", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        id: "chart-test",
        title: "課題の数",
        description: "① 5件、② 3件",
        bars: [
          { label: "①", value: 5 },
          { label: "②", value: 3 },
        ],
        valueLabel: "件数",
        format: String,
      }),
    );
    expect(html).toContain('<figure class="chart" id="chart-test">');
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-test-title chart-test-desc"/);
    expect(html).toContain('<title id="chart-test-title">課題の数</title>');
    expect(html).toContain('<desc id="chart-test-desc">① 5件、② 3件</desc>');
    expect(html).toMatch(/<details class="chart__table"><summary>[^<]+<\/summary>/);
    expect(html).toContain("<caption>課題の数</caption>");
    expect(html).toMatch(/<th scope="row">①<\/th><td class="numeric">5<\/td>/);
  });

  it("sizes the picture with attributes, never a style attribute, which the CSP (style-src 'self') refuses", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        id: "chart-size",
        title: "t",
        description: "d",
        bars: [{ label: "①", value: 1 }],
        valueLabel: "v",
        format: String,
      }),
    );
    const svg = /<svg [^>]*>/.exec(html)?.[0] ?? "";
    expect(svg).toMatch(/ viewBox="0 0 (\d+) (\d+)"/);
    const [, width, height] = / viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect(svg).toContain(` width="${width}" height="${height}"`);
    expect(html).not.toContain("style=");
  });
});
