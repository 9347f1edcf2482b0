// The introduced partner's answer to an introduction (decision 0019): accept, or decline with a reason code. The
// codes are exported (index.ts) so that matching can later weigh them — a partner "too busy until <date>" is not
// suggested again before that date.
import { z } from "zod";
import { optionalText } from "~/kernel/forms/text-fields.ts";

export const introductionAnswers = ["ACCEPTED", "DECLINED"] as const;
export type IntroductionAnswerName = (typeof introductionAnswers)[number];

/** Why a partner declines; TOO_BUSY comes with the date until which they are busy. */
export const introductionDeclineReasons = ["TOO_BUSY", "SKILLS_MISMATCH", "LOCATION", "TERMS", "OTHER"] as const;
export type IntroductionDeclineReasonName = (typeof introductionDeclineReasons)[number];

export const DECLINE_NOTE_MAX_LENGTH = 1_000;

/** A Tokyo calendar day typed into a date field ("2027-03-31"). */
const tokyoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "matching.answer.validation.date", abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "matching.answer.validation.date");

/**
 * One form for both answers (it works without JavaScript: the reason fields are simply ignored on accept). A decline
 * needs a reason; TOO_BUSY needs its date, which must not be in the past (checked by the command, which knows today).
 */
export const introductionAnswerSchema = z
  .object({
    answer: z.enum(introductionAnswers, { error: "validation.invalidChoice" }),
    reason: z.enum(introductionDeclineReasons, { error: "validation.invalidChoice" }).optional(),
    busyUntil: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .pipe(tokyoDay.optional()),
    note: optionalText(DECLINE_NOTE_MAX_LENGTH),
    /** The signed link's token when answering from the e-mail without signing in. */
    token: z.string().max(512).optional(),
  })
  .superRefine((value, context) => {
    if (value.answer !== "DECLINED") return;
    if (!value.reason) context.addIssue({ code: "custom", path: ["reason"], message: "matching.answer.validation.reasonRequired" });
    if (value.reason === "TOO_BUSY" && !value.busyUntil)
      context.addIssue({ code: "custom", path: ["busyUntil"], message: "matching.answer.validation.busyUntilRequired" });
  });
