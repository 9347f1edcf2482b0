import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadCoordinatorChallenges } from "~/features/challenges/challenge-pages.server.ts";
import { challengeStatuses } from "~/features/challenges/schemas.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { DataTable } from "~/kernel/ui/data-table.tsx";

export const loader = ({ request }: LoaderFunctionArgs) => loadCoordinatorChallenges(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CoordinateChallenges() {
  const { items, total, pageSize, filters, language, canCreate } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <div className="coordinate-heading">
        <h1>{t("coordinate.challengesTitle")}</h1>
        {canCreate ? (
          <Link to="/coordinate/challenges/new" className="button button--primary">
            {t("coordinate.newChallenge")}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t("coordinate.challengesLead")}</p>
      <p>
        <Link to="/coordinate/matching/batch">{t("matching.batch.linkFromChallenges")}</Link>
      </p>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="challenge-search">{t("coordinate.keyword")}</label>
          <input id="challenge-search" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="challenge-status">{t("coordinate.statusFilter")}</label>
          <select id="challenge-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("coordinate.allStatuses")}</option>
            {challengeStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`challenge.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("coordinate.filter")}
        </button>
      </Form>
      <p role="status">{t("coordinate.resultCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("coordinate.noChallenges")}</p>
      ) : (
        <DataTable
          className="coordinate-table"
          caption={t("coordinate.challengesTitle")}
          columns={[
            t("coordinate.number"),
            t("coordinate.challengeTitle"),
            t("coordinate.status"),
            t("coordinate.strategy"),
            t("review.challengeCount.coordinateColumn"),
            t("coordinate.updated"),
            t("coordinate.actions"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.number}>
              <td>{item.number}</td>
              <th scope="row">
                <Link to={`/coordinate/challenges/${item.number}/edit`}>{item.title}</Link>
              </th>
              <td>
                <span className={`status-badge status-badge--${item.status.toLowerCase().replace("_", "-")}`}>
                  {t(`challenge.status.${item.status}`)}
                </span>
              </td>
              <td>
                <abbr title={item.strategyName}>{item.strategyCode}</abbr>
              </td>
              <td>
                {item.proposals ? (
                  <Link to={`/coordinate/proposals?status=all&challenge=${item.number}`}>
                    {t("review.challengeCount.coordinateCount", {
                      count: item.proposals,
                    })}
                  </Link>
                ) : (
                  t("review.challengeCount.coordinateCount", { count: 0 })
                )}
              </td>
              <td>
                {formatDateTime(language, item.updatedAt)}
                {item.updatedBy ? <span className="muted coordinate-table__editor">{item.updatedBy}</span> : null}
              </td>
              <td>
                <ul className="coordinate-table__actions">
                  <li>
                    <Link to={`/coordinate/challenges/${item.number}/edit`}>
                      {t("coordinate.edit")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`/challenges/${item.number}`}>
                      {t("coordinate.preview")}
                      <span className="visually-hidden">: {item.title}</span>
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
