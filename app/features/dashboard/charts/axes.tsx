// The gridlines and axes the charts share: one drawing of each, so every chart reads the same.
import type { ReactNode } from "react";

/**
 * The plot of a horizontal bar chart: vertical gridlines at the value ticks (labelled under the plot), the bars
 * (children), and the axis line at the labels' edge. Decorative: the figure's table carries the numbers.
 */
export function HorizontalBarPlot({
  x,
  ticks,
  top,
  height,
  labelWidth,
  format,
  children,
}: {
  x: (value: number) => number;
  ticks: number[];
  top: number;
  height: number;
  labelWidth: number;
  format: (value: number) => string;
  children: ReactNode;
}) {
  return (
    <g aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y1={top} y2={height - 22} stroke="#d5dcd3" />
          <text y={height - 6} textAnchor="middle" fontSize="11" fill="#4a5750">
            {format(tick)}
          </text>
        </g>
      ))}
      {children}
      <line x1={labelWidth} x2={labelWidth} y1={top} y2={height - 22} stroke="#4a5750" />
    </g>
  );
}

/** Horizontal gridlines at the value ticks, labelled at the plot's left edge. */
export function ValueGridlines({
  y,
  ticks,
  left,
  right,
  format,
}: {
  y: (value: number) => number;
  ticks: number[];
  left: number;
  right: number;
  format: (value: number) => string;
}) {
  return ticks.map((tick) => (
    <g key={tick} transform={`translate(0,${y(tick)})`}>
      <line x1={left} x2={right} stroke="#d5dcd3" />
      <text x={left - 6} dominantBaseline="middle" textAnchor="end" fontSize="11" fill="#4a5750">
        {format(tick)}
      </text>
    </g>
  ));
}
