import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailHtmlFrame, EmailTextView } from "~/features/admin/email-outbox.tsx";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import { loadEmailPreview } from "~/features/admin/email-pages.server.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadEmailPreview(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export default function AdminEmailPreview() {
  const { templates, selected, rendered } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const templateLabel = t(`adminEmails.templates.${selected.template}`);
  return (
    <>
      <h1>{t("adminEmails.previewTitle")}</h1>
      <p className="lead">{t("adminEmails.previewLead")}</p>
      <p>
        <Link to="/admin/emails">← {t("adminEmails.backToOutbox")}</Link>
      </p>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="preview-template">{t("adminEmails.template")}</label>
          <select id="preview-template" name="template" defaultValue={selected.template}>
            {templates.map((template) => (
              <option key={template} value={template}>
                {t(`adminEmails.templates.${template}`)} ({template})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="preview-language">{t("adminEmails.language")}</label>
          <select id="preview-language" name="language" defaultValue={selected.language}>
            {supportedLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("adminEmails.show")}
        </button>
      </Form>

      <section aria-labelledby="preview-heading" className="email-preview">
        <h2 id="preview-heading">
          {templateLabel} · {t(`language.${selected.language}`)}
        </h2>
        <dl className="fact-list">
          <div>
            <dt>{t("adminEmails.subjectLabel")}</dt>
            <dd lang={selected.language}>{rendered.subject}</dd>
          </div>
        </dl>
        <h3>{t("adminEmails.htmlVersion")}</h3>
        <p className="field-hint">{t("adminEmails.styleNote")}</p>
        <EmailHtmlFrame html={rendered.html} title={t("adminEmails.frameTitle", { template: templateLabel })} />
        <h3>{t("adminEmails.textVersion")}</h3>
        <div lang={selected.language}>
          <EmailTextView text={rendered.text} />
        </div>
      </section>
    </>
  );
}
