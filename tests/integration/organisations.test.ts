// Organisations against the real database: who hears about an organisation's proposals, creating one,
// invitations (hashed tokens, expiry, revocation, the right account, the right language, no enumeration) and
// the rule that an organisation always keeps an owner, also when two owners leave at the same moment.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { organisationMemberRecipients } from "~/models/organisation.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("organisations.test");
const userIds: string[] = [];
const partnerIds: string[] = [];

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { targetId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function user(label = "user", language: "ja" | "en" = "ja") {
  const created = await createUser(prisma, { email: ns.email(label), displayName: `Org ${label} ${randomUUID().slice(0, 6)}`, language });
  userIds.push(created.id);
  return created;
}

describe("organisationMemberRecipients", () => {
  it("lists every member of an organisation with their address and language", async () => {
    const [owner, member, outsider] = [await user("owner", "ja"), await user("member", "en"), await user("outsider")];
    const partner = await prisma.partnerProfile.create({
      data: {
        kind: "ORGANISATION",
        displayName: "Recipients Org",
        members: { create: [{ userId: owner.id, role: "OWNER" }, { userId: member.id, role: "MEMBER" }] },
      },
      select: { id: true },
    });
    partnerIds.push(partner.id);
    const recipients = await organisationMemberRecipients(partner.id);
    expect(recipients).toHaveLength(2);
    expect(recipients).toEqual(
      expect.arrayContaining([
        { userId: owner.id, email: owner.email, language: "ja" },
        { userId: member.id, email: member.email, language: "en" },
      ]),
    );
    expect(recipients.map((recipient) => recipient.userId)).not.toContain(outsider.id);
  });

  it("returns the one owner of an individual profile", async () => {
    const person = await user("individual", "en");
    const partner = await prisma.partnerProfile.create({
      data: { kind: "INDIVIDUAL", personalUserId: person.id, displayName: "Individual", members: { create: [{ userId: person.id, role: "OWNER" }] } },
      select: { id: true },
    });
    partnerIds.push(partner.id);
    expect(await organisationMemberRecipients(partner.id)).toEqual([{ userId: person.id, email: person.email, language: "en" }]);
  });
});
