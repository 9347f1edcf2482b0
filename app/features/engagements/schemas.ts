// The engagement forms' schemas (Conform in the browser, the page actions on the server). Messages are translation
// keys; "key|n" passes a number to the message.
import { z } from "zod";
import { missing, requiredText } from "~/kernel/forms/text-fields.ts";
import { checkInAnswers, engagementKinds, verifiableKinds } from "./engagement-rules.ts";

export const ENGAGEMENT_LIMITS = {
  title: 120,
  deliverable: 2_000,
  rhythm: 200,
  cityProvides: 2_000,
  name: 120,
  email: 254,
  note: 1_000,
  reflection: 4_000,
  reason: 1_000,
  hoursPerMonth: 744,
  everyDays: 366,
  hours: 10_000,
} as const;

const day = z
  .string({ error: missing })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "engagements.validation.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "engagements.validation.date");

const version = z.coerce.number<string>({ error: "validation.invalidChoice" }).int().min(0);

const wholeNumber = (max: number) =>
  z.coerce
    .number<string>({
      error: (issue) => (issue.input === undefined || issue.input === "" ? "validation.required" : "engagements.validation.number"),
    })
    .int("engagements.validation.number")
    .min(0, "engagements.validation.number")
    .max(max, `engagements.validation.numberMax|${max}`);

const hours = z.coerce
  .number<string>({
    error: (issue) => (issue.input === undefined || issue.input === "" ? "validation.required" : "engagements.validation.hours"),
  })
  .min(0, "engagements.validation.hours")
  .max(ENGAGEMENT_LIMITS.hours, `engagements.validation.numberMax|${ENGAGEMENT_LIMITS.hours}`)
  .refine((value) => Number.isInteger(value * 10), "engagements.validation.hours");

/** Starting an engagement from an agreed match, with the template of its kind. */
export const engagementStartSchema = z.object({
  intent: z.literal("start"),
  matchNumber: z.coerce.number<string>({ error: "engagements.validation.chooseMatch" }).int().min(1, "engagements.validation.chooseMatch"),
  kind: z.enum(engagementKinds, { error: "validation.invalidChoice" }),
});

export const scopeSchema = z
  .object({
    intent: z.literal("scope"),
    version,
    title: requiredText(ENGAGEMENT_LIMITS.title),
    deliverable: requiredText(ENGAGEMENT_LIMITS.deliverable),
    hoursPerMonth: wholeNumber(ENGAGEMENT_LIMITS.hoursPerMonth),
    startsOn: day,
    endsOn: day,
    meetingRhythm: requiredText(ENGAGEMENT_LIMITS.rhythm),
    checkInEveryDays: wholeNumber(ENGAGEMENT_LIMITS.everyDays).refine((value) => value >= 1, "engagements.validation.everyDays"),
    cityProvides: requiredText(ENGAGEMENT_LIMITS.cityProvides),
    hostName: requiredText(ENGAGEMENT_LIMITS.name),
    hostEmail: z
      .string({ error: missing })
      .trim()
      .toLowerCase()
      .min(1, "validation.required")
      .max(ENGAGEMENT_LIMITS.email, "validation.emailTooLong")
      .email("validation.emailInvalid"),
    hostLanguage: z.enum(["ja", "en"], { error: "validation.invalidChoice" }),
  })
  .refine((value) => value.endsOn >= value.startsOn, { path: ["endsOn"], message: "engagements.validation.endBeforeStart" });
export type ScopeValues = z.output<typeof scopeSchema>;

/** Confirming the scope revision the person read (a newer one must be read first). */
export const confirmSchema = z.object({
  intent: z.literal("confirm"),
  revision: z.coerce.number<string>({ error: "validation.invalidChoice" }).int().min(1),
});

export const checkInSchema = z.object({
  intent: z.literal("check-in"),
  checkInId: z.uuid({ error: "validation.invalidChoice" }).optional(),
  answer: z.enum(checkInAnswers, { error: "engagements.validation.chooseAnswer" }),
  note: z
    .string()
    .trim()
    .max(ENGAGEMENT_LIMITS.note, `validation.tooLong|${ENGAGEMENT_LIMITS.note}`)
    .optional()
    .transform((value) => value ?? ""),
});

export const reflectionSchema = z.object({
  intent: z.literal("reflection"),
  delivered: requiredText(ENGAGEMENT_LIMITS.reflection),
  hoursSpent: hours,
  wouldWorkAgain: z.enum(["yes", "no"], { error: "engagements.validation.chooseAgain" }),
  rating: z.coerce
    .number<string>({ error: "engagements.validation.chooseRating" })
    .int("engagements.validation.chooseRating")
    .min(1, "engagements.validation.chooseRating")
    .max(5, "engagements.validation.chooseRating"),
});

export const resendSchema = z.object({ intent: z.literal("resend") });

export const markDoneSchema = z.object({ intent: z.literal("mark-done"), version });

export const endEarlySchema = z.object({ intent: z.literal("end-early"), version, reason: requiredText(ENGAGEMENT_LIMITS.reason) });

export const closeSchema = z.object({ intent: z.literal("close"), version });

/** A coordinator verifying an activity (a workshop visit, a talk, an event shift) for a partner's record. */
export const activitySchema = z.object({
  intent: z.literal("activity"),
  partnerId: z.uuid({ error: "engagements.validation.choosePartner" }),
  kind: z.enum(verifiableKinds, { error: "validation.invalidChoice" }),
  title: requiredText(ENGAGEMENT_LIMITS.title),
  occurredOn: day,
  hours,
  strategyCode: z.enum(["A", "B", "C"], { error: "validation.invalidChoice" }),
  hostName: requiredText(ENGAGEMENT_LIMITS.name),
});
export type ActivityValues = z.output<typeof activitySchema>;

export const fiscalYearParam = z.coerce.number<string>().int().min(2000).max(2100);
