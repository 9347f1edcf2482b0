// A proposal's message thread, as both sides see it: each message with its author, side and time, then a
// reply form that posts to the page's own action (intent=message) and works without JavaScript. Used on the
// partner's page (/proposals/<n>) and on the coordinators' review page.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { ReportLink } from "~/features/moderation/index.ts";
import type { ProposalThreadPage } from "~/features/proposals/proposal-thread.server.ts";
import { PROPOSAL_LIMITS, proposalMessageSchema } from "~/features/proposals/proposal-schemas.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { FormAlert, SubmissionKeyField, SubmitButton, TextAreaField, useSchemaForm } from "~/kernel/forms/forms.tsx";

export const PROPOSAL_MESSAGE_FORM_ID = "proposal-message-form";

export function ProposalThread({
  thread,
  language,
  viewerSide,
  canReply,
  lastResult,
  closedNotice,
  action,
  submissionKey,
}: {
  /** One page of the thread: the newest by default, earlier ones through ?thread=<n>. */
  thread: ProposalThreadPage;
  language: Language;
  /** Which side is reading: their own messages are marked "you" by side. */
  viewerSide: "PARTNER" | "COORDINATOR";
  canReply: boolean;
  /** The action's answer to a refused reply (what was typed comes back). */
  lastResult?: SubmissionResult<string[]> | null;
  /** Said instead of the form when nobody can reply yet (a draft). */
  closedNotice?: string;
  /** Where the form posts; the current page by default. */
  action?: string;
  /** Drawn by the page's loader: the same reply sent twice is posted once. */
  submissionKey: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(proposalMessageSchema, { id: PROPOSAL_MESSAGE_FORM_ID, lastResult });
  const { messages } = thread;
  return (
    <section className="proposal-thread" aria-labelledby="thread">
      <h2 id="thread">{t("proposals.thread.title")}</h2>
      {messages.length === 0 ? <p className="proposal-thread__empty">{t("proposals.thread.empty")}</p> : <ThreadPages thread={thread} />}
      {messages.length === 0 ? null : (
        <ol className="proposal-thread__messages">
          {messages.map((message) => (
            <li key={message.id} className={`proposal-message proposal-message--${message.side === "PARTNER" ? "partner" : "coordinator"}`}>
              <article aria-label={t("proposals.thread.messageBy", { name: message.authorName ?? t("proposals.thread.deletedAuthor") })}>
                <header className="proposal-message__header">
                  <span className="proposal-message__author">{message.authorName ?? t("proposals.thread.deletedAuthor")}</span>{" "}
                  <span
                    className={`badge proposal-side-badge proposal-side-badge--${message.side === "PARTNER" ? "partner" : "coordinator"}`}
                  >
                    {message.side === "PARTNER" ? t("proposals.thread.sidePartner") : t("proposals.thread.sideCoordinator")}
                    {message.side === viewerSide ? <span className="visually-hidden">{t("proposals.thread.yourSide")}</span> : null}
                  </span>{" "}
                  <time className="proposal-message__time" dateTime={message.createdAt}>
                    {formatDateTime(language, message.createdAt)}
                  </time>
                </header>
                {message.hidden ? (
                  <p className="proposal-message__body proposal-message__body--hidden">
                    <em>{t("moderation.hiddenMessage")}</em>
                  </p>
                ) : (
                  <p className="proposal-message__body">{message.body}</p>
                )}
                {/* The other side's messages can be reported; one's own side cannot (the report form says why). */}
                {message.hidden || message.side === viewerSide ? null : (
                  <ReportLink kind="message" id={message.id} name={message.body.slice(0, 30)} />
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {canReply ? (
        <Form method="post" action={action} {...getFormProps(form)} className="proposal-thread__form">
          <input type="hidden" name="intent" value="message" />
          <SubmissionKeyField value={submissionKey} />
          <FormAlert id={form.errorId} errors={form.errors} />
          <TextAreaField
            meta={fields.body}
            label={t("proposals.thread.replyLabel")}
            hint={t("proposals.thread.replyHint", { max: PROPOSAL_LIMITS.message })}
            rows={5}
          />
          <SubmitButton>{t("proposals.thread.send")}</SubmitButton>
        </Form>
      ) : closedNotice ? (
        <p className="proposal-thread__closed">{closedNotice}</p>
      ) : null}
    </section>
  );
}

/** Links to earlier and later pages of a long thread; plain links, so they work without JavaScript. */
function ThreadPages({ thread }: { thread: ProposalThreadPage }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (thread.pages <= 1) return null;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(location.search);
    if (page === thread.pages) params.delete("thread");
    else params.set("thread", String(page));
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ""}#thread`;
  };
  const first = (thread.page - 1) * thread.pageSize + 1;
  const last = first + thread.messages.length - 1;
  return (
    <nav aria-label={t("proposals.thread.pagesLabel")} className="pagination proposal-thread__pages">
      {thread.page > 1 ? (
        <Link to={hrefFor(thread.page - 1)} rel="prev">
          {t("proposals.thread.earlier")}
        </Link>
      ) : null}
      <span aria-current="page">{t("proposals.thread.range", { first, last, total: thread.total })}</span>
      {thread.page < thread.pages ? (
        <Link to={hrefFor(thread.page + 1)} rel="next">
          {t("proposals.thread.later")}
        </Link>
      ) : null}
    </nav>
  );
}
