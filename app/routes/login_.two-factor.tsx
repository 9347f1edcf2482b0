import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadSecondFactorSignInPage, secondFactorSignInAction } from "~/features/accounts/security-pages.server.ts";
import { secondFactorSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadSecondFactorSignInPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => secondFactorSignInAction(request, context);

export default function SecondFactorSignInPage() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(secondFactorSchema, { id: "second-factor", lastResult });
  return (
    <div className="container narrow page auth-page">
      <h1>{t("twoFactor.signInTitle")}</h1>
      <p className="lead">{t("twoFactor.signInLead")}</p>
      <Form method="post" {...getFormProps(form)} className="form-stack">
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <InputField
          meta={fields.code}
          label={t("twoFactor.signInCodeLabel")}
          hint={t("twoFactor.signInCodeHint")}
          autoComplete="one-time-code"
          markRequired={false}
        />
        <SubmitButton>{t("twoFactor.signInSubmit")}</SubmitButton>
      </Form>
      <p>
        <Link to="/login">{t("twoFactor.startOver")}</Link>
      </p>
    </div>
  );
}
