// The partner profile editor, for an individual's own profile (/account/partner) and an organisation's profile
// (the organisations pages reuse it): one form in fieldsets, validated by partnerProfileSchema in the browser
// (Conform) and again on the server. Works without JavaScript; a conflict keeps everything typed.
import { getFormProps, getInputProps, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { Language } from "~/kernel/i18n/config.ts";
import { engagementTypes, workStyles } from "~/features/challenges/index.ts";
import { PARTNER_LIMITS, partnerProfileSchema } from "~/features/partners/partner-schemas.ts";
import { formatNumber } from "~/kernel/localize.ts";
import {
  countries,
  fieldChoiceGroups,
  localName,
  partnerLanguages,
  prefecturesOfRegion,
  regionKeys,
  regions,
  shiojiriRelationships,
  skillChoiceGroups,
} from "~/features/taxonomy/index.ts";
import {
  ChoiceGroup,
  countErrors,
  ErrorList,
  fieldAria,
  FormAlert,
  HiddenInput,
  InputField,
  MarkdownHelp,
  Notice,
  SelectControl,
  SubmissionKeyField,
  SubmitButton,
  TextAreaField,
  useFocusOnAppear,
  useSchemaForm,
} from "~/kernel/forms/forms.tsx";
import type { Conflict } from "~/kernel/result.ts";
import { ConflictNotice, type ConflictTexts } from "~/kernel/ui/conflict-notice.tsx";

/** The taxonomy the form chooses from, in the reader's language (loadPartnerEditorOptions on the server). */
export type PartnerEditorOptions = {
  strategies: { code: string; name: string; fields: { number: number; name: string }[] }[];
  areaGroups: { kind: string; areas: { slug: string; name: string }[] }[];
  skillGroups: { category: string; skills: { slug: string; name: string }[] }[];
};

type ListFields =
  "skillSlugs" | "strategyCodes" | "fieldNumbers" | "areaSlugs" | "relationships" | "workStyles" | "engagementTypes" | "languages";
type PartnerFormShape = { [K in keyof z.input<typeof partnerProfileSchema>]?: K extends ListFields ? string[] : string };

/** Said when a save met someone else's newer save: who, when, and where the latest version is. */
const conflictTexts: ConflictTexts = {
  title: "partners.form.conflictTitle",
  body: "partners.form.conflictBody",
  someone: "partners.form.conflictSomeone",
  notes: ["partners.form.conflictKeep"],
  latest: "partners.form.conflictOpenLatest",
  newTab: "challengeForm.newTab",
};

/** A checkbox whose hint is read with it (what ticking it means for the profile's visibility). */
function CheckboxWithHint({ meta, label, hint }: { meta: FieldMetadata<string | undefined>; label: string; hint: string }) {
  const hintId = `${meta.id}-hint`;
  const { key, ...props } = getInputProps(meta, { type: "checkbox", value: "on", ariaAttributes: false });
  return (
    <div className="field field--checkbox">
      <input key={key} {...props} {...fieldAria(meta, hintId)} />
      <label htmlFor={meta.id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <ErrorList id={meta.errorId} errors={meta.errors} />
    </div>
  );
}

type EditorProps = {
  /** The form's id (also the prefix of every field's id). */
  id?: string;
  kind: "INDIVIDUAL" | "ORGANISATION";
  options: PartnerEditorOptions;
  defaultValue: Record<string, string | string[]>;
  lastResult: SubmissionResult<string[]> | null | undefined;
  conflict: Conflict | null | undefined;
  language: Language;
  submitLabel: string;
  /** Where the latest saved version opens, named in the conflict notice. */
  latestHref: string;
  /** The form's action; the current address when left out. */
  action?: string;
  /** New profiles: the key that makes the form sent twice create one. */
  submissionKey?: string;
  /** Whether the stored contact address was confirmed through the link mailed to it (decision 0017). */
  contactEmailStatus?: "pending" | "verified" | null;
};

/**
 * The editor. After a save the page reloads the stored profile with a new version: the form starts afresh from it
 * (Conform keeps what was typed for as long as the same form stays mounted, which would show the text as typed
 * rather than as stored, e.g. before duplicate tags were dropped).
 */
export function PartnerProfileEditor(props: EditorProps) {
  const version = props.defaultValue.version;
  return <PartnerProfileForm key={typeof version === "string" ? version : ""} {...props} />;
}

function PartnerProfileForm({
  id = "partner-profile",
  kind,
  options,
  defaultValue,
  lastResult,
  conflict,
  language,
  submitLabel,
  latestHref,
  action,
  submissionKey,
  contactEmailStatus,
}: EditorProps) {
  const { t } = useTranslation();
  const [form, fields] = useSchemaForm<typeof partnerProfileSchema, PartnerFormShape>(partnerProfileSchema, {
    id,
    lastResult,
    defaultValue,
  });
  const serverErrorCount = conflict ? 0 : countErrors(lastResult);
  const summaryRef = useFocusOnAppear<HTMLDivElement>(serverErrorCount ? lastResult : null);
  const organisation = kind === "ORGANISATION";
  const homeHintId = `${fields.home.id}-hint`;

  return (
    <Form method="post" action={action} {...getFormProps(form)} className="challenge-editor partner-editor">
      {conflict ? <ConflictNotice conflict={conflict} texts={conflictTexts} latestHref={latestHref} language={language} /> : null}
      {serverErrorCount ? (
        <div ref={summaryRef} tabIndex={-1} className="notice notice--error" role="alert">
          <p>{t("challengeForm.errorSummary", { count: serverErrorCount })}</p>
        </div>
      ) : null}
      {submissionKey ? <SubmissionKeyField value={submissionKey} /> : null}
      <FormAlert id={form.errorId} errors={form.errors} />
      <p className="muted">{t("partners.form.requiredNote")}</p>
      <HiddenInput meta={fields.version} />

      <fieldset className="editor-section">
        <legend>{t("partners.form.basicsLegend")}</legend>
        <InputField
          meta={fields.displayName}
          label={organisation ? t("partners.form.organisationName") : t("partners.form.displayName")}
          hint={t("partners.form.displayNameHint")}
        />
        <InputField
          meta={fields.headline}
          label={t("partners.form.headline")}
          hint={t("partners.form.headlineHint", { max: PARTNER_LIMITS.headline })}
        />
        <MarkdownHelp />
        <TextAreaField
          meta={fields.bio}
          label={t("partners.form.bio")}
          hint={t("partners.form.bioHint", { max: formatNumber(language, PARTNER_LIMITS.bio) })}
          rows={8}
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.connectionLegend")}</legend>
        <ChoiceGroup
          meta={fields.relationships}
          legend={t("partners.form.relationships")}
          hint={t("partners.form.relationshipsHint")}
          type="checkbox"
          required
          groups={[
            {
              options: shiojiriRelationships.map((relationship) => ({
                value: relationship,
                label: t(`partners.relationship.${relationship}`),
              })),
            },
          ]}
        />
        <div className="field">
          <label htmlFor={fields.home.id}>{organisation ? t("partners.form.homeOrganisation") : t("partners.form.home")}</label>
          <p id={homeHintId} className="field-hint">
            {t("partners.form.homeHint")}
          </p>
          <SelectControl meta={fields.home} hintId={homeHintId}>
            <option value="">{t("partners.form.homeUnset")}</option>
            {regionKeys.map((region) => (
              <optgroup key={region} label={localName(language, regions[region])}>
                {prefecturesOfRegion(region).map((prefecture) => (
                  <option key={prefecture.code} value={String(prefecture.code)}>
                    {localName(language, prefecture)}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label={t("partners.form.abroad")}>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {localName(language, country)}
                </option>
              ))}
            </optgroup>
          </SelectControl>
          <ErrorList id={fields.home.errorId} errors={fields.home.errors} />
        </div>
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.skillsLegend")}</legend>
        <ChoiceGroup
          meta={fields.skillSlugs}
          legend={t("partners.form.skills", { max: PARTNER_LIMITS.skills })}
          type="checkbox"
          groups={skillChoiceGroups(options.skillGroups)}
        />
        <InputField
          meta={fields.freeSkills}
          label={t("partners.form.freeSkills")}
          hint={t("partners.form.freeSkillsHint", { max: PARTNER_LIMITS.freeSkills, length: PARTNER_LIMITS.freeSkill })}
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.interestsLegend")}</legend>
        <p className="field-hint">{t("partners.form.interestsHint")}</p>
        <ChoiceGroup
          meta={fields.strategyCodes}
          legend={t("partners.form.strategies")}
          type="checkbox"
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
          legend={t("partners.form.fields")}
          type="checkbox"
          groups={fieldChoiceGroups(options.strategies, (strategy) => t("challengeForm.fieldsOfStrategy", { code: strategy.code }))}
        />
        <ChoiceGroup
          meta={fields.areaSlugs}
          legend={t("partners.form.areas")}
          type="checkbox"
          groups={options.areaGroups.map((group) => ({
            label: t(`areaKind.${group.kind}`),
            options: group.areas.map((area) => ({ value: area.slug, label: area.name })),
          }))}
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.waysLegend")}</legend>
        <InputField
          meta={fields.availabilityHoursPerMonth}
          label={t("partners.form.hours")}
          hint={t("partners.form.hoursHint", { max: PARTNER_LIMITS.hours })}
          type="number"
          inputMode="numeric"
        />
        <ChoiceGroup
          meta={fields.workStyles}
          legend={t("partners.form.workStyles")}
          type="checkbox"
          groups={[{ options: workStyles.map((style) => ({ value: style, label: t(`challenge.workStyle.${style}`) })) }]}
        />
        <ChoiceGroup
          meta={fields.engagementTypes}
          legend={t("partners.form.engagementTypes")}
          type="checkbox"
          groups={[{ options: engagementTypes.map((type) => ({ value: type, label: t(`challenge.engagementType.${type}`) })) }]}
        />
        <ChoiceGroup
          meta={fields.languages}
          legend={t("partners.form.languages")}
          type="checkbox"
          required
          groups={[
            {
              options: partnerLanguages.map((entry) => ({
                value: entry.code,
                label:
                  localName(language, entry) === entry.nativeName ? (
                    entry.nativeName
                  ) : (
                    <>
                      {localName(language, entry)} (<span lang={entry.code}>{entry.nativeName}</span>)
                    </>
                  ),
              })),
            },
          ]}
        />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.publishLegend")}</legend>
        <CheckboxWithHint meta={fields.isPublic} label={t("partners.form.isPublic")} hint={t("partners.form.isPublicHint")} />
        <CheckboxWithHint
          meta={fields.openToContact}
          label={t("partners.form.openToContact")}
          hint={t("partners.form.openToContactHint")}
        />
        <InputField meta={fields.website} label={t("partners.form.website")} hint={t("partners.form.websiteHint")} type="url" />
      </fieldset>

      <fieldset className="editor-section">
        <legend>{t("partners.form.contactLegend")}</legend>
        <p className="field-hint">{t("partners.form.contactHint")}</p>
        <InputField meta={fields.contactEmail} label={t("partners.form.contactEmail")} type="email" />
        {contactEmailStatus ? (
          <Notice tone={contactEmailStatus === "verified" ? "success" : "info"}>
            <p>{t(`partners.contactEmail.${contactEmailStatus}`)}</p>
          </Notice>
        ) : null}
        <InputField meta={fields.contactPhone} label={t("partners.form.contactPhone")} type="tel" />
      </fieldset>

      <div className="editor-actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
