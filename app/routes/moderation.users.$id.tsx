import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { AuditTable } from "~/features/admin/audit-table.tsx";
import { loadModerationAccount, moderationAccountAction } from "~/features/moderation/moderation-pages.server.ts";
import { DecisionPanel, NoteField, ReasonField } from "~/features/moderation/decision-forms.tsx";
import { suspendSchema, unsuspendSchema } from "~/features/moderation/schemas.ts";
import { useSchemaForm } from "~/kernel/forms/forms.tsx";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";
import { textParam } from "~/kernel/params.server.ts";

export const loader = ({ request, params }: LoaderFunctionArgs) => loadModerationAccount(request, textParam(params, "id"));

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, params, context }: ActionFunctionArgs) =>
  moderationAccountAction(request, context, textParam(params, "id"));

export default function ModerationAccount() {
  const { user, history, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const lastResult = (intent: string) => (actionData?.intent === intent ? (actionData.result as SubmissionResult<string[]>) : null);
  return (
    <div className="container page">
      <p>
        <Link to="/moderation">← {t("moderation.queue.title")}</Link>
      </p>
      <h1>{t("moderation.account.title", { name: user.displayName })}</h1>
      <dl className="fact-list">
        <div>
          <dt>{t("admin.registered")}</dt>
          <dd>{formatDate(language, user.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("admin.roles")}</dt>
          <dd>{[t("roles.RESIDENT"), ...user.roles.map((role) => t(`roles.${role}`))].join(language === "ja" ? "、" : ", ")}</dd>
        </div>
        <div>
          <dt>{t("moderation.account.status")}</dt>
          <dd>
            {user.suspendedAt
              ? t("moderation.account.suspendedSince", {
                  date: formatDateTime(language, user.suspendedAt),
                  reason: t(`moderation.reasons.${user.suspensionReason ?? "OTHER"}`),
                })
              : t("moderation.account.active")}
          </dd>
        </div>
        <div>
          <dt>{t("moderation.account.proposalsLabel")}</dt>
          <dd>{t("moderation.account.proposals", { count: user.proposals })}</dd>
        </div>
        {user.personalPartner ? (
          <div>
            <dt>{t("moderation.kinds.PARTNER_PROFILE")}</dt>
            <dd>
              <Link to={`/moderation/profile/${user.personalPartner.id}`}>{user.personalPartner.displayName}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {user.suspendedAt ? <UnsuspendForm lastResult={lastResult("unsuspend")} /> : <SuspendForm lastResult={lastResult("suspend")} />}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("admin.history")}</h2>
        <AuditTable entries={history} language={language} caption={t("admin.history")} />
      </section>
    </div>
  );
}

type FormProps = { lastResult: SubmissionResult<string[]> | null };

function SuspendForm({ lastResult }: FormProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(suspendSchema, { id: "suspend-form", lastResult });
  return (
    <DecisionPanel
      intent="suspend"
      heading={t("moderation.account.suspend")}
      lead={t("moderation.account.suspendLead")}
      form={form}
      tone="danger"
    >
      <ReasonField meta={fields.reason} />
      <NoteField meta={fields.note} label={t("moderation.account.note")} />
    </DecisionPanel>
  );
}

function UnsuspendForm({ lastResult }: FormProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(unsuspendSchema, { id: "unsuspend-form", lastResult });
  return (
    <DecisionPanel intent="unsuspend" heading={t("moderation.account.unsuspend")} lead={t("moderation.account.unsuspendLead")} form={form}>
      <NoteField meta={fields.note} label={t("moderation.account.note")} />
    </DecisionPanel>
  );
}
