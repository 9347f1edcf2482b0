import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadVerifyEmailPage, verifyEmailAction } from "~/features/accounts/sign-in-pages.server.ts";
import { emailRequestSchema, tokenSchema, verifyCodeSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadVerifyEmailPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => verifyEmailAction(request, context);

export default function VerifyEmailPage() {
  const { token, tokenValid, email, justSent, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [tokenForm] = useSchemaForm(tokenSchema, {
    id: "verify-token",
    lastResult: actionData?.intent === "token" ? actionData.result : undefined,
  });
  const [codeForm, codeFields] = useSchemaForm(verifyCodeSchema, {
    id: "verify-code",
    lastResult: actionData?.intent === "code" ? actionData.result : undefined,
    defaultValue: { email },
  });
  const [resendForm, resendFields] = useSchemaForm(emailRequestSchema, {
    id: "verify-resend",
    lastResult: actionData?.intent === "resend" ? actionData.result : undefined,
    defaultValue: { email },
  });

  if (token) {
    return (
      <div className="container narrow page auth-page">
        <h1>{t("auth.verifyTitle")}</h1>
        {tokenValid ? (
          <Form method="post" {...getFormProps(tokenForm)} className="form-stack">
            <FormAlert id={tokenForm.errorId} errors={tokenForm.errors} />
            <p>{t("auth.verifyLinkLead")}</p>
            <input type="hidden" name="token" value={token} />
            {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
            <SubmitButton name="intent" value="token">
              {t("auth.verifySubmit")}
            </SubmitButton>
          </Form>
        ) : (
          <InvalidLinkNotice againHref="/verify-email" againLabel={t("auth.resendConfirmation")} />
        )}
      </div>
    );
  }

  return (
    <div className="container narrow page auth-page">
      <h1>{justSent ? t("auth.checkInboxTitle") : t("auth.verifyTitle")}</h1>
      {justSent ? (
        <Notice tone="success">
          <p>{t("auth.checkInboxBody")}</p>
        </Notice>
      ) : null}
      <Form method="post" {...getFormProps(codeForm)} className="form-stack">
        <FormAlert id={codeForm.errorId} errors={codeForm.errors} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <InputField meta={codeFields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
        <InputField
          meta={codeFields.code}
          label={t("auth.codeLabel")}
          autoComplete="one-time-code"
          inputMode="numeric"
          markRequired={false}
        />
        <SubmitButton name="intent" value="code">
          {t("auth.codeSubmit")}
        </SubmitButton>
      </Form>
      <section aria-labelledby="resend-heading" className="auth-page__secondary">
        <h2 id="resend-heading">{t("auth.resendConfirmation")}</h2>
        {actionData?.intent === "resend" && "resent" in actionData ? (
          <Notice tone="success">
            <p>{t("auth.resendSent")}</p>
          </Notice>
        ) : null}
        <p>{t("auth.resendLead")}</p>
        <Form method="post" {...getFormProps(resendForm)} className="form-stack">
          <FormAlert id={resendForm.errorId} errors={resendForm.errors} />
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <InputField meta={resendFields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
          <SubmitButton name="intent" value="resend" tone="secondary">
            {t("auth.resendConfirmation")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
