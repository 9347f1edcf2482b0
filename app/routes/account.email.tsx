import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { requestEmailChange } from "~/features/accounts/account.server.ts";
import { changeEmailSchema } from "~/features/accounts/schemas.ts";
import { requestContext, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    currentEmail: user.email,
    meta: await translatedMeta(request, { title: "account.emailTitle", description: "account.emailLead" }, { noindex: true }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: changeEmailSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await requestEmailChange(user.id, submission.value, requestContext(request, context));
  if (!outcome.ok) {
    const field = outcome.reason === "account.sameEmail" ? "email" : outcome.reason === "account.currentPasswordWrong" ? "currentPassword" : undefined;
    return refusedSubmission(request, submission, outcome, field);
  }
  return redirect("/account", { headers: { "Set-Cookie": await flashHeader("emailChangeSent") } });
}

export default function ChangeEmailPage() {
  const { currentEmail } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(changeEmailSchema, { id: "change-email", lastResult });
  return (
    <div className="container narrow page auth-page">
      <p>
        <Link to="/account">← {t("account.back")}</Link>
      </p>
      <h1>{t("account.emailTitle")}</h1>
      <p className="lead">{t("account.emailLead")}</p>
      <p>
        {t("account.emailHeading")}: <span className="account-email">{currentEmail}</span>
      </p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <InputField meta={fields.email} label={t("account.newEmail")} type="email" autoComplete="email" markRequired={false} />
        <InputField meta={fields.currentPassword} label={t("auth.currentPassword")} type="password" autoComplete="current-password" markRequired={false} />
        <SubmitButton>{t("account.emailSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
