// Form fields shared by the hub's editors (challenges, partner profiles, proposals, reviews): Conform-bound
// inputs with label, hint, required mark and error list, checkbox groups, Markdown help, and focus handling for
// messages that appear after a submission. Error texts are translation keys (see forms.tsx useErrorText).
import { getCollectionProps, getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList } from "./forms.tsx";

type Meta = FieldMetadata<string | undefined>;

export function RequiredMark() {
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

export function InputField({
  meta,
  label,
  hint,
  type = "text",
  lang,
  inputMode,
}: {
  meta: Meta;
  label: string;
  hint?: string;
  type?: "text" | "number" | "date" | "email" | "tel" | "url";
  lang?: string;
  inputMode?: "numeric";
}) {
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={meta.id}>
        {label}
        {meta.required ? <RequiredMark /> : null}
      </label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      <input key={key} {...props} lang={lang} inputMode={inputMode} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function TextAreaField({ meta, label, hint, rows, lang }: { meta: Meta; label: string; hint?: string; rows: number; lang?: string }) {
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={meta.id}>
        {label}
        {meta.required ? <RequiredMark /> : null}
      </label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      <textarea key={key} {...props} rows={rows} lang={lang} />
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
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const describedBy = [hintId, meta.errors?.length ? meta.errorId : undefined].filter(Boolean).join(" ") || undefined;
  const renderOptions = (options: { value: string; label: React.ReactNode }[]) => {
    const labels = new Map(options.map((option) => [option.value, option.label]));
    // The group's hint and errors are announced with the fieldset's legend, not repeated for every box.
    return getCollectionProps(meta, { type, options: options.map((option) => option.value), ariaAttributes: false }).map(({ key, ...props }) => (
      <div key={key} className="choice">
        <input {...props} />
        <label htmlFor={props.id}>{labels.get(props.value)}</label>
      </div>
    ));
  };
  return (
    <fieldset className={section ? "editor-section choice-group" : "choice-group"} aria-describedby={describedBy}>
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

export function HiddenInput({ meta }: { meta: Meta }) {
  const { key, ...props } = getInputProps(meta, { type: "hidden" });
  return <input key={key} {...props} />;
}

export type AreaGroupOption = { kind: string; areas: { slug: string; name: string }[] };
export type PeriodOption = { number: number; name: string };

/** A required select with its label and errors. */
function RequiredSelectField({ meta, label, children }: { meta: Meta; label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>
        {label}
        <RequiredMark />
      </label>
      <SelectControl meta={meta}>{children}</SelectControl>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** The plan's districts and areas, grouped by kind; `emptyChoiceLabel` adds an empty first choice for new items. */
export function AreaSelectField({ meta, label, areaGroups, emptyChoiceLabel }: { meta: Meta; label: string; areaGroups: AreaGroupOption[]; emptyChoiceLabel?: string }) {
  const { t } = useTranslation();
  return (
    <RequiredSelectField meta={meta} label={label}>
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
    </RequiredSelectField>
  );
}

/** The plan's periods (前期・中期・後期). */
export function PeriodSelectField({ meta, label, periods }: { meta: Meta; label: string; periods: PeriodOption[] }) {
  return (
    <RequiredSelectField meta={meta} label={label}>
      {periods.map((period) => (
        <option key={period.number} value={String(period.number)}>
          {period.name}
        </option>
      ))}
    </RequiredSelectField>
  );
}

export function SelectControl({ meta, hintId, children }: { meta: Meta; hintId?: string; children: React.ReactNode }) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: hintId });
  return (
    <select key={key} {...props}>
      {children}
    </select>
  );
}

