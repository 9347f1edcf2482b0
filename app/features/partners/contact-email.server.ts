// A partner's contact address is shown to a counterpart when a coordinator introduces them (match-introduction),
// so it is used only once someone at that address confirmed it (decision 0017): otherwise anyone could type a
// stranger's address into a profile and have the hub hand it out. A new or changed address gets a link mailed to it;
// until the link is used, introductions give the owner's sign-in address instead, which the account confirmed at
// sign-up. An address that is the editor's own sign-in address is confirmed already.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { writeAudit } from "~/kernel/audit/audit.server.ts";
import type { Actor } from "~/kernel/auth/actor.ts";
import { mailOrigin } from "~/kernel/auth/guards.server.ts";
import { prisma, type Db } from "~/kernel/db.server.ts";
import { queueEmail } from "~/kernel/email/outbox.server.ts";
import { getLinkSigningKey } from "~/kernel/signed-token.server.ts";

const LINK_LIFETIME_DAYS = 7;
const dayMs = 24 * 60 * 60 * 1000;

type ContactTokenPayload = { p: string; e: string; x: number };

async function signContactToken(payload: ContactTokenPayload): Promise<string> {
  const encoded = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  // A purpose prefix keeps these apart from unsubscribe links, which the same key signs.
  const mac = createHmac("sha256", await getLinkSigningKey())
    .update(`contact-email:${encoded}`)
    .digest("base64url");
  return `${encoded}.${mac}`;
}

async function readContactToken(token: string): Promise<ContactTokenPayload | null> {
  if (token.length > 1024) return null;
  const [encoded, mac, ...rest] = token.split(".");
  if (!encoded || !mac || rest.length) return null;
  const expected = createHmac("sha256", await getLinkSigningKey())
    .update(`contact-email:${encoded}`)
    .digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Partial<ContactTokenPayload>;
    if (typeof payload.p !== "string" || typeof payload.e !== "string" || typeof payload.x !== "number") return null;
    return payload.x > Date.now() ? (payload as ContactTokenPayload) : null;
  } catch {
    return null;
  }
}

/**
 * After a profile is created or saved, in the same transaction: an address that changed is unconfirmed again (or
 * confirmed at once when it is the editor's own sign-in address) and gets a confirmation link. Returns the ids of the
 * mail queued, for dispatch after the commit.
 */
export async function reconcileContactEmail(
  tx: Db,
  input: { partnerId: string; previousEmail: string | null; actor: Actor; origin?: string | null },
): Promise<string[]> {
  const partner = await tx.partnerProfile.findUniqueOrThrow({
    where: { id: input.partnerId },
    select: { displayName: true, contactEmail: true },
  });
  const email = partner.contactEmail?.trim().toLowerCase() || null;
  if (email === (input.previousEmail?.trim().toLowerCase() || null)) return [];
  const editor = await tx.user.findUniqueOrThrow({
    where: { id: input.actor.id },
    select: { email: true, language: true, emailVerifiedAt: true },
  });
  const ownAddress = email !== null && email === editor.email && editor.emailVerifiedAt !== null;
  await tx.partnerProfile.update({
    where: { id: input.partnerId },
    data: { contactEmailVerifiedAt: ownAddress ? new Date() : null },
    select: { id: true },
  });
  if (!email || ownAddress) return [];
  const token = await signContactToken({ p: input.partnerId, e: email, x: Date.now() + LINK_LIFETIME_DAYS * dayMs });
  const { id } = await queueEmail(tx, {
    template: "partner-contact-email",
    to: email,
    userId: null,
    language: editor.language === "en" ? "en" : "ja",
    props: {
      partnerName: partner.displayName,
      editorName: input.actor.displayName,
      confirmUrl: `${mailOrigin({ origin: input.origin })}/partner-contact/confirm?token=${encodeURIComponent(token)}`,
      expiresInDays: LINK_LIFETIME_DAYS,
    },
    idempotencyKey: `partner-contact-email:${randomUUID()}`,
  });
  return [id];
}

/** What the confirmation page shows before the button is pressed: the address and profile, or null. */
export async function peekContactEmailToken(token: string) {
  const payload = await readContactToken(token);
  if (!payload) return null;
  const partner = await prisma.partnerProfile.findUnique({ where: { id: payload.p }, select: { displayName: true, contactEmail: true } });
  if (!partner || partner.contactEmail?.toLowerCase() !== payload.e) return null;
  return { partnerName: partner.displayName, email: payload.e };
}

/**
 * Confirms the address the link was mailed to, if the profile still has it (a link for an address replaced since
 * confirms nothing). Using the link twice is harmless.
 */
export async function confirmContactEmail(token: string, context: { ip: string }): Promise<boolean> {
  const payload = await readContactToken(token);
  if (!payload) return false;
  return prisma.$transaction(async (tx) => {
    const confirmed = await tx.partnerProfile.updateMany({
      where: { id: payload.p, contactEmail: { equals: payload.e, mode: "insensitive" } },
      data: { contactEmailVerifiedAt: new Date() },
    });
    if (confirmed.count === 0) return false;
    await writeAudit(tx, {
      actor: null,
      action: "partner.contact_email_verified",
      targetType: "partner",
      targetId: payload.p,
      ipAddress: context.ip,
    });
    return true;
  });
}
