import { HorizontalBarPlot } from "./axes.tsx";
import { ChartFigure, type ChartTable } from "./chart-figure.tsx";
import { estimateTextWidth, valueScale } from "./geometry.ts";

export type Bar = { label: string; value: number; /** Shown instead of the value (e.g. "<3"); the bar is then left out. */ text?: string };

/** Horizontal bars, one per category, each with its value written at its end. */
export function BarChart({
  id,
  title,
  description,
  bars,
  valueLabel,
  format,
  fill = "#1d5a3c",
}: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  valueLabel: string;
  format: (value: number) => string;
  fill?: string;
}) {
  const fontSize = 13;
  const rowHeight = 30;
  const widest = Math.max(60, ...bars.map((bar) => estimateTextWidth(bar.label, fontSize)));
  const labelWidth = Math.min(340, widest) + 12;
  // Labels longer than the column get a smaller font rather than being cut off at the chart's edge.
  const labelSize = (label: string) => Math.max(9, Math.min(fontSize, (fontSize * (labelWidth - 12)) / estimateTextWidth(label, fontSize)));
  const width = 760;
  const top = 8;
  const plotRight = width - 56;
  const height = top + bars.length * rowHeight + 24;
  const x = valueScale(
    bars.map((bar) => bar.value),
    [labelWidth, plotRight],
  );
  const ticks = x.ticks(5);
  const table: ChartTable = {
    columns: ["", valueLabel],
    rows: bars.map((bar) => ({ header: bar.label, cells: [bar.text ?? format(bar.value)] })),
  };
  return (
    <ChartFigure id={id} title={title} description={description} width={width} height={height} table={table}>
      <HorizontalBarPlot x={x} ticks={ticks} top={top} height={height} labelWidth={labelWidth} format={format}>
        {bars.map((bar, index) => {
          const y = top + index * rowHeight;
          const end = bar.text ? labelWidth : x(bar.value);
          return (
            <g key={bar.label} transform={`translate(0,${y})`}>
              <text
                x={labelWidth - 8}
                y={rowHeight / 2}
                dominantBaseline="middle"
                textAnchor="end"
                fontSize={labelSize(bar.label)}
                fill="#1b2420"
              >
                {bar.label}
              </text>
              {bar.text ? null : (
                <rect x={labelWidth} y={5} width={Math.max(0, end - labelWidth)} height={rowHeight - 10} fill={fill} rx="2" />
              )}
              <text x={end + 6} y={rowHeight / 2} dominantBaseline="middle" fontSize={fontSize} fontWeight="700" fill="#1b2420">
                {bar.text ?? format(bar.value)}
              </text>
            </g>
          );
        })}
      </HorizontalBarPlot>
    </ChartFigure>
  );
}
