import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadReauthenticatePage, reauthenticateAction } from "~/features/accounts/security-pages.server.ts";
import { reauthenticatePasswordSchema, secondFactorSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadReauthenticatePage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => reauthenticateAction(request, context);

export default function ReauthenticatePage() {
  const { hasPassword, hasSecondFactor, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [passwordForm, passwordFields] = useSchemaForm(reauthenticatePasswordSchema, {
    id: "reauth-password",
    lastResult: actionData?.intent === "password" ? actionData.result : undefined,
  });
  const [codeForm, codeFields] = useSchemaForm(secondFactorSchema, {
    id: "reauth-code",
    lastResult: actionData?.intent === "code" ? actionData.result : undefined,
  });
  return (
    <div className="container narrow page auth-page">
      <h1>{t("twoFactor.reauthTitle")}</h1>
      <p className="lead">{t("twoFactor.reauthLead")}</p>
      {hasSecondFactor ? (
        <section aria-labelledby="reauth-code-heading">
          <h2 id="reauth-code-heading">{t("twoFactor.reauthCodeTitle")}</h2>
          <Form method="post" {...getFormProps(codeForm)} className="form-stack">
            <FormAlert id={codeForm.errorId} errors={codeForm.errors} />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <InputField
              meta={codeFields.code}
              label={t("twoFactor.signInCodeLabel")}
              hint={t("twoFactor.signInCodeHint")}
              autoComplete="one-time-code"
              markRequired={false}
            />
            <SubmitButton name="intent" value="code">
              {t("twoFactor.reauthCodeSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}
      {hasPassword ? (
        <Form method="post" {...getFormProps(passwordForm)} className="form-stack auth-page__secondary">
          <FormAlert id={passwordForm.errorId} errors={passwordForm.errors} />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <InputField
            meta={passwordFields.currentPassword}
            label={t("auth.currentPassword")}
            type="password"
            autoComplete="current-password"
            markRequired={false}
          />
          <SubmitButton name="intent" value="password" tone={hasSecondFactor ? "secondary" : "primary"}>
            {t("twoFactor.reauthPasswordSubmit")}
          </SubmitButton>
        </Form>
      ) : null}
    </div>
  );
}
