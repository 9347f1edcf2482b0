import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CounterpartsPanel,
  InitiativeDetailsForm,
  InitiativeStatusPanel,
  MilestonesPanel,
  OutcomesPanel,
  ParticipantsTable,
  type EditorAnswer,
} from "~/features/initiatives/initiative-editor.tsx";
import { InitiativeStatusBadge } from "~/features/initiatives/initiative-parts.tsx";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { initiativeEditorAction, loadInitiativeEditor } from "~/features/initiatives/initiative-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadInitiativeEditor(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  initiativeEditorAction(request, context, numberParam(params, "number"));

// After a conflict (409) the page reloads what is stored, so the person sees what changed; what they typed stays.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function InitiativeEditorPage() {
  const { initiative, options, details, transitions, participants, counterparts, milestones, outcomes, submissionKeys, language } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as EditorAnswer;
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page initiative-editor-page">
      <p>
        <Link to="/coordinate/initiatives">← {t("initiatives.editor.back")}</Link>
      </p>
      <p className="page-banner__eyebrow">
        {t("initiatives.coordinate.title")} · {t("initiatives.numberLabel", { number: initiative.number })}
      </p>
      <h1>{t("initiatives.editor.title", { title: initiative.title })}</h1>
      <p>
        <InitiativeStatusBadge status={initiative.status} />{" "}
        <Link to={`/initiatives/${initiative.number}`}>{t("initiatives.editor.viewPublic")}</Link>
      </p>
      <p className="lead">{t("initiatives.editor.lead")}</p>
      <p className="muted">
        {initiative.updatedBy
          ? t("initiatives.editor.lastSaved", { time: formatDateTime(language, initiative.updatedAt), name: initiative.updatedBy })
          : t("initiatives.editor.lastSavedUnknown", { time: formatDateTime(language, initiative.updatedAt) })}
      </p>
      <InitiativeStatusPanel
        key={`status-${initiative.version}`}
        status={initiative.status}
        version={initiative.version}
        transitions={transitions}
        answer={answer}
        language={language}
      />
      {/* A new version starts a fresh form from what is stored. */}
      <InitiativeDetailsForm
        key={`details-${initiative.version}`}
        options={options}
        defaultValue={details}
        answer={answer}
        cover={initiative.coverImageId ? { id: initiative.coverImageId, alt: initiative.coverAlt } : null}
        language={language}
      />
      <ParticipantsTable participants={participants} />
      <CounterpartsPanel counterparts={counterparts} answer={answer} submissionKey={submissionKeys.counterpart} />
      <MilestonesPanel milestones={milestones} answer={answer} submissionKey={submissionKeys.milestone} />
      <OutcomesPanel outcomes={outcomes} answer={answer} submissionKey={submissionKeys.outcome} />
    </div>
  );
}
