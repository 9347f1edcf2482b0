import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ResponseStatsRow } from "~/features/proposals/response-stats.server.ts";
import { loadResponseStats } from "~/features/proposals/response-stats-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadResponseStats(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

function StatsTable({ id, caption, rows, fallback }: { id: string; caption: string; rows: ResponseStatsRow[]; fallback: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{caption}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("review.responses.empty")}</p>
      ) : (
        <div
          className="table-scroll"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          role="region"
          aria-label={caption}
        >
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.responses.name")}</th>
                <th scope="col">{t("review.responses.submitted")}</th>
                <th scope="col">{t("review.responses.responded")}</th>
                <th scope="col">{t("review.responses.onTime")}</th>
                <th scope="col">{t("review.responses.rate")}</th>
                <th scope="col">{t("review.responses.overdue")}</th>
                <th scope="col">{t("review.responses.median")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key ?? "none"}>
                  <th scope="row">{(i18n.language === "en" ? row.labelEn : row.labelJa) ?? fallback}</th>
                  <td>{row.submitted}</td>
                  <td>{row.responded}</td>
                  <td>{row.onTime}</td>
                  <td>{row.responseRate === null ? "—" : t("review.responses.percent", { value: row.responseRate })}</td>
                  <td>{row.overdue}</td>
                  <td>{row.medianHours === null ? "—" : t("review.responses.hours", { hours: row.medianHours })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default function ResponseStatsPage() {
  const { fiscalYear, byCoordinator, byDepartment, fiscalYears } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p>
        <Link to="/coordinate/proposals">← {t("review.queue.title")}</Link>
      </p>
      <h1>{t("review.responses.title")}</h1>
      <p className="lead">{t("review.responses.lead")}</p>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="responses-fy">{t("review.responses.fiscalYear")}</label>
          <select id="responses-fy" name="fy" defaultValue={String(fiscalYear)}>
            {fiscalYears.map((year) => (
              <option key={year} value={year}>
                {t("review.responses.fiscalYearOption", { year })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("review.responses.show")}
        </button>
      </Form>
      <p>
        <a href={`/coordinate/proposals/responses.csv?fy=${fiscalYear}`}>{t("review.responses.csv")}</a>
      </p>
      <StatsTable
        id="by-coordinator"
        caption={t("review.responses.byCoordinator")}
        rows={byCoordinator}
        fallback={t("review.responses.unassigned")}
      />
      <StatsTable
        id="by-department"
        caption={t("review.responses.byDepartment")}
        rows={byDepartment}
        fallback={t("review.responses.noDepartment")}
      />
    </div>
  );
}
