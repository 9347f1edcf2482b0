import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { loadNewIndicator, newIndicatorAction } from "~/features/dashboard/indicator-catalogue-pages.server.ts";
import { BackToIndicators, IndicatorForm } from "~/features/dashboard/indicator-form.tsx";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNewIndicator(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => newIndicatorAction(request, context);

export default function AdminIndicatorNew() {
  const { language, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <BackToIndicators />
      <h1>{t("adminIndicators.new.title")}</h1>
      <p className="lead">{t("adminIndicators.new.lead")}</p>
      <IndicatorForm
        creating
        defaults={{ position: "100", decimals: "0", targetComparison: "AT_LEAST" }}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        submissionKey={submissionKey}
        language={language}
      />
    </>
  );
}
