// The moderators' one-decision forms (hide, restore, dismiss, suspend, lift): a panel with its heading and what the
// decision does, the intent, the form's errors, its fields and one button. Plain forms: they work without JavaScript.
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SelectField, SubmitButton, TextAreaField } from "~/kernel/forms/forms.tsx";
import { MODERATION_LIMITS, reportReasons } from "./moderation-options.ts";

type Meta = Parameters<typeof TextAreaField>[0]["meta"];

export function DecisionPanel<Shape extends Record<string, unknown>>({
  intent,
  heading,
  lead,
  form,
  tone = "primary",
  children,
}: {
  intent: string;
  heading: string;
  lead: string;
  form: FormMetadata<Shape, string[]>;
  tone?: "primary" | "secondary" | "danger";
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${intent}-heading`} className="panel">
      <h2 id={`${intent}-heading`}>{heading}</h2>
      <p>{lead}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={intent} />
        <FormAlert id={form.errorId} errors={form.errors} />
        {children}
        <SubmitButton tone={tone}>{heading}</SubmitButton>
      </Form>
    </section>
  );
}

export function ReasonField({ meta }: { meta: Meta }) {
  const { t } = useTranslation();
  return (
    <SelectField
      meta={meta}
      label={t("moderation.target.reason")}
      options={reportReasons.map((reason) => ({ value: reason, label: t(`moderation.reasons.${reason}`) }))}
    />
  );
}

/** The moderator's words to the person concerned, shown to them as written. */
export function NoteField({ meta, label }: { meta: Meta; label: string }) {
  const { t } = useTranslation();
  return <TextAreaField meta={meta} label={label} hint={t("moderation.target.noteHint", { max: MODERATION_LIMITS.note })} rows={3} />;
}
