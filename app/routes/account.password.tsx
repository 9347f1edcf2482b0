import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { changePassword, passwordPolicyError } from "~/features/accounts/account.server.ts";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "~/features/accounts/schemas.ts";
import { requestContext, requireUser, startSession } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { meta: await translatedMeta(request, { title: "account.passwordTitle", description: "account.passwordLead" }, { noindex: true }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: changePasswordSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const policyError = passwordPolicyError(submission.value.password);
  if (policyError) return refusedSubmission(request, submission, { reason: policyError }, "password");
  const outcome = await changePassword(user.id, submission.value, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome, outcome.retryAfterSeconds ? undefined : "currentPassword");
  // Every session ended with the change, this one too: the browser gets a fresh one.
  const headers = await startSession(request, outcome.user);
  headers.append("Set-Cookie", await flashHeader("passwordChanged"));
  return redirect("/account", { headers });
}

export default function ChangePasswordPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(changePasswordSchema, { id: "change-password", lastResult });
  return (
    <div className="container narrow page auth-page">
      <p>
        <Link to="/account">← {t("account.back")}</Link>
      </p>
      <h1>{t("account.passwordTitle")}</h1>
      <p className="lead">{t("account.passwordLead")}</p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <InputField meta={fields.currentPassword} label={t("auth.currentPassword")} type="password" autoComplete="current-password" markRequired={false} />
        <InputField
          meta={fields.password}
          label={t("auth.newPassword")}
          type="password"
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          markRequired={false}
        />
        <InputField meta={fields.confirmPassword} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" markRequired={false} />
        <SubmitButton>{t("account.passwordSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
