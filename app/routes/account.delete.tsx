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

// Exactly what goes and what the city keeps (decision 0015), in the order people ask about it.
const removedItems = ["account", "devices", "profile", "drafts", "follows", "memberships"] as const;
const keptItems = ["proposals", "thread", "matches", "organisations", "audit"] as const;

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
      <h2>{t("account.deleteRemovedHeading")}</h2>
      <ul>
        {removedItems.map((item) => (
          <li key={item}>{t(`account.deleteRemoved.${item}`)}</li>
        ))}
      </ul>
      <h2>{t("account.deleteKeptHeading")}</h2>
      <ul>
        {keptItems.map((item) => (
          <li key={item}>{t(`account.deleteKept.${item}`)}</li>
        ))}
      </ul>
      <p>{t("account.deleteCoordinators")}</p>
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
