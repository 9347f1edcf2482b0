// The partner's proposal editor, for a new proposal and for editing one (while DRAFT or NEEDS_INFO): who
// proposes, what it is about (a challenge, or a strategy and field), the text, and two buttons — keep it as it
// is, or save it and send it to the coordinators. Works without JavaScript; a conflict keeps what was typed.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { Language } from "~/kernel/i18n/config.ts";
import type { PartnerOption } from "~/features/partners/index.server.ts";
import type { ProposalTarget } from "~/features/proposals/proposal.server.ts";
import { PROPOSAL_LIMITS, proposalFormSchema } from "~/features/proposals/proposal-schemas.ts";
import { fieldMark } from "~/kernel/localize.ts";
import type { ProposalStrategyOption } from "~/features/proposals/proposal-pages.server.ts";
import type { ProposalStatusName } from "~/features/proposals/proposal-lifecycle.ts";
import {
  CheckboxField,
  ErrorList,
  FormAlert,
  HiddenInput,
  Hint,
  InputField,
  MarkdownHelp,
  SelectControl,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";
import { ProposalTargetText } from "./proposal-parts.tsx";

export const PROPOSAL_FORM_ID = "proposal-form";

// What the form holds before validation: text in every field (numbers are coerced by the schema).
type ProposalFormShape = { [K in keyof z.input<typeof proposalFormSchema>]?: string };

/** Said when a save met someone else's newer change: who, when, and where to read the latest. */
const conflictTexts: ConflictTexts = {
  body: "proposals.form.conflict",
  bodyUnknown: "proposals.form.conflictUnknown",
  latest: "proposals.form.cancel",
};

export function ProposalForm({
  proposal,
  challenge,
  target,
  strategies,
  partners,
  defaultValue,
  lastResult,
  conflict,
  language,
  submissionKey,
}: {
  /** null for a new proposal. */
  proposal: { number: number; status: ProposalStatusName; partnerName: string } | null;
  /** The challenge a new proposal answers; null for a free one. */
  challenge: { number: number; title: string } | null;
  /** What an existing proposal is about. */
  target: ProposalTarget | null;
  strategies: ProposalStrategyOption[];
  /** Whom a new proposal may be "as". */
  partners: PartnerOption[];
  defaultValue: Record<string, string>;
  lastResult: SubmissionResult<string[]> | null;
  conflict: Conflict | null;
  language: Language;
  /** New proposals: the key that makes the form sent twice make one draft. */
  submissionKey?: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm<typeof proposalFormSchema, ProposalFormShape>(proposalFormSchema, {
    id: PROPOSAL_FORM_ID,
    lastResult,
    defaultValue,
  });
  const isFree = proposal ? target?.kind === "free" : challenge === null;
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  // Only the chosen strategy's fields: the one the form holds (opened with, or sent with and refused), which
  // with JavaScript follows the strategy select as it changes.
  const chosenStrategy = strategies.find((strategy) => strategy.code === fields.strategyCode.value);
  const offeredStrategies = chosenStrategy ? [chosenStrategy] : strategies;
  const chosenField = fields.fieldNumber.value;
  const fieldLeftBehind = Boolean(
    chosenStrategy && chosenField && !chosenStrategy.fields.some((field) => String(field.number) === chosenField),
  );
  useEffect(() => {
    // A field of the strategy left behind is no longer offered: none is chosen until the person picks one.
    if (hydrated && fieldLeftBehind) form.update({ name: fields.fieldNumber.name, value: "" });
  }, [hydrated, fieldLeftBehind, form, fields.fieldNumber.name]);
  const needsInfo = proposal?.status === "NEEDS_INFO";
  return (
    <Form method="post" {...getFormProps(form)} className="form-stack proposal-form">
      {conflict && proposal ? (
        <ConflictNotice conflict={conflict} texts={conflictTexts} latestHref={`/proposals/${proposal.number}`} language={language} />
      ) : null}
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      <HiddenInput meta={fields.version} />
      {challenge ? <HiddenInput meta={fields.challengeNumber} /> : null}

      {proposal ? (
        <dl className="fact-list">
          <div>
            <dt>{t("proposals.form.partner")}</dt>
            <dd>{proposal.partnerName}</dd>
          </div>
          {target ? (
            <div>
              <dt>{t("proposals.detail.target")}</dt>
              <dd>
                <ProposalTargetText target={target} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : partners.length > 1 ? (
        <div className="field">
          <label htmlFor={fields.partnerId.id}>{t("proposals.form.partner")}</label>
          <Hint id={`${fields.partnerId.id}-hint`}>{t("proposals.form.partnerHint")}</Hint>
          <SelectControl meta={fields.partnerId} hintId={`${fields.partnerId.id}-hint`}>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.displayName}
              </option>
            ))}
          </SelectControl>
          <ErrorList id={fields.partnerId.errorId} errors={fields.partnerId.errors} />
        </div>
      ) : (
        <>
          <HiddenInput meta={fields.partnerId} />
          <ErrorList id={fields.partnerId.errorId} errors={fields.partnerId.errors} />
        </>
      )}

      {!proposal && challenge ? (
        <p className="proposal-form__challenge">
          <strong>{t("proposals.form.challenge")}</strong>: {challenge.title}
        </p>
      ) : null}
      {!proposal && challenge ? <ErrorList id={fields.challengeNumber.errorId} errors={fields.challengeNumber.errors} /> : null}

      {isFree ? (
        <div className="proposal-form__target">
          <div className="field">
            <label htmlFor={fields.strategyCode.id}>{t("proposals.form.strategy")}</label>
            <SelectControl meta={fields.strategyCode}>
              {strategies.map((strategy) => (
                <option key={strategy.code} value={strategy.code}>
                  {strategy.code} {strategy.name}
                </option>
              ))}
            </SelectControl>
            <ErrorList id={fields.strategyCode.errorId} errors={fields.strategyCode.errors} />
          </div>
          <div className="field">
            <label htmlFor={fields.fieldNumber.id}>{t("proposals.form.field")}</label>
            <Hint id={`${fields.fieldNumber.id}-hint`}>
              {t("proposals.form.fieldHint")}
              {hydrated ? null : ` ${t("proposals.form.fieldHintWithoutScript")}`}
            </Hint>
            <SelectControl meta={fields.fieldNumber} hintId={`${fields.fieldNumber.id}-hint`}>
              <option value="">{t("proposals.form.fieldNone")}</option>
              {offeredStrategies.map((strategy) => (
                <optgroup key={strategy.code} label={`${strategy.code} ${strategy.name}`}>
                  {strategy.fields.map((field) => (
                    <option key={field.number} value={field.number}>
                      {fieldMark(field.number)} {field.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectControl>
            <ErrorList id={fields.fieldNumber.errorId} errors={fields.fieldNumber.errors} />
          </div>
        </div>
      ) : null}

      <InputField
        meta={fields.title}
        label={t("proposals.form.title")}
        hint={t("proposals.form.titleHint", { max: PROPOSAL_LIMITS.title })}
      />
      <TextAreaField meta={fields.offer} label={t("proposals.form.offer")} hint={t("proposals.form.offerHint")} rows={10} />
      <MarkdownHelp />
      <TextAreaField meta={fields.needs} label={t("proposals.form.needs")} hint={t("proposals.form.needsHint")} rows={6} />
      <TextAreaField meta={fields.timeline} label={t("proposals.form.timeline")} hint={t("proposals.form.timelineHint")} rows={4} />
      <TextAreaField meta={fields.team} label={t("proposals.form.team")} hint={t("proposals.form.teamHint")} rows={4} />
      <CheckboxField meta={fields.showPartnerPublicly} label={t("proposals.form.showPartnerPublicly")} />
      <ErrorList id={fields.intent.errorId} errors={fields.intent.errors} />

      {/* The first button is what Enter in a text field does: keeping the text, never sending it. */}
      <div className="editor-actions">
        <SubmitButton name="intent" value="save" tone="secondary">
          {needsInfo ? t("proposals.form.saveChanges") : t("proposals.form.saveDraft")}
        </SubmitButton>
        <SubmitButton name="intent" value="submit">
          {needsInfo ? t("proposals.form.resubmit") : t("proposals.form.submit")}
        </SubmitButton>
      </div>
    </Form>
  );
}

function subscribeToNothing() {
  return () => {};
}
