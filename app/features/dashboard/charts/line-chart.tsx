import { ValueGridlines } from "./axes.tsx";
import { ChartFigure, ChartLegend, type ChartTable } from "./chart-figure.tsx";
import { estimateTextWidth, linePath, pointScale, seriesStyle, spreadLabels, valueScale, type SeriesStyle } from "./geometry.ts";

export type LineSeries = { key: string; label: string; values: number[] };

export function Marker({ style, x, y, size = 4 }: { style: SeriesStyle; x: number; y: number; size?: number }) {
  const common = { fill: style.fill, stroke: "#ffffff", strokeWidth: 1 };
  switch (style.marker) {
    case "square":
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
    case "triangle":
      return <path d={`M${x} ${y - size * 1.2} L${x + size * 1.1} ${y + size * 0.9} L${x - size * 1.1} ${y + size * 0.9} Z`} {...common} />;
    case "diamond":
      return <path d={`M${x} ${y - size * 1.3} L${x + size * 1.1} ${y} L${x} ${y + size * 1.3} L${x - size * 1.1} ${y} Z`} {...common} />;
    case "cross":
      return (
        <path
          d={`M${x - size} ${y - size} L${x + size} ${y + size} M${x + size} ${y - size} L${x - size} ${y + size}`}
          stroke={style.fill}
          strokeWidth="2.5"
        />
      );
    case "circle-open":
      return <circle cx={x} cy={y} r={size} fill="#ffffff" stroke={style.fill} strokeWidth="2" />;
    default:
      return <circle cx={x} cy={y} r={size} {...common} />;
  }
}

/**
 * Lines over time, each told apart by colour, dash and marker shape, and named at its end with its last value, so
 * the legend is a convenience rather than the only key.
 */
export function LineChart({
  id,
  title,
  description,
  categories,
  categoryLabels,
  series,
  format,
  tickEvery = 3,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  categoryLabels: string[];
  series: LineSeries[];
  format: (value: number) => string;
  tickEvery?: number;
}) {
  const width = 720;
  const height = 340;
  const margin = { top: 14, right: 170, bottom: 40, left: 48 };
  const x = pointScale(categories, [margin.left, width - margin.right]);
  const y = valueScale(
    series.flatMap((line) => line.values),
    [height - margin.bottom, margin.top],
  );
  const styles = series.map((_, index) => seriesStyle(index));
  const path = linePath<[number, number]>()
    .x((point) => point[0])
    .y((point) => point[1]);
  const last = categories.length - 1;
  const ends = series.map((line) => y(line.values[last] ?? 0));
  const labelYs = spreadLabels(ends, 16, margin.top + 6, height - margin.bottom);
  const table: ChartTable = {
    columns: ["", ...series.map((line) => line.label)],
    rows: categories.map((_, index) => ({ header: categoryLabels[index]!, cells: series.map((line) => format(line.values[index] ?? 0)) })),
  };
  const legend = (
    <ChartLegend
      items={series.map((line, index) => ({
        label: line.label,
        swatch: (
          <>
            <line
              x1="1"
              x2="27"
              y1="8"
              y2="8"
              stroke={styles[index]!.fill}
              strokeWidth="2.5"
              strokeDasharray={styles[index]!.dash || undefined}
            />
            <Marker style={styles[index]!} x={14} y={8} />
          </>
        ),
      }))}
    />
  );
  return (
    <ChartFigure id={id} title={title} description={description} width={width} height={height} table={table} legend={legend}>
      <g aria-hidden="true">
        <ValueGridlines y={y} ticks={y.ticks(5)} left={margin.left} right={width - margin.right} format={format} />
        {categories.map((category, index) =>
          index % tickEvery === last % tickEvery ? (
            <g key={category} transform={`translate(${x(category)},${height - margin.bottom})`}>
              <line y2="5" stroke="#4a5750" />
              <text y="20" textAnchor="middle" fontSize="11" fill="#4a5750">
                {categoryLabels[index]}
              </text>
            </g>
          ) : null,
        )}
        <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} stroke="#4a5750" />
        {series.map((line, index) => {
          const style = styles[index]!;
          const points = line.values.map((value, position) => [x(categories[position]!) ?? 0, y(value)] as [number, number]);
          const endText = `${line.label} ${format(line.values[last] ?? 0)}`;
          const endX = width - margin.right + 8;
          return (
            <g key={line.key}>
              <path d={path(points) ?? ""} fill="none" stroke={style.fill} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
              {points.map(([px, py], position) => (
                <Marker key={position} style={style} x={px} y={py} size={3} />
              ))}
              <line x1={points[last]![0]} x2={endX - 2} y1={points[last]![1]} y2={labelYs[index]} stroke={style.fill} strokeWidth="1" />
              <text
                x={endX}
                y={labelYs[index]}
                dominantBaseline="middle"
                fontSize={estimateTextWidth(endText, 12) > margin.right - 10 ? 10 : 12}
                fill={style.fill}
                fontWeight="700"
              >
                {endText}
              </text>
            </g>
          );
        })}
      </g>
    </ChartFigure>
  );
}
