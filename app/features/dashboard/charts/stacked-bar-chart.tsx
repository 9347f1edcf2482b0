import { HorizontalBarPlot } from "./axes.tsx";
import { ChartFigure, ChartLegend, PatternDefs, type ChartTable } from "./chart-figure.tsx";
import { estimateTextWidth, seriesStyle, stackSegments, valueScale } from "./geometry.ts";

/**
 * Horizontal stacked bars: one row per category (a strategy), one segment per key (a match stage), each segment
 * with its own colour and pattern, its count written inside when it fits, and a total at the bar's end.
 */
export function StackedBarChart<K extends string>({
  id,
  title,
  description,
  keys,
  keyLabels,
  rows,
  totalLabel,
  format,
}: {
  id: string;
  title: string;
  description: string;
  keys: readonly K[];
  keyLabels: Record<K, string>;
  rows: Array<{ label: string; values: Record<K, number> }>;
  totalLabel: string;
  format: (value: number) => string;
}) {
  const fontSize = 13;
  const rowHeight = 40;
  const width = 640;
  const top = 8;
  const labelWidth = Math.min(240, Math.max(40, ...rows.map((row) => estimateTextWidth(row.label, fontSize))) + 12);
  const plotRight = width - 56;
  const height = top + rows.length * rowHeight + 24;
  const stacks = rows.map((row) => stackSegments(keys, row.values));
  const x = valueScale(
    stacks.map((segments) => segments.at(-1)?.end ?? 0),
    [labelWidth, plotRight],
  );
  const styles = keys.map((_, index) => seriesStyle(index));
  const table: ChartTable = {
    columns: ["", ...keys.map((key) => keyLabels[key]), totalLabel],
    rows: rows.map((row, index) => ({
      header: row.label,
      cells: [...keys.map((key) => format(row.values[key])), format(stacks[index]!.at(-1)?.end ?? 0)],
    })),
  };
  const legend = (
    <ChartLegend
      items={keys.map((key, index) => ({
        label: keyLabels[key],
        swatch: <rect x="1" y="1" width="26" height="14" fill={`url(#${id}-p${index})`} stroke={styles[index]!.fill} />,
      }))}
    />
  );
  return (
    <ChartFigure id={id} title={title} description={description} width={width} height={height} table={table} legend={legend}>
      <PatternDefs prefix={id} fills={styles} />
      <HorizontalBarPlot x={x} ticks={x.ticks(5)} top={top} height={height} labelWidth={labelWidth} format={format}>
        {rows.map((row, rowIndex) => {
          const segments = stacks[rowIndex]!;
          const total = segments.at(-1)?.end ?? 0;
          return (
            <g key={row.label} transform={`translate(0,${top + rowIndex * rowHeight})`}>
              <text x={labelWidth - 8} y={rowHeight / 2} dominantBaseline="middle" textAnchor="end" fontSize={fontSize} fill="#1b2420">
                {row.label}
              </text>
              {segments.map((segment, index) => {
                if (segment.value === 0) return null;
                const left = x(segment.start);
                const segmentWidth = x(segment.end) - left;
                const text = format(segment.value);
                return (
                  <g key={segment.key}>
                    <rect
                      x={left}
                      y={6}
                      width={segmentWidth}
                      height={rowHeight - 12}
                      fill={`url(#${id}-p${index})`}
                      stroke="#ffffff"
                      strokeWidth="1.5"
                    />
                    {segmentWidth > estimateTextWidth(text, 12) + 8 ? (
                      <text
                        x={left + segmentWidth / 2}
                        y={rowHeight / 2}
                        dominantBaseline="middle"
                        textAnchor="middle"
                        fontSize="12"
                        fontWeight="700"
                        fill="#ffffff"
                        stroke={styles[index]!.fill}
                        strokeWidth="3"
                        paintOrder="stroke"
                      >
                        {text}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <text x={x(total) + 6} y={rowHeight / 2} dominantBaseline="middle" fontSize={fontSize} fontWeight="700" fill="#1b2420">
                {format(total)}
              </text>
            </g>
          );
        })}
      </HorizontalBarPlot>
    </ChartFigure>
  );
}
