import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { PartnerProfileEditor } from "~/features/partners/partner-profile-editor.tsx";
import { loadOwnPartnerEditor, ownPartnerProfileAction } from "~/features/partners/editor-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadOwnPartnerEditor(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => ownPartnerProfileAction(request, context);

export default function AccountPartnerPage() {
  const { profile, defaultValue, options, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page account-page partner-account-page">
      <Breadcrumbs items={[{ label: t("account.title"), to: "/account" }, { label: t("partners.account.title") }]} />
      <h1>{profile ? t("partners.account.editTitle") : t("partners.account.createTitle")}</h1>
      <p className="lead">{profile ? t("partners.account.editLead") : t("partners.account.createLead")}</p>
      {profile ? (
        <p className="partner-account-page__status">
          <span className={`badge ${profile.isPublic ? "badge--ok" : "badge--warn"}`}>
            {profile.isPublic ? t("partners.account.public") : t("partners.account.private")}
          </span>{" "}
          <Link to={`/partners/${profile.id}`}>{t("partners.account.viewProfile")}</Link>
        </p>
      ) : null}
      <PartnerProfileEditor
        kind="INDIVIDUAL"
        options={options}
        defaultValue={defaultValue}
        lastResult={actionData?.result}
        conflict={actionData?.conflict}
        language={language}
        submitLabel={profile ? t("partners.account.save") : t("partners.account.create")}
        latestHref="/account/partner"
        contactEmailStatus={profile?.contactEmailStatus}
      />
    </div>
  );
}
