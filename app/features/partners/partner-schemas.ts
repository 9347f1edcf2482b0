// The partner profile form's one schema (Conform in the browser, the action on the server), for individual and
// organisation profiles alike. Messages are translation keys; "key|n" passes a number to the message.
import { z } from "zod";
import { blankableText, missing } from "~/kernel/forms/text-fields.ts";
import { engagementTypes, workStyles } from "~/features/challenges/index.ts";
import { findCountry, findPrefecture, partnerLanguageCodes, shiojiriRelationships } from "~/features/taxonomy/index.ts";

export const PARTNER_LIMITS = {
  displayName: 80,
  headline: 120,
  bio: 4000,
  skills: 15,
  freeSkills: 10,
  freeSkill: 30,
  /** The free-tag field as typed (tags and separators). */
  freeSkillsInput: 400,
  hours: 200,
  email: 254,
  phone: 30,
  website: 300,
} as const;

const optionalNullable = <T extends z.ZodType<string>>(schema: T) => schema.optional().transform((value) => value ?? null);

/**
 * Free skill tags as typed in one field, separated by commas (「、」 too) or new lines: trimmed, blanks dropped,
 * duplicates (ignoring case and full/half width) dropped, the first spelling kept.
 */
export function splitFreeSkills(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of input.split(/[,、，\n]/)) {
    const tag = piece.normalize("NFKC").trim().replace(/\s+/g, " ");
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function joinFreeSkills(tags: readonly string[]): string {
  return tags.join("、");
}

/** Home as one select: a prefecture code ("13") or a country code ("BR"). */
export function parseHome(value: string | null | undefined): { prefectureCode: number | null; countryCode: string | null } | null {
  if (!value) return { prefectureCode: null, countryCode: null };
  if (/^\d{1,2}$/.test(value)) return findPrefecture(Number(value)) ? { prefectureCode: Number(value), countryCode: null } : null;
  return findCountry(value) ? { prefectureCode: null, countryCode: value } : null;
}

export function homeValue(home: { prefectureCode: number | null; countryCode: string | null }): string {
  return home.prefectureCode !== null ? String(home.prefectureCode) : (home.countryCode ?? "");
}

export const partnerProfileSchema = z
  .object({
    /** The version the editor was opened at; 0 for a new profile. */
    version: z.coerce.number({ error: "validation.invalidChoice" }).int().min(0),
    displayName: z
      .string({ error: missing })
      .trim()
      .min(1, "validation.required")
      .max(PARTNER_LIMITS.displayName, `validation.tooLong|${PARTNER_LIMITS.displayName}`),
    headline: blankableText(PARTNER_LIMITS.headline),
    bio: blankableText(PARTNER_LIMITS.bio),
    skillSlugs: z.array(z.string().max(60)).max(PARTNER_LIMITS.skills, `partners.form.tooManySkills|${PARTNER_LIMITS.skills}`).default([]),
    /** One text field; the tags' own limits are checked below, on the split list. */
    freeSkills: z
      .string()
      .max(PARTNER_LIMITS.freeSkillsInput, `validation.tooLong|${PARTNER_LIMITS.freeSkillsInput}`)
      .optional()
      .transform((value) => splitFreeSkills(value ?? "")),
    strategyCodes: z.array(z.enum(["A", "B", "C"], { error: "validation.invalidChoice" })).default([]),
    fieldNumbers: z.array(z.coerce.number().int().min(1).max(9)).default([]),
    areaSlugs: z.array(z.string().max(60)).default([]),
    relationships: z
      .array(z.enum(shiojiriRelationships), { error: "partners.form.relationshipsRequired" })
      .min(1, "partners.form.relationshipsRequired"),
    home: z
      .string()
      .max(2)
      .optional()
      .refine((value) => parseHome(value) !== null, "validation.invalidChoice"),
    availabilityHoursPerMonth: z.coerce
      .number({ error: "partners.form.hoursRange" })
      .int("partners.form.hoursRange")
      .min(0, "partners.form.hoursRange")
      .max(PARTNER_LIMITS.hours, "partners.form.hoursRange")
      .optional()
      .transform((value) => value ?? null),
    workStyles: z.array(z.enum(workStyles)).default([]),
    engagementTypes: z.array(z.enum(engagementTypes)).default([]),
    languages: z
      .array(
        z.string().refine((code) => partnerLanguageCodes.includes(code), "validation.invalidChoice"),
        { error: "partners.form.languagesRequired" },
      )
      .min(1, "partners.form.languagesRequired"),
    isPublic: z.literal("on").optional(),
    openToContact: z.literal("on").optional(),
    contactEmail: optionalNullable(
      z.string().trim().toLowerCase().max(PARTNER_LIMITS.email, "validation.emailTooLong").email("validation.emailInvalid"),
    ),
    contactPhone: optionalNullable(
      z
        .string()
        .trim()
        .max(PARTNER_LIMITS.phone, `validation.tooLong|${PARTNER_LIMITS.phone}`)
        .regex(/^\+?[0-9()\- ]{6,}$/, "partners.form.phoneInvalid"),
    ),
    website: optionalNullable(
      z
        .string()
        .trim()
        .max(PARTNER_LIMITS.website, `validation.tooLong|${PARTNER_LIMITS.website}`)
        .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, "partners.form.websiteInvalid"),
    ),
  })
  // zod 4 keeps refinements inside the object schema, so Conform still reads every field's constraints (a pipe on
  // the field itself would make the browser think the text field is a required list).
  .superRefine((value, context) => {
    if (value.freeSkills.length > PARTNER_LIMITS.freeSkills) {
      context.addIssue({ code: "custom", path: ["freeSkills"], message: `partners.form.tooManyFreeSkills|${PARTNER_LIMITS.freeSkills}` });
    } else if (value.freeSkills.some((tag) => tag.length > PARTNER_LIMITS.freeSkill)) {
      context.addIssue({ code: "custom", path: ["freeSkills"], message: `partners.form.freeSkillTooLong|${PARTNER_LIMITS.freeSkill}` });
    }
  });

export type PartnerProfileFormValues = z.output<typeof partnerProfileSchema>;
