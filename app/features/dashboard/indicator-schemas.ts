// The admin's indicator form (/admin/indicators/new, /admin/indicators/<key>): names, descriptions and units in
// both languages, baseline and target, which direction is better, the source, order and retirement. Shared by the
// browser (Conform) and the server; messages are translation keys.
import { z } from "zod";
import { blankableText, requiredText } from "~/kernel/forms/text-fields.ts";

export const MIN_FISCAL_YEAR = 2000;
export const MAX_FISCAL_YEAR = 2100;

const year = z.coerce
  .number({ error: "adminIndicators.errors.year" })
  .int("adminIndicators.errors.year")
  .min(MIN_FISCAL_YEAR, "adminIndicators.errors.year")
  .max(MAX_FISCAL_YEAR, "adminIndicators.errors.year");

/** A figure as typed: digits (thousands commas allowed) with an optional sign and at most two decimals. */
const figure = z
  .string({ error: "adminIndicators.errors.value" })
  .trim()
  .transform((value) => value.replaceAll(",", "").replaceAll("，", ""))
  .pipe(z.string().regex(/^-?\d{1,10}(\.\d{1,2})?$/, "adminIndicators.errors.value"));

const sourceUrl = z
  .string()
  .trim()
  .max(500, "adminIndicators.errors.sourceUrl")
  .regex(/^https?:\/\/\S+$/, "adminIndicators.errors.sourceUrl")
  .optional()
  .transform((value) => value ?? "");

export const indicatorComparisons = ["AT_LEAST", "AT_MOST"] as const;

export const indicatorSchema = z
  .object({
    version: z.coerce.number().int().min(0).optional(),
    nameJa: requiredText(120),
    nameEn: requiredText(120),
    descriptionJa: blankableText(1000),
    descriptionEn: blankableText(1000),
    unitJa: requiredText(30),
    unitEn: requiredText(30),
    decimals: z.coerce
      .number({ error: "validation.invalidChoice" })
      .int("validation.invalidChoice")
      .min(0)
      .max(2, "validation.invalidChoice"),
    baselineYear: year.optional(),
    baselineValue: figure.optional(),
    targetYear: year,
    targetValue: figure,
    targetComparison: z.enum(indicatorComparisons, { error: "validation.invalidChoice" }),
    sourceJa: blankableText(200),
    sourceEn: blankableText(200),
    sourceUrl,
    position: z.coerce
      .number({ error: "validation.invalidChoice" })
      .int("validation.invalidChoice")
      .min(0, "validation.invalidChoice")
      .max(9999, "validation.invalidChoice"),
    retired: z.literal("on").optional(),
  })
  .superRefine((value, context) => {
    // A baseline is a year and a value together, or neither.
    if ((value.baselineYear === undefined) !== (value.baselineValue === undefined)) {
      context.addIssue({
        code: "custom",
        path: [value.baselineYear === undefined ? "baselineYear" : "baselineValue"],
        message: "adminIndicators.errors.baselinePair",
      });
    }
  });

export const newIndicatorSchema = indicatorSchema.safeExtend({
  key: z
    .string({ error: "validation.required" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "adminIndicators.errors.keyInvalid")
    .max(60, "validation.tooLong|60"),
});

export type IndicatorValues = z.output<typeof indicatorSchema>;
