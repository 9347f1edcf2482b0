import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InvalidLinkNotice, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { confirmEmailChangeAction, loadConfirmEmailChangePage } from "~/features/accounts/account-pages.server.ts";
import { tokenSchema } from "~/features/accounts/schemas.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadConfirmEmailChangePage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => confirmEmailChangeAction(request, context);

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
