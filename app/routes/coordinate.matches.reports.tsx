import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { funnelStages, medianStages } from "~/features/matching/match-report-stages.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadMatchReports } from "~/features/matching/report-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadMatchReports(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function MatchReports() {
  const { filters, window, rows, fiscalYears, strategies, periods, search } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p>
        <Link to="/coordinate/matches">← {t("matching.pipeline.page.back")}</Link>
      </p>
      <h1>{t("matching.reports.title")}</h1>
      <p className="lead">{t("matching.reports.lead")}</p>
      <Form method="get" className="filter-bar" role="search" aria-label={t("matching.pipeline.board.filtersLabel")}>
        <div className="field">
          <label htmlFor="report-fy">{t("matching.reports.fiscalYear")}</label>
          <select id="report-fy" name="fy" defaultValue={filters.fy === undefined ? "" : String(filters.fy)}>
            <option value="">—</option>
            {fiscalYears.map((year) => (
              <option key={year} value={year}>
                {t("matching.reports.fiscalYearOption", { year })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-period">{t("matching.reports.period")}</label>
          <select id="report-period" name="period" defaultValue={filters.period === undefined ? "" : String(filters.period)}>
            <option value="">—</option>
            {periods.map((period) => (
              <option key={period.number} value={period.number}>
                {period.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-strategy">{t("matching.pipeline.board.strategyLabel")}</label>
          <select id="report-strategy" name="strategy" defaultValue={filters.strategy ?? ""}>
            <option value="">{t("matching.pipeline.board.any")}</option>
            {strategies.map((strategy) => (
              <option key={strategy.code} value={strategy.code}>
                {strategy.code} {strategy.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("matching.pipeline.board.apply")}
        </button>
      </Form>
      <p>
        {t("matching.reports.window", { label: window.label })} ·{" "}
        <a href={`/coordinate/matches/reports.csv${search}`}>{t("matching.reports.csv")}</a>
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t("matching.reports.empty")}</p>
      ) : (
        // Wide: it scrolls sideways, so it takes keyboard focus (and is named) to be scrollable without a mouse.
        <div
          className="table-scroll"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          role="region"
          aria-label={t("matching.reports.caption")}
        >
          <table className="data-table">
            <caption>{t("matching.reports.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("matching.pipeline.board.strategyLabel")}</th>
                {funnelStages.map((stage) => (
                  <th key={stage} scope="col">
                    {t("matching.reports.reached", {
                      stage: t(`matching.pipeline.stage.${stage}`),
                    })}
                  </th>
                ))}
                {medianStages.map((stage) => (
                  <th key={stage} scope="col">
                    {t("matching.reports.median", {
                      stage: t(`matching.pipeline.stage.${stage}`),
                    })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.strategyCode}>
                  <th scope="row">{row.strategyCode}</th>
                  {funnelStages.map((stage) => (
                    <td key={stage}>{row.counts[stage]}</td>
                  ))}
                  {medianStages.map((stage) => (
                    <td key={stage}>
                      {row.medianDays[stage] === null
                        ? "—"
                        : t("matching.reports.days", {
                            days: row.medianDays[stage],
                          })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
