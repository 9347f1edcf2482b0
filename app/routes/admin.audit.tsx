import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listAuditEntries } from "~/kernel/audit/audit.server.ts";
import { auditActions } from "~/kernel/audit/audit-actions.ts";
import { requirePermission } from "~/kernel/auth/guards.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { addTokyoDays, startOfTokyoDay } from "~/kernel/japan-time.ts";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

// A hand-edited address falls back to "no filter" instead of failing.
const filtersSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

// Dates are Japan's calendar days: 2026-11-24 means midnight to midnight in Asia/Tokyo.
function tokyoMidnight(date: string | undefined, plusDays = 0): Date | undefined {
  if (!date) return undefined;
  const start = startOfTokyoDay(date);
  if (Number.isNaN(start.getTime())) return undefined;
  return startOfTokyoDay(addTokyoDays(date, plusDays));
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:read");
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [result, language] = await Promise.all([
    listAuditEntries({
      action: filters.action,
      actor: filters.actor || undefined,
      targetId: filters.target || undefined,
      from: tokyoMidnight(filters.from),
      to: tokyoMidnight(filters.to, 1),
      page: filters.page,
    }),
    getLanguage(request),
  ]);
  return { ...result, filters, language, meta: await translatedMeta(request, { title: "admin.auditTitle", description: "admin.auditLead" }, { noindex: true }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminAudit() {
  const { entries, total, pageSize, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
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
                {action}
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
      <AuditTable entries={entries} language={language} />
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </>
  );
}
