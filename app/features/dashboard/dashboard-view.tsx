// The /dashboard page's sections: every figure as text or in a table, and as a chart whose description says the
// same in words. Everything renders on the server; the only interactive parts are a GET form and <details>.
import { Form, Link } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import type { DashboardData, Figures } from "~/features/dashboard/dashboard.server.ts";
import {
  dashboardQuery,
  initiativeStatuses,
  proposalGroups,
  TREND_MONTHS,
  trendMetrics,
  type DashboardMatchStage,
} from "~/features/dashboard/dashboard.ts";
import { fieldMark, formatNumber } from "~/kernel/localize.ts";
import { pipelineStages } from "~/features/matching/index.ts";
import { relationshipLabel } from "~/features/taxonomy/index.ts";
import { BarChart } from "./charts/bar-chart.tsx";
import { IndicatorChart } from "./charts/indicator-chart.tsx";
import { JapanTileMap } from "./charts/japan-tile-map.tsx";
import { LineChart } from "./charts/line-chart.tsx";
import { StackedBarChart } from "./charts/stacked-bar-chart.tsx";

type Named = { nameJa: string; nameEn: string };
type FilterOptions = {
  strategies: Array<{ code: string; name: string }>;
  periods: Array<{ number: number; name: string; startFiscalYear: number }>;
};

const englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026年11月" / "Nov 2026" without Intl, so the server and every browser print the same. */
export function monthLabel(language: Language, month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return language === "en" ? `${englishMonths[monthNumber - 1]} ${year}` : `${year}年${monthNumber}月`;
}

function localName(language: Language, named: Named) {
  return language === "en" ? named.nameEn : named.nameJa;
}

/** "東京" for "東京都": the tile map has room for the short form only; Hokkaido keeps its full name. */
function shortPrefectureName(language: Language, named: Named) {
  return language === "en" ? named.nameEn : named.nameJa === "北海道" ? named.nameJa : named.nameJa.replace(/[都府県]$/, "");
}

function list(t: TFunction, items: string[]) {
  return items.join(t("dashboard.chart.listSeparator"));
}

export function DashboardView({ data, language, options }: { data: DashboardData; language: Language; options: FilterOptions }) {
  const { t } = useTranslation();
  const format = (value: number) => formatNumber(language, value);
  const query = dashboardQuery({ strategy: data.filters.strategy ?? undefined, period: data.filters.period ?? undefined });
  const scopeParts = [
    data.filters.strategy ? `${t("home.strategyCode", { code: data.filters.strategy })}` : t("dashboard.filters.allStrategies"),
    data.period ? localName(language, data.period) : t("dashboard.filters.allPeriods"),
  ];
  return (
    <div className="container dashboard">
      <section aria-labelledby="dashboard-filters" className="dashboard__filters">
        <h2 id="dashboard-filters" className="visually-hidden">
          {t("dashboard.filters.legend")}
        </h2>
        <Form method="get" action="/dashboard" className="dashboard-filter-form">
          <div className="field">
            <label htmlFor="dashboard-strategy">{t("dashboard.filters.strategy")}</label>
            <select id="dashboard-strategy" name="strategy" defaultValue={data.filters.strategy ?? ""}>
              <option value="">{t("dashboard.filters.allStrategies")}</option>
              {options.strategies.map((strategy) => (
                <option key={strategy.code} value={strategy.code}>
                  {t("dashboard.strategyName", { code: t("home.strategyCode", { code: strategy.code }), name: strategy.name })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dashboard-period">{t("dashboard.filters.period")}</label>
            <select id="dashboard-period" name="period" defaultValue={data.filters.period ?? ""}>
              <option value="">{t("dashboard.filters.allPeriods")}</option>
              {options.periods.map((period) => (
                <option key={period.number} value={period.number}>
                  {period.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t("dashboard.filters.apply")}
          </button>
        </Form>
        <p className="dashboard__scope">{t("dashboard.filters.current", { scope: list(t, scopeParts) })}</p>
      </section>

      <Overview data={data} format={format} />
      <StrategySection data={data} language={language} format={format} />
      <FieldSection data={data} language={language} format={format} />
      <TrendSection data={data} language={language} format={format} />
      <PartnerSection data={data} language={language} format={format} />
      <IndicatorSection data={data} language={language} startYear={Math.min(...options.periods.map((period) => period.startFiscalYear))} />
      <OutcomeSection data={data} language={language} />

      <section aria-labelledby="dashboard-download" className="dashboard__section prose-block">
        <h2 id="dashboard-download">{t("dashboard.sections.download")}</h2>
        <p>{t("dashboard.download.intro")}</p>
        <p className="dashboard__downloads">
          <a href={`/dashboard.csv${query}`} className="button" download>
            {t("dashboard.download.csv")}
          </a>
          <a href={`/dashboard.json${query}`} className="button button--secondary" type="application/json">
            {t("dashboard.download.json")}
          </a>
        </p>
        <p>
          <Link to="/open-data#od-dashboard">{t("dashboard.download.openData")}</Link>
        </p>
      </section>

      <section aria-labelledby="dashboard-notes" className="dashboard__section prose-block">
        <h2 id="dashboard-notes">{t("dashboard.sections.notes")}</h2>
        <ul>
          {(["openChallenges", "proposals", "matches", "initiatives", "partners", "fields", "period", "trend"] as const).map((key) => (
            <li key={key}>{t(`dashboard.notes.${key}`)}</li>
          ))}
          <li>{t("dashboard.partners.privacy")}</li>
        </ul>
      </section>
    </div>
  );
}

type SectionProps = { data: DashboardData; language: Language; format: (value: number) => string };

function Overview({ data, format }: Omit<SectionProps, "language">) {
  const { t } = useTranslation();
  const stats = [
    { key: "openChallenges", value: data.totals.openChallenges },
    { key: "proposals", value: data.totals.proposals.total },
    { key: "matches", value: data.totals.matches.total },
    { key: "activeInitiatives", value: data.totals.initiatives.ACTIVE },
    { key: "completedInitiatives", value: data.totals.initiatives.COMPLETED },
  ] as const;
  return (
    <section aria-labelledby="dashboard-overview" className="dashboard__section">
      <h2 id="dashboard-overview">{t("dashboard.sections.overview")}</h2>
      <dl className="dashboard-stats">
        {stats.map((stat) => (
          <div key={stat.key} className="dashboard-stats__item">
            <dt>{t(`dashboard.overview.${stat.key}`)}</dt>
            <dd data-stat={stat.key}>{format(stat.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Column headers and cells of one row of figures, shared by the strategy and the field tables. */
function figureColumns(t: TFunction) {
  return [
    t("dashboard.measures.openChallenges"),
    ...proposalGroups.map((group) =>
      t("dashboard.table.column", { measure: t("dashboard.measures.proposals"), category: t(`dashboard.proposalGroup.${group}`) }),
    ),
    ...pipelineStages.map((stage) =>
      t("dashboard.table.column", { measure: t("dashboard.measures.matches"), category: t(`dashboard.matchStage.${stage}`) }),
    ),
    t("dashboard.table.column", { measure: t("dashboard.measures.matches"), category: t("dashboard.matchStage.ENDED") }),
    ...initiativeStatuses.map((status) =>
      t("dashboard.table.column", { measure: t("dashboard.measures.initiatives"), category: t(`dashboard.initiativeStatus.${status}`) }),
    ),
    t("dashboard.measures.partnersInterested"),
  ];
}

function figureCells(figures: Figures, format: (value: number) => string) {
  return [
    figures.openChallenges,
    ...proposalGroups.map((group) => figures.proposals[group]),
    ...pipelineStages.map((stage) => figures.matches[stage]),
    figures.matches.ENDED,
    ...initiativeStatuses.map((status) => figures.initiatives[status]),
    figures.partnersInterested,
  ].map(format);
}

function FiguresTable({
  caption,
  rows,
  format,
}: {
  caption: string;
  rows: Array<{ header: string; figures: Figures; key: string }>;
  format: (value: number) => string;
}) {
  const { t } = useTranslation();
  // A wide table scrolls sideways: keyboard users must be able to focus it to scroll (axe scrollable-region-focusable).
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table dashboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.table.scope")}</th>
            {figureColumns(t).map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.header}</th>
              {figureCells(row.figures, format).map((cell, index) => (
                <td key={index} className="numeric">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StrategySection({ data, language, format }: SectionProps) {
  const { t } = useTranslation();
  const stages = pipelineStages as readonly DashboardMatchStage[];
  const stageLabels = Object.fromEntries(stages.map((stage) => [stage, t(`dashboard.matchStage.${stage}`)])) as Record<
    DashboardMatchStage,
    string
  >;
  const rows = data.strategies.map((strategy) => ({
    label: t("home.strategyCode", { code: strategy.code }),
    values: strategy.figures.matches,
  }));
  const summary = list(
    t,
    rows.map((row) =>
      t("dashboard.chart.matchesRow", {
        name: row.label,
        total: format(stages.reduce((sum, stage) => sum + row.values[stage], 0)),
        parts: list(
          t,
          stages.map((stage) => t("dashboard.chart.item", { name: stageLabels[stage], value: format(row.values[stage]) })),
        ),
      }),
    ),
  );
  return (
    <section aria-labelledby="dashboard-strategies" className="dashboard__section">
      <h2 id="dashboard-strategies">{t("dashboard.sections.strategies")}</h2>
      <ul className="dashboard-strategy-names">
        {data.strategies.map((strategy) => (
          <li key={strategy.code}>
            <Link to={`/strategies/${strategy.code}`}>
              {t("dashboard.strategyName", { code: t("home.strategyCode", { code: strategy.code }), name: localName(language, strategy) })}
            </Link>
          </li>
        ))}
      </ul>
      <FiguresTable
        caption={t("dashboard.table.strategiesCaption")}
        rows={data.strategies.map((strategy) => ({
          key: strategy.code,
          header: t("home.strategyCode", { code: strategy.code }),
          figures: strategy.figures,
        }))}
        format={format}
      />
      <StackedBarChart
        id="chart-matches"
        title={t("dashboard.chart.matchesTitle")}
        description={t("dashboard.chart.matchesDescription", { summary })}
        keys={stages}
        keyLabels={stageLabels}
        rows={rows}
        totalLabel={t("dashboard.measures.total")}
        format={format}
      />
      <p className="dashboard__note">{t("dashboard.chart.matchesNote")}</p>
    </section>
  );
}

function FieldSection({ data, language, format }: SectionProps) {
  const { t } = useTranslation();
  const fields = data.strategies.flatMap((strategy) => strategy.fields);
  const bars = fields.map((field) => ({
    label: `${fieldMark(field.number)} ${localName(language, field)}`,
    value: field.figures.openChallenges,
  }));
  return (
    <section aria-labelledby="dashboard-fields" className="dashboard__section">
      <h2 id="dashboard-fields">{t("dashboard.sections.fields")}</h2>
      <BarChart
        id="chart-fields"
        title={t("dashboard.chart.fieldsTitle")}
        description={t("dashboard.chart.fieldsDescription", {
          summary: list(
            t,
            bars.map((bar) => t("dashboard.chart.item", { name: bar.label, value: format(bar.value) })),
          ),
        })}
        bars={bars}
        valueLabel={t("dashboard.measures.openChallenges")}
        format={format}
      />
      <FiguresTable
        caption={t("dashboard.table.fieldsCaption")}
        rows={fields.map((field) => ({
          key: `field-${field.number}`,
          header: `${fieldMark(field.number)} ${localName(language, field)}`,
          figures: field.figures,
        }))}
        format={format}
      />
    </section>
  );
}

function TrendSection({ data, language, format }: SectionProps) {
  const { t } = useTranslation();
  const months = data.trend.months;
  const labels = months.map((month) => monthLabel(language, month));
  const series = trendMetrics.map((metric) => ({
    key: metric,
    label: t(`dashboard.trendMetric.${metric}`),
    values: data.trend.series[metric].cumulative,
  }));
  const last = months.length - 1;
  const growth = trendMetrics.map((metric) => {
    const monthly = data.trend.series[metric].monthly;
    return t("dashboard.chart.item", {
      name: t(`dashboard.trendMetric.${metric}`),
      value: format(monthly.slice(-12).reduce((sum, n) => sum + n, 0)),
    });
  });
  return (
    <section aria-labelledby="dashboard-trend" className="dashboard__section">
      <h2 id="dashboard-trend">{t("dashboard.sections.trend")}</h2>
      <LineChart
        id="chart-trend"
        title={t("dashboard.chart.trendTitle", { months: TREND_MONTHS })}
        description={t("dashboard.chart.trendDescription", {
          month: labels[last],
          summary: list(
            t,
            series.map((line) => t("dashboard.chart.item", { name: line.label, value: format(line.values[last] ?? 0) })),
          ),
          growth: list(t, growth),
        })}
        categories={months}
        categoryLabels={labels}
        series={series}
        format={format}
      />
      <details className="chart__table">
        <summary>{t("dashboard.table.monthlyShow")}</summary>
        {/* A wide table scrolls sideways: keyboard users must be able to focus it to scroll (axe scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="table-scroll" role="region" aria-label={t("dashboard.table.monthlyCaption")} tabIndex={0}>
          <table className="data-table">
            <caption>{t("dashboard.table.monthlyCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.table.month")}</th>
                {trendMetrics.map((metric) => (
                  <th key={metric} scope="col">
                    {t(`dashboard.trendMetric.${metric}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month, index) => (
                <tr key={month}>
                  <th scope="row">{labels[index]}</th>
                  {trendMetrics.map((metric) => (
                    <td key={metric} className="numeric">
                      {format(data.trend.series[metric].monthly[index] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function PartnerSection({ data, language, format }: SectionProps) {
  const { t } = useTranslation();
  const suppressedText = t("dashboard.chart.mapSuppressed");
  const tiles = data.partnersByPrefecture.map((prefecture) => ({
    code: prefecture.code,
    name: localName(language, prefecture),
    shortName: shortPrefectureName(language, prefecture),
    count: prefecture.count,
    suppressed: prefecture.suppressed,
  }));
  const top = tiles
    .filter((tile) => (tile.count ?? 0) > 0)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    .slice(0, 5)
    .map((tile) => t("dashboard.chart.item", { name: tile.name, value: format(tile.count ?? 0) }));
  const suppressedNames = tiles.filter((tile) => tile.suppressed).map((tile) => tile.name);
  const abroadText = data.partnersAbroad.suppressed ? suppressedText : format(data.partnersAbroad.count);
  const relationshipBars = data.partnersByRelationship.map((entry) => ({
    label: relationshipLabel(t, entry.relationship),
    value: entry.count,
  }));
  return (
    <section aria-labelledby="dashboard-partners" className="dashboard__section">
      <h2 id="dashboard-partners">{t("dashboard.sections.partners")}</h2>
      <p>{t("dashboard.partners.intro")}</p>
      <p className="dashboard__note">{t("dashboard.partners.privacy")}</p>
      <JapanTileMap
        id="chart-prefectures"
        title={t("dashboard.chart.mapTitle")}
        description={t("dashboard.chart.mapDescription", {
          top: top.length ? list(t, top) : "—",
          suppressed: suppressedNames.length ? list(t, suppressedNames) : "—",
          abroad: abroadText,
        })}
        tiles={tiles}
        abroad={{ name: t("dashboard.chart.abroad"), count: data.partnersAbroad.count, suppressed: data.partnersAbroad.suppressed }}
        labels={{
          count: t("dashboard.chart.count"),
          suppressed: suppressedText,
          none: t("dashboard.chart.mapNone"),
          shiojiri: t("dashboard.chart.mapShiojiri"),
          range: (from, to) => t("dashboard.chart.mapRange", { from, to }),
        }}
        format={format}
      />
      <BarChart
        id="chart-relationships"
        title={t("dashboard.chart.relationshipsTitle")}
        description={t("dashboard.chart.relationshipsDescription", {
          summary: list(
            t,
            relationshipBars.map((bar) => t("dashboard.chart.item", { name: bar.label, value: format(bar.value) })),
          ),
        })}
        bars={relationshipBars}
        valueLabel={t("dashboard.chart.count")}
        format={format}
        fill="#1f5f8f"
      />
    </section>
  );
}

function IndicatorSection({ data, language, startYear }: Omit<SectionProps, "format"> & { startYear: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-indicators" className="dashboard__section">
      <h2 id="dashboard-indicators">{t("dashboard.sections.indicators")}</h2>
      <p>{t("dashboard.indicators.intro")}</p>
      <div className="dashboard-indicators">
        {data.indicators.map((indicator) => {
          const unit = language === "en" ? ` ${indicator.unitEn}` : indicator.unitJa;
          const format = (value: number) => formatNumber(language, value, indicator.decimals);
          const withUnit = (value: number) => `${format(value)}${unit}`;
          const latest = indicator.values.at(-1) ?? indicator.baseline;
          const name = localName(language, indicator);
          return (
            <article key={indicator.key} className="dashboard-indicator" aria-labelledby={`indicator-heading-${indicator.key}`}>
              <h3 id={`indicator-heading-${indicator.key}`}>{name}</h3>
              <p>
                {latest
                  ? t("dashboard.indicators.latest", { value: withUnit(latest.value), year: latest.year })
                  : t("dashboard.indicators.noValue")}
                <br />
                {t("dashboard.indicators.target", { value: withUnit(indicator.target.value), year: indicator.target.year })}
              </p>
              <IndicatorChart
                id={`chart-indicator-${indicator.key}`}
                title={t("dashboard.chart.indicatorTitle", { name })}
                description={t("dashboard.chart.indicatorDescription", {
                  latest: latest
                    ? t("dashboard.chart.indicatorLatest", { value: withUnit(latest.value), year: latest.year })
                    : t("dashboard.chart.indicatorNoValue"),
                  targetYear: indicator.target.year,
                  target: withUnit(indicator.target.value),
                  projection: indicator.projection
                    ? t("dashboard.chart.indicatorProjection", { value: withUnit(indicator.projection.value) })
                    : "",
                })}
                indicator={indicator}
                startYear={startYear}
                labels={{
                  value: t("dashboard.chart.indicatorValue"),
                  target: t("dashboard.chart.indicatorTarget"),
                  projection: t("dashboard.chart.indicatorProjectionLabel"),
                  baseline: t("dashboard.chart.indicatorBaseline"),
                  year: (year) => t("dashboard.chart.year", { year }),
                }}
                format={format}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}

function OutcomeSection({ data, language }: Omit<SectionProps, "format">) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-outcomes" className="dashboard__section">
      <h2 id="dashboard-outcomes">{t("dashboard.sections.outcomes")}</h2>
      <p>{t("dashboard.outcomes.intro")}</p>
      {data.outcomes.length === 0 ? (
        <p>{t("dashboard.outcomes.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("dashboard.table.outcomesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.table.unit")}</th>
                <th scope="col">{t("dashboard.table.outcomeTotal")}</th>
                <th scope="col">{t("dashboard.table.outcomeInitiatives")}</th>
              </tr>
            </thead>
            <tbody>
              {data.outcomes.map((outcome) => (
                <tr key={`${outcome.unitJa}|${outcome.unitEn}`}>
                  <th scope="row">{language === "en" ? outcome.unitEn : outcome.unitJa}</th>
                  <td className="numeric">{formatNumber(language, outcome.total, Number.isInteger(outcome.total) ? 0 : 2)}</td>
                  <td className="numeric">{formatNumber(language, outcome.initiatives)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
