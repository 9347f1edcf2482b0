// Text fields shared by every form schema: trimmed, with a length limit, and the same translation keys for
// "required" / "too long" everywhere. Messages are translation keys; "key|n" passes a number to the message.
import { z } from "zod";

/** A field that never arrived is "required"; one that arrived with a value of the wrong kind is "invalid". */
export const missing = (issue: { input?: unknown }) => (issue.input === undefined ? "validation.required" : "validation.invalidChoice");

/** Trimmed text that must not be empty. */
export const requiredText = (max: number) =>
  z.string({ error: missing }).trim().min(1, "validation.required").max(max, `validation.tooLong|${max}`);

/** Trimmed text that may be left out: null when empty (an optional column). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `validation.tooLong|${max}`)
    .optional()
    .transform((value) => (value ? value : null));

/** Trimmed text that may be left empty: "" when empty (a column that defaults to ""). */
export const blankableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `validation.tooLong|${max}`)
    .optional()
    .transform((value) => value ?? "");
