import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadSignInLinkPage, signInLinkAction } from "~/features/accounts/sign-in-pages.server.ts";
import { emailRequestSchema, tokenSchema } from "~/features/accounts/schemas.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadSignInLinkPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export const action = ({ request, context }: ActionFunctionArgs) => signInLinkAction(request, context);

export default function SignInLinkPage() {
  const { token, tokenValid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [useForm] = useSchemaForm(tokenSchema, {
    id: "link-use",
    lastResult: actionData?.intent === "use" ? actionData.result : undefined,
  });
  const [requestForm, fields] = useSchemaForm(emailRequestSchema, {
    id: "link-request",
    lastResult: actionData?.intent === "request" ? actionData.result : undefined,
  });

  if (token) {
    return (
      <div className="container narrow page auth-page">
        <h1>{t("auth.linkTitle")}</h1>
        {tokenValid ? (
          <Form method="post" {...getFormProps(useForm)} className="form-stack">
            <FormAlert id={useForm.errorId} errors={useForm.errors} />
            <p>{t("auth.linkConfirmLead")}</p>
            <input type="hidden" name="token" value={token} />
            <SubmitButton name="intent" value="use">
              {t("auth.linkConfirmSubmit")}
            </SubmitButton>
          </Form>
        ) : (
          <InvalidLinkNotice againHref="/signin-link" />
        )}
      </div>
    );
  }

  return (
    <div className="container narrow page auth-page">
      <h1>{t("auth.linkTitle")}</h1>
      <p className="lead">{t("auth.linkLead")}</p>
      {actionData && "sent" in actionData ? (
        <Notice tone="success">
          <p>{t("auth.linkSent")}</p>
        </Notice>
      ) : null}
      <Form method="post" {...getFormProps(requestForm)} className="form-stack">
        <FormAlert id={requestForm.errorId} errors={requestForm.errors} />
        <InputField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
        <SubmitButton name="intent" value="request">
          {t("auth.linkSubmit")}
        </SubmitButton>
      </Form>
      <p className="auth-page__switch">
        <Link to="/login">{t("auth.signInTitle")}</Link>
      </p>
    </div>
  );
}
