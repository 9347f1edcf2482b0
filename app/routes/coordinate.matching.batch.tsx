import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  BatchAssignment,
  BatchChooser,
  BatchCreatedNotice,
  BatchIssues,
} from "~/features/matching/matching-batch.tsx";
import { Notice } from "~/kernel/forms/forms.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import {
  batchChallengeLimit,
  listBatchChallenges,
  parseBatchChallengeNumbers,
  proposeBatch,
  runBatchAction,
  type BatchIssue,
} from "~/features/matching/engine/batch.server.ts";
import { getTaxonomyOptions } from "~/features/taxonomy/taxonomy.server.ts";
import { requestContext, requirePermission } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { failureStatus } from "~/kernel/result.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "match:manage");
  const url = new URL(request.url);
  const language = await getLanguage(request);
  const options = await getTaxonomyOptions(language);
  const strategyParam = url.searchParams.get("strategy");
  const strategy = options.strategies.some(
    (item) => item.code === strategyParam
  )
    ? strategyParam
    : null;
  const numbers = parseBatchChallengeNumbers(url.searchParams.getAll("c"));
  const createdParam = Number(url.searchParams.get("created"));
  const [challenges, plan, meta] = await Promise.all([
    listBatchChallenges(strategy, language),
    numbers && numbers.length > 0 ? proposeBatch(numbers, language) : null,
    translatedMeta(
      request,
      { title: "matching.batch.title", description: "matching.batch.lead" },
      { noindex: true }
    ),
  ]);
  const issues: BatchIssue[] =
    numbers === null || (numbers.length > 0 && plan === null)
      ? [{ key: "challengeGone" }]
      : [];
  return {
    strategies: options.strategies,
    strategy,
    chosen: numbers ?? [],
    challenges,
    plan,
    issues,
    created:
      Number.isInteger(createdParam) && createdParam > 0 ? createdParam : null,
    limit: batchChallengeLimit,
    meta,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "match:manage");
  const language = await getLanguage(request);
  const form = await readFormData(request);
  const result = await runBatchAction(
    form,
    { userId: user.id },
    requestContext(request, context),
    language
  );
  if (result.ok === true)
    return redirect(`/coordinate/matching/batch?created=${result.created}`);
  if (result.ok === "checked")
    return {
      plan: result.plan,
      check: result.check,
      issues: [] as BatchIssue[],
    };
  return data(
    { plan: result.plan, check: result.check, issues: result.issues },
    { status: failureStatus(result) }
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) =>
  pageMeta(loaderData?.meta);

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
      {loaderData.created && !actionData ? (
        <BatchCreatedNotice count={loaderData.created} />
      ) : null}
      <BatchIssues issues={issues} />
      {actionData && actionData.issues.length === 0 && actionData.check ? (
        <Notice tone="success">{t("matching.batch.checked")}</Notice>
      ) : null}
      {plan ? (
        <BatchAssignment
          key={JSON.stringify(assignment)}
          plan={plan}
          assignment={assignment}
          total={actionData?.check?.total ?? null}
        />
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
