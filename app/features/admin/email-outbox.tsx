// Pieces shared by the admin outbox, the template preview and the development mailbox.
import { useTranslation } from "react-i18next";
import type { EmailStatusName } from "~/kernel/email/email-statuses.ts";

const badgeClass: Record<EmailStatusName, string> = {
  QUEUED: "badge badge--warn",
  SENDING: "badge badge--warn",
  SENT: "badge badge--ok",
  DEAD: "badge badge--danger",
};

/** The status as a word, not only a colour. */
export function EmailStatusBadge({ status }: { status: EmailStatusName }) {
  const { t } = useTranslation();
  return <span className={badgeClass[status]}>{t(`adminEmails.statuses.${status}`)}</span>;
}

/**
 * A message's HTML in a fully sandboxed frame: no scripts, no forms, an opaque origin, so nothing in a message
 * can reach the page around it. The frame inherits the page's Content Security Policy, which in production
 * allows no inline styles: the message then shows unstyled here, never less safe.
 */
export function EmailHtmlFrame({ html, title }: { html: string; title: string }) {
  return <iframe className="email-frame" sandbox="" srcDoc={html} title={title} referrerPolicy="no-referrer" loading="lazy" />;
}

/** The plain-text part as the recipient's mail app shows it. Focusable because it scrolls (WCAG 2.1.1). */
export function EmailTextView({ text }: { text: string }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className="email-text" tabIndex={0}>
      {text}
    </pre>
  );
}
