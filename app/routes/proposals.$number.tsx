import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { controlAria, ErrorList, FormAlert, SubmitButton } from "~/kernel/forms/forms.tsx";
import { ProposalHistory, ProposalStatusBadge, ProposalTargetText } from "~/features/proposals/proposal-parts.tsx";
import { ProposalThread } from "~/features/proposals/proposal-thread.tsx";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadProposalDetail, proposalDetailAction } from "~/features/proposals/proposal-pages.server.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadProposalDetail(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  proposalDetailAction(request, context, numberParam(params, "number"));

const sections = [
  ["offer", "offerHtml"],
  ["needs", "needsHtml"],
  ["timeline", "timelineHtml"],
  ["team", "teamHtml"],
] as const;

export default function ProposalPage() {
  const { proposal, actions, canReply, messageSubmissionKey, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const statusAnswer = actionData?.intent === "status" ? actionData : null;
  // Which of the status forms the answer is about, so its message appears next to it.
  const answeredIntent = statusAnswer?.result.initialValue?.intent;
  const answerFor = (intent: string) => (answeredIntent === intent ? statusAnswer : null);
  return (
    <div className="container page proposal-page">
      <Breadcrumbs
        items={[
          { label: t("proposals.list.title"), to: "/proposals" },
          { label: t("proposals.detail.numberLabel", { number: proposal.number }) },
        ]}
      />
      <p className="page-banner__eyebrow">{t("proposals.detail.numberLabel", { number: proposal.number })}</p>
      <h1>{proposal.title}</h1>
      <p className="proposal-page__status">
        <ProposalStatusBadge status={proposal.status} /> {t(`proposals.statusHint.${proposal.status}`)}
      </p>

      {statusAnswer?.conflict ? (
        <div className="notice notice--error" role="alert">
          <p>
            {statusAnswer.conflict.changedBy
              ? t("proposals.detail.conflict", {
                  name: statusAnswer.conflict.changedBy,
                  time: formatDateTime(language, statusAnswer.conflict.changedAt),
                })
              : t("proposals.detail.conflictUnknown", { time: formatDateTime(language, statusAnswer.conflict.changedAt) })}
          </p>
        </div>
      ) : null}

      {proposal.infoRequest ? (
        <section aria-labelledby="request-heading" className="panel proposal-request">
          <h2 id="request-heading">{t("proposals.detail.requestTitle")}</h2>
          <p className="proposal-request__text">{proposal.infoRequest}</p>
        </section>
      ) : null}
      {proposal.decisionReason && (proposal.status === "ACCEPTED" || proposal.status === "DECLINED") ? (
        <section aria-labelledby="decision-heading" className="panel proposal-request">
          <h2 id="decision-heading">{t("proposals.detail.decisionTitle")}</h2>
          <p className="proposal-request__text">{proposal.decisionReason}</p>
        </section>
      ) : null}

      <dl className="fact-list proposal-facts">
        <div>
          <dt>{t("proposals.detail.partner")}</dt>
          <dd>{proposal.partner.displayName}</dd>
        </div>
        <div>
          <dt>{t("proposals.detail.target")}</dt>
          <dd>
            <ProposalTargetText target={proposal.target} />
          </dd>
        </div>
        <div>
          <dt>{t("proposals.detail.created")}</dt>
          <dd>
            <time dateTime={proposal.createdAt}>{formatDateTime(language, proposal.createdAt)}</time>
          </dd>
        </div>
        {proposal.submittedAt ? (
          <div>
            <dt>{t("proposals.detail.submittedAt")}</dt>
            <dd>
              <time dateTime={proposal.submittedAt}>{formatDateTime(language, proposal.submittedAt)}</time>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("proposals.detail.statusChangedAt")}</dt>
          <dd>
            <time dateTime={proposal.statusChangedAt}>{formatDateTime(language, proposal.statusChangedAt)}</time>
          </dd>
        </div>
        {proposal.assigneeName ? (
          <div>
            <dt>{t("proposals.detail.assignee")}</dt>
            <dd>{proposal.assigneeName}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("proposals.detail.showPartnerPublicly")}</dt>
          <dd>{proposal.showPartnerPublicly ? t("proposals.detail.yes") : t("proposals.detail.no")}</dd>
        </div>
      </dl>

      <section aria-labelledby="actions-heading" className="panel proposal-actions">
        <h2 id="actions-heading">{t("proposals.detail.actionsTitle")}</h2>
        {!actions.edit && !actions.submit && !actions.withdraw && !actions.delete ? <p>{t("proposals.detail.noActions")}</p> : null}
        <div className="proposal-actions__list">
          {actions.edit ? (
            <p>
              <Link to={`/proposals/${proposal.number}/edit`} className="button">
                {t("proposals.detail.edit")}
              </Link>
            </p>
          ) : null}
          {actions.submit ? (
            <Form method="post" className="status-form">
              <input type="hidden" name="version" value={proposal.version} />
              <FormAlert errors={answerFor("submit")?.result.error?.[""] ?? undefined} />
              <SubmitButton name="intent" value="submit">
                {proposal.status === "NEEDS_INFO" ? t("proposals.detail.resubmit") : t("proposals.detail.submit")}
              </SubmitButton>
            </Form>
          ) : null}
          {actions.withdraw ? (
            <ConfirmedForm
              intent="withdraw"
              version={proposal.version}
              confirmLabel={t("proposals.detail.withdrawConfirm")}
              buttonLabel={t("proposals.detail.withdraw")}
              answer={answerFor("withdraw")}
            />
          ) : null}
          {actions.delete ? (
            <ConfirmedForm
              intent="delete"
              version={proposal.version}
              confirmLabel={t("proposals.detail.deleteConfirm")}
              buttonLabel={t("proposals.detail.deleteDraft")}
              answer={answerFor("delete")}
            />
          ) : null}
        </div>
      </section>

      {sections.map(([key, html]) => (
        <section key={key} aria-labelledby={`${key}-heading`} className="prose-block">
          <h2 id={`${key}-heading`}>{t(`proposals.detail.${key}`)}</h2>
          {proposal[html] ? (
            <div className="markdown" dangerouslySetInnerHTML={{ __html: proposal[html] }} />
          ) : (
            <p className="muted">{t("proposals.detail.notFilled")}</p>
          )}
        </section>
      ))}

      <ProposalHistory createdAt={proposal.createdAt} events={proposal.events} language={language} />

      <ProposalThread
        thread={proposal.messages}
        language={language}
        viewerSide="PARTNER"
        canReply={canReply}
        lastResult={actionData?.intent === "message" ? actionData.result : null}
        closedNotice={proposal.status === "DRAFT" ? t("proposals.thread.draftClosed") : undefined}
        submissionKey={messageSubmissionKey}
      />
    </div>
  );
}

/** A status button that cannot be undone (withdraw, delete): it needs a ticked box first. */
function ConfirmedForm({
  intent,
  version,
  confirmLabel,
  buttonLabel,
  answer,
}: {
  intent: "withdraw" | "delete";
  version: number;
  confirmLabel: string;
  buttonLabel: string;
  answer: { result: { error?: Record<string, string[] | null> | null } } | null;
}) {
  const confirmId = `confirm-${intent}`;
  const confirmErrors = answer?.result.error?.confirm ?? undefined;
  return (
    <Form method="post" className="status-form status-form--danger">
      <input type="hidden" name="version" value={version} />
      <FormAlert errors={answer?.result.error?.[""] ?? undefined} />
      <div className="field field--checkbox">
        <input
          type="checkbox"
          id={confirmId}
          name="confirm"
          value="on"
          {...controlAria({ errorId: `${confirmId}-error`, invalid: Boolean(confirmErrors) })}
        />
        <label htmlFor={confirmId}>{confirmLabel}</label>
        <ErrorList id={`${confirmId}-error`} errors={confirmErrors} />
      </div>
      <SubmitButton name="intent" value={intent} tone="danger">
        {buttonLabel}
      </SubmitButton>
    </Form>
  );
}
