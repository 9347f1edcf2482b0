import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { indicatorEditAction, loadIndicatorEdit } from "~/features/dashboard/indicator-catalogue-pages.server.ts";
import { BackToIndicators, IndicatorForm } from "~/features/dashboard/indicator-form.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadIndicatorEdit(request, textParam(params, "key"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) => indicatorEditAction(request, context, textParam(params, "key"));

export default function AdminIndicatorEdit() {
  const { indicator, defaults, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackToIndicators />
      <h1>{t("adminIndicators.editPage.title", { name: indicator.name })}</h1>
      <p className="muted">
        <code>{indicator.key}</code>
        {indicator.retired ? `・${t("adminIndicators.retiredBadge")}` : null}
      </p>
      <IndicatorForm
        creating={false}
        defaults={defaults}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        latestHref={`/admin/indicators/${indicator.key}`}
        language={language}
      />
    </>
  );
}
