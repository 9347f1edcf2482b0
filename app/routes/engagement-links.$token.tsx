import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { engagementLinkAction, loadEngagementLink } from "~/features/engagements/engagement-pages.server.ts";
import { CheckInForm, ReflectionForm, ScopeSummary, type EngagementAnswer } from "~/features/engagements/engagement-parts.tsx";
import { FormAlert, SubmitButton } from "~/kernel/forms/forms.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadEngagementLink(request, textParam(params, "token"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params }: ActionFunctionArgs) => engagementLinkAction(request, textParam(params, "token"));

/** What the host (or the partner) reaches from an e-mail link, signed out: confirm a scope, check in, reflect. */
export default function EngagementLinkPage() {
  const { state, language } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as EngagementAnswer;
  const { t } = useTranslation();
  if (!state) {
    return (
      <div className="container page">
        <h1>{t("engagements.title")}</h1>
        <p className="notice notice--error">{t("engagements.link.invalid")}</p>
      </div>
    );
  }
  const title =
    state.kind === "scope"
      ? t("engagements.link.scopeTitle")
      : state.kind === "check-in"
        ? t("engagements.link.checkInTitle")
        : t("engagements.link.reflectionTitle");
  return (
    <div className="container page engagement-link-page">
      <p className="page-banner__eyebrow">{state.detail.scope.title}</p>
      <h1>{title}</h1>
      <p className="muted">{t("engagements.link.signedOutNote")}</p>
      {state.kind === "scope" ? (
        <>
          <ScopeSummary scope={state.detail.scope} revision={state.detail.scopeRevision} language={language} />
          {state.confirmed ? (
            <p className="notice notice--success">{t("engagements.link.confirmed")}</p>
          ) : !state.current ? (
            <p className="notice">{t("engagements.link.scopeStale")}</p>
          ) : (
            <Form method="post">
              <FormAlert errors={answer?.intent === "confirm" ? (answer.result.error?.[""] ?? undefined) : undefined} />
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="revision" value={state.revision} />
              <SubmitButton>{t("engagements.scope.confirm")}</SubmitButton>
            </Form>
          )}
        </>
      ) : null}
      {state.kind === "check-in" ? (
        state.answered ? (
          <p className="notice notice--success">{t("engagements.link.checkInDone")}</p>
        ) : !state.open ? (
          <p className="notice">{t("engagements.link.checkInClosed")}</p>
        ) : (
          <CheckInForm
            checkIn={{ id: null, dueOn: state.dueOn }}
            heading={t("engagements.checkIns.due", { date: formatDate(language, state.dueOn) })}
            answer={answer}
            language={language}
          />
        )
      ) : null}
      {state.kind === "reflection" ? (
        state.answered ? (
          <p className="notice notice--success">{t("engagements.link.reflectionDone")}</p>
        ) : !state.open ? (
          <p className="notice">{t("engagements.link.reflectionClosed")}</p>
        ) : (
          <>
            <p>{t("engagements.reflections.lead")}</p>
            <ReflectionForm answer={answer} />
          </>
        )
      ) : null}
    </div>
  );
}
