import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadTaxonomyList } from "~/features/taxonomy/taxonomy-admin-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadTaxonomyList(request, textParam(params, "kind"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminTaxonomyList() {
  const { kind, entries, canAdd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const heading = t(`adminTaxonomy.kinds.${kind}`);
  return (
    <>
      <p>
        <Link to="/admin/taxonomy">← {t("adminTaxonomy.title")}</Link>
      </p>
      <h1>{heading}</h1>
      {canAdd ? (
        <p>
          <Link to={`/admin/taxonomy/${kind}/new`} className="button">
            {t(`adminTaxonomy.new.${kind}`)}
          </Link>
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t("adminTaxonomy.columns.position")}</th>
              <th scope="col">{t("adminTaxonomy.columns.key")}</th>
              <th scope="col">{t("adminTaxonomy.columns.nameJa")}</th>
              <th scope="col">{t("adminTaxonomy.columns.nameEn")}</th>
              <th scope="col">{t("adminTaxonomy.columns.group")}</th>
              <th scope="col">{t("adminTaxonomy.columns.state")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.position}</td>
                <td>
                  <code>{entry.key}</code>
                </td>
                <td lang="ja">
                  <Link to={`/admin/taxonomy/${kind}/${entry.id}`}>{entry.nameJa}</Link>
                </td>
                <td lang="en">{entry.nameEn}</td>
                <td>{entry.group ?? "—"}</td>
                <td>{entry.retired ? t("adminTaxonomy.retired") : t("adminTaxonomy.active")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
