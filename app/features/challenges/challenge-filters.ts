// The challenge filters as they live in the address (?strategy=A&field=4&q=子育て&page=2): parsed leniently,
// because people edit addresses by hand and old links must keep working. A bad value is dropped, never an error.
import { z } from "zod";
import type { ChallengeFilters } from "~/features/challenges/challenge.server.ts";
import { engagementTypes, publicChallengeStatuses, workStyles } from "~/features/challenges/schemas.ts";
import { smallNumberFilter, strategyCodeFilter } from "~/kernel/forms/address-filters.ts";

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,60}$/)
  .optional()
  .catch(undefined);

const filtersSchema = z.object({
  strategy: strategyCodeFilter,
  field: smallNumberFilter,
  area: slug,
  skill: slug,
  workStyle: z.enum(workStyles).optional().catch(undefined),
  engagementType: z.enum(engagementTypes).optional().catch(undefined),
  status: z.enum(publicChallengeStatuses).optional().catch(undefined),
  period: z.coerce.number().int().min(1).max(9).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  sort: z.enum(["newest", "deadline"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ParsedChallengeFilters = ChallengeFilters & { page: number };

export function parseChallengeFilters(searchParams: URLSearchParams): ParsedChallengeFilters {
  const raw: Record<string, string> = {};
  // First value wins for repeated parameters; empty ones (a form's "any") count as absent.
  for (const [key, value] of searchParams) if (!(key in raw) && value !== "") raw[key] = value;
  const parsed = filtersSchema.parse(raw);
  const filters: ParsedChallengeFilters = { page: parsed.page };
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined && key !== "page") Object.assign(filters, { [key]: value });
  return filters;
}

/** The address of a list with these filters; `page` 1 and empty values are left out to keep links short. */
export function challengeFiltersToSearch(filters: Partial<ParsedChallengeFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
