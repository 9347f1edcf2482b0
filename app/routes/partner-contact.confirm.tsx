import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice, SubmitButton } from "~/kernel/forms/forms.tsx";
import { contactEmailConfirmAction, loadContactEmailConfirmPage } from "~/features/partners/contact-email-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadContactEmailConfirmPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => contactEmailConfirmAction(request, context);

export default function ContactEmailConfirmPage() {
  const { token, pending } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>()?.refused === true;
  const { t } = useTranslation();
  return (
    <div className="container narrow page auth-page">
      <h1>{t("partners.contactEmail.confirmTitle")}</h1>
      {pending && !refused ? (
        <Form method="post" className="form-stack">
          <p>{t("partners.contactEmail.confirmLead", { email: pending.email, partner: pending.partnerName })}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t("partners.contactEmail.confirmSubmit")}</SubmitButton>
        </Form>
      ) : (
        <Notice tone="error">
          <p>{t("partners.contactEmail.invalid")}</p>
        </Notice>
      )}
    </div>
  );
}
