import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { ChoiceGroup, FormAlert, HiddenInput, Notice, SubmitButton, TextAreaField, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { loadReportPage, reportAction } from "~/features/moderation/moderation-pages.server.ts";
import { MODERATION_LIMITS, reportReasons } from "~/features/moderation/moderation-options.ts";
import { reportSchema } from "~/features/moderation/schemas.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadReportPage(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => reportAction(request, context);

export default function Report() {
  const { kind, target, existing, refusal } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(reportSchema, {
    id: "report-form",
    lastResult,
    defaultValue: { type: kind, id: target?.id ?? "", reason: existing?.reason ?? "", details: existing?.details ?? "" },
  });
  return (
    <div className="container narrow page">
      <h1>{t("moderation.report.title")}</h1>
      {target === null ? (
        <Notice tone="error">{refusal}</Notice>
      ) : (
        <>
          <p className="lead">{t("moderation.report.lead")}</p>
          <dl className="fact-list">
            <div>
              <dt>{t("moderation.report.what")}</dt>
              <dd>
                {t(`moderation.kinds.${target.type}`)}: <Link to={target.path}>{target.label}</Link>
              </dd>
            </div>
          </dl>
          {existing ? <Notice>{t("moderation.report.already")}</Notice> : null}
          <Form method="post" {...getFormProps(form)} className="form">
            <FormAlert id={form.errorId} errors={form.errors} />
            <HiddenInput meta={fields.type} />
            <HiddenInput meta={fields.id} />
            <ChoiceGroup
              meta={fields.reason}
              legend={t("moderation.report.reason")}
              type="radio"
              required
              groups={[{ options: reportReasons.map((reason) => ({ value: reason, label: t(`moderation.reasons.${reason}`) })) }]}
            />
            <TextAreaField
              meta={fields.details}
              label={t("moderation.report.details")}
              hint={t("moderation.report.detailsHint", { max: MODERATION_LIMITS.details })}
              rows={5}
            />
            <SubmitButton>{t("moderation.report.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
