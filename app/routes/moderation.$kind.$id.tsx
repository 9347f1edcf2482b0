import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { loadModerationCase, moderationCaseAction } from "~/features/moderation/moderation-pages.server.ts";
import { DecisionPanel, NoteField, ReasonField } from "~/features/moderation/decision-forms.tsx";
import { dismissSchema, hideSchema, restoreSchema } from "~/features/moderation/schemas.ts";
import { TextAreaField, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadModerationCase(request, textParam(params, "kind"), textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  moderationCaseAction(request, context, textParam(params, "kind"), textParam(params, "id"));

export default function ModerationCase() {
  const { target, owners, reports, history, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const resultFor = (intent: string) => (actionData?.intent === intent ? (actionData.result as SubmissionResult<string[]>) : null);
  const open = reports.filter((report) => report.resolvedAt === null).length;
  return (
    <div className="container page">
      <p>
        <Link to="/moderation">← {t("moderation.queue.title")}</Link>
      </p>
      <h1>{t("moderation.target.title", { name: target.label })}</h1>
      <dl className="fact-list">
        <div>
          <dt>{t("moderation.queue.kind")}</dt>
          <dd>{t(`moderation.kinds.${target.type}`)}</dd>
        </div>
        <div>
          <dt>{t("moderation.queue.state")}</dt>
          <dd>
            {target.hiddenAt
              ? t("moderation.target.hiddenSince", {
                  date: formatDateTime(language, target.hiddenAt),
                  cause: t(`moderation.target.causes.${target.hiddenCause ?? "MODERATION"}`),
                })
              : t("moderation.target.visibleNow")}
          </dd>
        </div>
        <div>
          <dt>{t("moderation.target.owner")}</dt>
          <dd>
            {owners.length === 0
              ? t("moderation.target.ownerNone")
              : owners.map((owner) => (
                  <span key={owner.id}>
                    <Link to={`/moderation/users/${owner.id}`}>{owner.displayName}</Link>{" "}
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      <p>
        <Link to={target.path}>{t("moderation.target.openPage")}</Link>
      </p>
      <section aria-labelledby="content-heading" className="panel">
        <h2 id="content-heading">{t("moderation.target.content")}</h2>
        <p className="moderation-content">{target.text || target.label}</p>
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("moderation.target.reports")}</h2>
        {reports.length === 0 ? (
          <p>{t("moderation.target.noReports")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("moderation.target.reportsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("moderation.target.reported")}</th>
                  <th scope="col">{t("moderation.target.reporter")}</th>
                  <th scope="col">{t("moderation.target.reason")}</th>
                  <th scope="col">{t("moderation.target.details")}</th>
                  <th scope="col">{t("moderation.target.resolution")}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => (
                  <tr key={report.id}>
                    <td>
                      <time dateTime={report.updatedAt}>{formatDateTime(language, report.updatedAt)}</time>
                    </td>
                    <td>{report.reporter}</td>
                    <td>{t(`moderation.reasons.${report.reason}`)}</td>
                    <td>{report.details}</td>
                    <td>{t(`moderation.target.resolutions.${report.resolution ?? "open"}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {target.hiddenAt ? <RestoreForm lastResult={resultFor("restore")} /> : <HideForm lastResult={resultFor("hide")} />}
      {open > 0 ? <DismissForm lastResult={resultFor("dismiss")} /> : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("moderation.target.history")}</h2>
        <AuditTable entries={history} language={language} caption={t("moderation.target.history")} />
      </section>
    </div>
  );
}

type FormProps = { lastResult: SubmissionResult<string[]> | null };

function HideForm({ lastResult }: FormProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(hideSchema, { id: "hide-form", lastResult });
  return (
    <DecisionPanel intent="hide" heading={t("moderation.target.hide")} lead={t("moderation.target.hideLead")} form={form} tone="danger">
      <ReasonField meta={fields.reason} />
      <NoteField meta={fields.note} label={t("moderation.target.note")} />
    </DecisionPanel>
  );
}

function RestoreForm({ lastResult }: FormProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(restoreSchema, { id: "restore-form", lastResult });
  return (
    <DecisionPanel intent="restore" heading={t("moderation.target.restore")} lead={t("moderation.target.restoreLead")} form={form}>
      <NoteField meta={fields.note} label={t("moderation.target.note")} />
    </DecisionPanel>
  );
}

function DismissForm({ lastResult }: FormProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(dismissSchema, { id: "dismiss-form", lastResult });
  return (
    <DecisionPanel
      intent="dismiss"
      heading={t("moderation.target.dismiss")}
      lead={t("moderation.target.dismissLead")}
      form={form}
      tone="secondary"
    >
      <TextAreaField meta={fields.note} label={t("moderation.target.dismissNote")} rows={2} />
    </DecisionPanel>
  );
}
