import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { loadAdminOverview } from "~/features/admin/admin-pages.server.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadAdminOverview(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminOverview() {
  const { counts, recent, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const figures = [
    { key: "users", label: t("admin.usersCount"), value: counts.total },
    { key: "admins", label: t("admin.adminsCount"), value: counts.ADMIN },
    { key: "coordinators", label: t("admin.coordinatorsCount"), value: counts.COORDINATOR },
    { key: "partners", label: t("admin.partnersCount"), value: counts.PARTNER },
  ];
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.overviewLead")}</p>
      <dl className="count-row count-row--panel">
        {figures.map((figure) => (
          <div key={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{formatNumber(language, figure.value)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("admin.recentAudit")}</h2>
        <AuditTable entries={recent} language={language} />
        <p>
          <Link to="/admin/audit">{t("admin.audit")} →</Link>
        </p>
      </section>
    </>
  );
}
