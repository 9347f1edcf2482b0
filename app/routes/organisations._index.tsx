import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/kernel/ui/breadcrumbs.tsx";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { loadOrganisationsIndex, organisationsIndexAction } from "~/features/partners/organisation-pages.server.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadOrganisationsIndex(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => organisationsIndexAction(request, context);

export default function OrganisationsPage() {
  const { organisations, invitations, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="container narrow page organisations-page">
      <Breadcrumbs items={[{ label: t("account.title"), to: "/account" }, { label: t("organisations.index.title") }]} />
      <h1>{t("organisations.index.title")}</h1>
      <p className="lead">{t("organisations.index.lead")}</p>
      <p>
        <Link to="/organisations/new" className="button button--primary">
          {t("organisations.index.create")}
        </Link>
      </p>

      <section aria-labelledby="invitations-heading" className="panel">
        <h2 id="invitations-heading">{t("organisations.index.invitationsHeading")}</h2>
        {actionData?.error ? <Notice tone="error">{actionData.error}</Notice> : null}
        {invitations.length === 0 ? (
          <p>{t("organisations.index.noInvitations")}</p>
        ) : (
          <ul className="organisation-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="organisation-list__item">
                <p className="organisation-list__name">{invitation.partner.displayName}</p>
                <p className="organisation-list__meta">
                  {invitation.invitedBy ? (
                    <span>{t("organisations.index.invitedBy", { name: invitation.invitedBy.displayName })}</span>
                  ) : null}
                  <span>{t("organisations.index.invitedAs", { role: t(`organisations.roles.${invitation.role}`) })}</span>
                  <span>{t("organisations.index.expires", { date: formatDate(language, invitation.expiresAt) })}</span>
                </p>
                <Form method="post" className="button-row">
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <SubmitButton name="answer" value="accept">
                    <span aria-hidden="true">{t("organisations.index.accept")}</span>
                    <span className="visually-hidden">
                      {t("organisations.index.acceptLabel", { name: invitation.partner.displayName })}
                    </span>
                  </SubmitButton>
                  <SubmitButton name="answer" value="decline" tone="secondary">
                    <span aria-hidden="true">{t("organisations.index.decline")}</span>
                    <span className="visually-hidden">
                      {t("organisations.index.declineLabel", { name: invitation.partner.displayName })}
                    </span>
                  </SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mine-heading" className="panel">
        <h2 id="mine-heading">{t("organisations.index.mineHeading")}</h2>
        {organisations.length === 0 ? (
          <p>{t("organisations.index.none")}</p>
        ) : (
          <ul className="organisation-list">
            {organisations.map((organisation) => (
              <li key={organisation.id} className="organisation-list__item">
                <p className="organisation-list__name">
                  <Link to={`/organisations/${organisation.id}`}>{organisation.displayName}</Link>
                </p>
                {organisation.headline ? <p>{organisation.headline}</p> : null}
                <p className="organisation-list__meta">
                  <span>{t("organisations.index.yourRole", { role: t(`organisations.roles.${organisation.role}`) })}</span>
                  <span>{t("organisations.index.memberCount", { count: organisation.memberCount })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
