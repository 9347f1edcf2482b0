// Geometry shared by the server-rendered charts: scales (d3-scale), stacking, label spacing, the series' colours
// and patterns, and the tile map of Japan. Pure functions, unit-tested; the components only draw what these return.
import { scaleLinear, scalePoint } from "d3-scale";

export { line as linePath } from "d3-shape";

/** A linear scale from 0 (or `min`) to a rounded-up maximum, so the last gridline sits at or above every value. */
export function valueScale(values: number[], range: [number, number], options: { min?: number; includeZero?: boolean } = {}) {
  const finite = values.filter((value) => Number.isFinite(value));
  const low = options.includeZero === false && finite.length ? Math.min(...finite) : Math.min(0, ...finite);
  const high = finite.length ? Math.max(...finite) : 1;
  const domain: [number, number] = high === low ? [low, low + 1] : [options.min ?? low, high];
  return scaleLinear().domain(domain).range(range).nice(5);
}

/** Evenly spaced positions for categories (months, years) across `range`, ends included. */
export function pointScale(categories: string[], range: [number, number]) {
  return scalePoint<string>().domain(categories).range(range).padding(0);
}

export type Segment<K extends string> = { key: K; value: number; start: number; end: number };

/** Consecutive segments of one stacked bar: each starts where the previous one ended. */
export function stackSegments<K extends string>(keys: readonly K[], values: Record<K, number>): Segment<K>[] {
  let position = 0;
  return keys.map((key) => {
    const value = Math.max(0, values[key]);
    const segment = { key, value, start: position, end: position + value };
    position += value;
    return segment;
  });
}

/**
 * Moves labels apart vertically so that none is closer than `gap` to the next (the end labels of the trend lines),
 * keeping them inside [min, max] and as near to where they want to be as the gap allows.
 */
export function spreadLabels(wanted: number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const [position, item] of order.entries()) placed[position] = Math.max(item.y, position === 0 ? min : placed[position - 1]! + gap);
  for (let position = order.length - 1; position >= 0; position--) {
    const limit = position === order.length - 1 ? max : placed[position + 1]! - gap;
    placed[position] = Math.max(min, Math.min(placed[position]!, limit));
  }
  const result = new Array<number>(wanted.length);
  for (const [position, item] of order.entries()) result[item.index] = placed[position]!;
  return result;
}

/** Rough width of a label in SVG units (no font metrics on the server): CJK ≈ 1em, Latin ≈ 0.6em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(character) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * Fills for series, each dark enough for white text (≥ 4.5:1) and for the bar itself against white (≥ 3:1), and
 * each with its own pattern so that no series is told apart by colour alone.
 */
export const seriesStyles = [
  { fill: "#1d5a3c", pattern: "none", dash: "", marker: "circle" },
  { fill: "#1f5f8f", pattern: "diagonal", dash: "8 4", marker: "square" },
  { fill: "#7c2946", pattern: "dots", dash: "2 3", marker: "triangle" },
  { fill: "#9a4517", pattern: "horizontal", dash: "12 4 2 4", marker: "diamond" },
  { fill: "#4b3f80", pattern: "crosshatch", dash: "4 4", marker: "cross" },
  { fill: "#4a5750", pattern: "vertical", dash: "1 5", marker: "circle-open" },
] as const;
export type SeriesStyle = (typeof seriesStyles)[number];

export function seriesStyle(index: number): SeriesStyle {
  return seriesStyles[index % seriesStyles.length]!;
}

// ───────────────────────────── Tile map of Japan ─────────────────────────────

/**
 * One square per prefecture on a 14 × 11 grid (column west→east, row north→south), the usual tile-map
 * arrangement: Hokkaido top right, Okinawa bottom left, Nagano in the middle of Honshu.
 */
export const prefectureTiles: ReadonlyArray<{ code: number; column: number; row: number }> = [
  { code: 1, column: 13, row: 0 },
  { code: 2, column: 13, row: 1 },
  { code: 5, column: 12, row: 2 },
  { code: 3, column: 13, row: 2 },
  { code: 6, column: 12, row: 3 },
  { code: 4, column: 13, row: 3 },
  { code: 17, column: 9, row: 4 },
  { code: 16, column: 10, row: 4 },
  { code: 15, column: 11, row: 4 },
  { code: 7, column: 12, row: 4 },
  { code: 32, column: 4, row: 5 },
  { code: 31, column: 5, row: 5 },
  { code: 28, column: 6, row: 5 },
  { code: 26, column: 7, row: 5 },
  { code: 18, column: 8, row: 5 },
  { code: 21, column: 9, row: 5 },
  { code: 20, column: 10, row: 5 },
  { code: 10, column: 11, row: 5 },
  { code: 9, column: 12, row: 5 },
  { code: 8, column: 13, row: 5 },
  { code: 35, column: 3, row: 6 },
  { code: 34, column: 4, row: 6 },
  { code: 33, column: 5, row: 6 },
  { code: 27, column: 6, row: 6 },
  { code: 29, column: 7, row: 6 },
  { code: 25, column: 8, row: 6 },
  { code: 23, column: 9, row: 6 },
  { code: 19, column: 10, row: 6 },
  { code: 11, column: 11, row: 6 },
  { code: 13, column: 12, row: 6 },
  { code: 12, column: 13, row: 6 },
  { code: 41, column: 0, row: 7 },
  { code: 40, column: 1, row: 7 },
  { code: 44, column: 2, row: 7 },
  { code: 38, column: 4, row: 7 },
  { code: 37, column: 5, row: 7 },
  { code: 30, column: 7, row: 7 },
  { code: 24, column: 8, row: 7 },
  { code: 22, column: 10, row: 7 },
  { code: 14, column: 11, row: 7 },
  { code: 42, column: 0, row: 8 },
  { code: 43, column: 1, row: 8 },
  { code: 45, column: 2, row: 8 },
  { code: 39, column: 4, row: 8 },
  { code: 36, column: 5, row: 8 },
  { code: 46, column: 1, row: 9 },
  { code: 47, column: 0, row: 10 },
];

export const TILE_GRID = { columns: 14, rows: 11 } as const;
export const NAGANO_CODE = 20;

/**
 * Tile shades from few to many partners: four steps, with the text colour that keeps ≥ 4.5:1 on each. A count of
 * zero stays white; a suppressed count gets its own hatched shade (see the map's legend).
 */
export const tileShades = [
  { fill: "#e3efe6", text: "#1b2420" },
  { fill: "#9fcfad", text: "#1b2420" },
  { fill: "#2f7345", text: "#ffffff" },
  { fill: "#123d28", text: "#ffffff" },
] as const;

/** The shade step (0–3) of a count, by equal quarters of the largest count; null for zero. */
export function tileShadeIndex(count: number, maximum: number): number | null {
  if (count <= 0 || maximum <= 0) return null;
  return Math.min(tileShades.length - 1, Math.floor((count / maximum) * tileShades.length - 1e-9));
}

/** The lower bound of each shade step, for the legend ("1–5", "6–10", …). */
export function tileShadeBounds(maximum: number): Array<{ from: number; to: number }> {
  const step = maximum / tileShades.length;
  return tileShades.map((_, index) => ({
    from: Math.floor(index * step) + 1,
    to: Math.max(Math.floor(index * step) + 1, Math.floor((index + 1) * step)),
  }));
}
