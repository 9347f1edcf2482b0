import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailStatusBadge } from "~/features/admin/email-outbox.tsx";
import { Pagination } from "~/kernel/ui/pagination.tsx";
import { loadOutbox, outboxAction } from "~/features/admin/email-pages.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { emailStatuses } from "~/kernel/email/email-statuses.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadOutbox(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => outboxAction(request, context);

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
                        {t("adminEmails.sentAt")}:{" "}
                        <time dateTime={new Date(message.sentAt).toISOString()}>{formatDateTime(language, message.sentAt)}</time>
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
                          <span className="visually-hidden">
                            {t("adminEmails.retryContext", { subject: message.subject, to: message.toAddress })}
                          </span>
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
