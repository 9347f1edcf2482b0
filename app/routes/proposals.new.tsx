import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { Notice } from "~/kernel/forms/forms.tsx";
import { ProposalForm } from "~/features/proposals/proposal-form.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadNewProposal, newProposalAction } from "~/features/proposals/proposal-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNewProposal(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => newProposalAction(request, context);

export default function NewProposalPage() {
  const { mode, challenge, strategies, partners, defaultValue, language, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page proposal-editor-page">
      <Breadcrumbs items={[{ label: t("proposals.list.title"), to: "/proposals" }, { label: t("proposals.new.title") }]} />
      <h1>{t("proposals.new.title")}</h1>
      {mode === "choose" ? (
        <>
          <p className="lead">{t("proposals.new.description")}</p>
          <div className="proposal-choices">
            <section aria-labelledby="choose-challenge" className="panel">
              <h2 id="choose-challenge">{t("proposals.new.chooseChallengeTitle")}</h2>
              <p>{t("proposals.new.chooseChallengeLead")}</p>
              <p>
                <Link to="/challenges?status=OPEN">{t("proposals.new.browseChallenges")}</Link>
              </p>
            </section>
            <section aria-labelledby="choose-free" className="panel">
              <h2 id="choose-free">{t("proposals.new.chooseFreeTitle")}</h2>
              <p>{t("proposals.new.chooseFreeLead")}</p>
              <Form method="get" className="form-stack">
                <div className="field">
                  <label htmlFor="choose-strategy">{t("proposals.new.chooseStrategy")}</label>
                  <select id="choose-strategy" name="strategy" defaultValue={strategies[0]?.code}>
                    {strategies.map((strategy) => (
                      <option key={strategy.code} value={strategy.code}>
                        {strategy.code} {strategy.name}
                      </option>
                    ))}
                  </select>
                </div>
                <p>
                  <button type="submit" className="button">
                    {t("proposals.new.startFree")}
                  </button>
                </p>
              </Form>
            </section>
          </div>
        </>
      ) : mode === "closed" && challenge ? (
        <>
          <Notice tone="error">
            <p>{t("proposals.new.challengeNotOpen")}</p>
          </Notice>
          <p>
            <Link to={`/challenges/${challenge.number}`}>{t("proposals.new.backToChallenge")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{mode === "challenge" ? t("proposals.new.leadChallenge") : t("proposals.new.leadFree")}</p>
          {challenge ? (
            <p>
              <Link to={`/challenges/${challenge.number}`}>{t("proposals.target.challenge", { title: challenge.title })}</Link>
            </p>
          ) : null}
          <ProposalForm
            proposal={null}
            challenge={challenge}
            target={null}
            strategies={strategies}
            partners={partners}
            defaultValue={defaultValue}
            lastResult={actionData?.result ?? null}
            conflict={null}
            language={language}
            submissionKey={submissionKey}
          />
        </>
      )}
    </div>
  );
}
