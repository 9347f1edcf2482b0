// The coordinators' initiative editor: details (with cover picture) under optimistic locking, status moves with a
// reason, participants, counterparts, milestones and events, outcomes. Each item has its own small form; all
// post to the editor route's action with an intent, and work without JavaScript.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  counterpartSchema,
  initiativeDetailsSchema,
  initiativeStatusSchema,
  milestoneKinds,
  milestoneSchema,
  outcomeSchema,
  type InitiativeStatusName,
} from "~/features/initiatives/schemas.ts";
import { fieldChoiceGroups } from "~/features/taxonomy/index.ts";
import {
  type AreaGroupOption,
  AreaSelectField,
  ChoiceGroup,
  controlAria,
  ErrorList,
  FormAlert,
  HiddenInput,
  InputField,
  MarkdownHelp,
  type PeriodOption,
  PeriodSelectField,
  SelectControl,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";

export type EditorAnswer = { intent: string; formKey: string; result: SubmissionResult<string[]>; conflict: Conflict | null } | undefined;

type Options = {
  strategies: { code: string; name: string; fields: { number: number; name: string }[] }[];
  areaGroups: AreaGroupOption[];
  periods: PeriodOption[];
};

/** Said when a save or a move met someone else's newer change: who and when. */
const conflictTexts: ConflictTexts = { body: "initiatives.editor.conflict", bodyUnknown: "initiatives.editor.conflictUnknown" };

export function InitiativeDetailsForm({
  options,
  defaultValue,
  answer,
  cover,
  language,
}: {
  options: Options;
  defaultValue: Record<string, string | string[]>;
  answer: EditorAnswer;
  cover: { id: string; alt: string | null } | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "details" ? answer : undefined;
  const [form, fields] = useSchemaForm(initiativeDetailsSchema, {
    id: "initiative-details",
    lastResult: mine?.result ?? null,
    defaultValue: { ...defaultValue, intent: "details" } as never,
  });
  const coverErrors = form.allErrors.cover;
  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="challenge-editor">
      {mine?.conflict ? <ConflictNotice conflict={mine.conflict} texts={conflictTexts} language={language} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="details" />
      <HiddenInput meta={fields.version} />
      <fieldset className="editor-section">
        <legend>{t("initiatives.editor.detailsHeading")}</legend>
        <InputField meta={fields.titleJa} label={t("initiatives.editor.titleJa")} />
        <InputField meta={fields.titleEn} label={t("initiatives.editor.titleEn")} lang="en" />
        <TextAreaField meta={fields.summaryJa} label={t("initiatives.editor.summaryJa")} rows={3} />
        <TextAreaField meta={fields.summaryEn} label={t("initiatives.editor.summaryEn")} rows={3} lang="en" />
        <MarkdownHelp />
        <TextAreaField meta={fields.storyJa} label={t("initiatives.editor.storyJa")} rows={10} />
        <TextAreaField meta={fields.storyEn} label={t("initiatives.editor.storyEn")} rows={10} lang="en" />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("initiatives.editor.strategy")}</legend>
        <ChoiceGroup
          meta={fields.strategyCode}
          legend={t("initiatives.editor.strategy")}
          type="radio"
          required
          groups={[
            { options: options.strategies.map((strategy) => ({ value: strategy.code, label: `${strategy.code}. ${strategy.name}` })) },
          ]}
        />
        <ChoiceGroup
          meta={fields.fieldNumbers}
          legend={t("initiatives.editor.fields")}
          type="checkbox"
          required
          groups={fieldChoiceGroups(options.strategies, (strategy) => `${strategy.code}. ${strategy.name}`)}
        />
        <AreaSelectField meta={fields.areaSlug} label={t("initiatives.editor.area")} areaGroups={options.areaGroups} />
        <PeriodSelectField meta={fields.periodNumber} label={t("initiatives.editor.period")} periods={options.periods} />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("initiatives.editor.cover")}</legend>
        {cover ? (
          <figure>
            <img src={`/images/${cover.id}`} alt={cover.alt ?? ""} width={320} height={180} />
            <figcaption className="muted">{t("initiatives.editor.coverCurrent")}</figcaption>
          </figure>
        ) : null}
        <div className="field">
          <label htmlFor="initiative-cover">{t("initiatives.editor.cover")}</label>
          <p id="initiative-cover-hint" className="field-hint">
            {t("initiatives.editor.coverHint")}
          </p>
          <input
            id="initiative-cover"
            type="file"
            name="cover"
            accept="image/jpeg,image/png,image/webp"
            {...controlAria({ hintId: "initiative-cover-hint", errorId: "initiative-cover-error", invalid: Boolean(coverErrors?.length) })}
          />
          <ErrorList id="initiative-cover-error" errors={coverErrors} />
        </div>
        <InputField meta={fields.coverAltJa} label={t("initiatives.editor.coverAltJa")} />
        <InputField meta={fields.coverAltEn} label={t("initiatives.editor.coverAltEn")} lang="en" />
        {cover ? (
          <div className="field field--checkbox">
            <input type="checkbox" id="initiative-remove-cover" name="removeCover" value="on" />
            <label htmlFor="initiative-remove-cover">{t("initiatives.editor.removeCover")}</label>
          </div>
        ) : null}
      </fieldset>
      <SubmitButton>{t("initiatives.editor.save")}</SubmitButton>
    </Form>
  );
}

export function InitiativeStatusPanel({
  status,
  version,
  transitions,
  answer,
  language,
}: {
  status: InitiativeStatusName;
  version: number;
  transitions: readonly InitiativeStatusName[];
  answer: EditorAnswer;
  language: Language;
}) {
  const { t } = useTranslation();
  const mine = answer?.intent === "status" ? answer : undefined;
  const [form, fields] = useSchemaForm(initiativeStatusSchema, {
    id: "initiative-status",
    lastResult: mine?.result ?? null,
    defaultValue: { intent: "status", version: String(version) },
  });
  return (
    <section aria-labelledby="status-heading" className="panel">
      <h2 id="status-heading">{t("initiatives.editor.statusHeading")}</h2>
      <p>{t("initiatives.editor.statusCurrent", { status: t(`initiatives.status.${status}`) })}</p>
      {transitions.length === 0 ? (
        <p className="muted">{t("initiatives.editor.statusFinal")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          {mine?.conflict ? <ConflictNotice conflict={mine.conflict} texts={conflictTexts} language={language} /> : null}
          <FormAlert id={form.errorId} errors={form.errors} />
          <input type="hidden" name="intent" value="status" />
          <HiddenInput meta={fields.version} />
          <TextAreaField meta={fields.reason} label={t("initiatives.editor.statusReason")} rows={2} />
          <ErrorList id={fields.status.errorId} errors={fields.status.errors} />
          <div className="button-row">
            {transitions.map((to) => (
              <SubmitButton key={to} name="status" value={to} tone="secondary">
                {t("initiatives.editor.moveTo", { status: t(`initiatives.status.${to}`) })}
              </SubmitButton>
            ))}
          </div>
        </Form>
      )}
    </section>
  );
}

function DeleteButton({ intent, id, label }: { intent: string; id: string; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="id" value={id} />
      <SubmitButton name="intent" value={intent} tone="danger">
        {label}
      </SubmitButton>
    </Form>
  );
}

export function ParticipantsTable({ participants }: { participants: { partnerId: string; displayName: string; showPublicly: boolean }[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="participants-heading" className="panel">
      <h2 id="participants-heading">{t("initiatives.editor.participantsHeading")}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t("initiatives.editor.participantsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("initiatives.editor.participantName")}</th>
              <th scope="col">{t("initiatives.editor.participantVisibility")}</th>
              <th scope="col">{t("initiatives.editor.participantActions")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.partnerId}>
                <th scope="row">{participant.displayName}</th>
                <td>{participant.showPublicly ? t("initiatives.editor.participantShown") : t("initiatives.editor.participantHidden")}</td>
                <td>
                  <DeleteButton
                    intent="participant-remove"
                    id={participant.partnerId}
                    label={t("initiatives.editor.removeParticipant", { name: participant.displayName })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type CounterpartRow = { id: string; nameJa: string; nameEn: string; roleJa: string; roleEn: string; position: string };

/** Editing an existing counterpart (row), or adding one (null, with the page's submission key for adding). */
function CounterpartForm({ row, answer, submissionKey }: { row: CounterpartRow | null; answer: EditorAnswer; submissionKey?: string }) {
  const { t } = useTranslation();
  const key = row?.id ?? "new";
  const mine = answer?.intent === "counterpart-save" && answer.formKey === key ? answer : undefined;
  const [form, fields] = useSchemaForm(counterpartSchema, {
    id: `counterpart-${key}`,
    lastResult: mine?.result ?? null,
    defaultValue: {
      intent: "counterpart-save",
      counterpartId: row?.id ?? "",
      nameJa: row?.nameJa ?? "",
      nameEn: row?.nameEn ?? "",
      roleJa: row?.roleJa ?? "",
      roleEn: row?.roleEn ?? "",
      position: row?.position ?? "0",
    },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="item-form">
      <input type="hidden" name="intent" value="counterpart-save" />
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <HiddenInput meta={fields.counterpartId} />
      <InputField meta={fields.nameJa} label={t("initiatives.editor.counterpartNameJa")} />
      <InputField meta={fields.nameEn} label={t("initiatives.editor.counterpartNameEn")} lang="en" />
      <InputField meta={fields.roleJa} label={t("initiatives.editor.counterpartRoleJa")} />
      <InputField meta={fields.roleEn} label={t("initiatives.editor.counterpartRoleEn")} lang="en" />
      <InputField meta={fields.position} label={t("initiatives.editor.counterpartPosition")} type="number" inputMode="numeric" />
      <SubmitButton tone="secondary">{row ? t("initiatives.editor.saveCounterpart") : t("initiatives.editor.addCounterpart")}</SubmitButton>
    </Form>
  );
}

export function CounterpartsPanel({
  counterparts,
  answer,
  submissionKey,
}: {
  counterparts: CounterpartRow[];
  answer: EditorAnswer;
  /** For the "add" form: the same addition sent twice adds one counterpart. */
  submissionKey: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="counterparts-heading" className="panel">
      <h2 id="counterparts-heading">{t("initiatives.editor.counterpartsHeading")}</h2>
      <p className="muted">{t("initiatives.editor.counterpartsLead")}</p>
      {counterparts.map((row) => (
        <details key={row.id} open={(answer?.intent === "counterpart-save" && answer.formKey === row.id) || undefined}>
          <summary>{t("initiatives.editor.editCounterpart", { name: row.nameJa })}</summary>
          <CounterpartForm row={row} answer={answer} />
          <DeleteButton intent="counterpart-delete" id={row.id} label={t("initiatives.editor.deleteCounterpart", { name: row.nameJa })} />
        </details>
      ))}
      <details open={(answer?.intent === "counterpart-save" && answer.formKey === "new") || undefined}>
        <summary>{t("initiatives.editor.addCounterpart")}</summary>
        <CounterpartForm row={null} answer={answer} submissionKey={submissionKey} />
      </details>
    </section>
  );
}

type MilestoneRow = {
  id: string;
  kind: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  date: string;
  startTime: string;
  endTime: string;
  locationJa: string;
  locationEn: string;
  achieved: boolean;
};

/** Editing an existing milestone (row), or adding one (null, with the page's submission key for adding). */
function MilestoneForm({ row, answer, submissionKey }: { row: MilestoneRow | null; answer: EditorAnswer; submissionKey?: string }) {
  const { t } = useTranslation();
  const key = row?.id ?? "new";
  const mine = answer?.intent === "milestone-save" && answer.formKey === key ? answer : undefined;
  const { achieved: _achieved, id, ...values } = row ?? { id: "", achieved: false, kind: "MILESTONE" };
  const [form, fields] = useSchemaForm(milestoneSchema, {
    id: `milestone-${key}`,
    lastResult: mine?.result ?? null,
    defaultValue: { ...values, intent: "milestone-save", milestoneId: id } as Record<string, string>,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="item-form">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="milestone-save" />
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <HiddenInput meta={fields.milestoneId} />
      <div className="field">
        <label htmlFor={fields.kind.id}>{t("initiatives.editor.milestoneKind")}</label>
        <SelectControl meta={fields.kind}>
          {milestoneKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`initiatives.page.milestoneKind.${kind}`)}
            </option>
          ))}
        </SelectControl>
      </div>
      <InputField meta={fields.titleJa} label={t("initiatives.editor.milestoneTitleJa")} />
      <InputField meta={fields.titleEn} label={t("initiatives.editor.milestoneTitleEn")} lang="en" />
      <InputField meta={fields.date} label={t("initiatives.editor.milestoneDate")} type="date" />
      <InputField
        meta={fields.startTime}
        label={t("initiatives.editor.milestoneStartTime")}
        hint={t("initiatives.editor.milestoneTimeHint")}
      />
      <InputField meta={fields.endTime} label={t("initiatives.editor.milestoneEndTime")} />
      <InputField meta={fields.locationJa} label={t("initiatives.editor.milestoneLocationJa")} />
      <InputField meta={fields.locationEn} label={t("initiatives.editor.milestoneLocationEn")} lang="en" />
      <TextAreaField meta={fields.descriptionJa} label={t("initiatives.editor.milestoneDescriptionJa")} rows={2} />
      <TextAreaField meta={fields.descriptionEn} label={t("initiatives.editor.milestoneDescriptionEn")} rows={2} lang="en" />
      <SubmitButton tone="secondary">{row ? t("initiatives.editor.saveMilestone") : t("initiatives.editor.addMilestone")}</SubmitButton>
    </Form>
  );
}

export function MilestonesPanel({
  milestones,
  answer,
  submissionKey,
}: {
  milestones: MilestoneRow[];
  answer: EditorAnswer;
  /** For the "add" form: the same addition sent twice adds one milestone. */
  submissionKey: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="milestones-heading" className="panel">
      <h2 id="milestones-heading">{t("initiatives.editor.milestonesHeading")}</h2>
      {milestones.map((row) => (
        <details key={row.id} open={(answer?.intent === "milestone-save" && answer.formKey === row.id) || undefined}>
          <summary>
            {row.date} {t(`initiatives.page.milestoneKind.${row.kind}`)}：{row.titleJa}
            {row.achieved ? " ✓" : ""}
          </summary>
          <MilestoneForm row={row} answer={answer} />
          <div className="button-row">
            <DeleteButton
              intent={row.achieved ? "milestone-not-achieved" : "milestone-achieved"}
              id={row.id}
              label={
                row.achieved
                  ? t("initiatives.editor.markNotAchieved", { title: row.titleJa })
                  : t("initiatives.editor.markAchieved", { title: row.titleJa })
              }
            />
            <DeleteButton intent="milestone-delete" id={row.id} label={t("initiatives.editor.deleteMilestone", { title: row.titleJa })} />
          </div>
        </details>
      ))}
      <details open={(answer?.intent === "milestone-save" && answer.formKey === "new") || undefined}>
        <summary>{t("initiatives.editor.addMilestone")}</summary>
        <MilestoneForm row={null} answer={answer} submissionKey={submissionKey} />
      </details>
    </section>
  );
}

type OutcomeRow = {
  id: string;
  labelJa: string;
  labelEn: string;
  value: string;
  unitJa: string;
  unitEn: string;
  achievedOn: string;
  noteJa: string;
  noteEn: string;
};

/** Editing an existing outcome (row), or adding one (null, with the page's submission key for adding). */
function OutcomeForm({ row, answer, submissionKey }: { row: OutcomeRow | null; answer: EditorAnswer; submissionKey?: string }) {
  const { t } = useTranslation();
  const key = row?.id ?? "new";
  const mine = answer?.intent === "outcome-save" && answer.formKey === key ? answer : undefined;
  const { id, ...values } = row ?? { id: "" };
  const [form, fields] = useSchemaForm(outcomeSchema, {
    id: `outcome-${key}`,
    lastResult: mine?.result ?? null,
    defaultValue: { ...values, intent: "outcome-save", outcomeId: id } as Record<string, string>,
  });
  return (
    <Form method="post" {...getFormProps(form)} className="item-form">
      <input type="hidden" name="intent" value="outcome-save" />
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <HiddenInput meta={fields.outcomeId} />
      <InputField meta={fields.labelJa} label={t("initiatives.editor.outcomeLabelJa")} />
      <InputField meta={fields.labelEn} label={t("initiatives.editor.outcomeLabelEn")} lang="en" />
      <InputField meta={fields.value} label={t("initiatives.editor.outcomeValue")} />
      <InputField meta={fields.unitJa} label={t("initiatives.editor.outcomeUnitJa")} />
      <InputField meta={fields.unitEn} label={t("initiatives.editor.outcomeUnitEn")} lang="en" />
      <InputField meta={fields.achievedOn} label={t("initiatives.editor.outcomeDate")} type="date" />
      <InputField meta={fields.noteJa} label={t("initiatives.editor.outcomeNoteJa")} />
      <InputField meta={fields.noteEn} label={t("initiatives.editor.outcomeNoteEn")} lang="en" />
      <SubmitButton tone="secondary">{row ? t("initiatives.editor.saveOutcome") : t("initiatives.editor.addOutcome")}</SubmitButton>
    </Form>
  );
}

export function OutcomesPanel({
  outcomes,
  answer,
  submissionKey,
}: {
  outcomes: OutcomeRow[];
  answer: EditorAnswer;
  /** For the "add" form: the same addition sent twice adds one outcome. */
  submissionKey: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="outcomes-heading" className="panel">
      <h2 id="outcomes-heading">{t("initiatives.editor.outcomesHeading")}</h2>
      {outcomes.map((row) => (
        <details key={row.id} open={(answer?.intent === "outcome-save" && answer.formKey === row.id) || undefined}>
          <summary>
            {t("initiatives.editor.outcomeSummary", { label: row.labelJa, value: row.value, unit: row.unitJa, date: row.achievedOn })}
          </summary>
          <OutcomeForm row={row} answer={answer} />
          <DeleteButton intent="outcome-delete" id={row.id} label={t("initiatives.editor.deleteOutcome", { label: row.labelJa })} />
        </details>
      ))}
      <details open={(answer?.intent === "outcome-save" && answer.formKey === "new") || undefined}>
        <summary>{t("initiatives.editor.addOutcome")}</summary>
        <OutcomeForm row={null} answer={answer} submissionKey={submissionKey} />
      </details>
    </section>
  );
}
