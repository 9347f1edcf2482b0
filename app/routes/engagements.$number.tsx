import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { engagementPageAction, loadEngagementPage } from "~/features/engagements/engagement-pages.server.ts";
import {
  CheckInForm,
  CheckInTable,
  CompletionPanel,
  ConfirmationPanel,
  EngagementStatusBadge,
  ReflectionForm,
  ReflectionsList,
  ScopeForm,
  ScopeSummary,
  type EngagementAnswer,
} from "~/features/engagements/engagement-parts.tsx";
import { reflectionsRevealed, scopeEditable } from "~/features/engagements/engagement-rules.ts";
import { SubmitButton } from "~/kernel/forms/forms.tsx";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadEngagementPage(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  engagementPageAction(request, context, numberParam(params, "number"));

// After a conflict (409) the page reloads what is stored, so the person sees what changed; what they typed stays.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function EngagementPage() {
  const { engagement, viewer, reflections, openCheckIns, language } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as EngagementAnswer;
  const { t } = useTranslation();
  const confirmFor = [...(viewer.partner ? (["PARTNER"] as const) : []), ...(viewer.coordinator ? (["HOST"] as const) : [])];
  const reflecting = engagement.status === "REFLECTING";
  const canClose =
    viewer.coordinator &&
    reflections.submittedSides.includes("PARTNER") &&
    reflectionsRevealed({
      submittedSides: reflections.submittedSides.length,
      openedAt: engagement.reflectionsOpenedAt ? new Date(engagement.reflectionsOpenedAt) : null,
      now: new Date(),
    });
  return (
    <div className="container page engagement-page">
      <p>
        <Link to={viewer.coordinator ? "/coordinate/engagements" : "/engagements"}>
          ← {viewer.coordinator ? t("engagements.coordinate.title") : t("engagements.mine.title")}
        </Link>
      </p>
      <p className="page-banner__eyebrow">
        {t("engagements.numberLabel", { number: engagement.number })} · {t(`engagements.kinds.${engagement.kind}`)}
      </p>
      <h1>{engagement.scope.title}</h1>
      <p>
        <EngagementStatusBadge status={engagement.status} /> {engagement.partnerName}
        {engagement.initiativeNumber ? (
          <>
            {" · "}
            <Link to={`/initiatives/${engagement.initiativeNumber}`}>
              {t("initiatives.numberLabel", { number: engagement.initiativeNumber })}
            </Link>
          </>
        ) : null}
      </p>
      {engagement.endedEarlyAt ? (
        <p className="notice">
          {t("engagements.completion.endedEarly", {
            time: formatDateTime(language, engagement.endedEarlyAt),
            reason: engagement.endedReason,
          })}
        </p>
      ) : null}
      {engagement.completedAt ? (
        <p className="notice notice--success">
          {t("engagements.completion.completed", { time: formatDateTime(language, engagement.completedAt) })}
        </p>
      ) : null}

      <ScopeSummary scope={engagement.scope} revision={engagement.scopeRevision} language={language} />
      {scopeEditable(engagement.status) ? (
        <ConfirmationPanel
          revision={engagement.scopeRevision}
          confirmations={engagement.confirmations}
          canConfirmFor={confirmFor}
          answer={answer}
          language={language}
        />
      ) : null}

      {(engagement.status === "ACTIVE" || engagement.checkIns.length > 0) && (
        <section aria-labelledby="check-ins-heading">
          <h2 id="check-ins-heading">{t("engagements.checkIns.heading")}</h2>
          <p>{t("engagements.checkIns.lead", { days: engagement.scope.checkInEveryDays })}</p>
          {engagement.nextCheckIn ? <p>{t("engagements.checkIns.next", { date: formatDate(language, engagement.nextCheckIn) })}</p> : null}
          {openCheckIns.PARTNER ? <CheckInForm checkIn={openCheckIns.PARTNER} side="PARTNER" answer={answer} language={language} /> : null}
          {openCheckIns.HOST ? (
            <CheckInForm
              checkIn={openCheckIns.HOST}
              side="HOST"
              heading={t("engagements.checkIns.answerAsHost")}
              answer={answer}
              language={language}
            />
          ) : null}
          <CheckInTable checkIns={engagement.checkIns} language={language} />
        </section>
      )}

      {reflecting || engagement.status === "COMPLETED" ? (
        <section aria-labelledby="reflections-heading">
          <h2 id="reflections-heading">{t("engagements.reflections.heading")}</h2>
          <p>{t("engagements.reflections.lead")}</p>
          {reflecting && viewer.partner && !reflections.submittedSides.includes("PARTNER") ? (
            <ReflectionForm side="PARTNER" answer={answer} />
          ) : null}
          {reflecting && viewer.coordinator && !reflections.submittedSides.includes("HOST") ? (
            <ReflectionForm side="HOST" heading={t("engagements.reflections.writeAsHost")} answer={answer} />
          ) : null}
          <ReflectionsList shown={reflections.shown} revealed={reflections.revealed} language={language} />
        </section>
      ) : null}

      {viewer.coordinator && scopeEditable(engagement.status) ? (
        <>
          <ScopeForm
            key={`scope-${engagement.version}`}
            scope={engagement.scope}
            version={engagement.version}
            answer={answer}
            language={language}
          />
          <Form method="post">
            <input type="hidden" name="intent" value="resend" />
            <SubmitButton tone="secondary">{t("engagements.scope.resend")}</SubmitButton>
          </Form>
        </>
      ) : null}
      {viewer.coordinator && (scopeEditable(engagement.status) || reflecting) ? (
        <CompletionPanel
          key={`completion-${engagement.version}`}
          status={engagement.status}
          version={engagement.version}
          canClose={canClose}
          answer={answer}
        />
      ) : null}

      {engagement.revisions.length > 1 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("engagements.scope.history")}</h2>
          <ul>
            {engagement.revisions.map((revision) => (
              <li key={revision.revision}>
                {t("engagements.scope.historyEntry", {
                  revision: revision.revision,
                  name: revision.changedByName,
                  time: formatDateTime(language, revision.createdAt),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
