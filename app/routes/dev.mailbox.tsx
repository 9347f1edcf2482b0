import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, Outlet, useLoaderData, useLocation, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailStatusBadge } from "~/features/admin/email-outbox.tsx";
import { loadDevMailbox } from "~/features/admin/email-pages.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadDevMailbox(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function DevMailbox() {
  const { messages, filters, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { id: openId } = useParams();
  const { search } = useLocation();
  return (
    <div className="container page mailbox-page">
      <h1>{t("mailbox.title")}</h1>
      <p className="lead">{t("mailbox.lead")}</p>
      <Form method="get" className="filter-bar" role="search">
        <div className="field">
          <label htmlFor="mailbox-to">{t("mailbox.filterTo")}</label>
          <input id="mailbox-to" name="to" type="search" defaultValue={filters.to ?? ""} maxLength={200} autoComplete="off" />
        </div>
        <button type="submit" className="button">
          {t("mailbox.filter")}
        </button>
        <Link to={{ search }} className="button">
          {t("mailbox.refresh")}
        </Link>
      </Form>
      <div className="mailbox-layout">
        {/* The open message first: it is what the developer came for; the list follows. */}
        <Outlet />
        {messages.length === 0 ? (
          <p>{t("mailbox.empty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("mailbox.listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("mailbox.time")}</th>
                  <th scope="col">{t("mailbox.to")}</th>
                  <th scope="col">{t("mailbox.subject")}</th>
                  <th scope="col">{t("mailbox.status")}</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id} aria-current={message.id === openId ? "true" : undefined}>
                    <td>
                      <time dateTime={new Date(message.createdAt).toISOString()}>{formatDateTime(language, message.createdAt)}</time>
                    </td>
                    <td className="outbox-table__address">{message.toAddress}</td>
                    <th scope="row">
                      <Link to={{ pathname: `/dev/mailbox/${message.id}`, search }}>{message.subject}</Link>
                      <span className="outbox-table__template">
                        <code>{message.template}</code> · {message.language}
                      </span>
                    </th>
                    <td>
                      <EmailStatusBadge status={message.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
