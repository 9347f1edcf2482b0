import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormAlert, InputField, SelectField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadSignUpPage, signUpAction } from "~/features/accounts/sign-in-pages.server.ts";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadSignUpPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => signUpAction(request, context);

export default function SignUpPage() {
  const { language, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(signUpSchema, { id: "signup", lastResult, defaultValue: { language } });
  return (
    <div className="container narrow page auth-page">
      <h1>{t("auth.signUpTitle")}</h1>
      <p className="lead">{t("auth.signUpLead")}</p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <InputField
          meta={fields.displayName}
          label={t("auth.displayName")}
          hint={t("auth.displayNameHint")}
          autoComplete="nickname"
          markRequired={false}
        />
        <InputField
          meta={fields.email}
          label={t("auth.email")}
          type="email"
          hint={t("auth.emailHint")}
          autoComplete="email"
          markRequired={false}
        />
        <InputField
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
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
        <CheckboxField
          meta={fields.acceptPrivacy}
          label={
            <>
              {t("auth.acceptPrivacy")} (
              <Link to="/privacy" target="_blank" rel="noopener">
                {t("auth.privacyLink")}
              </Link>
              )
            </>
          }
        />
        <SubmitButton>{t("auth.signUpSubmit")}</SubmitButton>
      </Form>
      <p className="auth-page__switch">
        {t("auth.haveAccount")}{" "}
        <Link to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : "/login"}>{t("auth.signInTitle")}</Link>
      </p>
    </div>
  );
}
