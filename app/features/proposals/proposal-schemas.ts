// The proposal forms (協働提案): the partner's editor, the partner's status buttons, and the thread's reply form
// (shared with the coordinators' page). Conform runs them in the browser, the actions run them again on the
// server. Messages are translation keys; "key|n" passes a number to the message.
import { z } from "zod";
import { blankableText, missing, requiredText } from "~/kernel/forms/text-fields.ts";

export const PROPOSAL_LIMITS = {
  title: 120,
  offer: 10_000,
  needs: 5_000,
  timeline: 2_000,
  team: 2_000,
  /** A message in the thread. */
  message: 4_000,
  /** The reason given with a status change (asking for information, accepting, declining). */
  reason: 2_000,
} as const;

const version = z.coerce.number({ error: "validation.invalidChoice" }).int().min(0).max(2_147_483_647);

/** What the editor's two buttons do: keep the text as it is, or save it and send it to the coordinators. */
export const proposalSaveIntents = ["save", "submit"] as const;

/**
 * The editor. A new proposal carries either the challenge it answers (`challengeNumber`) or, for a free
 * proposal, its strategy and optionally a field of that strategy; an existing one carries the version it was
 * opened at. Whether the field belongs to the strategy, and whether the partner is one the user acts for,
 * need the database and are checked by the model.
 */
export const proposalFormSchema = z
  .object({
    intent: z.enum(proposalSaveIntents, { error: "validation.invalidChoice" }),
    /** The version the editor was opened at; 0 for a new proposal. */
    version,
    /** Which partner profile proposes (the user's own, or an organisation they belong to); new proposals only. */
    partnerId: z.uuid({ error: "validation.invalidChoice" }).optional(),
    challengeNumber: z.coerce.number({ error: "validation.invalidChoice" }).int().min(1).max(999_999_999).optional(),
    strategyCode: z.enum(["A", "B", "C"], { error: missing }).optional(),
    fieldNumber: z.coerce.number({ error: "validation.invalidChoice" }).int().min(1).max(9).optional(),
    title: requiredText(PROPOSAL_LIMITS.title),
    offer: blankableText(PROPOSAL_LIMITS.offer),
    needs: blankableText(PROPOSAL_LIMITS.needs),
    timeline: blankableText(PROPOSAL_LIMITS.timeline),
    team: blankableText(PROPOSAL_LIMITS.team),
    showPartnerPublicly: z.literal("on", { error: "validation.invalidChoice" }).optional(),
  })
  .superRefine((value, context) => {
    // A draft may be half-written; what goes to the coordinators must say what is offered.
    if (value.intent === "submit" && !value.offer) {
      context.addIssue({ code: "custom", path: ["offer"], message: "proposals.form.offerRequiredToSubmit" });
    }
  });

export type ProposalFormValues = z.output<typeof proposalFormSchema>;

/** The partner's buttons on a proposal's page. Withdrawing and deleting cannot be undone: they need a tick. */
export const partnerProposalActions = ["submit", "withdraw", "delete"] as const;

export const partnerProposalActionSchema = z
  .object({
    intent: z.enum(partnerProposalActions, { error: "validation.invalidChoice" }),
    version,
    confirm: z.literal("on", { error: "validation.invalidChoice" }).optional(),
  })
  .superRefine((value, context) => {
    if ((value.intent === "withdraw" || value.intent === "delete") && value.confirm !== "on") {
      context.addIssue({ code: "custom", path: ["confirm"], message: "proposals.detail.confirmRequired" });
    }
  });

/** The thread's reply form, on the partner's page and on the coordinators' page alike. */
export const proposalMessageSchema = z.object({
  intent: z.literal("message", { error: "validation.invalidChoice" }),
  body: requiredText(PROPOSAL_LIMITS.message),
});
