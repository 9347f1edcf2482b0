import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadTaxonomyOverview } from "~/features/taxonomy/taxonomy-admin-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadTaxonomyOverview(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminTaxonomy() {
  const { kinds } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("adminTaxonomy.title")}</h1>
      <p className="lead">{t("adminTaxonomy.lead")}</p>
      <ul className="taxonomy-kinds">
        {kinds.map((entry) => (
          <li key={entry.kind}>
            <Link to={`/admin/taxonomy/${entry.kind}`}>{t(`adminTaxonomy.kinds.${entry.kind}`)}</Link>{" "}
            <span className="muted">{t("adminTaxonomy.kindCount", { count: entry.total, retired: entry.retired })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
