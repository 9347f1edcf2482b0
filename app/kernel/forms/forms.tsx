// Form pieces shared by every form: labelled fields whose errors are announced and tied to the input, a
// form-level alert, and a submit button that says when it is busy. Error texts are translation keys.
import { getInputProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import { Link, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
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

type InputType = "text" | "email" | "password" | "search" | "tel" | "url";

export function TextField({
  meta,
  label,
  type = "text",
  hint,
  autoComplete,
  inputMode,
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  type?: InputType;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
}) {
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const errorId = meta.errors?.length ? meta.errorId : undefined;
  const { key, ...inputProps } = getInputProps(meta, { type, ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input key={key} {...inputProps} autoComplete={autoComplete} inputMode={inputMode} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} />
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

/** A multi-line text field with its label, an optional hint, and its errors tied to it. */
export function SelectField({
  meta,
  label,
  options,
}: {
  meta: FieldMetadata<string | undefined>;
  label: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select
        id={meta.id}
        name={meta.name}
        defaultValue={meta.initialValue}
        aria-invalid={meta.errors?.length ? true : undefined}
        aria-describedby={meta.errors?.length ? meta.errorId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

export function CheckboxField({ meta, label }: { meta: FieldMetadata<string | undefined>; label: React.ReactNode }) {
  const { key, ...inputProps } = getInputProps(meta, { type: "checkbox" });
  return (
    <div className="field field--checkbox">
      <input key={key} {...inputProps} />
      <label htmlFor={meta.id}>{label}</label>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
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
    <button type="submit" name={name} value={value} formAction={formAction} className={`button${toneClass}`} disabled={busy} aria-busy={busy || undefined}>
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
