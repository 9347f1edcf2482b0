import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { deleteAccount } from "~/features/accounts/account.server.ts";
import { deleteAccountSchema } from "~/features/accounts/schemas.ts";
import { endSession, requestContext, requireUser } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { meta: await translatedMeta(request, { title: "account.deleteTitle", description: "account.deleteLead" }, { noindex: true }) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readFormData(request), { schema: deleteAccountSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await deleteAccount(user.id, submission.value.currentPassword, requestContext(request, context));
  if (!outcome.ok) {
    return refusedSubmission(request, submission, outcome, outcome.reason === "account.currentPasswordWrong" ? "currentPassword" : undefined);
  }
  const headers = await endSession(request);
  headers.append("Set-Cookie", await flashHeader("accountDeleted"));
  return redirect("/", { headers });
}

export default function DeleteAccountPage() {
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(deleteAccountSchema, { id: "delete-account", lastResult });
  return (
    <div className="container narrow page auth-page">
      <p>
        <Link to="/account">← {t("account.back")}</Link>
      </p>
      <h1>{t("account.deleteTitle")}</h1>
      <p className="lead">{t("account.deleteLead")}</p>
      <p>{t("account.deleteKept")}</p>
      <p>
        <Link to="/privacy">{t("footer.privacy")}</Link>
      </p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <InputField meta={fields.currentPassword} label={t("auth.currentPassword")} type="password" autoComplete="current-password" markRequired={false} />
        <CheckboxField meta={fields.confirm} label={t("account.deleteConfirm")} />
        <SubmitButton tone="danger">{t("account.deleteSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
