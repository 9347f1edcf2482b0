// Pieces of the list pages' filter schemas (challenges, partners, review queue, pipeline, reports). They read
// the address, which anyone can edit: a value that does not fit falls back to "no filter" instead of failing.
import { z } from "zod";

/** A basic strategy's code, A–Z, any case. */
export const strategyCodeFilter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/)
  .optional()
  .catch(undefined);

/** A small positive number: a strategy field ①–⑨ or a mid-term period. */
export const smallNumberFilter = z.coerce.number().int().min(1).max(99).optional().catch(undefined);
