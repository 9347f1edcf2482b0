// The suggestions page's one form: "Create match" for a suggested partner (a hidden partner id and a button).
// The for-you page's profile choice is read from the address.
import { z } from "zod";

export const createMatchFromSuggestionSchema = z.object({
  intent: z.literal("create", { error: "validation.invalidChoice" }),
  partnerId: z.uuid({ error: "validation.invalidChoice" }),
});

export const suggestionsPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const forYouFiltersSchema = z.object({
  partner: z.uuid().optional().catch(undefined),
});
