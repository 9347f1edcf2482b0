import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { PartnerProfileEditor } from "~/features/partners/partner-profile-editor.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadNewOrganisation, newOrganisationAction } from "~/features/partners/organisation-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadNewOrganisation(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => newOrganisationAction(request, context);

export default function NewOrganisationPage() {
  const { options, defaultValue, language, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page organisations-page">
      <Breadcrumbs items={[{ label: t("organisations.index.title"), to: "/organisations" }, { label: t("organisations.new.title") }]} />
      <h1>{t("organisations.new.title")}</h1>
      <p className="lead">{t("organisations.new.lead")}</p>
      <PartnerProfileEditor
        id="organisation-profile"
        kind="ORGANISATION"
        options={options}
        defaultValue={defaultValue}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        language={language}
        submitLabel={t("organisations.new.submit")}
        latestHref="/organisations"
        submissionKey={submissionKey}
      />
    </div>
  );
}
