// Partner profiles (関係人口): individuals and organisations, who acts for them (PartnerMember), writing profiles
// with optimistic locking, the public directory and the coordinators' view.
import type { PartnerKind } from "~/generated/prisma/enums.ts";
import { prisma } from "~/utils/db.server.ts";

// ───────────────────────────── Who acts for which partner ─────────────────────────────

/**
 * The partner profiles a user acts for: their own individual profile and every organisation they are a member
 * of. Access checks elsewhere (proposals, organisations) go through PartnerMember, which holds both.
 */
export async function partnerIdsForUser(userId: string): Promise<string[]> {
  const rows = await prisma.partnerMember.findMany({ where: { userId }, select: { partnerId: true } });
  return rows.map((row) => row.partnerId);
}

export type PartnerOption = { id: string; displayName: string; kind: PartnerKind };

/** The partners a user may act as (a "propose as" select): their own profile first, then organisations by name. */
export async function getPartnerOptionsForUser(userId: string): Promise<PartnerOption[]> {
  const rows = await prisma.partnerMember.findMany({
    where: { userId },
    select: { partner: { select: { id: true, displayName: true, kind: true } } },
  });
  return rows
    .map((row) => row.partner)
    .sort((a, b) => (a.kind === b.kind ? a.displayName.localeCompare(b.displayName, "ja") : a.kind === "INDIVIDUAL" ? -1 : 1));
}
