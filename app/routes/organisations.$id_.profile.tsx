import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { PartnerProfileEditor } from "~/features/partners/partner-profile-editor.tsx";
import { pageMeta } from "~/kernel/meta.ts";
import { loadOrganisationProfileEditor, organisationProfileAction } from "~/features/partners/organisation-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadOrganisationProfileEditor(request, textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context, params }: ActionFunctionArgs) =>
  organisationProfileAction(request, context, textParam(params, "id"));

export default function OrganisationProfilePage() {
  const { profile, options, defaultValue, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const pageHref = `/organisations/${profile.id}`;
  return (
    <div className="container narrow page organisations-page">
      <Breadcrumbs
        items={[
          { label: t("organisations.index.title"), to: "/organisations" },
          { label: String(defaultValue.displayName ?? ""), to: pageHref },
          { label: t("organisations.meta.profileTitle") },
        ]}
      />
      <h1>{t("organisations.meta.profileTitle")}</h1>
      <p className="partner-account-page__status">
        <span className={`badge ${profile.isPublic ? "badge--ok" : "badge--warn"}`}>
          {profile.isPublic ? t("organisations.profile.public") : t("organisations.profile.private")}
        </span>{" "}
        <Link to={`/partners/${profile.id}`}>{t("organisations.page.viewProfile")}</Link>
      </p>
      <PartnerProfileEditor
        id="organisation-profile"
        kind="ORGANISATION"
        options={options}
        defaultValue={defaultValue}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        language={language}
        submitLabel={t("organisations.profile.save")}
        latestHref={`${pageHref}/profile`}
        contactEmailStatus={profile.contactEmailStatus}
      />
    </div>
  );
}
