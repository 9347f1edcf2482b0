import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type ChartTable = {
  /** The header of the first column (what each row is), then one per value column. */
  columns: string[];
  rows: Array<{ header: string; cells: string[] }>;
};

/**
 * The frame every chart shares: a figure with its caption, the SVG as one image with a title and a description
 * (screen readers read those, not the shapes), and the same figures as a table under "表で見る", which works
 * without JavaScript because it is a plain <details>.
 */
export function ChartFigure({
  id,
  title,
  description,
  width,
  height,
  table,
  legend,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  table: ChartTable;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart" id={id}>
      <figcaption className="chart__caption">{title}</figcaption>
      {legend}
      <div className="chart__canvas">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          preserveAspectRatio="xMidYMid meet"
          className="chart__svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      <details className="chart__table">
        <summary>{t("dashboard.chart.showTable")}</summary>
        {/* A wide table scrolls sideways: keyboard users must be able to focus it to scroll (axe scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, cellIndex) => (
                    <td key={cellIndex} className="numeric">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** The fill patterns of `seriesStyles`, drawn in white over the series colour; ids are prefixed per chart. */
export function PatternDefs({ prefix, fills }: { prefix: string; fills: ReadonlyArray<{ fill: string; pattern: string }> }) {
  return (
    <defs>
      {fills.map((style, index) => (
        <pattern key={index} id={`${prefix}-p${index}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={style.fill} />
          {style.pattern === "diagonal" ? (
            <path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke="#fff" strokeOpacity="0.55" strokeWidth="1.5" />
          ) : null}
          {style.pattern === "dots" ? <circle cx="4" cy="4" r="1.4" fill="#fff" fillOpacity="0.6" /> : null}
          {style.pattern === "horizontal" ? <path d="M0 4 H8" stroke="#fff" strokeOpacity="0.55" strokeWidth="1.5" /> : null}
          {style.pattern === "vertical" ? <path d="M4 0 V8" stroke="#fff" strokeOpacity="0.55" strokeWidth="1.5" /> : null}
          {style.pattern === "crosshatch" ? <path d="M0 0 L8 8 M8 0 L0 8" stroke="#fff" strokeOpacity="0.5" strokeWidth="1.2" /> : null}
        </pattern>
      ))}
    </defs>
  );
}

/** A legend in HTML (wraps, scales with text size); each swatch repeats the series' pattern. */
export function ChartLegend({ items }: { items: Array<{ label: string; swatch: ReactNode }> }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            {item.swatch}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
