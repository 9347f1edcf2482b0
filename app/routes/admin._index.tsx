import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { listAuditEntries } from "~/kernel/audit/audit.server.ts";
import { countUsersByRole } from "~/features/admin/user-admin.server.ts";
import { requirePermission } from "~/kernel/auth/guards.server.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:read");
  const [counts, recent, language] = await Promise.all([countUsersByRole(), listAuditEntries({ page: 1, pageSize: 10 }), getLanguage(request)]);
  return { counts, recent: recent.entries, language, meta: await translatedMeta(request, { title: "admin.title", description: "admin.overviewLead" }, { noindex: true }) };
}

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
