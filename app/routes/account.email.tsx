import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { changeEmailAction, loadChangeEmailPage } from "~/features/accounts/account-pages.server.ts";
import { changeEmailSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadChangeEmailPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => changeEmailAction(request, context);

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
        <InputField
          meta={fields.currentPassword}
          label={t("auth.currentPassword")}
          type="password"
          autoComplete="current-password"
          markRequired={false}
        />
        <SubmitButton>{t("account.emailSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
