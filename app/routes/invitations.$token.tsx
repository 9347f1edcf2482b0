import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvalidLinkNotice, Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { invitationAction, loadInvitation } from "~/features/partners/organisation-pages.server.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadInvitation(request, textParam(params, "token"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

// The page names the invited address and the organisation: no shared cache may keep it, signed in or not.
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

export const action = ({ request, context, params }: ActionFunctionArgs) => invitationAction(request, context, textParam(params, "token"));

export default function InvitationPage() {
  const { invitation, viewer, path, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!invitation || !viewer) {
    return (
      <div className="container narrow page auth-page">
        <h1>{t("organisations.invitation.title")}</h1>
        <InvalidLinkNotice againHref="/organisations" againLabel={t("organisations.invitation.invalidAgain")} />
      </div>
    );
  }
  const role = t(`organisations.roles.${invitation.role}`);
  const returnTo = encodeURIComponent(path);
  return (
    <div className="container narrow page auth-page invitation-page">
      <h1>{t("organisations.invitation.title")}</h1>
      <p className="lead">
        {invitation.inviterName
          ? t("organisations.invitation.lead", { inviter: invitation.inviterName, organisation: invitation.organisationName, role })
          : t("organisations.invitation.leadNoInviter", { organisation: invitation.organisationName, role })}
      </p>
      <p>{t("organisations.invitation.what")}</p>
      <dl className="fact-list">
        <div>
          <dt>{t("organisations.page.email")}</dt>
          <dd className="account-email">{invitation.email}</dd>
        </div>
        <div>
          <dt>{t("organisations.page.role")}</dt>
          <dd>{role}</dd>
        </div>
        <div>
          <dt>{t("organisations.page.status")}</dt>
          <dd>{t("organisations.invitation.expires", { date: formatDate(language, invitation.expiresAt) })}</dd>
        </div>
      </dl>
      {actionData?.error ? <Notice tone="error">{actionData.error}</Notice> : null}

      {viewer.state === "anonymous" ? (
        <>
          <p>{t("organisations.invitation.signInPrompt")}</p>
          <p className="button-row">
            <Link to={`/login?redirectTo=${returnTo}&email=${encodeURIComponent(invitation.email)}`} className="button button--primary">
              {t("organisations.invitation.signIn")}
            </Link>
            <Link to={`/signup?redirectTo=${returnTo}`} className="button">
              {t("organisations.invitation.signUp")}
            </Link>
          </p>
          <p className="muted">{t("organisations.invitation.signUpNote")}</p>
        </>
      ) : null}

      {viewer.state === "otherAccount" ? (
        <>
          <Notice tone="error">{t("organisations.invitation.wrongAccount", { email: invitation.email, current: viewer.email })}</Notice>
          <Form method="post">
            <SubmitButton name="intent" value="switch-account" tone="secondary">
              {t("organisations.invitation.switchAccount")}
            </SubmitButton>
          </Form>
        </>
      ) : null}

      {viewer.state === "invited" ? (
        <>
          {viewer.alreadyMember ? <Notice>{t("organisations.invitation.alreadyMember")}</Notice> : null}
          <Form method="post" className="button-row">
            <SubmitButton name="answer" value="accept">
              {t("organisations.invitation.accept")}
            </SubmitButton>
            <SubmitButton name="answer" value="decline" tone="secondary">
              {t("organisations.invitation.decline")}
            </SubmitButton>
          </Form>
        </>
      ) : null}
    </div>
  );
}
