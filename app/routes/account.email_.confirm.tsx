import { parseWithZod } from "@conform-to/zod/v4";
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InvalidLinkNotice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { confirmEmailChange, peekEmailChangeToken } from "~/features/accounts/account.server.ts";
import { tokenSchema } from "~/features/accounts/schemas.ts";
import { requestContext } from "~/kernel/auth/guards.server.ts";
import { flashHeader } from "~/kernel/flash.server.ts";
import { readFormData } from "~/kernel/forms/read-form.server.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { invalidSubmission, refusedSubmission } from "~/kernel/forms/submission.server.ts";

// The link may be opened on another device than the one signed in: the token alone proves the new address.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const pending = token ? await peekEmailChangeToken(token) : null;
  return {
    token,
    newEmail: pending?.email ?? null,
    meta: await translatedMeta(request, { title: "account.emailConfirmTitle" }, { noindex: true }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: tokenSchema });
  if (submission.status !== "success") return invalidSubmission(submission);
  const outcome = await confirmEmailChange(submission.value.token, requestContext(request, context));
  if (!outcome.ok) return refusedSubmission(request, submission, outcome);
  return redirect("/account", { headers: { "Set-Cookie": await flashHeader("emailChanged") } });
}

export default function ConfirmEmailChangePage() {
  const { token, newEmail } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form] = useSchemaForm(tokenSchema, { id: "confirm-email-change", lastResult });
  return (
    <div className="container narrow page auth-page">
      <h1>{t("account.emailConfirmTitle")}</h1>
      {newEmail ? (
        <Form method="post" {...getFormProps(form)} className="form-stack">
          <FormAlert id={form.errorId} errors={form.errors} />
          <p>{t("account.emailConfirmLead", { email: newEmail })}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t("account.emailConfirmSubmit")}</SubmitButton>
        </Form>
      ) : (
        <InvalidLinkNotice againHref="/account/email" />
      )}
    </div>
  );
}
