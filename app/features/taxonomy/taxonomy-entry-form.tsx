// The admin's form for one taxonomy entry (edit, or a new area or skill): names and texts in both languages, order,
// skill keywords, retirement. Works without JavaScript; a stale save shows the kernel's conflict notice.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  CheckboxField,
  FormAlert,
  HiddenInput,
  InputField,
  SelectField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Language } from "~/kernel/i18n/config.ts";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";
import { areaKindNames, entrySchemaFor, type TaxonomyKind } from "./taxonomy-schemas.ts";

const conflictTexts: ConflictTexts = {
  title: "adminTaxonomy.conflict.title",
  body: "adminTaxonomy.conflict.body",
  bodyUnknown: "adminTaxonomy.conflict.bodyUnknown",
  notes: ["adminTaxonomy.conflict.note"],
  latest: "adminTaxonomy.conflict.latest",
  newTab: "adminTaxonomy.conflict.newTab",
};

/** The texts each kind has besides its names: [column stem, label key, rows]. */
const textsOf: Record<TaxonomyKind, Array<[stem: string, rows: number]>> = {
  strategies: [
    ["promisedValue", 2],
    ["context", 6],
  ],
  fields: [["vision", 3]],
  areas: [["description", 3]],
  skills: [],
};

export function TaxonomyEntryForm({
  kind,
  creating,
  defaults,
  lastResult,
  conflict,
  latestHref,
  language,
}: {
  kind: TaxonomyKind;
  creating: boolean;
  defaults?: Record<string, string>;
  lastResult?: SubmissionResult<string[]> | null;
  conflict?: Conflict | null;
  latestHref?: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm(entrySchemaFor(kind, creating), { id: `taxonomy-${kind}`, lastResult, defaultValue: defaults });
  const field = (name: string) => (fields as unknown as Record<string, Parameters<typeof InputField>[0]["meta"]>)[name]!;
  return (
    <Form method="post" {...getFormProps(form)} className="taxonomy-form">
      {conflict ? <ConflictNotice conflict={conflict} texts={conflictTexts} latestHref={latestHref} language={language} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      {creating ? null : <HiddenInput meta={field("version")} />}
      {creating ? (
        <>
          <InputField meta={field("slug")} label={t("adminTaxonomy.form.slug")} hint={t("adminTaxonomy.form.slugHint")} />
          {kind === "areas" ? (
            <SelectField
              meta={field("kind")}
              label={t("adminTaxonomy.form.areaKind")}
              options={areaKindNames.map((name) => ({ value: name, label: t(`areaKind.${name}`) }))}
            />
          ) : null}
        </>
      ) : null}
      <fieldset className="editor-section">
        <legend>{t("adminTaxonomy.form.names")}</legend>
        <InputField meta={field("nameJa")} label={t("adminTaxonomy.form.nameJa")} lang="ja" />
        <InputField meta={field("nameEn")} label={t("adminTaxonomy.form.nameEn")} lang="en" />
        {kind === "skills" ? (
          <>
            <InputField meta={field("categoryJa")} label={t("adminTaxonomy.form.categoryJa")} lang="ja" />
            <InputField meta={field("categoryEn")} label={t("adminTaxonomy.form.categoryEn")} lang="en" />
          </>
        ) : null}
      </fieldset>
      {textsOf[kind].length ? (
        <fieldset className="editor-section">
          <legend>{t("adminTaxonomy.form.texts")}</legend>
          {textsOf[kind].map(([stem, rows]) => (
            <div key={stem}>
              <TextAreaField meta={field(`${stem}Ja`)} label={t(`adminTaxonomy.form.${stem}Ja`)} rows={rows} lang="ja" />
              <TextAreaField meta={field(`${stem}En`)} label={t(`adminTaxonomy.form.${stem}En`)} rows={rows} lang="en" />
            </div>
          ))}
        </fieldset>
      ) : null}
      {kind === "skills" ? (
        <fieldset className="editor-section">
          <legend>{t("adminTaxonomy.form.keywords")}</legend>
          <TextAreaField
            meta={field("keywordsJa")}
            label={t("adminTaxonomy.form.keywordsJa")}
            hint={t("adminTaxonomy.form.keywordsHint")}
            rows={4}
            lang="ja"
          />
          <TextAreaField
            meta={field("keywordsEn")}
            label={t("adminTaxonomy.form.keywordsEn")}
            hint={t("adminTaxonomy.form.keywordsHint")}
            rows={4}
            lang="en"
          />
        </fieldset>
      ) : null}
      <fieldset className="editor-section">
        <legend>{t("adminTaxonomy.form.listing")}</legend>
        <InputField
          meta={field("position")}
          label={t("adminTaxonomy.form.position")}
          hint={t("adminTaxonomy.form.positionHint")}
          type="number"
          inputMode="numeric"
        />
        <CheckboxField meta={field("retired")} label={t("adminTaxonomy.form.retired")} />
        <p className="field-hint">{t("adminTaxonomy.form.retiredHint")}</p>
      </fieldset>
      <SubmitButton>{creating ? t("adminTaxonomy.form.create") : t("adminTaxonomy.form.save")}</SubmitButton>
    </Form>
  );
}
