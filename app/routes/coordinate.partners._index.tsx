import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { KindBadge } from "~/features/partners/partner-profile.tsx";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadCoordinatorPartnerList } from "~/features/partners/partner-pages.server.ts";
import { homeLabel } from "~/features/taxonomy/prefectures.ts";
import { DataTable } from "~/kernel/ui/data-table.tsx";

export const loader = ({ request }: LoaderFunctionArgs) => loadCoordinatorPartnerList(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function CoordinatePartners() {
  const { items, total, pageSize, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("partners.coordinate.listTitle")}</h1>
      <p className="lead">{t("partners.coordinate.listLead")}</p>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="partner-search">{t("partners.coordinate.keyword")}</label>
          <input id="partner-search" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="partner-kind">{t("partners.coordinate.kind")}</label>
          <select id="partner-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("partners.coordinate.any")}</option>
            <option value="INDIVIDUAL">{t("partners.kind.INDIVIDUAL")}</option>
            <option value="ORGANISATION">{t("partners.kind.ORGANISATION")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="partner-visibility">{t("partners.coordinate.visibility")}</label>
          <select id="partner-visibility" name="visibility" defaultValue={filters.visibility ?? ""}>
            <option value="">{t("partners.coordinate.any")}</option>
            <option value="public">{t("partners.coordinate.visibilityPublic")}</option>
            <option value="private">{t("partners.coordinate.visibilityPrivate")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("partners.coordinate.filter")}
        </button>
      </Form>
      <p role="status">{t("partners.coordinate.resultCount", { count: total })}</p>
      {items.length === 0 ? (
        <p>{t("partners.coordinate.noPartners")}</p>
      ) : (
        <DataTable
          className="coordinate-table"
          caption={t("partners.coordinate.listTitle")}
          columns={[
            t("partners.coordinate.name"),
            t("partners.coordinate.kind"),
            t("partners.coordinate.home"),
            t("partners.coordinate.visibility"),
            t("partners.coordinate.members"),
            t("partners.coordinate.proposals"),
            t("partners.coordinate.updated"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/coordinate/partners/${item.id}`}>{item.displayName}</Link>
                {item.headline ? <span className="muted coordinate-table__editor">{item.headline}</span> : null}
              </th>
              <td>
                <KindBadge kind={item.kind} />
              </td>
              <td>{homeLabel(language, item) ?? "—"}</td>
              <td>
                <span className={`badge ${item.isPublic ? "badge--ok" : "badge--warn"}`}>
                  {item.isPublic ? t("partners.coordinate.visibilityPublic") : t("partners.coordinate.visibilityPrivate")}
                </span>
              </td>
              <td>{formatNumber(language, item.memberCount)}</td>
              <td>{formatNumber(language, item.proposalCount)}</td>
              <td>{formatDateTime(language, item.updatedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </div>
  );
}
