import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { peekSignInLink, requestSignInLink, signInWithLink } from "~/features/accounts/account.server.ts";
import { emailRequestSchema, tokenSchema } from "~/features/accounts/schemas.ts";
import { requestContext, requireAnonymous, startSession } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidReply, refusalReply } from "~/kernel/forms/submission.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const token = new URL(request.url).searchParams.get("token");
  return {
    token,
    tokenValid: token ? Boolean(await peekSignInLink(token)) : false,
    meta: await translatedMeta(request, { title: "auth.linkTitle", description: "auth.linkLead" }, { noindex: Boolean(token) }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await readFormData(request);
  const who = requestContext(request, context);
  if (formData.get("intent") === "use") {
    const submission = parseWithZod(formData, { schema: tokenSchema });
    if (submission.status !== "success") return data({ intent: "use" as const, result: invalidReply(submission) }, { status: 400 });
    const outcome = await signInWithLink(submission.value.token, who);
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome);
      return data({ intent: "use" as const, result }, init);
    }
    const headers = await startSession(request, outcome.user);
    headers.append("Set-Cookie", await flashHeader("signedIn"));
    return redirect("/account", { headers });
  }
  const submission = parseWithZod(formData, { schema: emailRequestSchema });
  if (submission.status !== "success") return data({ intent: "request" as const, result: invalidReply(submission) }, { status: 400 });
  const outcome = await requestSignInLink(submission.value.email, who);
  if (!outcome.ok) {
    const { result, init } = await refusalReply(request, submission, outcome);
    return data({ intent: "request" as const, result }, init);
  }
  return { intent: "request" as const, result: submission.reply({ resetForm: true }), sent: true };
}

export default function SignInLinkPage() {
  const { token, tokenValid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [useForm] = useSchemaForm(tokenSchema, { id: "link-use", lastResult: actionData?.intent === "use" ? actionData.result : undefined });
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
