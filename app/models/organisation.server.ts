// Organisations (団体) as partners: who acts for them (PartnerMember with OWNER/MEMBER), e-mailed invitations,
// and the rule that an organisation always keeps at least one OWNER (checked inside serialisable transactions).
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Language } from "~/i18n/config.ts";
import { prisma } from "~/utils/db.server.ts";

type Db = Pick<Prisma.TransactionClient, "user">;

export type MemberRecipient = { userId: string; email: string; language: Language };

function asLanguage(value: string): Language {
  return value === "en" ? "en" : "ja";
}

/**
 * Everyone who should hear about a partner's proposals, in their own language: every member of an organisation
 * (owners and members alike), or for an individual profile its one owner. One statement; ordered by address so
 * the result is stable. Pass a transaction client to read inside the transaction that queues the mails.
 */
export async function organisationMemberRecipients(partnerId: string, db: Db = prisma): Promise<MemberRecipient[]> {
  const users = await db.user.findMany({
    where: { OR: [{ partnerMemberships: { some: { partnerId } } }, { personalPartner: { is: { id: partnerId } } }] },
    orderBy: { email: "asc" },
    select: { id: true, email: true, language: true },
  });
  return users.map((user) => ({ userId: user.id, email: user.email, language: asLanguage(user.language) }));
}
