import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, Notice, SubmitButton, useFocusOnAppear, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadTwoFactorPage, twoFactorAction } from "~/features/accounts/security-pages.server.ts";
import { enrolTwoFactorSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadTwoFactorPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => twoFactorAction(request, context);

export default function TwoFactorPage() {
  const { status, enrolment, redirectTo, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(enrolTwoFactorSchema, {
    id: "two-factor-enrol",
    lastResult: actionData?.intent === "confirm" ? actionData.result : undefined,
  });
  const recoveryCodes = actionData && "recoveryCodes" in actionData ? actionData.recoveryCodes : null;
  const recoveryHeading = useFocusOnAppear<HTMLHeadingElement>(recoveryCodes);

  if (recoveryCodes) {
    return (
      <div className="container narrow page auth-page">
        <h1 ref={recoveryHeading} tabIndex={-1}>
          {t("twoFactor.recoveryTitle")}
        </h1>
        <Notice tone="success">
          <p>{t("twoFactor.recoveryLead")}</p>
        </Notice>
        <ul className="recovery-codes" lang="en">
          {recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link to={actionData && "continueTo" in actionData ? actionData.continueTo : "/account"} className="button button--primary">
            {t("twoFactor.continue")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="container narrow page auth-page">
      <p>
        <Link to="/account">← {t("account.back")}</Link>
      </p>
      <h1>{t("twoFactor.title")}</h1>
      <p className="lead">{t("twoFactor.lead")}</p>
      {status.required && !status.enabled ? (
        <Notice tone="info">
          <p>{t("twoFactor.requiredForStaff")}</p>
        </Notice>
      ) : null}
      {status.enabled ? (
        <>
          <p>{t("twoFactor.enabledStatus", { date: formatDate(language, status.enabledAt!) })}</p>
          <p>{t("twoFactor.recoveryCodesLeft", { count: status.recoveryCodesLeft })}</p>
          {status.required ? null : (
            <section aria-labelledby="disable-heading" className="auth-page__secondary">
              <h2 id="disable-heading">{t("twoFactor.disableTitle")}</h2>
              {actionData?.intent === "disable" && "refused" in actionData ? (
                <Notice tone="error">
                  <p>{t(actionData.refused)}</p>
                </Notice>
              ) : null}
              <p>{t("twoFactor.disableLead")}</p>
              <Form method="post">
                <SubmitButton name="intent" value="disable" tone="secondary">
                  {t("twoFactor.disableSubmit")}
                </SubmitButton>
              </Form>
            </section>
          )}
        </>
      ) : enrolment ? (
        <section aria-labelledby="setup-heading">
          <h2 id="setup-heading">{t("twoFactor.setUpTitle")}</h2>
          <p>{t("twoFactor.scanQr")}</p>
          <img src={enrolment.qrCodeDataUrl} alt={t("twoFactor.qrAlt")} width={200} height={200} className="qr-code" />
          <p>{t("twoFactor.manualEntry")}</p>
          <p>
            {t("twoFactor.secretLabel")}:{" "}
            <code lang="en" data-testid="totp-secret">
              {enrolment.secretForDisplay}
            </code>
          </p>
          <p>{t("twoFactor.enterCode")}</p>
          <Form method="post" {...getFormProps(form)} className="form-stack">
            <FormAlert id={form.errorId} errors={form.errors} />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <InputField
              meta={fields.code}
              label={t("twoFactor.codeLabel")}
              autoComplete="one-time-code"
              inputMode="numeric"
              markRequired={false}
            />
            <SubmitButton name="intent" value="confirm">
              {t("twoFactor.confirmSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
