import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { requestPasswordReset } from "~/features/accounts/account.server.ts";
import { emailRequestSchema } from "~/features/accounts/schemas.ts";
import { requestContext } from "~/kernel/auth/guards.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  return { meta: await translatedMeta(request, { title: "auth.forgotTitle", description: "auth.forgotLead" }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: emailRequestSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await requestPasswordReset(submission.value.email, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  // The same answer whether or not the address is registered.
  return { ...submission.reply({ resetForm: true }), sent: true };
}

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
