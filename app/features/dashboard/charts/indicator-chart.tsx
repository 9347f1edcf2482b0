import { ValueGridlines } from "./axes.tsx";
import { scaleLinear } from "d3-scale";
import { ChartFigure, ChartLegend, type ChartTable } from "./chart-figure.tsx";
import { linePath, valueScale } from "./geometry.ts";

export type IndicatorSeries = {
  key: string;
  values: Array<{ year: number; value: number }>;
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number };
  projection: { year: number; value: number } | null;
};

export type IndicatorLabels = {
  value: string;
  target: string;
  projection: string;
  baseline: string;
  year: (year: number) => string;
};

/** One plan indicator over the years: measured values as a line, the target as a dashed level, the projection as a point. */
export function IndicatorChart({
  id,
  title,
  description,
  indicator,
  startYear,
  labels,
  format,
}: {
  id: string;
  title: string;
  description: string;
  indicator: IndicatorSeries;
  /** The plan's first year: the axis starts there even before any value is entered. */
  startYear: number;
  labels: IndicatorLabels;
  format: (value: number) => string;
}) {
  const width = 560;
  const height = 260;
  const margin = { top: 20, right: 24, bottom: 36, left: 64 };
  const years = [
    ...indicator.values.map((point) => point.year),
    indicator.target.year,
    ...(indicator.baseline ? [indicator.baseline.year] : []),
  ];
  const firstYear = Math.min(startYear, ...years);
  const x = scaleLinear()
    .domain([firstYear, Math.max(indicator.target.year, firstYear + 1)])
    .range([margin.left, width - margin.right]);
  const amounts = [
    ...indicator.values.map((point) => point.value),
    indicator.target.value,
    ...(indicator.projection ? [indicator.projection.value] : []),
    ...(indicator.baseline ? [indicator.baseline.value] : []),
  ];
  const spread = Math.max(...amounts) - Math.min(...amounts) || Math.abs(indicator.target.value) * 0.05 || 1;
  const y = valueScale([Math.min(...amounts) - spread * 0.15, Math.max(...amounts) + spread * 0.15], [height - margin.bottom, margin.top], {
    includeZero: false,
  });
  const path = linePath<{ year: number; value: number }>()
    .x((point) => x(point.year))
    .y((point) => y(point.value));
  const measured =
    indicator.baseline && !indicator.values.some((point) => point.year === indicator.baseline!.year)
      ? [indicator.baseline, ...indicator.values]
      : indicator.values;
  const yearTicks = x.ticks(Math.min(6, Math.max(2, indicator.target.year - firstYear))).filter((tick) => Number.isInteger(tick));
  const table: ChartTable = {
    columns: ["", labels.value],
    rows: [
      ...(indicator.baseline
        ? [{ header: `${labels.baseline} (${labels.year(indicator.baseline.year)})`, cells: [format(indicator.baseline.value)] }]
        : []),
      ...indicator.values.map((point) => ({ header: labels.year(point.year), cells: [format(point.value)] })),
      { header: `${labels.target} (${labels.year(indicator.target.year)})`, cells: [format(indicator.target.value)] },
      ...(indicator.projection
        ? [{ header: `${labels.projection} (${labels.year(indicator.projection.year)})`, cells: [format(indicator.projection.value)] }]
        : []),
    ],
  };
  const legend = (
    <ChartLegend
      items={[
        {
          label: labels.value,
          swatch: (
            <>
              <line x1="1" x2="27" y1="8" y2="8" stroke="#1d5a3c" strokeWidth="2.5" />
              <circle cx="14" cy="8" r="4" fill="#1d5a3c" />
            </>
          ),
        },
        { label: labels.target, swatch: <line x1="1" x2="27" y1="8" y2="8" stroke="#7c2946" strokeWidth="2.5" strokeDasharray="6 4" /> },
        ...(indicator.projection
          ? [{ label: labels.projection, swatch: <path d="M14 2 L20 8 L14 14 L8 8 Z" fill="#ffffff" stroke="#1f5f8f" strokeWidth="2" /> }]
          : []),
      ]}
    />
  );
  const targetY = y(indicator.target.value);
  return (
    <ChartFigure id={id} title={title} description={description} width={width} height={height} table={table} legend={legend}>
      <g aria-hidden="true">
        <ValueGridlines y={y} ticks={y.ticks(4)} left={margin.left} right={width - margin.right} format={format} />
        {yearTicks.map((tick) => (
          <text key={tick} x={x(tick)} y={height - margin.bottom + 18} textAnchor="middle" fontSize="11" fill="#4a5750">
            {tick}
          </text>
        ))}
        <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} stroke="#4a5750" />
        <line x1={margin.left} x2={width - margin.right} y1={targetY} y2={targetY} stroke="#7c2946" strokeWidth="2" strokeDasharray="6 4" />
        <text x={width - margin.right} y={targetY - 6} textAnchor="end" fontSize="12" fontWeight="700" fill="#7c2946">
          {`${labels.target} ${format(indicator.target.value)}`}
        </text>
        {measured.length > 1 ? <path d={path(measured) ?? ""} fill="none" stroke="#1d5a3c" strokeWidth="2.5" /> : null}
        {measured.map((point) => (
          <g key={point.year}>
            <circle cx={x(point.year)} cy={y(point.value)} r="4.5" fill="#1d5a3c" stroke="#ffffff" />
            <text x={x(point.year)} y={y(point.value) + 18} textAnchor="middle" fontSize="11" fill="#1b2420">
              {format(point.value)}
            </text>
          </g>
        ))}
        {indicator.projection ? (
          <g>
            <path
              d={`M${x(indicator.projection.year)} ${y(indicator.projection.value) - 7} l7 7 l-7 7 l-7 -7 Z`}
              fill="#ffffff"
              stroke="#1f5f8f"
              strokeWidth="2.5"
            />
            <text
              x={x(indicator.projection.year) - 10}
              y={y(indicator.projection.value) + 4}
              textAnchor="end"
              fontSize="12"
              fontWeight="700"
              fill="#1f5f8f"
            >
              {`${labels.projection} ${format(indicator.projection.value)}`}
            </text>
          </g>
        ) : null}
      </g>
    </ChartFigure>
  );
}
