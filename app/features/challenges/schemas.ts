// The challenge editor's one schema (Conform in the browser, the action on the server) and the lifecycle rules
// both sides show. Messages are translation keys; "key|n" passes a number to the message.
import { z } from "zod";
import {
  challengeStatuses,
  engagementTypes,
  publicChallengeStatuses,
  workStyles,
  type ChallengeStatusName,
} from "~/features/challenges/challenge-options.ts";
import { missing, optionalText, requiredText } from "~/kernel/forms/text-fields.ts";

export { challengeStatuses, engagementTypes, publicChallengeStatuses, workStyles, type ChallengeStatusName };

/** DRAFT → OPEN → MATCHING → IN_PROGRESS → COMPLETED, or ARCHIVED from anywhere; MATCHING may reopen. */
export const challengeTransitions: Record<ChallengeStatusName, readonly ChallengeStatusName[]> = {
  DRAFT: ["OPEN", "ARCHIVED"],
  OPEN: ["MATCHING", "ARCHIVED"],
  MATCHING: ["OPEN", "IN_PROGRESS", "ARCHIVED"],
  IN_PROGRESS: ["COMPLETED", "ARCHIVED"],
  COMPLETED: ["ARCHIVED"],
  ARCHIVED: [],
};

export function canTransition(from: ChallengeStatusName, to: ChallengeStatusName): boolean {
  return challengeTransitions[from].includes(to);
}

export const CHALLENGE_LIMITS = {
  title: 120,
  summary: 400,
  body: 20_000,
  department: 80,
  alt: 200,
  capacity: 100,
  hoursPerMonth: 200,
} as const;

/** Working languages a challenge may ask of partners (the local side works in Japanese; English for international work). */
export const challengeLanguages = ["ja", "en"] as const;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export const challengeFormSchema = z
  .object({
    /** The version the editor was opened at; 0 for a new challenge. */
    version: z.coerce.number({ error: "validation.invalidChoice" }).int().min(0),
    titleJa: requiredText(CHALLENGE_LIMITS.title),
    titleEn: optionalText(CHALLENGE_LIMITS.title),
    summaryJa: requiredText(CHALLENGE_LIMITS.summary),
    summaryEn: optionalText(CHALLENGE_LIMITS.summary),
    bodyJa: requiredText(CHALLENGE_LIMITS.body),
    bodyEn: optionalText(CHALLENGE_LIMITS.body),
    strategyCode: z.enum(["A", "B", "C"], { error: missing }),
    fieldNumbers: z
      .array(z.coerce.number().int().min(1).max(9), { error: "challengeForm.fieldsRequired" })
      .min(1, "challengeForm.fieldsRequired")
      .max(9),
    /** The field the challenge is listed under first; one of fieldNumbers. Empty: the editor picks (see there). */
    primaryFieldNumber: z.coerce.number({ error: "validation.invalidChoice" }).int().min(1).max(9).optional(),
    areaSlug: z.string({ error: missing }).trim().min(1, "validation.required").max(60),
    periodNumber: z.coerce.number({ error: missing }).int().min(1).max(3),
    skillSlugs: z.array(z.string().max(60)).max(12, "challengeForm.tooManySkills").default([]),
    workStyles: z.array(z.enum(workStyles), { error: "challengeForm.workStylesRequired" }).min(1, "challengeForm.workStylesRequired"),
    engagementTypes: z
      .array(z.enum(engagementTypes), { error: "challengeForm.engagementTypesRequired" })
      .min(1, "challengeForm.engagementTypesRequired"),
    capacity: z.coerce
      .number({ error: missing })
      .int("challengeForm.capacityRange")
      .min(1, "challengeForm.capacityRange")
      .max(CHALLENGE_LIMITS.capacity, "challengeForm.capacityRange"),
    /** Hours per month asked of each partner; empty: not stated (matching then estimates from the engagement type). */
    hoursPerMonth: z.coerce
      .number({ error: "challengeForm.hoursRange" })
      .int("challengeForm.hoursRange")
      .min(1, "challengeForm.hoursRange")
      .max(CHALLENGE_LIMITS.hoursPerMonth, "challengeForm.hoursRange")
      .optional()
      .transform((value) => value ?? null),
    /** Unticking every box (or a form from before issue 16) means the default: the work is done in Japanese. */
    languages: z
      .array(z.enum(challengeLanguages, { error: "validation.invalidChoice" }))
      .default([])
      .transform((codes): Array<(typeof challengeLanguages)[number]> => (codes.length ? codes : ["ja"])),
    deadline: z
      .string()
      .regex(dayPattern, "challengeForm.deadlineInvalid")
      .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()), "challengeForm.deadlineInvalid")
      .optional()
      .transform((value) => value ?? null),
    ownerDepartmentJa: requiredText(CHALLENGE_LIMITS.department),
    ownerDepartmentEn: optionalText(CHALLENGE_LIMITS.department),
    coverAltJa: optionalText(CHALLENGE_LIMITS.alt),
    coverAltEn: optionalText(CHALLENGE_LIMITS.alt),
    removeCover: z.literal("on").optional(),
  })
  // zod 4 keeps refinements inside the object schema, so Conform still reads every field's constraints.
  .superRefine((value, context) => {
    if (value.primaryFieldNumber !== undefined && !value.fieldNumbers.includes(value.primaryFieldNumber)) {
      context.addIssue({ code: "custom", path: ["primaryFieldNumber"], message: "challengeForm.primaryFieldNotChosen" });
    }
  });

export type ChallengeFormValues = z.output<typeof challengeFormSchema>;

export const challengeStatusFormSchema = z
  .object({
    version: z.coerce.number({ error: "validation.invalidChoice" }).int().min(1),
    status: z.enum(challengeStatuses, { error: "validation.invalidChoice" }),
    /** Archiving cannot be undone (no transition leaves ARCHIVED), so it needs a ticked box. */
    confirmArchive: z.literal("on").optional(),
  })
  .superRefine((value, context) => {
    if (value.status === "ARCHIVED" && value.confirmArchive !== "on") {
      context.addIssue({ code: "custom", path: ["confirmArchive"], message: "coordinate.archiveConfirmRequired" });
    }
  });
