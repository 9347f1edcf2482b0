import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InitiativeStatusBadge } from "~/features/initiatives/initiative-parts.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadCoordinatorInitiatives } from "~/features/initiatives/initiative-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadCoordinatorInitiatives(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CoordinatorInitiatives() {
  const { items, total, page, pageSize } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("initiatives.coordinate.title")}</h1>
      <p className="lead">{t("initiatives.coordinate.lead")}</p>
      {items.length === 0 ? (
        <p className="empty-state">{t("initiatives.coordinate.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              {t("initiatives.coordinate.caption")} ({total})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("initiatives.coordinate.number")}</th>
                <th scope="col">{t("initiatives.coordinate.name")}</th>
                <th scope="col">{t("initiatives.coordinate.status")}</th>
                <th scope="col">{t("initiatives.coordinate.strategy")}</th>
                <th scope="col">{t("initiatives.coordinate.cheers")}</th>
                <th scope="col">{t("initiatives.coordinate.updates")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((initiative) => (
                <tr key={initiative.number}>
                  <td>{initiative.number}</td>
                  <th scope="row">
                    <Link to={`/coordinate/initiatives/${initiative.number}`}>{initiative.title}</Link>
                  </th>
                  <td>
                    <InitiativeStatusBadge status={initiative.status} />
                  </td>
                  <td>{initiative.strategyCode}</td>
                  <td>{initiative.cheers}</td>
                  <td>{initiative.updates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} total={total} pageSize={pageSize} />
    </div>
  );
}
