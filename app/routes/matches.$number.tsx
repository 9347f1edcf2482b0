import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "~/kernel/forms/forms.tsx";
import { IntroductionAnswerSection, PartnerMatchHeading } from "~/features/matching/introduction-answer-form.tsx";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { ParticipantVisibilityForm } from "~/features/initiatives/initiative-parts.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadPartnerMatchPage, partnerMatchAction } from "~/features/matching/match-pages.server.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadPartnerMatchPage(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  partnerMatchAction(request, context, numberParam(params, "number"));

export default function PartnerMatchPage() {
  const { match, language, participation } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container page match-page">
      <p>
        <Link to="/matches">← {t("matching.partnerSide.page.back")}</Link>
      </p>
      <PartnerMatchHeading match={match} />
      {match.challenge.summary ? <p className="lead">{match.challenge.summary}</p> : null}
      <p>
        <Link to={`/challenges/${match.challenge.number}`}>{match.challenge.title}</Link>
      </p>
      {match.coordinator ? <p>{t("matching.partnerSide.page.coordinator", { name: match.coordinator })}</p> : null}
      {match.counterpart ? (
        <section aria-labelledby="counterpart-heading" className="panel">
          <h2 id="counterpart-heading">{t("matching.partnerSide.page.counterpartHeading")}</h2>
          <p>
            {match.counterpart.name} &lt;{match.counterpart.email}&gt;
          </p>
        </section>
      ) : null}
      <IntroductionAnswerSection
        answer={match.answer}
        open={match.stage === "INTRODUCED"}
        language={language}
        lastResult={answer && "intent" in answer ? answer.result : null}
      />
      {participation ? (
        <section aria-labelledby="initiative-heading" className="panel">
          <h2 id="initiative-heading">{t("initiatives.visibility.heading")}</h2>
          <p>
            <Link to={`/initiatives/${participation.initiativeNumber}`}>
              {t("initiatives.visibility.onInitiative", { title: participation.title })}
            </Link>
          </p>
          <p className="muted">{t("initiatives.visibility.lead")}</p>
          <ParticipantVisibilityForm
            initiativeNumber={participation.initiativeNumber}
            partner={{ partnerId: participation.partnerId, displayName: match.partnerName, showPublicly: participation.showPublicly }}
            back={{ matchNumber: match.number }}
          />
        </section>
      ) : null}
      <section aria-labelledby="consent-heading" className="panel">
        <h2 id="consent-heading">{t("matching.partnerSide.page.consentHeading")}</h2>
        <p>{t("matching.partnerSide.page.consentLead")}</p>
        <FormAlert errors={answer && !("intent" in answer) ? (answer.result?.error?.[""] ?? undefined) : undefined} />
        {match.consent ? (
          <>
            <p>{t("matching.partnerSide.page.consentGiven", { date: formatDateTime(language, match.consent.at) })}</p>
            {match.stage === "SUGGESTED" ? (
              <Form method="post">
                <SubmitButton name="intent" value="withdraw" tone="secondary">
                  {t("matching.partnerSide.page.withdraw")}
                </SubmitButton>
              </Form>
            ) : null}
          </>
        ) : match.stage === "COMPLETED" || match.stage === "ENDED" ? null : (
          <Form method="post">
            <SubmitButton name="intent" value="consent">
              {t("matching.partnerSide.page.consent")}
            </SubmitButton>
          </Form>
        )}
      </section>
    </div>
  );
}
