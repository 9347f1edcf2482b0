import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadAuditLog } from "~/features/admin/admin-pages.server.ts";
import { auditActions } from "~/kernel/audit/audit-actions.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadAuditLog(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminAudit() {
  const { entries, total, pageSize, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  // The export takes the page's filters, never its page number: auditors get every matching entry.
  const exportParams = new URLSearchParams(
    Object.entries({ action: filters.action, actor: filters.actor, target: filters.target, from: filters.from, to: filters.to }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  ).toString();
  const exportQuery = exportParams ? `?${exportParams}` : "";
  return (
    <>
      <h1>{t("admin.auditTitle")}</h1>
      <p className="lead">{t("admin.auditLead")}</p>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="audit-action">{t("admin.action")}</label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("admin.anyAction")}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t(`admin.auditActions.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t("admin.actor")}</label>
          <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="audit-target">{t("admin.target")}</label>
          <input id="audit-target" name="target" type="search" defaultValue={filters.target ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("admin.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("admin.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <button type="submit" className="button">
          {t("admin.filter")}
        </button>
      </Form>
      <p role="status">{t("admin.resultCount", { count: total })}</p>
      <p>
        <a href={`/admin/audit.csv${exportQuery}`} download>
          {t("admin.auditExport")}
        </a>
      </p>
      <AuditTable entries={entries} language={language} />
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </>
  );
}
