import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, InvalidLinkNotice, Notice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { confirmEmail, peekConfirmationToken, resendConfirmation } from "~/features/accounts/account.server.ts";
import { emailRequestSchema, tokenSchema, verifyCodeSchema } from "~/features/accounts/schemas.ts";
import { requestContext } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { safeRedirectPath } from "~/kernel/redirect.ts";
import { forwardRetryAfter } from "~/kernel/headers.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidReply, refusalReply } from "~/kernel/forms/submission.server.ts";

// Opening the link only shows a button: mail scanners that fetch every link must not use up the token.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  return {
    token,
    tokenValid: token ? Boolean(await peekConfirmationToken(token)) : false,
    email: url.searchParams.get("email")?.slice(0, 254) ?? "",
    justSent: url.searchParams.get("sent") === "1",
    // Where the visitor was going before signing up (an invitation, say): carried to the sign-in after confirming.
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    meta: await translatedMeta(request, { title: "auth.verifyTitle" }, { noindex: true }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const headers = forwardRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const who = requestContext(request, context);
  const returnPath = safeRedirectPath(formData.get("redirectTo"), "");

  if (intent === "resend") {
    const submission = parseWithZod(formData, { schema: emailRequestSchema });
    if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
    const outcome = await resendConfirmation(submission.value.email, who, returnPath);
    if (!outcome.ok) {
      const { result, init } = await refusalReply(request, submission, outcome);
      return data({ intent, result }, init);
    }
    return { intent, result: submission.reply(), resent: true };
  }

  const submission = parseWithZod(formData, { schema: intent === "code" ? verifyCodeSchema : tokenSchema });
  if (submission.status !== "success") return data({ intent, result: invalidReply(submission) }, { status: 400 });
  const outcome = await confirmEmail(submission.value as { token: string } | { email: string; code: string }, who);
  if (!outcome.ok) {
    const { result, init } = await refusalReply(request, submission, outcome, intent === "code" ? "code" : undefined);
    return data({ intent, result }, init);
  }
  const next = new URLSearchParams({ email: outcome.email, ...(returnPath ? { redirectTo: returnPath } : {}) });
  return redirect(`/login?${next}`, { headers: { "Set-Cookie": await flashHeader("emailVerified") } });
}

export default function VerifyEmailPage() {
  const { token, tokenValid, email, justSent, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const [tokenForm] = useSchemaForm(tokenSchema, { id: "verify-token", lastResult: actionData?.intent === "token" ? actionData.result : undefined });
  const [codeForm, codeFields] = useSchemaForm(verifyCodeSchema, {
    id: "verify-code",
    lastResult: actionData?.intent === "code" ? actionData.result : undefined,
    defaultValue: { email },
  });
  const [resendForm, resendFields] = useSchemaForm(emailRequestSchema, {
    id: "verify-resend",
    lastResult: actionData?.intent === "resend" ? actionData.result : undefined,
    defaultValue: { email },
  });

  if (token) {
    return (
      <div className="container narrow page auth-page">
        <h1>{t("auth.verifyTitle")}</h1>
        {tokenValid ? (
          <Form method="post" {...getFormProps(tokenForm)} className="form-stack">
            <FormAlert id={tokenForm.errorId} errors={tokenForm.errors} />
            <p>{t("auth.verifyLinkLead")}</p>
            <input type="hidden" name="token" value={token} />
            {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
            <SubmitButton name="intent" value="token">
              {t("auth.verifySubmit")}
            </SubmitButton>
          </Form>
        ) : (
          <InvalidLinkNotice againHref="/verify-email" againLabel={t("auth.resendConfirmation")} />
        )}
      </div>
    );
  }

  return (
    <div className="container narrow page auth-page">
      <h1>{justSent ? t("auth.checkInboxTitle") : t("auth.verifyTitle")}</h1>
      {justSent ? (
        <Notice tone="success">
          <p>{t("auth.checkInboxBody")}</p>
        </Notice>
      ) : null}
      <Form method="post" {...getFormProps(codeForm)} className="form-stack">
        <FormAlert id={codeForm.errorId} errors={codeForm.errors} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <InputField meta={codeFields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
        <InputField meta={codeFields.code} label={t("auth.codeLabel")} autoComplete="one-time-code" inputMode="numeric" markRequired={false} />
        <SubmitButton name="intent" value="code">
          {t("auth.codeSubmit")}
        </SubmitButton>
      </Form>
      <section aria-labelledby="resend-heading" className="auth-page__secondary">
        <h2 id="resend-heading">{t("auth.resendConfirmation")}</h2>
        {actionData?.intent === "resend" && "resent" in actionData ? (
          <Notice tone="success">
            <p>{t("auth.resendSent")}</p>
          </Notice>
        ) : null}
        <p>{t("auth.resendLead")}</p>
        <Form method="post" {...getFormProps(resendForm)} className="form-stack">
          <FormAlert id={resendForm.errorId} errors={resendForm.errors} />
          {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
          <InputField meta={resendFields.email} label={t("auth.email")} type="email" autoComplete="email" markRequired={false} />
          <SubmitButton name="intent" value="resend" tone="secondary">
            {t("auth.resendConfirmation")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
