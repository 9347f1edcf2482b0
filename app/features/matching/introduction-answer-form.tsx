// The introduced partner's answer (decision 0019), the same on /matches/<n> and on the e-mail's /introductions/<token>:
// what was answered, or — while owed — accept, or decline with a reason code. Plain forms: they work without JavaScript.
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, InputField, SelectField, SubmitButton, TextAreaField, useSchemaForm } from "~/kernel/forms/forms.tsx";
import { formatDate } from "~/kernel/japan-time.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { MatchStageBadge } from "./match-pipeline.tsx";
import type { MatchStageName } from "./match-stages.ts";
import {
  introductionAnswerSchema,
  introductionDeclineReasons,
  type IntroductionAnswerName,
  type IntroductionDeclineReasonName,
} from "./introduction-answer-schemas.ts";

export type IntroductionAnswerView = {
  dueOn: string | null;
  given: IntroductionAnswerName | null;
  at: string | null;
  reason: IntroductionDeclineReasonName | null;
  busyUntil: string | null;
  note: string | null;
};

/** The top of a match as its partner reads it (/matches/<n> and the answer link's page): number, challenge, stage. */
export function PartnerMatchHeading({
  match,
}: {
  match: { number: number; stage: MatchStageName; partnerName: string; challenge: { title: string } };
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="page-banner__eyebrow">{t("matching.pipeline.page.number", { number: match.number })}</p>
      <h1>{match.challenge.title}</h1>
      <p>
        <MatchStageBadge stage={match.stage} />
      </p>
      <p>{t(`matching.partnerSide.page.what.${match.stage}`, { partner: match.partnerName })}</p>
    </>
  );
}

export function IntroductionAnswerSection({
  answer,
  open,
  language,
  token,
  lastResult,
}: {
  answer: IntroductionAnswerView;
  /** Whether the match still takes an answer (INTRODUCED). */
  open: boolean;
  language: Language;
  /** The signed link's token when the page was opened from the e-mail. */
  token?: string;
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(introductionAnswerSchema, { id: "introduction-answer", lastResult });
  if (answer.given) {
    return (
      <section aria-labelledby="answer-heading" className="panel">
        <h2 id="answer-heading">{t("matching.answer.heading")}</h2>
        <p role="status">
          {answer.given === "ACCEPTED"
            ? t("matching.answer.accepted")
            : t("matching.answer.declined", {
                reason:
                  answer.reason === "TOO_BUSY" && answer.busyUntil
                    ? t("matching.answer.reasons.TOO_BUSY_UNTIL", { date: formatDate(language, answer.busyUntil) })
                    : t(`matching.answer.reasons.${answer.reason ?? "OTHER"}`),
              })}
        </p>
        {answer.note ? <p>{t("matching.answer.noteShown", { note: answer.note })}</p> : null}
      </section>
    );
  }
  if (!open) return null;
  return (
    <section aria-labelledby="answer-heading" className="panel">
      <h2 id="answer-heading">{t("matching.answer.heading")}</h2>
      <p>{answer.dueOn ? t("matching.answer.leadDue", { date: formatDate(language, answer.dueOn) }) : t("matching.answer.lead")}</p>
      <FormAlert errors={form.errors} />
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="answer" />
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <SubmitButton name="answer" value="ACCEPTED">
          {t("matching.answer.accept")}
        </SubmitButton>
      </Form>
      <Form method="post" id={form.id} onSubmit={form.onSubmit} noValidate className="stack">
        <h3>{t("matching.answer.declineHeading")}</h3>
        <input type="hidden" name="intent" value="answer" />
        <input type="hidden" name="answer" value="DECLINED" />
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <SelectField
          meta={fields.reason}
          label={t("matching.answer.reasonLabel")}
          options={[
            { value: "", label: t("matching.answer.choose") },
            ...introductionDeclineReasons.map((reason) => ({ value: reason, label: t(`matching.answer.reasons.${reason}`) })),
          ]}
        />
        <InputField
          meta={fields.busyUntil}
          type="date"
          label={t("matching.answer.busyUntilLabel")}
          hint={t("matching.answer.busyUntilHint")}
        />
        <TextAreaField meta={fields.note} label={t("matching.answer.noteLabel")} rows={3} />
        <SubmitButton tone="secondary">{t("matching.answer.decline")}</SubmitButton>
      </Form>
    </section>
  );
}
