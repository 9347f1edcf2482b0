// The match pipeline's forms and filters: the board's filters (read from the address) and the match page's forms
// (move, end with a reason, owner). Conform runs the schemas in the browser, the action again on the server.
import { z } from "zod";
import { missing } from "~/kernel/forms/text-fields.ts";
import { EMAIL_MAX_LENGTH } from "~/kernel/forms/validation-params.ts";
import { strategyCodeFilter } from "~/kernel/forms/address-filters.ts";

export const MATCH_REASON_MAX_LENGTH = 2_000;

// A hand-edited address falls back to the defaults instead of failing.
export const matchBoardFiltersSchema = z.object({
  strategy: strategyCodeFilter,
  owner: z.uuid().optional().catch(undefined),
  ended: z.literal("1").optional().catch(undefined),
});

export type MatchBoardFilters = z.output<typeof matchBoardFiltersSchema>;

export function parseMatchBoardFilters(searchParams: URLSearchParams): MatchBoardFilters {
  const entries = [...searchParams.entries()].filter(([, value]) => value !== "");
  return matchBoardFiltersSchema.parse(Object.fromEntries(entries));
}

/** The version of the match the page was opened at: a change by someone else since then is a 409. */
const version = z.coerce.number({ error: "validation.invalidChoice" }).int().min(1).max(2_147_483_647);

/** A forward move (the next stage); ending has its own form with a reason. */
export const matchMoveSchema = z.object({
  intent: z.literal("move", { error: "validation.invalidChoice" }),
  version,
  to: z.enum(["INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"], { error: "validation.invalidChoice" }),
});

export const matchEndSchema = z.object({
  intent: z.literal("end", { error: "validation.invalidChoice" }),
  version,
  reason: z
    .string({ error: missing })
    .trim()
    .min(1, "validation.required")
    .max(MATCH_REASON_MAX_LENGTH, `validation.tooLong|${MATCH_REASON_MAX_LENGTH}`),
});

/** Give the match to a coordinator (an id), or to no one (empty). */
export const matchOwnerSchema = z.object({
  intent: z.literal("owner", { error: "validation.invalidChoice" }),
  version,
  ownerId: z.uuid({ error: "validation.invalidChoice" }).optional(),
});

export type MatchIntent = "move" | "end" | "owner" | "introduce" | "consent";

export const COUNTERPART_NAME_MAX_LENGTH = 120;

/** Introduce the partner to the local counterpart (private: only the two sides and coordinators see it). */
export const matchIntroduceSchema = z.object({
  intent: z.literal("introduce", { error: "validation.invalidChoice" }),
  version,
  counterpartName: z
    .string({ error: missing })
    .trim()
    .min(1, "validation.required")
    .max(COUNTERPART_NAME_MAX_LENGTH, `validation.tooLong|${COUNTERPART_NAME_MAX_LENGTH}`),
  counterpartEmail: z
    .string({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.emailInvalid") })
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX_LENGTH, "validation.emailTooLong")
    .email("validation.emailInvalid"),
  counterpartLanguage: z.enum(["ja", "en"], { error: missing }),
});

/** A coordinator records consent the partner gave by phone or e-mail. */
export const matchConsentSchema = z.object({
  intent: z.literal("consent", { error: "validation.invalidChoice" }),
  version,
});

/** The partner's own answer on /matches/<n>: share the contact details, or withdraw before the introduction. */
export const partnerConsentSchema = z.object({
  intent: z.enum(["consent", "withdraw"], { error: "validation.invalidChoice" }),
});
