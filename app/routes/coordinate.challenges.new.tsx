import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChallengeEditorForm } from "~/features/challenges/challenge-editor.tsx";
import { challengeEditorAction, loadNewChallengeEditor } from "~/features/challenges/editor-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNewChallengeEditor(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => challengeEditorAction(request, context, null);

export default function NewChallengePage() {
  const { options, defaultValue, language, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container page coordinate-page">
      <p>
        <Link to="/coordinate/challenges">← {t("challengeForm.backToList")}</Link>
      </p>
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("challengeForm.newTitle")}</h1>
      <p className="lead">{t("challengeForm.leadNew")}</p>
      <ChallengeEditorForm
        options={options}
        defaultValue={defaultValue}
        lastResult={actionData?.intent === "save" ? actionData.result : null}
        conflict={null}
        language={language}
        challenge={null}
        submissionKey={submissionKey}
      />
    </div>
  );
}
