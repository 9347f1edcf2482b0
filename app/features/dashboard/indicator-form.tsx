// The admin's form for one indicator (new, or an edit): names, descriptions and units in both languages, baseline
// and target, which direction is better, the source, display order and retirement. Works without JavaScript; a
// stale save shows the kernel's conflict notice with what was typed kept.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CheckboxField,
  FormAlert,
  HiddenInput,
  InputField,
  SelectField,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Language } from "~/kernel/i18n/config.ts";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";
import { indicatorComparisons, indicatorSchema, newIndicatorSchema } from "./indicator-schemas.ts";

const conflictTexts: ConflictTexts = {
  title: "adminIndicators.conflict.title",
  body: "adminIndicators.conflict.body",
  bodyUnknown: "adminIndicators.conflict.bodyUnknown",
  notes: ["adminIndicators.conflict.note"],
  latest: "adminIndicators.conflict.latest",
  newTab: "adminIndicators.conflict.newTab",
};

export function IndicatorForm({
  creating,
  defaults,
  lastResult,
  conflict,
  latestHref,
  submissionKey,
  language,
}: {
  creating: boolean;
  defaults?: Record<string, string>;
  lastResult?: SubmissionResult<string[]> | null;
  conflict?: Conflict | null;
  latestHref?: string;
  submissionKey?: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(creating ? newIndicatorSchema : indicatorSchema, {
    id: "indicator",
    lastResult,
    defaultValue: defaults,
  });
  const field = (name: string) => (fields as unknown as Record<string, Parameters<typeof InputField>[0]["meta"]>)[name]!;
  return (
    <Form method="post" {...getFormProps(form)} className="taxonomy-form">
      {conflict ? <ConflictNotice conflict={conflict} texts={conflictTexts} latestHref={latestHref} language={language} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      {creating ? (
        <InputField meta={field("key")} label={t("adminIndicators.form.key")} hint={t("adminIndicators.form.keyHint")} />
      ) : (
        <HiddenInput meta={field("version")} />
      )}
      <fieldset className="editor-section">
        <legend>{t("adminIndicators.form.names")}</legend>
        <InputField meta={field("nameJa")} label={t("adminIndicators.form.nameJa")} lang="ja" />
        <InputField meta={field("nameEn")} label={t("adminIndicators.form.nameEn")} lang="en" />
        <TextAreaField meta={field("descriptionJa")} label={t("adminIndicators.form.descriptionJa")} rows={3} lang="ja" />
        <TextAreaField meta={field("descriptionEn")} label={t("adminIndicators.form.descriptionEn")} rows={3} lang="en" />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("adminIndicators.form.units")}</legend>
        <InputField meta={field("unitJa")} label={t("adminIndicators.form.unitJa")} lang="ja" />
        <InputField meta={field("unitEn")} label={t("adminIndicators.form.unitEn")} lang="en" />
        <SelectField
          meta={field("decimals")}
          label={t("adminIndicators.form.decimals")}
          options={(["0", "1", "2"] as const).map((value) => ({ value, label: t(`adminIndicators.form.decimalsOptions.${value}`) }))}
        />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("adminIndicators.form.baselineTarget")}</legend>
        <InputField
          meta={field("baselineYear")}
          label={t("adminIndicators.form.baselineYear")}
          hint={t("adminIndicators.form.baselineHint")}
          inputMode="numeric"
        />
        <InputField meta={field("baselineValue")} label={t("adminIndicators.form.baselineValue")} />
        <InputField meta={field("targetYear")} label={t("adminIndicators.form.targetYear")} inputMode="numeric" />
        <InputField meta={field("targetValue")} label={t("adminIndicators.form.targetValue")} />
        <SelectField
          meta={field("targetComparison")}
          label={t("adminIndicators.form.targetComparison")}
          options={indicatorComparisons.map((value) => ({ value, label: t(`adminIndicators.form.comparison.${value}`) }))}
        />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("adminIndicators.form.source")}</legend>
        <InputField meta={field("sourceJa")} label={t("adminIndicators.form.sourceJa")} lang="ja" />
        <InputField meta={field("sourceEn")} label={t("adminIndicators.form.sourceEn")} lang="en" />
        <InputField meta={field("sourceUrl")} label={t("adminIndicators.form.sourceUrl")} type="url" />
      </fieldset>
      <fieldset className="editor-section">
        <legend>{t("adminIndicators.form.listing")}</legend>
        <InputField
          meta={field("position")}
          label={t("adminIndicators.form.position")}
          hint={t("adminIndicators.form.positionHint")}
          type="number"
          inputMode="numeric"
        />
        <CheckboxField meta={field("retired")} label={t("adminIndicators.form.retired")} />
        <p className="field-hint">{t("adminIndicators.form.retiredHint")}</p>
      </fieldset>
      <SubmitButton>{creating ? t("adminIndicators.form.create") : t("adminIndicators.form.save")}</SubmitButton>
    </Form>
  );
}

/** The way back from an indicator's page to the list of indicators and their values. */
export function BackToIndicators() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/admin/indicators">← {t("adminIndicators.title")}</Link>
    </p>
  );
}
