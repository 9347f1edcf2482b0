import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/kernel/forms/forms.tsx";
import { ProposalThread } from "~/features/proposals/proposal-thread.tsx";
import {
  AssignPanel,
  DecisionPanel,
  NotesPanel,
  PartnerKindLabel,
  ProposalTimeline,
  ReviewStatusBadge,
  WaitingDays,
  type ReviewActionData,
} from "~/features/proposals/proposal-review.tsx";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { fieldMark } from "~/kernel/localize.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadProposalReview, proposalReviewAction } from "~/features/proposals/review-pages.server.ts";
import { numberParam } from "~/kernel/params.server.ts";

// async: a malformed number then rejects the returned promise instead of throwing before there is one (callers
// that hold the promise, such as the review tests, rely on that).
export const loader = async ({ request, params }: LoaderFunctionArgs) => loadProposalReview(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = async ({ request, params, context }: ActionFunctionArgs) =>
  proposalReviewAction(request, context, numberParam(params, "number"));

// After a conflict (409) the page reloads what is stored, so the person sees what changed; what they typed stays.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function ProposalReviewPage() {
  const { proposal, transitions, closed, thread, reviewers, viewerId, submissionKeys, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ReviewActionData;
  const { t } = useTranslation();
  const sections = [
    { id: "offer", html: proposal.offerHtml },
    { id: "needs", html: proposal.needsHtml },
    { id: "timeline", html: proposal.timelineHtml },
    { id: "team", html: proposal.teamHtml },
  ] as const;
  const messageAnswer = actionData?.intent === "message" ? actionData.result : null;
  return (
    <div className="container page coordinate-page review-page">
      <p>
        <Link to="/coordinate/proposals">← {t("review.page.back")}</Link>
      </p>
      <p className="page-banner__eyebrow">
        {t("coordinate.title")} · {t("review.page.number", { number: proposal.number })}
      </p>
      <h1>{proposal.title}</h1>
      <p className="review-page__status">
        <ReviewStatusBadge status={proposal.status} />{" "}
        <WaitingDays status={proposal.status} days={proposal.daysInStatus} since={proposal.statusChangedAt} language={language} />
      </p>
      {proposal.status === "ACCEPTED" && proposal.challenge ? (
        <Form method="post" action="/coordinate/matches" className="review-form">
          <input type="hidden" name="proposal" value={proposal.number} />
          <SubmitButton name="intent" value="from-proposal" tone="secondary">
            {t("matching.pipeline.fromProposal")}
          </SubmitButton>
        </Form>
      ) : null}
      <div className="review-layout">
        <div className="review-layout__main">
          <section aria-labelledby="facts-heading" className="challenge-facts review-facts">
            <h2 id="facts-heading">{t("review.page.factsHeading")}</h2>
            <dl>
              <div>
                <dt>{t("review.page.partner")}</dt>
                <dd>
                  <Link to={`/coordinate/partners/${proposal.partner.id}`}>{proposal.partner.displayName}</Link>{" "}
                  <PartnerKindLabel kind={proposal.partner.kind} />
                  {proposal.partner.headline ? <span className="review-facts__headline">{proposal.partner.headline}</span> : null}
                </dd>
              </div>
              {proposal.authorName ? (
                <div>
                  <dt>{t("review.page.author")}</dt>
                  <dd>{proposal.authorName}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t("review.page.challenge")}</dt>
                <dd>
                  {proposal.challenge ? (
                    <Link to={`/challenges/${proposal.challenge.number}`}>{proposal.challenge.title}</Link>
                  ) : (
                    t("review.freeProposal")
                  )}
                </dd>
              </div>
              <div>
                <dt>{t("review.page.classification")}</dt>
                <dd>
                  {t("review.strategyOption", { code: proposal.strategy.code, name: proposal.strategy.name })}
                  {proposal.field ? (
                    <span className="review-facts__field">
                      <span aria-hidden="true">{fieldMark(proposal.field.number)} </span>
                      {proposal.field.name}
                    </span>
                  ) : null}
                </dd>
              </div>
              {proposal.submittedAt ? (
                <div>
                  <dt>{t("review.page.submitted")}</dt>
                  <dd>
                    <time dateTime={proposal.submittedAt}>{formatDate(language, proposal.submittedAt)}</time>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t("review.page.lastChange")}</dt>
                <dd>
                  <time dateTime={proposal.statusChangedAt}>{formatDateTime(language, proposal.statusChangedAt)}</time>
                </dd>
              </div>
              {proposal.decisionReason ? (
                <div>
                  <dt>{t("review.page.decisionReason")}</dt>
                  <dd className="review-facts__reason">{proposal.decisionReason}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`proposal-${section.id}`} className="prose-block review-section">
              <h2 id={`proposal-${section.id}`}>{t(`review.page.sections.${section.id}`)}</h2>
              {section.html ? (
                <div className="markdown" dangerouslySetInnerHTML={{ __html: section.html }} />
              ) : (
                <p className="muted">{t("review.page.emptySection")}</p>
              )}
            </section>
          ))}
          <ProposalThread
            key={thread.total}
            thread={thread}
            language={language}
            viewerSide="COORDINATOR"
            canReply
            lastResult={messageAnswer}
            submissionKey={submissionKeys.message}
          />
        </div>
        <div className="review-layout__side">
          {/* A new version (after any change) starts fresh forms; a refused one refills them from the answer. */}
          <DecisionPanel
            key={`decision-${proposal.version}`}
            proposal={{ ...proposal, assigneeId: proposal.assignee?.id ?? null }}
            transitions={transitions}
            actionData={actionData}
            language={language}
          />
          <AssignPanel
            key={`assign-${proposal.version}`}
            proposal={proposal}
            reviewers={reviewers}
            viewerId={viewerId}
            closed={closed}
            actionData={actionData}
            language={language}
          />
          <NotesPanel
            key={`notes-${proposal.notes.length}`}
            notes={proposal.notes}
            actionData={actionData}
            language={language}
            submissionKey={submissionKeys.note}
          />
          <ProposalTimeline events={proposal.events} language={language} />
        </div>
      </div>
    </div>
  );
}
