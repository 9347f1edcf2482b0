import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SelectField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { accountPageAction, loadAccountPage } from "~/features/accounts/account-pages.server.ts";
import { preferencesSchema } from "~/features/accounts/schemas.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadAccountPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => accountPageAction(request, context);

export default function AccountPage() {
  const { account, hasPartnerProfile, pendingInvitations } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(preferencesSchema, {
    id: "preferences",
    lastResult,
    defaultValue: { displayName: account.displayName, language: account.language },
  });
  return (
    <div className="container narrow page account-page">
      <h1>{t("account.title")}</h1>
      <p className="lead">{t("account.lead")}</p>

      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{t("account.profileHeading")}</h2>
        <Form method="post" {...getFormProps(form)} className="form-stack">
          <FormAlert id={form.errorId} errors={form.errors} />
          <InputField
            meta={fields.displayName}
            label={t("auth.displayName")}
            hint={t("auth.displayNameHint")}
            autoComplete="nickname"
            markRequired={false}
          />
          <SelectField
            meta={fields.language}
            label={t("auth.language")}
            options={[
              { value: "ja", label: t("language.ja") },
              { value: "en", label: t("language.en") },
            ]}
            markRequired={false}
          />
          <SubmitButton name="intent" value="preferences">
            {t("account.savePreferences")}
          </SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="notification-settings-heading" className="panel" id="notification-settings">
        <h2 id="notification-settings-heading">{t("following.preferences.heading")}</h2>
        <p>
          {t("following.preferences.frequencyLegend")}: {t(`following.preferences.${account.notificationFrequency}`)}
        </p>
        <p>
          <Link to="/account/notifications">{t("following.preferences.manageLink")}</Link>
        </p>
        <p>
          <Link to="/account/notices">{t("moderation.notices.link")}</Link>
        </p>
      </section>

      <section aria-labelledby="email-heading" className="panel">
        <h2 id="email-heading">{t("account.emailHeading")}</h2>
        <p>
          <span className="account-email">{account.email}</span>{" "}
          <span className={`badge ${account.emailVerified ? "badge--ok" : "badge--warn"}`}>
            {account.emailVerified ? t("account.emailVerified") : t("account.emailUnverified")}
          </span>
        </p>
        <p>
          <Link to="/account/email">{t("account.changeEmail")}</Link>
        </p>
      </section>

      <section aria-labelledby="security-heading" className="panel">
        <h2 id="security-heading">{t("account.securityHeading")}</h2>
        <p>
          <Link to="/account/password">{t("account.changePassword")}</Link>
        </p>
        <p>
          <Link to="/account/two-factor">{t("twoFactor.accountLink")}</Link>{" "}
          <span className={`badge ${account.twoFactorEnabled ? "badge--ok" : "badge--warn"}`}>
            {account.twoFactorEnabled ? t("twoFactor.accountLinkOn") : t("twoFactor.accountLinkOff")}
          </span>
        </p>
        <p>{t("account.sessions", { count: account.sessionCount })}</p>
        <Form method="post">
          <p className="muted" id="sign-out-everywhere-hint">
            {t("account.signOutEverywhereHint")}
          </p>
          <button type="submit" name="intent" value="sign-out-everywhere" className="button" aria-describedby="sign-out-everywhere-hint">
            {t("account.signOutEverywhere")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="roles-heading" className="panel">
        <h2 id="roles-heading">{t("account.rolesHeading")}</h2>
        <ul className="tag-list">
          {["RESIDENT", ...account.roles].map((role) => (
            <li key={role} className="tag">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="partner-heading" className="panel">
        <h2 id="partner-heading">{t("partners.account.heading")}</h2>
        <p>{t("partners.account.linkLead")}</p>
        <p>
          <Link to="/account/partner">{hasPartnerProfile ? t("partners.account.linkEdit") : t("partners.account.linkCreate")}</Link>
        </p>
      </section>

      <section aria-labelledby="organisations-heading" className="panel">
        <h2 id="organisations-heading">{t("organisations.index.title")}</h2>
        <p>{t("organisations.accountLead")}</p>
        {pendingInvitations > 0 ? (
          <p className="notice notice--info">{t("organisations.accountInvitations", { count: pendingInvitations })}</p>
        ) : null}
        <p>
          <Link to="/organisations">{t("organisations.accountLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="data-heading" className="panel">
        <h2 id="data-heading">{t("account.dataHeading")}</h2>
        <p>{t("account.dataLead")}</p>
        <p>
          <a href="/account/export" className="button" download>
            {t("account.download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="panel panel--danger">
        <h2 id="delete-heading">{t("account.deleteHeading")}</h2>
        <p>
          <Link to="/account/delete">{t("account.deleteLink")}</Link>
        </p>
      </section>
    </div>
  );
}
