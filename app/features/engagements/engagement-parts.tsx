// The engagement pages' parts: the status badge, the scope as read and as edited (optimistic locking, conflict notice),
// the confirmations, check-ins (table and answer form), reflections (form and what the viewer may read) and the
// coordinators' ending controls. Every form posts with an intent and works without JavaScript.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import { formatDate, formatDateTime } from "~/kernel/japan-time.ts";
import {
  ChoiceGroup,
  FormAlert,
  HiddenInput,
  InputField,
  SelectField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";
import {
  checkInAnswers,
  scopeAgreed,
  type CheckInAnswerName,
  type EngagementSideName,
  type EngagementStatusName,
} from "./engagement-rules.ts";
import { checkInSchema, confirmSchema, endEarlySchema, reflectionSchema, scopeSchema } from "./schemas.ts";

export type EngagementAnswer =
  { intent: string; formKey: string; result: SubmissionResult<string[]>; conflict: Conflict | null } | undefined;

const conflictTexts: ConflictTexts = { body: "engagements.scope.conflict", bodyUnknown: "engagements.scope.conflictUnknown" };

export function EngagementStatusBadge({ status }: { status: EngagementStatusName }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--engagement-${status.toLowerCase()}`}>{t(`engagements.statuses.${status}`)}</span>;
}

export type ScopeView = {
  title: string;
  deliverable: string;
  hoursPerMonth: number;
  startsOn: string;
  endsOn: string;
  meetingRhythm: string;
  checkInEveryDays: number;
  cityProvides: string;
  hostName: string;
  hostEmail: string;
  hostLanguage: "ja" | "en";
};

export function ScopeSummary({ scope, revision, language }: { scope: ScopeView; revision: number; language: Language }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="scope-heading" className="engagement-scope">
      <h2 id="scope-heading">
        {t("engagements.scope.heading")} <span className="muted">{t("engagements.scope.revision", { revision })}</span>
      </h2>
      <dl className="detail-list">
        <dt>{t("engagements.scope.deliverable")}</dt>
        <dd className="preserve-lines">{scope.deliverable}</dd>
        <dt>{t("engagements.scope.hoursPerMonth")}</dt>
        <dd>{t("engagements.scope.hoursValue", { hours: scope.hoursPerMonth })}</dd>
        <dt>{t("engagements.scope.period")}</dt>
        <dd>
          {t("engagements.scope.periodValue", { start: formatDate(language, scope.startsOn), end: formatDate(language, scope.endsOn) })}
        </dd>
        <dt>{t("engagements.scope.meetingRhythm")}</dt>
        <dd>{scope.meetingRhythm}</dd>
        <dt>{t("engagements.scope.checkInEveryDays")}</dt>
        <dd>{t("engagements.scope.everyDaysValue", { days: scope.checkInEveryDays })}</dd>
        <dt>{t("engagements.scope.cityProvides")}</dt>
        <dd className="preserve-lines">{scope.cityProvides}</dd>
        <dt>{t("engagements.scope.host")}</dt>
        <dd>{scope.hostName}</dd>
      </dl>
    </section>
  );
}

export function ScopeForm({
  scope,
  version,
  answer,
  language,
}: {
  scope: ScopeView;
  version: number;
  answer: EngagementAnswer;
  language: Language;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "scope" ? answer : undefined;
  const [form, fields] = useSchemaForm(scopeSchema, {
    id: "engagement-scope",
    lastResult: mine?.result ?? null,
    defaultValue: {
      ...scope,
      hoursPerMonth: String(scope.hoursPerMonth),
      checkInEveryDays: String(scope.checkInEveryDays),
      version: String(version),
      intent: "scope",
    },
  });
  return (
    <section aria-labelledby="scope-edit-heading">
      <h2 id="scope-edit-heading">{t("engagements.scope.edit")}</h2>
      <p>{t("engagements.scope.editLead")}</p>
      <Form method="post" {...getFormProps(form)} className="challenge-editor">
        {mine?.conflict ? <ConflictNotice conflict={mine.conflict} texts={conflictTexts} language={language} /> : null}
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="scope" />
        <HiddenInput meta={fields.version} />
        <InputField meta={fields.title} label={t("engagements.scope.title")} />
        <TextAreaField meta={fields.deliverable} label={t("engagements.scope.deliverable")} rows={4} />
        <InputField meta={fields.hoursPerMonth} label={t("engagements.scope.hoursPerMonth")} inputMode="numeric" />
        <InputField meta={fields.startsOn} label={t("engagements.scope.startsOn")} type="date" />
        <InputField meta={fields.endsOn} label={t("engagements.scope.endsOn")} type="date" />
        <InputField meta={fields.meetingRhythm} label={t("engagements.scope.meetingRhythm")} />
        <InputField meta={fields.checkInEveryDays} label={t("engagements.scope.checkInEveryDays")} inputMode="numeric" />
        <TextAreaField meta={fields.cityProvides} label={t("engagements.scope.cityProvides")} rows={3} />
        <InputField meta={fields.hostName} label={t("engagements.scope.hostName")} />
        <InputField meta={fields.hostEmail} label={t("engagements.scope.hostEmail")} type="email" autoComplete="off" />
        <SelectField
          meta={fields.hostLanguage}
          label={t("engagements.scope.hostLanguage")}
          options={[
            { value: "ja", label: t("language.ja") },
            { value: "en", label: t("language.en") },
          ]}
        />
        <SubmitButton>{t("engagements.scope.save")}</SubmitButton>
      </Form>
    </section>
  );
}

type Confirmation = { revision: number | null; at: string | null; by: string | null };

/** Where each side stands on the current revision, and the confirm buttons this viewer may press. */
export function ConfirmationPanel({
  revision,
  confirmations,
  canConfirmFor,
  answer,
  language,
}: {
  revision: number;
  confirmations: Record<EngagementSideName, Confirmation>;
  canConfirmFor: EngagementSideName[];
  answer: EngagementAnswer;
  language: Language;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "confirm" ? answer : undefined;
  const [form] = useSchemaForm(confirmSchema, { id: "engagement-confirm", lastResult: mine?.result ?? null });
  const agreed = scopeAgreed({
    scopeRevision: revision,
    partnerConfirmedRevision: confirmations.PARTNER.revision,
    hostConfirmedRevision: confirmations.HOST.revision,
  });
  return (
    <section aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">{t("engagements.scope.confirmations")}</h2>
      <FormAlert id={form.errorId} errors={form.errors} />
      <ul className="plain-list">
        {(["PARTNER", "HOST"] as const).map((side) => {
          const confirmation = confirmations[side];
          return (
            <li key={side}>
              <strong>{t(`engagements.sides.${side}`)}</strong>：
              {confirmation.revision === revision && confirmation.at
                ? t("engagements.scope.confirmedBy", { name: confirmation.by, time: formatDateTime(language, confirmation.at), revision })
                : confirmation.revision
                  ? t("engagements.scope.staleConfirmation", { revision: confirmation.revision })
                  : t("engagements.scope.notConfirmed")}
            </li>
          );
        })}
      </ul>
      {agreed ? <p className="notice notice--success">{t("engagements.scope.agreed")}</p> : null}
      {canConfirmFor
        .filter((side) => confirmations[side].revision !== revision)
        .map((side) => (
          <Form method="post" key={side}>
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="side" value={side} />
            <input type="hidden" name="revision" value={revision} />
            <SubmitButton tone={side === "HOST" ? "secondary" : "primary"}>
              {side === "HOST" ? t("engagements.scope.confirmAsHost") : t("engagements.scope.confirm")}
            </SubmitButton>
          </Form>
        ))}
    </section>
  );
}

/** One side's answer to its open check-in: three choices and a note. */
export function CheckInForm({
  checkIn,
  side,
  heading,
  answer,
  language,
}: {
  /** The link page leaves the id out: its token names the check-in. */
  checkIn: { id: string | null; dueOn: string };
  side?: EngagementSideName;
  heading?: string;
  answer: EngagementAnswer;
  language: Language;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "check-in" ? answer : undefined;
  const [form, fields] = useSchemaForm(checkInSchema, {
    id: `check-in-${side ?? "link"}`,
    lastResult: mine?.result ?? null,
    defaultValue: { intent: "check-in", ...(checkIn.id ? { checkInId: checkIn.id } : {}) },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="check-in-form">
      <h3>{heading ?? t("engagements.checkIns.answerHeading", { date: formatDate(language, checkIn.dueOn) })}</h3>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="check-in" />
      {checkIn.id ? <input type="hidden" name="checkInId" value={checkIn.id} /> : null}
      {side ? <input type="hidden" name="side" value={side} /> : null}
      <ChoiceGroup
        meta={fields.answer}
        legend={t("engagements.checkIns.answer")}
        type="radio"
        required
        groups={[{ options: checkInAnswers.map((value) => ({ value, label: t(`engagements.answers.${value}`) })) }]}
      />
      <TextAreaField meta={fields.note} label={t("engagements.checkIns.noteOptional")} rows={2} markRequired={false} />
      <SubmitButton>{t("engagements.checkIns.submit")}</SubmitButton>
    </Form>
  );
}

export type CheckInRow = {
  id: string;
  side: EngagementSideName;
  dueOn: string;
  answer: CheckInAnswerName | null;
  note: string;
  answeredByName: string | null;
  missed: boolean;
};

export function CheckInTable({ checkIns, language }: { checkIns: CheckInRow[]; language: Language }) {
  const { t } = useTranslation();
  if (checkIns.length === 0) return <p className="empty-state">{t("engagements.checkIns.none")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("engagements.checkIns.heading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("engagements.checkIns.dueOn")}</th>
            <th scope="col">{t("engagements.checkIns.side")}</th>
            <th scope="col">{t("engagements.checkIns.answer")}</th>
            <th scope="col">{t("engagements.checkIns.note")}</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((checkIn) => (
            <tr key={checkIn.id}>
              <td>{formatDate(language, checkIn.dueOn)}</td>
              <td>{t(`engagements.sides.${checkIn.side}`)}</td>
              <td>
                {checkIn.answer ? (
                  <span className={`check-in-answer check-in-answer--${checkIn.answer.toLowerCase()}`}>
                    {t(`engagements.answers.${checkIn.answer}`)}
                  </span>
                ) : checkIn.missed ? (
                  t("engagements.checkIns.missed")
                ) : (
                  t("engagements.checkIns.unanswered")
                )}
              </td>
              <td>{checkIn.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReflectionForm({ side, heading, answer }: { side?: EngagementSideName; heading?: string; answer: EngagementAnswer }) {
  const { t } = useTranslation();
  const mine = answer?.intent === "reflection" ? answer : undefined;
  const [form, fields] = useSchemaForm(reflectionSchema, {
    id: `reflection-${side ?? "link"}`,
    lastResult: mine?.result ?? null,
    defaultValue: { intent: "reflection" },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="reflection-form">
      {heading ? <h3>{heading}</h3> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="reflection" />
      {side ? <input type="hidden" name="side" value={side} /> : null}
      <TextAreaField meta={fields.delivered} label={t("engagements.reflections.delivered")} rows={4} />
      <InputField meta={fields.hoursSpent} label={t("engagements.reflections.hoursSpent")} inputMode="text" />
      <ChoiceGroup
        meta={fields.wouldWorkAgain}
        legend={t("engagements.reflections.wouldWorkAgain")}
        type="radio"
        required
        groups={[
          {
            options: [
              { value: "yes", label: t("engagements.reflections.yes") },
              { value: "no", label: t("engagements.reflections.no") },
            ],
          },
        ]}
      />
      <ChoiceGroup
        meta={fields.rating}
        legend={t("engagements.reflections.rating")}
        type="radio"
        required
        groups={[{ options: ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value })) }]}
      />
      <SubmitButton>{t("engagements.reflections.submit")}</SubmitButton>
    </Form>
  );
}

export type ReflectionShown = {
  side: EngagementSideName;
  delivered: string;
  hoursSpent: number;
  wouldWorkAgain: boolean;
  authorName: string;
  submittedAt: string;
  rating: number | null;
};

export function ReflectionsList({ shown, revealed, language }: { shown: ReflectionShown[]; revealed: boolean; language: Language }) {
  const { t } = useTranslation();
  return (
    <div>
      {shown.map((reflection) => (
        <article key={reflection.side} className="card reflection">
          <h3>{t("engagements.reflections.by", { side: t(`engagements.sides.${reflection.side}`), name: reflection.authorName })}</h3>
          <p className="muted">{formatDateTime(language, reflection.submittedAt)}</p>
          <dl className="detail-list">
            <dt>{t("engagements.reflections.delivered")}</dt>
            <dd className="preserve-lines">{reflection.delivered}</dd>
            <dt>{t("engagements.reflections.hoursSpent")}</dt>
            <dd>{t("engagements.reflections.hoursValue", { hours: reflection.hoursSpent })}</dd>
            <dt>{t("engagements.reflections.wouldWorkAgain")}</dt>
            <dd>{reflection.wouldWorkAgain ? t("engagements.reflections.yes") : t("engagements.reflections.no")}</dd>
            {reflection.rating !== null ? (
              <>
                <dt>{t("engagements.reflections.rating")}</dt>
                <dd>{t("engagements.reflections.ratingValue", { rating: reflection.rating })}</dd>
              </>
            ) : null}
          </dl>
        </article>
      ))}
      {!revealed ? <p className="muted">{t("engagements.reflections.waiting")}</p> : null}
    </div>
  );
}

/** The coordinators' ending controls: mark done (reflections), end early with a reason, complete after 14 days. */
export function CompletionPanel({
  status,
  version,
  canClose,
  answer,
}: {
  status: EngagementStatusName;
  version: number;
  canClose: boolean;
  answer: EngagementAnswer;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "end-early" ? answer : undefined;
  const [form, fields] = useSchemaForm(endEarlySchema, {
    id: "engagement-end-early",
    lastResult: mine?.result ?? null,
    defaultValue: { intent: "end-early", version: String(version) },
  });
  const other = answer && ["mark-done", "close"].includes(answer.intent) ? answer : undefined;
  const [otherForm] = useSchemaForm(confirmSchema, { id: "engagement-ending", lastResult: other?.result ?? null });
  return (
    <section aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t("engagements.completion.heading")}</h2>
      <FormAlert id={otherForm.errorId} errors={otherForm.errors} />
      {status === "ACTIVE" ? (
        <Form method="post">
          <p>{t("engagements.completion.markDoneLead")}</p>
          <input type="hidden" name="intent" value="mark-done" />
          <input type="hidden" name="version" value={version} />
          <SubmitButton tone="secondary">{t("engagements.completion.markDone")}</SubmitButton>
        </Form>
      ) : null}
      {status === "REFLECTING" && canClose ? (
        <Form method="post">
          <p>{t("engagements.completion.closeLead")}</p>
          <input type="hidden" name="intent" value="close" />
          <input type="hidden" name="version" value={version} />
          <SubmitButton tone="secondary">{t("engagements.completion.close")}</SubmitButton>
        </Form>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="end-early" />
        <HiddenInput meta={fields.version} />
        <TextAreaField meta={fields.reason} label={t("engagements.completion.reason")} rows={2} />
        <SubmitButton tone="danger">{t("engagements.completion.endEarly")}</SubmitButton>
      </Form>
    </section>
  );
}
