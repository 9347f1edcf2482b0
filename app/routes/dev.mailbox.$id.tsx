import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailHtmlFrame, EmailStatusBadge, EmailTextView } from "~/features/admin/email-outbox.tsx";
import { loadDevMailboxMessage } from "~/features/admin/email-pages.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadDevMailboxMessage(request, textParam(params, "id"));

export default function DevMailboxMessage() {
  const { message, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <section aria-labelledby="mailbox-message-heading" className="mailbox-message">
      <h2 id="mailbox-message-heading" lang={message.language}>
        {message.subject}
      </h2>
      <p>
        <Link to={{ pathname: "/dev/mailbox", search }}>{t("mailbox.close")}</Link>
      </p>
      <dl className="fact-list">
        <div>
          <dt>{t("mailbox.to")}</dt>
          <dd>{message.toAddress}</dd>
        </div>
        <div>
          <dt>{t("mailbox.time")}</dt>
          <dd>
            <time dateTime={new Date(message.createdAt).toISOString()}>{formatDateTime(language, message.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("mailbox.status")}</dt>
          <dd>
            <EmailStatusBadge status={message.status} />{" "}
            {message.providerMessageId ? `${t("mailbox.providerId")}: ${message.providerMessageId}` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("mailbox.attempts")}</dt>
          <dd>{message.attempts}</dd>
        </div>
        {message.lastError ? (
          <div>
            <dt>{t("mailbox.lastError")}</dt>
            <dd>{message.lastError}</dd>
          </div>
        ) : null}
      </dl>
      {message.links.length > 0 ? (
        <>
          <h3>{t("mailbox.links")}</h3>
          <ul className="mailbox-links">
            {message.links.map((href) => (
              <li key={href}>
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("mailbox.htmlVersion")}</h3>
      <EmailHtmlFrame html={message.html} title={t("mailbox.frameTitle", { subject: message.subject })} />
      <h3>{t("mailbox.textVersion")}</h3>
      <div lang={message.language}>
        <EmailTextView text={message.text} />
      </div>
    </section>
  );
}
