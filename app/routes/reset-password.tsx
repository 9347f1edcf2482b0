import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { passwordPolicyError, peekPasswordResetToken, resetPassword } from "~/features/accounts/account.server.ts";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "~/features/accounts/schemas.ts";
import { requestContext, startSession } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const valid = token ? await peekPasswordResetToken(token) : null;
  return { token, tokenValid: Boolean(valid), meta: await translatedMeta(request, { title: "auth.resetTitle" }, { noindex: true }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await resetPassword(submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  // Any session someone else held died with the old password; this browser starts a fresh one.
  const headers = await startSession(request, outcome.user);
  headers.append("Set-Cookie", await flashHeader("passwordReset"));
  return redirect("/account", { headers });
}

export default function ResetPasswordPage() {
  const { token, tokenValid } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(resetPasswordSchema, { id: "reset", lastResult });
  if (!tokenValid) {
    return (
      <div className="container narrow page auth-page">
        <h1>{t("auth.resetTitle")}</h1>
        <InvalidLinkNotice againHref="/forgot-password" />
      </div>
    );
  }
  return (
    <div className="container narrow page auth-page">
      <h1>{t("auth.resetTitle")}</h1>
      <p className="lead">{t("auth.resetLead")}</p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="token" value={token} />
        <InputField
          meta={fields.password}
          label={t("auth.newPassword")}
          type="password"
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          markRequired={false}
        />
        <InputField meta={fields.confirmPassword} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" markRequired={false} />
        <SubmitButton>{t("auth.resetSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
