import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { changePasswordAction, loadChangePasswordPage } from "~/features/accounts/account-pages.server.ts";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadChangePasswordPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => changePasswordAction(request, context);

export default function ChangePasswordPage() {
  const { required } = useLoaderData<typeof loader>();
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
      {required ? (
        <Notice tone="info">
          <p>{t("account.passwordChangeRequired", { min: PASSWORD_MIN_LENGTH })}</p>
        </Notice>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <InputField
          meta={fields.currentPassword}
          label={t("auth.currentPassword")}
          type="password"
          autoComplete="current-password"
          markRequired={false}
        />
        <InputField
          meta={fields.password}
          label={t("auth.newPassword")}
          type="password"
          hint={t("auth.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          markRequired={false}
        />
        <InputField
          meta={fields.confirmPassword}
          label={t("auth.confirmPassword")}
          type="password"
          autoComplete="new-password"
          markRequired={false}
        />
        <SubmitButton>{t("account.passwordSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
