import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { forgotPasswordAction, loadForgotPasswordPage } from "~/features/accounts/account-pages.server.ts";
import { emailRequestSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadForgotPasswordPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => forgotPasswordAction(request, context);

export default function ForgotPasswordPage() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(emailRequestSchema, { id: "forgot", lastResult: actionData });
  return (
    <div className="container narrow page auth-page">
      <h1>{t("auth.forgotTitle")}</h1>
      <p className="lead">{t("auth.forgotLead")}</p>
      {actionData && "sent" in actionData ? (
        <Notice tone="success">
          <p>{t("auth.forgotSent")}</p>
        </Notice>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <InputField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
        <SubmitButton>{t("auth.forgotSubmit")}</SubmitButton>
      </Form>
      <p className="auth-page__switch">
        <Link to="/login">{t("auth.signInTitle")}</Link>
      </p>
    </div>
  );
}
