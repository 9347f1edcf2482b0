// The coordinators' side of proposals: the review queue's filters (read from the address) and the review page's
// forms (internal note, assignment, start review, ask for information, accept/decline). Conform runs the forms'
// schemas in the browser, the action runs them again on the server. Messages are translation keys.
import { z } from "zod";
import { requiredText } from "~/kernel/forms/text-fields.ts";
import { PROPOSAL_LIMITS } from "./proposal-schemas.ts";
import { smallNumberFilter, strategyCodeFilter } from "~/kernel/forms/address-filters.ts";

// ───────────────────────────── The queue's filters ─────────────────────────────

/**
 * Which proposals the queue shows. `waiting` (the default) is what waits for a coordinator (SUBMITTED and
 * UNDER_REVIEW); `all` is every status but DRAFT. Drafts are the partner's private work and never listed.
 */
export const reviewStatusFilters = [
  "waiting",
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_INFO",
  "ACCEPTED",
  "DECLINED",
  "WITHDRAWN",
  "all",
] as const;
export type ReviewStatusFilter = (typeof reviewStatusFilters)[number];

/** "Waiting at least N days" in this status. */
export const reviewAgeFilters = [7, 14, 30] as const;

export const reviewAssigneeFilters = ["me", "unassigned"] as const;

export const REVIEW_QUEUE_PAGE_SIZE = 25;

// A hand-edited address falls back to the defaults instead of failing.
export const reviewQueueFiltersSchema = z.object({
  status: z.enum(reviewStatusFilters).catch("waiting"),
  strategy: strategyCodeFilter,
  field: smallNumberFilter,
  age: z.coerce
    .number()
    .refine((value) => (reviewAgeFilters as readonly number[]).includes(value))
    .optional()
    .catch(undefined),
  assignee: z.enum(reviewAssigneeFilters).optional().catch(undefined),
  /** Only the proposals on one challenge (its number): the link from the coordinators' challenge list. */
  challenge: z.coerce.number().int().min(1).max(999_999_999).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ReviewQueueFilters = z.output<typeof reviewQueueFiltersSchema>;

/** Reads the filters from a search string; empty values (an untouched select) mean "no filter". */
export function parseReviewQueueFilters(searchParams: URLSearchParams): ReviewQueueFilters {
  const entries = [...searchParams.entries()].filter(([, value]) => value !== "");
  return reviewQueueFiltersSchema.parse(Object.fromEntries(entries));
}

// ───────────────────────────── The review page's forms ─────────────────────────────

export const NOTE_MAX_LENGTH = 4_000;

/** The version of the proposal the page was opened at: a change by someone else since then is a 409. */
const version = z.coerce.number({ error: "validation.invalidChoice" }).int().min(1).max(2_147_483_647);

export const reviewNoteSchema = z.object({
  intent: z.literal("note", { error: "validation.invalidChoice" }),
  body: requiredText(NOTE_MAX_LENGTH),
});

/** Assign to a coordinator (an id), or take the proposal off everyone's list (empty). */
export const reviewAssignSchema = z.object({
  intent: z.literal("assign", { error: "validation.invalidChoice" }),
  version,
  assigneeId: z.uuid({ error: "validation.invalidChoice" }).optional(),
});

/** SUBMITTED → UNDER_REVIEW; assigns the proposal to whoever starts when nobody has it yet. */
export const reviewStartSchema = z.object({
  intent: z.literal("start", { error: "validation.invalidChoice" }),
  version,
});

/** → NEEDS_INFO, with the question the partner reads (in the mail and on their page). */
export const reviewAskSchema = z.object({
  intent: z.literal("ask", { error: "validation.invalidChoice" }),
  version,
  message: requiredText(PROPOSAL_LIMITS.reason),
});

export const reviewDecisions = ["ACCEPTED", "DECLINED"] as const;

/** → ACCEPTED or DECLINED (the button pressed), with the reason the partner reads. */
export const reviewDecideSchema = z.object({
  intent: z.literal("decide", { error: "validation.invalidChoice" }),
  version,
  decision: z.enum(reviewDecisions, { error: "review.page.decisionRequired" }),
  reason: requiredText(PROPOSAL_LIMITS.reason),
});

export const reviewIntents = ["note", "assign", "start", "ask", "decide", "message"] as const;
export type ReviewIntent = (typeof reviewIntents)[number];
