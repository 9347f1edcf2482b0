import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { deleteAccountAction, loadDeleteAccountPage } from "~/features/accounts/account-pages.server.ts";
import { deleteAccountSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadDeleteAccountPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => deleteAccountAction(request, context);

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
        <InputField
          meta={fields.currentPassword}
          label={t("auth.currentPassword")}
          type="password"
          autoComplete="current-password"
          markRequired={false}
        />
        <CheckboxField meta={fields.confirm} label={t("account.deleteConfirm")} />
        <SubmitButton tone="danger">{t("account.deleteSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
