// The directory's filters as they live in the address (/partners?skill=ux-design&region=kanto&page=2): parsed
// leniently, because people edit addresses and old links must keep working. A bad value is dropped, never an error.
import { z } from "zod";
import type { PartnerDirectoryFilters } from "~/features/partners/partner.server.ts";
import { parseRegionFilter, shiojiriRelationships } from "~/features/taxonomy/index.ts";
import { smallNumberFilter } from "~/kernel/forms/address-filters.ts";

const filtersSchema = z.object({
  skill: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  field: smallNumberFilter,
  relationship: z.enum(shiojiriRelationships).optional().catch(undefined),
  region: z.string().trim().max(12).optional().catch(undefined),
  kind: z.enum(["INDIVIDUAL", "ORGANISATION"]).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The filters for the query, plus the region exactly as the select submits it (to show it selected again). */
export type ParsedPartnerFilters = PartnerDirectoryFilters & { page: number; regionValue?: string };

export function parsePartnerFilters(searchParams: URLSearchParams): ParsedPartnerFilters {
  const raw: Record<string, string> = {};
  // First value wins for repeated parameters; empty ones (a form's "any") count as absent.
  for (const [key, value] of searchParams) if (!(key in raw) && value !== "") raw[key] = value;
  const parsed = filtersSchema.parse(raw);
  const region = parseRegionFilter(parsed.region);
  const filters: ParsedPartnerFilters = { page: parsed.page };
  if (parsed.skill) filters.skill = parsed.skill;
  if (parsed.field !== undefined) filters.field = parsed.field;
  if (parsed.relationship) filters.relationship = parsed.relationship;
  if (region) {
    filters.region = region;
    filters.regionValue = parsed.region;
  }
  if (parsed.kind) filters.kind = parsed.kind;
  if (parsed.q) filters.q = parsed.q;
  return filters;
}
