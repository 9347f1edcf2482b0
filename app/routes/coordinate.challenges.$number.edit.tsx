import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeEditorForm, ChallengeStatusPanel } from "~/features/challenges/challenge-editor.tsx";
import { challengeEditorAction, loadChallengeEditor } from "~/features/challenges/editor-pages.server.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { numberParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadChallengeEditor(request, numberParam(params, "number"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  challengeEditorAction(request, context, numberParam(params, "number"));

export default function EditChallengePage() {
  const { options, defaultValue, language, challenge, transitions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const saved = actionData?.intent === "save" ? actionData : null;
  const statusResult = actionData?.intent === "status" ? actionData : null;
  return (
    <div className="container page coordinate-page">
      <p>
        <Link to="/coordinate/challenges">← {t("challengeForm.backToList")}</Link>
      </p>
      <p className="page-banner__eyebrow">
        {t("coordinate.title")} · {t("challenge.numberLabel", { number: challenge.number })}
      </p>
      <h1>{t("challengeForm.editTitle", { title: challenge.title })}</h1>
      <p className="lead">
        {challenge.status === "DRAFT"
          ? t("challengeForm.leadDraft")
          : challenge.status === "ARCHIVED"
            ? t("challengeForm.leadArchived")
            : t("challengeForm.leadPublic")}
      </p>
      <p className="muted">
        {challenge.updatedBy
          ? t("coordinate.lastSaved", { time: formatDateTime(language, challenge.updatedAt), name: challenge.updatedBy })
          : t("coordinate.lastSavedUnknown", { time: formatDateTime(language, challenge.updatedAt) })}
      </p>
      {challenge.status === "OPEN" || challenge.status === "MATCHING" ? (
        <p>
          <Link to={`/coordinate/challenges/${challenge.number}/suggestions`}>{t("matching.suggestions.linkFromEditor")}</Link>
        </p>
      ) : null}
      <ChallengeStatusPanel challenge={challenge} transitions={transitions} actionData={statusResult} language={language} />
      {/* A new version (after a save or a status change) starts a fresh form from what is stored. */}
      <ChallengeEditorForm
        key={challenge.version}
        options={options}
        defaultValue={defaultValue}
        lastResult={saved?.result ?? null}
        conflict={saved?.conflict ?? null}
        language={language}
        challenge={challenge}
      />
    </div>
  );
}
