import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { coordinatorEngagementsAction, loadCoordinatorEngagements } from "~/features/engagements/engagement-pages.server.ts";
import { EngagementStatusBadge, type EngagementAnswer } from "~/features/engagements/engagement-parts.tsx";
import { activitySchema, engagementStartSchema } from "~/features/engagements/schemas.ts";
import { verifiableKinds } from "~/features/engagements/engagement-rules.ts";
import { FormAlert, InputField, SelectField, SubmitButton, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { DataTable } from "~/kernel/ui/data-table.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import { pageMeta } from "~/kernel/meta.ts";

export const loader = ({ request }: LoaderFunctionArgs) => loadCoordinatorEngagements(request);

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta);

export const action = ({ request, context }: ActionFunctionArgs) => coordinatorEngagementsAction(request, context);

export default function CoordinatorEngagements() {
  const { attention, engagements, matches, templates, partners, strategies, language } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as EngagementAnswer;
  const { t } = useTranslation();
  const [startForm, startFields] = useSchemaForm(engagementStartSchema, {
    id: "engagement-start",
    lastResult: answer?.intent === "start" ? answer.result : null,
    defaultValue: { intent: "start" },
  });
  const [activityForm, activityFields] = useSchemaForm(activitySchema, {
    id: "engagement-activity",
    lastResult: answer?.intent === "activity" ? answer.result : null,
    defaultValue: { intent: "activity" },
  });
  const answerText = (value: string | null) => (value ? t(`engagements.answers.${value}`) : "—");
  return (
    <div className="container page coordinate-page">
      <p className="page-banner__eyebrow">{t("coordinate.title")}</p>
      <h1>{t("engagements.coordinate.title")}</h1>
      <p className="lead">{t("engagements.coordinate.lead")}</p>

      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t("engagements.coordinate.attention")}</h2>
        <p>{t("engagements.coordinate.attentionLead")}</p>
        {attention.length === 0 ? (
          <p className="empty-state">{t("engagements.coordinate.attentionEmpty")}</p>
        ) : (
          <DataTable
            caption={t("engagements.coordinate.attention")}
            columns={[
              t("engagements.title"),
              t("engagements.coordinate.partner"),
              t("engagements.coordinate.latestPartner"),
              t("engagements.coordinate.latestHost"),
              t("engagements.coordinate.missed"),
            ]}
          >
            {attention.map((row) => (
              <tr key={row.number}>
                <th scope="row">
                  <Link to={`/engagements/${row.number}`}>{row.title}</Link>
                </th>
                <td>{row.partnerName}</td>
                <td>{answerText(row.partnerAnswer)}</td>
                <td>{answerText(row.hostAnswer)}</td>
                <td>{t("engagements.coordinate.missedValue", { partner: row.partnerMissed, host: row.hostMissed })}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t("engagements.coordinate.start")}</h2>
        <p>{t("engagements.coordinate.startLead")}</p>
        {matches.length === 0 ? (
          <p className="empty-state">{t("engagements.coordinate.noMatches")}</p>
        ) : (
          <Form method="post" {...getFormProps(startForm)}>
            <FormAlert id={startForm.errorId} errors={startForm.errors} />
            <input type="hidden" name="intent" value="start" />
            <SelectField meta={startFields.matchNumber} label={t("engagements.coordinate.match")}>
              <option value="">{t("engagements.coordinate.chooseMatch")}</option>
              {matches.map((match) => (
                <option key={match.number} value={match.number}>
                  {match.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              meta={startFields.kind}
              label={t("engagements.coordinate.kind")}
              options={templates.map((template) => ({ value: template.kind, label: template.name }))}
            />
            <SubmitButton>{t("engagements.coordinate.startButton")}</SubmitButton>
          </Form>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t("engagements.coordinate.all")}</h2>
        {engagements.length === 0 ? (
          <p className="empty-state">{t("engagements.coordinate.empty")}</p>
        ) : (
          <DataTable
            caption={t("engagements.coordinate.all")}
            columns={[
              t("engagements.title"),
              t("engagements.coordinate.partner"),
              t("engagements.coordinate.kind"),
              t("engagements.scope.period"),
              t("engagements.coordinate.status"),
            ]}
          >
            {engagements.map((engagement) => (
              <tr key={engagement.number}>
                <th scope="row">
                  <Link to={`/engagements/${engagement.number}`}>{engagement.title}</Link>
                </th>
                <td>{engagement.partnerName}</td>
                <td>{t(`engagements.kinds.${engagement.kind}`)}</td>
                <td>
                  {t("engagements.scope.periodValue", {
                    start: formatDate(language, engagement.startsOn),
                    end: formatDate(language, engagement.endsOn),
                  })}
                </td>
                <td>
                  <EngagementStatusBadge status={engagement.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="verify-heading">
        <h2 id="verify-heading">{t("engagements.coordinate.verify")}</h2>
        <p>{t("engagements.coordinate.verifyLead")}</p>
        <Form method="post" {...getFormProps(activityForm)}>
          <FormAlert id={activityForm.errorId} errors={activityForm.errors} />
          <input type="hidden" name="intent" value="activity" />
          <SelectField meta={activityFields.partnerId} label={t("engagements.coordinate.verifyPartner")}>
            <option value="">{t("engagements.coordinate.choosePartner")}</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.displayName}
              </option>
            ))}
          </SelectField>
          <SelectField
            meta={activityFields.kind}
            label={t("engagements.coordinate.verifyKind")}
            options={verifiableKinds.map((kind) => ({ value: kind, label: t(`engagements.records.kinds.${kind}`) }))}
          />
          <InputField meta={activityFields.title} label={t("engagements.coordinate.verifyTitle")} />
          <InputField meta={activityFields.occurredOn} label={t("engagements.coordinate.verifyDate")} type="date" />
          <InputField meta={activityFields.hours} label={t("engagements.coordinate.verifyHours")} inputMode="text" />
          <SelectField
            meta={activityFields.strategyCode}
            label={t("engagements.coordinate.verifyStrategy")}
            options={strategies.map((strategy) => ({ value: strategy.code, label: `${strategy.code}. ${strategy.name}` }))}
          />
          <InputField meta={activityFields.hostName} label={t("engagements.coordinate.verifyHost")} />
          <SubmitButton>{t("engagements.coordinate.verifySubmit")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
