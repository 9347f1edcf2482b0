import { ChartFigure, ChartLegend, type ChartTable } from "./chart-figure.tsx";
import { NAGANO_CODE, prefectureTiles, TILE_GRID, tileShadeBounds, tileShadeIndex, tileShades } from "./geometry.ts";

export type TileCount = { code: number; name: string; shortName: string; count: number | null; suppressed: boolean };

const TILE = 52;
const GAP = 4;
const PITCH = TILE + GAP;
const SUPPRESSED_FILL = "#f4f6f1";

/**
 * Japan as a tile map: one square per prefecture in roughly its place, shaded by its count (four steps), with the
 * count written on it; small counts appear as "<3" on a hatched tile. Nagano, Shiojiri's prefecture, is outlined.
 */
export function JapanTileMap({
  id,
  title,
  description,
  tiles,
  abroad,
  labels,
  format,
}: {
  id: string;
  title: string;
  description: string;
  tiles: TileCount[];
  abroad: { name: string; count: number | null; suppressed: boolean };
  labels: { count: string; suppressed: string; none: string; shiojiri: string; range: (from: string, to: string) => string };
  format: (value: number) => string;
}) {
  const width = TILE_GRID.columns * PITCH;
  const height = TILE_GRID.rows * PITCH;
  const byCode = new Map(tiles.map((tile) => [tile.code, tile]));
  const maximum = Math.max(0, ...tiles.map((tile) => tile.count ?? 0), abroad.count ?? 0);
  const countText = (entry: { count: number | null; suppressed: boolean }) =>
    entry.suppressed ? labels.suppressed : format(entry.count ?? 0);
  const shade = (entry: { count: number | null; suppressed: boolean }) => {
    if (entry.suppressed) return { fill: `url(#${id}-hatch)`, text: "#1b2420" };
    const index = tileShadeIndex(entry.count ?? 0, maximum);
    return index === null ? { fill: "#ffffff", text: "#4a5750" } : tileShades[index]!;
  };
  const table: ChartTable = {
    columns: ["", labels.count],
    rows: [...tiles.map((tile) => ({ header: tile.name, cells: [countText(tile)] })), { header: abroad.name, cells: [countText(abroad)] }],
  };
  const bounds = maximum > 0 ? tileShadeBounds(maximum) : [];
  const legend = (
    <ChartLegend
      items={[
        { label: labels.none, swatch: <rect x="1" y="1" width="26" height="14" fill="#ffffff" stroke="#8a968f" /> },
        { label: labels.suppressed, swatch: <rect x="1" y="1" width="26" height="14" fill={`url(#${id}-hatch)`} stroke="#8a968f" /> },
        ...bounds
          .filter((bound, index) => index === 0 || bound.from <= bound.to)
          .map((bound, index) => ({
            label: labels.range(format(bound.from), format(bound.to)),
            swatch: <rect x="1" y="1" width="26" height="14" fill={tileShades[index]!.fill} stroke="#8a968f" />,
          })),
        { label: labels.shiojiri, swatch: <rect x="2" y="2" width="24" height="12" fill="#ffffff" stroke="#c2410c" strokeWidth="3" /> },
      ]}
    />
  );
  return (
    <ChartFigure id={id} title={title} description={description} width={width} height={height} table={table} legend={legend}>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={SUPPRESSED_FILL} />
          <path d="M0 6 L6 0" stroke="#8a968f" strokeWidth="1" />
        </pattern>
      </defs>
      <g aria-hidden="true">
        {prefectureTiles.map((position) => {
          const tile = byCode.get(position.code);
          if (!tile) return null;
          const { fill, text } = shade(tile);
          const isNagano = position.code === NAGANO_CODE;
          const nameSize = tile.shortName.length > 7 ? 9 : 11;
          return (
            <g
              key={position.code}
              transform={`translate(${position.column * PITCH + GAP / 2},${position.row * PITCH + GAP / 2})`}
              data-prefecture={position.code}
            >
              <rect
                width={TILE}
                height={TILE}
                rx="4"
                fill={fill}
                stroke={isNagano ? "#c2410c" : "#8a968f"}
                strokeWidth={isNagano ? 4 : 1}
              />
              <text x={TILE / 2} y={18} textAnchor="middle" fontSize={nameSize} fill={text}>
                {tile.shortName}
              </text>
              <text x={TILE / 2} y={38} textAnchor="middle" fontSize="14" fontWeight="700" fill={text}>
                {countText(tile)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${GAP / 2},${GAP / 2})`}>
          <rect width={PITCH * 2 - GAP} height={TILE} rx="4" fill={shade(abroad).fill} stroke="#8a968f" />
          <text x={PITCH - GAP / 2} y={18} textAnchor="middle" fontSize="11" fill={shade(abroad).text}>
            {abroad.name}
          </text>
          <text x={PITCH - GAP / 2} y={38} textAnchor="middle" fontSize="14" fontWeight="700" fill={shade(abroad).text}>
            {countText(abroad)}
          </text>
        </g>
      </g>
    </ChartFigure>
  );
}
