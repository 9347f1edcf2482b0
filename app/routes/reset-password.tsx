import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadResetPasswordPage, resetPasswordAction } from "~/features/accounts/sign-in-pages.server.ts";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "~/features/accounts/schemas.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadResetPasswordPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => resetPasswordAction(request, context);

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
        <InputField
          meta={fields.confirmPassword}
          label={t("auth.confirmPassword")}
          type="password"
          autoComplete="new-password"
          markRequired={false}
        />
        <SubmitButton>{t("auth.resetSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}
