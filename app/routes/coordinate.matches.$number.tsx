import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CreatedLine,
  MatchConsentPanel,
  MatchFactors,
  MatchHistory,
  MatchIntroducePanel,
  MatchMovePanel,
  MatchOwnerPanel,
  MatchStageBadge,
  type MatchActionData,
} from "~/features/matching/match-pipeline.tsx";
import { MatchInitiativePanel } from "~/features/initiatives/initiative-parts.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { coordinatorMatchPageAction, loadCoordinatorMatchPage } from "~/features/matching/match-pages.server.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadCoordinatorMatchPage(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  coordinatorMatchPageAction(request, context, numberParam(params, "number"));

// After a conflict (409) the page reloads what is stored, so the person sees what changed; what they typed stays.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function CoordinatorMatchPage() {
  const { match, coordinators, viewerId, language, initiativePanel } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MatchActionData;
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page review-page match-page">
      <p>
        <Link to="/coordinate/matches">← {t("matching.pipeline.page.back")}</Link>
      </p>
      <p className="page-banner__eyebrow">
        {t("coordinate.title")} · {t("matching.pipeline.page.number", { number: match.number })}
      </p>
      <h1>
        {match.partner.displayName} × {match.challenge.title}
      </h1>
      <p className="review-page__status">
        <MatchStageBadge stage={match.stage} />{" "}
        <span className="muted">
          {t("matching.pipeline.board.inStage", { days: t("matching.pipeline.days", { count: match.daysInStage }) })}
        </span>
      </p>
      <div className="review-layout">
        <div className="review-layout__main">
          <section aria-labelledby="facts-heading" className="challenge-facts review-facts">
            <h2 id="facts-heading">{t("matching.pipeline.page.factsHeading")}</h2>
            <dl>
              <div>
                <dt>{t("matching.pipeline.page.challenge")}</dt>
                <dd>
                  <Link to={`/challenges/${match.challenge.number}`}>{match.challenge.title}</Link>{" "}
                  <span className="muted">
                    {match.challenge.strategy.code} {match.challenge.strategy.name}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t("matching.pipeline.page.partner")}</dt>
                <dd>
                  <Link to={`/coordinate/partners/${match.partner.id}`}>{match.partner.displayName}</Link>
                  {match.partner.headline ? <span className="review-facts__headline">{match.partner.headline}</span> : null}
                </dd>
              </div>
              {match.proposal ? (
                <div>
                  <dt>{t("matching.pipeline.page.proposal")}</dt>
                  <dd>
                    <Link to={`/coordinate/proposals/${match.proposal.number}`}>{match.proposal.title}</Link>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t("matching.pipeline.page.created")}</dt>
                <dd>
                  <CreatedLine at={match.createdAt} by={match.createdBy} language={language} />
                </dd>
              </div>
              {match.counterpart ? (
                <div>
                  <dt>{t("matching.introduce.counterpartHeading")}</dt>
                  <dd>
                    {match.counterpart.name} &lt;{match.counterpart.email}&gt;
                  </dd>
                </div>
              ) : null}
              {match.endedReason ? (
                <div>
                  <dt>{t("matching.pipeline.page.endedReason")}</dt>
                  <dd className="review-facts__reason">{match.endedReason}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          <MatchFactors score={match.score} factors={match.factors} />
        </div>
        <div className="review-layout__side">
          {match.moves.includes("INTRODUCED") ? (
            <MatchIntroducePanel key={`introduce-${match.version}`} match={match} actionData={actionData} language={language} />
          ) : null}
          {initiativePanel ? (
            <MatchInitiativePanel
              panel={initiativePanel}
              answer={actionData as { formKey?: string; result?: SubmissionResult<string[]> } | undefined}
            />
          ) : null}
          <MatchConsentPanel match={match} language={language} />
          <MatchMovePanel key={`moves-${match.version}`} match={match} actionData={actionData} language={language} />
          <MatchOwnerPanel
            key={`owner-${match.version}`}
            match={match}
            coordinators={coordinators}
            viewerId={viewerId}
            actionData={actionData}
            language={language}
          />
          <MatchHistory events={match.events} language={language} />
        </div>
      </div>
    </div>
  );
}
