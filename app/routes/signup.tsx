import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormAlert, InputField, SelectField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { passwordPolicyError, signUp } from "~/features/accounts/account.server.ts";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "~/features/accounts/schemas.ts";
import { requestContext, requireAnonymous } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const url = new URL(request.url);
  return {
    language: await getLanguage(request),
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    meta: await translatedMeta(request, { title: "auth.signUpTitle", description: "auth.signUpLead" }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const submission = parseWithZod(await readFormData(request), { schema: signUpSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await signUp(submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  const next = new URLSearchParams({ email: submission.value.email, sent: "1" });
  if (submission.value.redirectTo) next.set("redirectTo", safeRedirectPath(submission.value.redirectTo));
  return redirect(`/verify-email?${next}`);
}

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
        <InputField meta={fields.displayName} label={t("auth.displayName")} hint={t("auth.displayNameHint")} autoComplete="nickname" markRequired={false} />
        <InputField meta={fields.email} label={t("auth.email")} type="email" hint={t("auth.emailHint")} autoComplete="email" markRequired={false} />
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
        {t("auth.haveAccount")} <Link to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : "/login"}>{t("auth.signInTitle")}</Link>
      </p>
    </div>
  );
}
