// The admin's taxonomy form (/admin/taxonomy/<kind>/<id>): one schema per kind of entry, shared by the browser
// (Conform checks fields as they are left) and the server. Messages are translation keys.
import { z } from "zod";
import { blankableText, requiredText } from "~/kernel/forms/text-fields.ts";

export const taxonomyKinds = ["strategies", "fields", "areas", "skills"] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

/** Kinds an admin may add entries to: strategies and fields are the plan's own (A–C, ①–⑨). */
export const creatableKinds = ["areas", "skills"] as const satisfies readonly TaxonomyKind[];

export const isTaxonomyKind = (value: string): value is TaxonomyKind => (taxonomyKinds as readonly string[]).includes(value);

export const areaKindNames = ["CITYWIDE", "DISTRICT", "REGION", "ONLINE"] as const;

const position = z.coerce
  .number({ error: "validation.invalidChoice" })
  .int("validation.invalidChoice")
  .min(0, "validation.invalidChoice")
  .max(9999, "validation.invalidChoice");

const common = {
  version: z.coerce.number().int().min(0).optional(),
  nameJa: requiredText(120),
  nameEn: requiredText(120),
  position,
  retired: z.literal("on").optional(),
};

const slug = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "admin.taxonomy.slugInvalid")
  .max(60, "validation.tooLong|60");

/** Synonyms typed one per line or separated by commas (、 too); blanks and repeats dropped. */
const keywords = z
  .string()
  .max(2000, "validation.tooLong|2000")
  .optional()
  .transform((value) =>
    [
      ...new Set(
        (value ?? "")
          .split(/[\n,、，]/)
          .map((word) => word.trim())
          .filter(Boolean),
      ),
    ].slice(0, 50),
  );

export const strategyEntrySchema = z.object({
  ...common,
  promisedValueJa: requiredText(400),
  promisedValueEn: requiredText(400),
  contextJa: blankableText(4000),
  contextEn: blankableText(4000),
});

export const fieldEntrySchema = z.object({ ...common, visionJa: requiredText(400), visionEn: requiredText(400) });

export const areaEntrySchema = z.object({ ...common, descriptionJa: blankableText(1000), descriptionEn: blankableText(1000) });

export const newAreaSchema = areaEntrySchema.extend({ slug, kind: z.enum(areaKindNames, { error: "validation.invalidChoice" }) });

export const skillEntrySchema = z.object({
  ...common,
  categoryJa: requiredText(60),
  categoryEn: requiredText(60),
  keywordsJa: keywords,
  keywordsEn: keywords,
});

export const newSkillSchema = skillEntrySchema.extend({ slug });

export function entrySchemaFor(kind: TaxonomyKind, creating: boolean) {
  switch (kind) {
    case "strategies":
      return strategyEntrySchema;
    case "fields":
      return fieldEntrySchema;
    case "areas":
      return creating ? newAreaSchema : areaEntrySchema;
    case "skills":
      return creating ? newSkillSchema : skillEntrySchema;
  }
}

export type EntryValues = z.output<ReturnType<typeof entrySchemaFor>>;
