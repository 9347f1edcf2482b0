// The moderation forms: a report, and the moderators' decisions. Messages are translation keys (text-fields.ts).
import { z } from "zod";
import { blankableText, missing, requiredText } from "~/kernel/forms/text-fields.ts";
import { MODERATION_LIMITS, reportReasons, targetKindNames } from "./moderation-options.ts";

export const reportSchema = z.object({
  type: z.enum(targetKindNames, { error: missing }),
  id: z.uuid({ error: "validation.invalidChoice" }),
  reason: z.enum(reportReasons, { error: missing }),
  details: blankableText(MODERATION_LIMITS.details),
});

/** Hide: a reason the owner is told, and a note in the moderator's words. */
export const hideSchema = z.object({
  intent: z.literal("hide"),
  reason: z.enum(reportReasons, { error: missing }),
  note: blankableText(MODERATION_LIMITS.note),
});

/** Restore: the owner is told why it is back. */
export const restoreSchema = z.object({ intent: z.literal("restore"), note: requiredText(MODERATION_LIMITS.note) });

export const dismissSchema = z.object({ intent: z.literal("dismiss"), note: blankableText(MODERATION_LIMITS.note) });

export const suspendSchema = z.object({
  intent: z.literal("suspend"),
  reason: z.enum(reportReasons, { error: missing }),
  note: requiredText(MODERATION_LIMITS.note),
});

export const unsuspendSchema = z.object({ intent: z.literal("unsuspend"), note: requiredText(MODERATION_LIMITS.note) });
