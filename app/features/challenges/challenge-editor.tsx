// The coordinators' challenge editor: one form in fieldsets (text in both languages, classification, place,
// skills, ways to take part, department, cover image), the conflict notice, and the status buttons. Validation
// is challengeFormSchema's, in the browser (Conform) and again on the server; error texts are translation keys.
import { getFormProps, getInputProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { Language } from "~/kernel/i18n/config.ts";
import {
  CHALLENGE_LIMITS,
  challengeFormSchema,
  challengeLanguages,
  engagementTypes,
  workStyles,
  type ChallengeStatusName,
} from "~/features/challenges/schemas.ts";
import { formatDateTime } from "~/kernel/japan-time.ts";
import { IMAGE_UPLOAD_LIMITS } from "~/features/initiatives/index.ts";
import { formatNumber } from "~/kernel/localize.ts";
import { FieldOptions, fieldChoiceGroups, skillChoiceGroups } from "~/features/taxonomy/index.ts";
import {
  type AreaGroupOption,
  AreaSelectField,
  ChoiceGroup,
  controlAria,
  countErrors,
  ErrorList,
  fieldAria,
  FormAlert,
  HiddenInput,
  Hint,
  InputField,
  MarkdownHelp,
  type PeriodOption,
  PeriodSelectField,
  SelectControl,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useErrorText,
  useFocusOnAppear,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";

type EditorOptions = {
  strategies: { code: string; name: string; fields: { number: number; name: string }[] }[];
  areaGroups: AreaGroupOption[];
  periods: PeriodOption[];
  skillGroups: { category: string; skills: { slug: string; name: string }[] }[];
};

// What the form holds before validation: text, and lists of text for the checkbox groups. Derived from the
// schema's keys, so a field added to the schema appears here too.
type ListFields = "fieldNumbers" | "skillSlugs" | "workStyles" | "engagementTypes";
type EditorFormShape = { [K in keyof z.input<typeof challengeFormSchema>]?: K extends ListFields ? string[] : string };

type Meta = FieldMetadata<string | undefined>;

/** Said when a save met someone else's newer save: who, when, and where the latest version is. */
const conflictTexts: ConflictTexts = {
  title: "challengeForm.conflictTitle",
  body: "challengeForm.conflictBody",
  someone: "challengeForm.conflictSomeone",
  notes: ["challengeForm.conflictKeep"],
  latest: "challengeForm.conflictOpenLatest",
  newTab: "challengeForm.newTab",
};

export function ChallengeEditorForm({
  options,
  defaultValue,
  lastResult,
  conflict,
  language,
  challenge,
  submissionKey,
}: {
  options: EditorOptions;
  defaultValue: Record<string, string | string[]>;
  lastResult: SubmissionResult<string[]> | null;
  conflict: Conflict | null;
  language: Language;
  /** null for a new challenge. */
  challenge: { number: number; status: ChallengeStatusName; coverImageId: string | null; coverAlt: string | null } | null;
  /** New challenges: the key that makes the form sent twice create one. */
  submissionKey?: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form, fields] = useSchemaForm<typeof challengeFormSchema, EditorFormShape>(challengeFormSchema, {
    id: "challenge-editor",
    lastResult,
    defaultValue,
  });
  // Server-side problems (a refused picture, a rule that needs the database) have no place in the browser's
  // validation, so the summary counts the server's answer.
  const serverErrorCount = conflict ? 0 : countErrors(lastResult);
  const summaryRef = useFocusOnAppear<HTMLDivElement>(serverErrorCount ? lastResult : null);
  // A picture the server would refuse is caught as soon as it is chosen (with JavaScript): sending it would cost
  // the upload for nothing, and one over the server's body limit would not even reach the form's error handling.
  const [coverProblem, setCoverProblem] = useState<string | null>(null);
  const coverInput = useRef<HTMLInputElement>(null);
  const coverErrors = coverProblem ? [coverProblem] : form.allErrors.cover;
  const coverHintId = "challenge-cover-hint";
  const checkCover = () => {
    const file = coverInput.current?.files?.[0];
    const types: readonly string[] = IMAGE_UPLOAD_LIMITS.acceptedTypes;
    setCoverProblem(
      !file
        ? null
        : file.size > IMAGE_UPLOAD_LIMITS.maxBytes
          ? "challengeForm.coverTooLarge"
          : file.type && !types.includes(file.type)
            ? "challengeForm.coverType"
            : null,
    );
  };
  const formProps = getFormProps(form);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (coverProblem) {
      event.preventDefault();
      coverInput.current?.focus();
      return;
    }
    formProps.onSubmit(event);
  };
  const allFields = options.strategies.flatMap((strategy) => strategy.fields.map((field) => ({ ...field, strategyCode: strategy.code })));
  const saveLabel =
    challenge === null
      ? t("challengeForm.create")
      : challenge.status === "DRAFT"
        ? t("challengeForm.saveDraft")
        : challenge.status === "ARCHIVED"
          ? t("challengeForm.save")
          : t("challengeForm.savePublic");

  return (
    <Form method="post" encType="multipart/form-data" {...formProps} onSubmit={onSubmit} className="challenge-editor">
      {conflict && challenge ? (
        <ConflictNotice
          conflict={conflict}
          texts={conflictTexts}
          latestHref={`/coordinate/challenges/${challenge.number}/edit`}
          language={language}
        />
      ) : null}
      {serverErrorCount ? (
        <div ref={summaryRef} tabIndex={-1} className="notice notice--error" role="alert">
          <p>{t("challengeForm.errorSummary", { count: serverErrorCount })}</p>
        </div>
      ) : null}
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      <p className="muted">{t("challengeForm.requiredNote")}</p>
      <HiddenInput meta={fields.version} />

      <fieldset className="editor-section">
        <legend>{t("challengeForm.basicsLegend")}</legend>
        <InputField meta={fields.titleJa} label={t("challengeForm.titleJa")} />
        <InputField meta={fields.titleEn} label={t("challengeForm.titleEn")} lang="en" />
        <TextAreaField
          meta={fields.summaryJa}
          label={t("challengeForm.summaryJa")}
          hint={t("challengeForm.summaryHint", { max: formatNumber(language, CHALLENGE_LIMITS.summary) })}
          rows={3}
        />
        <TextAreaField
          meta={fields.summaryEn}
          label={t("challengeForm.summaryEn")}
          hint={t("challengeForm.summaryHint", { max: formatNumber(language, CHALLENGE_LIMITS.summary) })}
          rows={3}
          lang="en"
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("challengeForm.bodyLegend")}</legend>
        <MarkdownHelp />
        <TextAreaField
          meta={fields.bodyJa}
          label={t("challengeForm.bodyJa")}
          hint={t("challengeForm.bodyHint", { max: formatNumber(language, CHALLENGE_LIMITS.body) })}
          rows={14}
        />
        <TextAreaField
          meta={fields.bodyEn}
          label={t("challengeForm.bodyEn")}
          hint={t("challengeForm.bodyHint", { max: formatNumber(language, CHALLENGE_LIMITS.body) })}
          rows={14}
          lang="en"
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("challengeForm.classificationLegend")}</legend>
        <ChoiceGroup
          meta={fields.strategyCode}
          legend={t("challengeForm.strategyLabel")}
          type="radio"
          required
          groups={[
            {
              options: options.strategies.map((strategy) => ({
                value: strategy.code,
                label: t("challengeForm.strategyOption", { code: strategy.code, name: strategy.name }),
              })),
            },
          ]}
        />
        <ChoiceGroup
          meta={fields.fieldNumbers}
          legend={t("challengeForm.fieldsLabel")}
          hint={t("challengeForm.fieldsHint")}
          type="checkbox"
          required
          groups={fieldChoiceGroups(options.strategies, (strategy) => t("challengeForm.fieldsOfStrategy", { code: strategy.code }))}
        />
        <div className="field">
          <label htmlFor={fields.primaryFieldNumber.id}>{t("challengeForm.primaryFieldLabel")}</label>
          <Hint id={`${fields.primaryFieldNumber.id}-hint`}>{t("challengeForm.primaryFieldHint")}</Hint>
          <SelectControl meta={fields.primaryFieldNumber} hintId={`${fields.primaryFieldNumber.id}-hint`}>
            <option value="">{t("challengeForm.primaryFieldAuto")}</option>
            {options.strategies.map((strategy) => (
              <optgroup key={strategy.code} label={t("challengeForm.fieldsOfStrategy", { code: strategy.code })}>
                <FieldOptions fields={allFields} strategyCode={strategy.code} />
              </optgroup>
            ))}
          </SelectControl>
          <ErrorList id={fields.primaryFieldNumber.errorId} errors={fields.primaryFieldNumber.errors} />
        </div>
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("challengeForm.placeLegend")}</legend>
        <AreaSelectField
          meta={fields.areaSlug}
          label={t("challengeForm.areaLabel")}
          areaGroups={options.areaGroups}
          emptyChoiceLabel={t("challengeForm.choose")}
        />
        <PeriodSelectField meta={fields.periodNumber} label={t("challengeForm.periodLabel")} periods={options.periods} />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("challengeForm.waysLegend")}</legend>
        <ChoiceGroup
          meta={fields.workStyles}
          legend={t("challengeForm.workStylesLabel")}
          type="checkbox"
          required
          groups={[{ options: workStyles.map((style) => ({ value: style, label: t(`challenge.workStyle.${style}`) })) }]}
        />
        <ChoiceGroup
          meta={fields.engagementTypes}
          legend={t("challengeForm.engagementTypesLabel")}
          type="checkbox"
          required
          groups={[{ options: engagementTypes.map((type) => ({ value: type, label: t(`challenge.engagementType.${type}`) })) }]}
        />
        <InputField
          meta={fields.capacity}
          label={t("challengeForm.capacityLabel")}
          hint={t("challengeForm.capacityHint", { max: CHALLENGE_LIMITS.capacity })}
          type="number"
          inputMode="numeric"
        />
        <InputField
          meta={fields.hoursPerMonth}
          label={t("challengeForm.hoursLabel")}
          hint={t("challengeForm.hoursHint", { max: CHALLENGE_LIMITS.hoursPerMonth })}
          type="number"
          inputMode="numeric"
        />
        <ChoiceGroup
          meta={fields.languages}
          legend={t("challengeForm.languagesLabel")}
          hint={t("challengeForm.languagesHint")}
          type="checkbox"
          groups={[{ options: challengeLanguages.map((code) => ({ value: code, label: t(`challenge.language.${code}`) })) }]}
        />
        <InputField meta={fields.deadline} label={t("challengeForm.deadlineLabel")} hint={t("challengeForm.deadlineHint")} type="date" />
      </fieldset>

      <ChoiceGroup
        meta={fields.skillSlugs}
        legend={t("challengeForm.skillsLegend")}
        type="checkbox"
        section
        groups={skillChoiceGroups(options.skillGroups)}
      />

      <fieldset className="editor-section">
        <legend>{t("challengeForm.ownerLegend")}</legend>
        <InputField meta={fields.ownerDepartmentJa} label={t("challengeForm.ownerJa")} />
        <InputField meta={fields.ownerDepartmentEn} label={t("challengeForm.ownerEn")} lang="en" />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("challengeForm.coverLegend")}</legend>
        {challenge?.coverImageId ? (
          <figure className="cover-current">
            <img src={`/images/${challenge.coverImageId}`} alt={challenge.coverAlt ?? ""} width={320} height={180} />
            <figcaption>{t("challengeForm.coverCurrent")}</figcaption>
          </figure>
        ) : (
          <p className="muted">{t("challengeForm.coverNone")}</p>
        )}
        <div className="field">
          <label htmlFor="challenge-cover">
            {challenge?.coverImageId ? t("challengeForm.coverReplace") : t("challengeForm.coverFile")}
          </label>
          <Hint id={coverHintId}>{t("challengeForm.coverFileHint")}</Hint>
          <input
            id="challenge-cover"
            type="file"
            name="cover"
            ref={coverInput}
            accept={IMAGE_UPLOAD_LIMITS.acceptedTypes.join(",")}
            onChange={checkCover}
            {...controlAria({ hintId: coverHintId, errorId: "challenge-cover-error", invalid: Boolean(coverErrors?.length) })}
          />
          {coverErrors?.length ? (
            <ul id="challenge-cover-error" className="field-errors">
              {coverErrors.map((error) => (
                <li key={error}>{errorText(error)}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <InputField meta={fields.coverAltJa} label={t("challengeForm.coverAltJa")} hint={t("challengeForm.coverAltHint")} />
        <InputField meta={fields.coverAltEn} label={t("challengeForm.coverAltEn")} lang="en" />
        {challenge?.coverImageId ? (
          <div className="field field--checkbox">
            <RemoveCoverCheckbox meta={fields.removeCover} />
            <label htmlFor={fields.removeCover.id}>{t("challengeForm.removeCover")}</label>
          </div>
        ) : null}
      </fieldset>

      <div className="editor-actions">
        <SubmitButton name="intent" value="save">
          {saveLabel}
        </SubmitButton>
        {challenge ? (
          <a href={`/challenges/${challenge.number}`} className="button">
            {t("challengeForm.preview")}
          </a>
        ) : null}
      </div>
    </Form>
  );
}

function RemoveCoverCheckbox({ meta }: { meta: Meta }) {
  const { key, ...props } = getInputProps(meta, { type: "checkbox", value: "on", ariaAttributes: false });
  return <input key={key} {...props} {...fieldAria(meta)} />;
}

type StatusActionData = { error: string; field: "confirmArchive" | null; conflict: Conflict | null } | null;

/** The allowed next statuses as small forms: publishing first and prominent, archiving behind a confirmation. */
export function ChallengeStatusPanel({
  challenge,
  transitions,
  actionData,
  language,
}: {
  challenge: { number: number; status: ChallengeStatusName; version: number; updatedAt: string; updatedBy: string | null };
  transitions: readonly ChallengeStatusName[];
  actionData: StatusActionData;
  language: Language;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const alertRef = useFocusOnAppear<HTMLDivElement>(actionData && !actionData.field ? actionData : null);
  // Publishing first (the usual next step for a draft), archiving, which cannot be undone, last.
  const ordered = [...transitions.filter((status) => status !== "ARCHIVED"), ...transitions.filter((status) => status === "ARCHIVED")];
  const statusMessage =
    actionData && !actionData.field
      ? actionData.conflict
        ? t(actionData.error, {
            name: actionData.conflict.changedBy ?? t("challengeForm.conflictSomeone"),
            time: formatDateTime(language, actionData.conflict.changedAt),
          })
        : errorText(actionData.error)
      : null;
  return (
    <section aria-labelledby="status-heading" className="panel status-panel">
      <h2 id="status-heading">{t("coordinate.statusHeading")}</h2>
      <p>
        {t("coordinate.currentStatus")}{" "}
        <span className={`status-badge status-badge--${challenge.status.toLowerCase().replace("_", "-")}`}>
          {t(`challenge.status.${challenge.status}`)}
        </span>
      </p>
      {statusMessage ? (
        <div ref={alertRef} tabIndex={-1} className="notice notice--error" role="alert">
          <p>{statusMessage}</p>
          {actionData?.conflict ? (
            <p>
              <a href={`/coordinate/challenges/${challenge.number}/edit`}>{t("coordinate.reload")}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      {transitions.length === 0 ? (
        <p className="muted">{t("coordinate.noTransitions")}</p>
      ) : (
        <p className="field-hint">{t("coordinate.statusSavedOnly")}</p>
      )}
      <div className="status-actions">
        {ordered.map((status) => {
          const publishing = status === "OPEN" && challenge.status === "DRAFT";
          const archiving = status === "ARCHIVED";
          const hintId = `status-${status.toLowerCase()}-hint`;
          const archiveErrorId = "status-archive-error";
          const archiveError = archiving && actionData?.field === "confirmArchive" ? actionData.error : null;
          return (
            <Form key={status} method="post" className={`status-form${archiving ? " status-form--archive" : ""}`}>
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="version" value={challenge.version} />
              {publishing ? (
                <p id={hintId} className="field-hint">
                  {t("coordinate.publishHint")}
                </p>
              ) : null}
              {archiving ? (
                <>
                  <p id={hintId} className="field-hint">
                    {t("coordinate.archiveHint")}
                  </p>
                  <div className="field field--checkbox">
                    <input
                      id="confirm-archive"
                      type="checkbox"
                      name="confirmArchive"
                      required
                      {...controlAria({ errorId: archiveErrorId, invalid: Boolean(archiveError) })}
                    />
                    <label htmlFor="confirm-archive">{t("coordinate.archiveConfirm")}</label>
                    <ErrorList id={archiveErrorId} errors={archiveError ? [archiveError] : undefined} />
                  </div>
                </>
              ) : null}
              <SubmitButton name="status" value={status} tone={publishing ? "primary" : archiving ? "danger" : "secondary"}>
                {publishing
                  ? t("coordinate.publish")
                  : archiving
                    ? t("coordinate.archive")
                    : t("coordinate.moveTo", { status: t(`challenge.status.${status}`) })}
              </SubmitButton>
            </Form>
          );
        })}
      </div>
    </section>
  );
}
