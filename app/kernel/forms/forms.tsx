// The form kit every form uses: Conform wired to one zod schema, labelled fields (text, text area, select, checkbox,
// choice groups) whose hint and errors reach assistive technology one way (controlAria), a form-level alert, notices,
// Markdown help, focus handling for messages that appear after a submission, and a submit button that says when it
// is busy. Error texts are translation keys.
import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type FieldMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import "./zod-messages.ts";
import type { z } from "zod";
import { Link, useNavigation } from "@remix-run/react";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { validationParams } from "./validation-params.ts";

/**
 * Conform wired to one zod schema: the browser checks fields as they are left, the server checks again with
 * the same schema, and its answer (lastResult) refills the form with what was typed.
 */
export function useSchemaForm<
  Schema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>,
  Shape extends Record<string, unknown> = z.input<Schema>,
>(schema: Schema, options: { id: string; lastResult?: SubmissionResult<string[]> | null; defaultValue?: Record<string, unknown> }) {
  const constraint = useMemo(() => getZodConstraint(schema), [schema]);
  const [form, fields] = useForm<Shape, z.output<Schema>>({
    id: options.id,
    lastResult: options.lastResult,
    defaultValue: options.defaultValue as never,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  // Conform re-renders a form only for the parts of its state read during the form component's last render,
  // and forgets them each time that component runs. The fields are read by child components, which React
  // skips when it re-runs this component without changes (a bail-out); then the list stays empty and the next
  // errors are never shown (a click on submit that seems to do nothing). Reading them here keeps the list whole.
  for (const name of Object.keys(constraint)) {
    if (name.includes("[") || name.includes(".")) continue;
    const field = fields[name as keyof typeof fields] as { errors?: unknown; key?: unknown; initialValue?: unknown };
    void field.errors;
    void field.key;
    void field.initialValue;
  }
  void form.errors;
  void form.status;
  return [form, fields] as const;
}

export function useErrorText() {
  const { t } = useTranslation();
  // "validation.tooLong|120": a message key with the number it mentions.
  return (message: string) => {
    const [key, max] = message.split("|");
    return t(key!, { ...validationParams, max, defaultValue: message });
  };
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] }) {
  const errorText = useErrorText();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{errorText(error)}</li>
      ))}
    </ul>
  );
}

type Meta = FieldMetadata<string | undefined>;

type MarkRequired = {
  /** Whether the label shows the required mark: as the schema says unless given; forms where every field is required pass false. */
  markRequired?: boolean;
};

/** The id of a field's hint (`<field id>-hint`), when it has one. */
function hintIdOf(meta: { id: string }, hint: unknown): string | undefined {
  return hint ? `${meta.id}-hint` : undefined;
}

/**
 * How every control is tied to its texts: described by its hint and then its errors (the order they are read on
 * the page), and invalid while there are errors. The kit's fields use it through fieldAria (Conform's own aria
 * attributes are switched off wherever the kit spreads its props); controls a form lays out itself (file inputs,
 * a select with an empty choice) use it directly.
 */
export function controlAria({ hintId, errorId, invalid }: { hintId?: string; errorId?: string; invalid: boolean }) {
  return {
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": [hintId, invalid ? errorId : undefined].filter(Boolean).join(" ") || undefined,
  } as const;
}

/** controlAria for a Conform field: its errors are at `errorId`. */
export function fieldAria(meta: { errorId: string; errors?: string[] }, hintId?: string) {
  return controlAria({ hintId, errorId: meta.errorId, invalid: Boolean(meta.errors?.length) });
}

function RequiredMark() {
  const { t } = useTranslation();
  // The space keeps the accessible name readable ("タイトル（日本語） 必須"), not run together.
  return (
    <>
      {" "}
      <span className="required-mark">{t("challengeForm.requiredMark")}</span>
    </>
  );
}

export function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="field-hint">
      {children}
    </p>
  );
}

/** Label (with the required mark), hint, control and errors: the layout of every single-control field. */
function Field({
  meta,
  label,
  hint,
  markRequired,
  children,
}: { meta: Meta; label: string; hint?: string; children: React.ReactNode } & MarkRequired) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>
        {label}
        {(markRequired ?? meta.required) ? <RequiredMark /> : null}
      </label>
      {hint ? <Hint id={hintIdOf(meta, hint)!}>{hint}</Hint> : null}
      {children}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function InputField({
  meta,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  lang,
  markRequired,
}: {
  meta: Meta;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "search" | "tel" | "url" | "number" | "date";
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
  lang?: string;
} & MarkRequired) {
  const { key, ...props } = getInputProps(meta, { type, ariaAttributes: false });
  return (
    <Field meta={meta} label={label} hint={hint} markRequired={markRequired}>
      <input
        key={key}
        {...props}
        {...fieldAria(meta, hintIdOf(meta, hint))}
        autoComplete={autoComplete}
        inputMode={inputMode}
        lang={lang}
      />
    </Field>
  );
}

export function TextAreaField({
  meta,
  label,
  hint,
  rows,
  lang,
  markRequired,
}: { meta: Meta; label: string; hint?: string; rows: number; lang?: string } & MarkRequired) {
  const { key, ...props } = getTextareaProps(meta, { ariaAttributes: false });
  return (
    <Field meta={meta} label={label} hint={hint} markRequired={markRequired}>
      <textarea key={key} {...props} {...fieldAria(meta, hintIdOf(meta, hint))} rows={rows} lang={lang} />
    </Field>
  );
}

/** A select with its label, hint and errors; choices as `options`, or as children (option groups). */
export function SelectField({
  meta,
  label,
  hint,
  options,
  children,
  markRequired,
}: {
  meta: Meta;
  label: string;
  hint?: string;
  options?: { value: string; label: string }[];
  children?: React.ReactNode;
} & MarkRequired) {
  return (
    <Field meta={meta} label={label} hint={hint} markRequired={markRequired}>
      <SelectControl meta={meta} hintId={hintIdOf(meta, hint)}>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </SelectControl>
    </Field>
  );
}

/** The select alone, for forms that lay out its label and hint themselves (pass the hint's id). */
export function SelectControl({ meta, hintId, children }: { meta: Meta; hintId?: string; children: React.ReactNode }) {
  const { key, ...props } = getSelectProps(meta, { ariaAttributes: false });
  return (
    <select key={key} {...props} {...fieldAria(meta, hintId)}>
      {children}
    </select>
  );
}

export function CheckboxField({ meta, label }: { meta: Meta; label: React.ReactNode }) {
  const { key, ...props } = getInputProps(meta, { type: "checkbox", ariaAttributes: false });
  return (
    <div className="field field--checkbox">
      <input key={key} {...props} {...fieldAria(meta)} />
      <label htmlFor={meta.id}>{label}</label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** A group of checkboxes (or radio buttons) with one legend, one hint and one error list for the group. */
export function ChoiceGroup<Value extends string | string[] | undefined>({
  meta,
  legend,
  hint,
  type,
  groups,
  required,
  section,
}: {
  meta: FieldMetadata<Value>;
  legend: string;
  hint?: string;
  type: "checkbox" | "radio";
  groups: { label?: string; options: { value: string; label: React.ReactNode }[] }[];
  required?: boolean;
  /** Shown as a top-level section of the form rather than a group inside one. */
  section?: boolean;
}) {
  const hintId = hintIdOf(meta, hint);
  const renderOptions = (options: { value: string; label: React.ReactNode }[]) => {
    const labels = new Map(options.map((option) => [option.value, option.label]));
    // The group's hint and errors are announced with the fieldset's legend, not repeated for every box.
    return getCollectionProps(meta, { type, options: options.map((option) => option.value), ariaAttributes: false }).map(
      ({ key, ...props }) => (
        <div key={key} className="choice">
          <input {...props} />
          <label htmlFor={props.id}>{labels.get(props.value)}</label>
        </div>
      ),
    );
  };
  // A fieldset takes the description only: aria-invalid is not an attribute of a group.
  return (
    <fieldset
      className={section ? "editor-section choice-group" : "choice-group"}
      aria-describedby={fieldAria(meta, hintId)["aria-describedby"]}
    >
      <legend>
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {groups.map((group, index) =>
        group.label ? (
          <fieldset key={group.label} className="choice-group__subgroup">
            <legend>{group.label}</legend>
            <div className="choice-grid">{renderOptions(group.options)}</div>
          </fieldset>
        ) : (
          <div key={index} className="choice-grid">
            {renderOptions(group.options)}
          </div>
        ),
      )}
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

export function HiddenInput({ meta }: { meta: Meta }) {
  // Never announced, so nothing to describe.
  const { key, ...props } = getInputProps(meta, { type: "hidden", ariaAttributes: false });
  return <input key={key} {...props} />;
}

export type AreaGroupOption = { kind: string; areas: { slug: string; name: string }[] };
export type PeriodOption = { number: number; name: string };

/** The plan's districts and areas, grouped by kind; `emptyChoiceLabel` adds an empty first choice for new items. */
export function AreaSelectField({
  meta,
  label,
  areaGroups,
  emptyChoiceLabel,
}: {
  meta: Meta;
  label: string;
  areaGroups: AreaGroupOption[];
  emptyChoiceLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField meta={meta} label={label} markRequired>
      {emptyChoiceLabel ? <option value="">{emptyChoiceLabel}</option> : null}
      {areaGroups.map((group) => (
        <optgroup key={group.kind} label={t(`areaKind.${group.kind}`)}>
          {group.areas.map((area) => (
            <option key={area.slug} value={area.slug}>
              {area.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

/** The plan's periods (前期・中期・後期). */
export function PeriodSelectField({ meta, label, periods }: { meta: Meta; label: string; periods: PeriodOption[] }) {
  return (
    <SelectField
      meta={meta}
      label={label}
      markRequired
      options={periods.map((period) => ({ value: String(period.number), label: period.name }))}
    />
  );
}

export function MarkdownHelp() {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [`## ${t("challengeForm.markdownHeading")}`, t("challengeForm.markdownHeading")],
    [`- ${t("challengeForm.markdownList")}`, t("challengeForm.markdownList")],
    [`1. ${t("challengeForm.markdownNumbered")}`, t("challengeForm.markdownNumbered")],
    [`**${t("challengeForm.markdownBold")}**`, t("challengeForm.markdownBold")],
    [`[${t("challengeForm.markdownLink")}](https://www.city.shiojiri.lg.jp/)`, t("challengeForm.markdownLink")],
  ];
  return (
    <details className="markdown-help">
      <summary>{t("challengeForm.markdownHelp")}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("challengeForm.markdownSyntax")}</th>
            <th scope="col">{t("challengeForm.markdownResult")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([syntax, result]) => (
            <tr key={syntax}>
              <td>
                <code>{syntax}</code>
              </td>
              <td>{result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("challengeForm.markdownParagraph")}</p>
      <p>{t("challengeForm.markdownNoHtml")}</p>
    </details>
  );
}

/** Moves focus to a message that appears after a submission, so keyboard and screen-reader users land on it. */
export function useFocusOnAppear<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger) ref.current?.focus();
  }, [trigger]);
  return ref;
}

export function countErrors(result: SubmissionResult<string[]> | null | undefined) {
  return Object.values(result?.error ?? {}).filter((messages) => messages && messages.length > 0).length;
}

/** A message about the whole form (wrong password, too many attempts): read out as soon as it appears. */
export function FormAlert({ id, errors }: { id?: string; errors?: string[] }) {
  const errorText = useErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} className="notice notice--error" role="alert">
      {errors.map((error) => (
        <p key={error}>{errorText(error)}</p>
      ))}
    </div>
  );
}

export function Notice({ tone = "info", children }: { tone?: "info" | "success" | "error"; children: React.ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** Disabled while this form is being sent, so a double click cannot submit twice. */
/** The key that makes a form sent twice do its work once (submission-key.server.ts); its loader draws the value. */
export function SubmissionKeyField({ value }: { value: string }) {
  return <input type="hidden" name="submissionKey" value={value} />;
}

export function SubmitButton({
  children,
  name,
  value,
  tone = "primary",
  formAction,
}: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  tone?: "primary" | "secondary" | "danger";
  formAction?: string;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && (!name || navigation.formData?.get(name) === value);
  const toneClass = tone === "primary" ? " button--primary" : tone === "danger" ? " button--danger" : "";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      formAction={formAction}
      className={`button${toneClass}`}
      disabled={busy}
      aria-busy={busy || undefined}
    >
      {children}
    </button>
  );
}

/** What a used, expired or mistyped e-mailed link shows: say so, and offer to start again. */
export function InvalidLinkNotice({ againHref, againLabel }: { againHref: string; againLabel?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Notice tone="error">
        <p>{t("auth.linkInvalid")}</p>
      </Notice>
      <p>
        <Link to={againHref}>{againLabel ?? t("auth.requestAgain")}</Link>
      </p>
    </>
  );
}
