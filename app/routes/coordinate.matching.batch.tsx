import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  BatchAlreadyMatched,
  BatchAssignment,
  BatchChooser,
  BatchCreatedNotice,
  BatchIssues,
} from "~/features/matching/matching-batch.tsx";
import { Notice } from "~/kernel/forms/forms.tsx";
import { batchAssignmentAction, loadBatchAssignment } from "~/features/matching/batch-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadBatchAssignment(request);

export const action = ({ request, context }: ActionFunctionArgs) => batchAssignmentAction(request, context);

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => pageMeta(loaderData?.meta);

export default function BatchAssignmentPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const plan = actionData?.plan ?? loaderData.plan;
  const issues = actionData?.issues ?? loaderData.issues;
  const assignment = actionData?.check?.assignment ?? plan?.proposed ?? {};
  return (
    <div className="container page coordinate-page batch-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("matching.batch.title")}</h1>
      <p className="lead">{t("matching.batch.lead")}</p>
      {loaderData.confirmed && !actionData ? <BatchCreatedNotice {...loaderData.confirmed} /> : null}
      <BatchIssues issues={issues} />
      {actionData && actionData.issues.length === 0 && actionData.check ? (
        <Notice tone="success">{t("matching.batch.checked")}</Notice>
      ) : null}
      <BatchAlreadyMatched already={actionData?.check?.already ?? []} />
      {plan ? (
        <BatchAssignment key={JSON.stringify(assignment)} plan={plan} assignment={assignment} total={actionData?.check?.total ?? null} />
      ) : (
        <BatchChooser
          challenges={loaderData.challenges}
          strategies={loaderData.strategies}
          strategy={loaderData.strategy}
          chosen={loaderData.chosen}
          limit={loaderData.limit}
        />
      )}
    </div>
  );
}
