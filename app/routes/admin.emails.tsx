import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EmailStatusBadge } from "~/features/admin/email-outbox.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { listOutbox, retryDeadEmail } from "~/kernel/email/outbox.server.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { emailStatuses } from "~/kernel/email/email-statuses.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";

// A hand-edited address falls back to "no filter" instead of failing.
const filtersSchema = z.object({
  status: z.enum(emailStatuses).optional().catch(undefined),
  to: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const retrySchema = z.object({ intent: z.literal("retry"), id: z.uuid() });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "email:manage");
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [outbox, language, meta] = await Promise.all([
    listOutbox({ status: filters.status, to: filters.to || undefined, page: filters.page }),
    getLanguage(request),
    translatedMeta(request, { title: "adminEmails.title", description: "adminEmails.lead" }, { noindex: true }),
  ]);
  return { ...outbox, filters, language, meta };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "email:manage");
  const parsed = retrySchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return data({ ok: false, message: "adminEmails.invalid" }, { status: 400 });
  const result = await retryDeadEmail(parsed.data.id, { actor: { id: admin.id, label: admin.displayName }, ipAddress: clientIp(context) });
  if (result === "not-found") return data({ ok: false, message: "adminEmails.notFound" }, { status: 404 });
  if (result === "not-dead") return data({ ok: false, message: "adminEmails.notDead" }, { status: 409 });
  return { ok: true, message: "adminEmails.retried" };
}

export default function AdminEmails() {
  const { messages, total, counts, pageSize, filters, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busyId = navigation.state !== "idle" ? navigation.formData?.get("id") : null;
  return (
    <>
      <h1>{t("adminEmails.title")}</h1>
      <p className="lead">{t("adminEmails.lead")}</p>
      <p>
        <Link to="/admin/emails/preview">{t("adminEmails.previewLink")} →</Link>
      </p>

      {actionData ? (
        <div className={actionData.ok ? "notice notice--success" : "notice notice--error"} role={actionData.ok ? "status" : "alert"}>
          <p>{t(actionData.message)}</p>
        </div>
      ) : null}

      <nav aria-label={t("adminEmails.countsLabel")}>
        <ul className="status-counts">
          {emailStatuses.map((status) => (
            <li key={status}>
              <Link to={`?status=${status}`} aria-current={filters.status === status ? "page" : undefined}>
                <EmailStatusBadge status={status} /> {formatNumber(language, counts[status])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="outbox-status">{t("adminEmails.status")}</label>
          <select id="outbox-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("adminEmails.allStatuses")}</option>
            {emailStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`adminEmails.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="outbox-to">{t("adminEmails.to")}</label>
          <input id="outbox-to" name="to" type="search" defaultValue={filters.to ?? ""} maxLength={200} autoComplete="off" />
        </div>
        <button type="submit" className="button">
          {t("adminEmails.filter")}
        </button>
      </Form>

      <p role="status">{t("admin.resultCount", { count: total })}</p>
      {messages.length === 0 ? (
        <p>{t("adminEmails.noMessages")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table outbox-table">
            <caption className="visually-hidden">{t("adminEmails.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminEmails.created")}</th>
                <th scope="col">{t("adminEmails.status")}</th>
                <th scope="col">{t("adminEmails.to")}</th>
                <th scope="col">{t("adminEmails.subject")}</th>
                <th scope="col">{t("adminEmails.attempts")}</th>
                <th scope="col">{t("adminEmails.lastError")}</th>
                <th scope="col">{t("adminEmails.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <td>
                    <time dateTime={new Date(message.createdAt).toISOString()}>{formatDateTime(language, message.createdAt)}</time>
                    {message.sentAt ? (
                      <span className="outbox-table__sent">
                        {t("adminEmails.sentAt")}: <time dateTime={new Date(message.sentAt).toISOString()}>{formatDateTime(language, message.sentAt)}</time>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <EmailStatusBadge status={message.status} />
                  </td>
                  <td className="outbox-table__address">{message.toAddress}</td>
                  <th scope="row">
                    {message.subject}
                    <span className="outbox-table__template">
                      <code>{message.template}</code> · {message.language}
                    </span>
                  </th>
                  <td>{formatNumber(language, message.attempts)}</td>
                  <td className="outbox-table__error">{message.lastError ?? ""}</td>
                  <td>
                    {message.status === "DEAD" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="retry" />
                        <input type="hidden" name="id" value={message.id} />
                        <button type="submit" className="button" disabled={busyId === message.id}>
                          {t("adminEmails.retry")}
                          <span className="visually-hidden">{t("adminEmails.retryContext", { subject: message.subject, to: message.toAddress })}</span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={filters.page} total={total} pageSize={pageSize} />
    </>
  );
}
