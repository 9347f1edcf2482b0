import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadSignInPage, signInAction } from "~/features/accounts/sign-in-pages.server.ts";
import { signInSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadSignInPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => signInAction(request, context);

export default function SignInPage() {
  const { redirectTo, email } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(signInSchema, { id: "signin", lastResult, defaultValue: { email } });
  const unconfirmed = form.errors?.includes(t("auth.unconfirmed"));
  const typedEmail = fields.email.value ?? email;
  return (
    <div className="container narrow page auth-page">
      <h1>{t("auth.signInTitle")}</h1>
      <p className="lead">{t("auth.signInLead")}</p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        {unconfirmed ? (
          <p>
            <Link to={`/verify-email?email=${encodeURIComponent(typedEmail)}`}>{t("auth.resendConfirmation")}</Link>
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <InputField meta={fields.email} label={t("auth.email")} type="email" autoComplete="username" markRequired={false} />
        <InputField
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
          markRequired={false}
        />
        <SubmitButton>{t("auth.signInSubmit")}</SubmitButton>
      </Form>
      <ul className="auth-page__links">
        <li>
          <Link to="/forgot-password">{t("auth.forgotPassword")}</Link>
        </li>
        <li>
          <Link to="/signin-link">{t("auth.useLink")}</Link>
        </li>
        <li>
          {t("auth.noAccount")}{" "}
          <Link to={redirectTo ? `/signup?redirectTo=${encodeURIComponent(redirectTo)}` : "/signup"}>{t("auth.signUpTitle")}</Link>
        </li>
      </ul>
    </div>
  );
}
