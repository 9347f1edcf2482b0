// A partner's contact address is confirmed before an introduction hands it to a counterpart (decision 0017): a new
// or changed address gets a link, the owner's own sign-in address counts as confirmed, and until then the
// introduction gives the owner's confirmed sign-in address instead.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { contactEmailConfirmAction, loadContactEmailConfirmPage } from "../../app/features/partners/contact-email-pages.server.ts";
import { createIndividualPartnerProfile, updatePartnerProfile } from "../../app/features/partners/partner.server.ts";
import type { PartnerContent } from "../../app/features/partners/partner.server.ts";
import { createMatch } from "../../app/features/matching/match.server.ts";
import { introduceMatch, setContactConsent } from "../../app/features/matching/match-introduction.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, lastMail, mailTo } from "../support/accounts.ts";

const ns = accountNamespace("partner-contact.test");
const partnerIds: string[] = [];
const challengeIds: string[] = [];

afterAll(async () => {
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns);
});

function content(overrides: Partial<PartnerContent> = {}): PartnerContent {
  return {
    displayName: `連絡先試験 ${randomUUID().slice(0, 6)}`,
    headline: "",
    bio: "",
    skillSlugs: [],
    freeSkills: [],
    strategyCodes: [],
    fieldNumbers: [],
    areaSlugs: [],
    relationships: ["OTHER"],
    prefectureCode: 20,
    countryCode: null,
    availabilityHoursPerMonth: null,
    workStyles: [],
    engagementTypes: [],
    languages: ["ja"],
    isPublic: false,
    openToContact: true,
    contactEmail: null,
    contactPhone: null,
    website: null,
    ...overrides,
  };
}

function loadContactEmailConfirm(token: string) {
  return loadContactEmailConfirmPage(new Request(`http://hub.test/partner-contact/confirm?token=${encodeURIComponent(token)}`));
}

/** Pressing the button on the page: a redirect when confirmed, 400 when the link confirms nothing. */
async function confirmContactEmailAction(token: string): Promise<{ status: number }> {
  const request = new Request("http://hub.test/partner-contact/confirm", {
    method: "POST",
    body: new URLSearchParams({ token }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  const outcome = await contactEmailConfirmAction(request, { clientIp: "10.1.2.3" });
  return outcome instanceof Response ? outcome : { status: (outcome as { init: { status: number } }).init.status };
}

const tokenIn = (text: string) => decodeURIComponent(/\/partner-contact\/confirm\?token=([^\s)]+)/.exec(text)![1]!);

async function verifiedAt(partnerId: string) {
  return (await prisma.partnerProfile.findUniqueOrThrow({ where: { id: partnerId }, select: { contactEmailVerifiedAt: true } }))
    .contactEmailVerifiedAt;
}

describe("confirming a partner's contact address", () => {
  it("mails a link to a new address, confirms it with the link, and asks again when the address changes", async () => {
    const owner = await createUser(prisma, { email: ns.email("owner"), displayName: "所有者", language: "en" });
    const contact = ns.email("contact");
    const created = await createIndividualPartnerProfile(owner, content({ contactEmail: contact }), { origin: "http://hub.test" });
    if (!created.ok) throw new Error(created.reason);
    partnerIds.push(created.id);
    expect(await verifiedAt(created.id)).toBeNull();

    const mail = await lastMail(contact, "partner-contact-email");
    expect(mail.language).toBe("en");
    expect(mail.userId).toBeNull();
    const token = tokenIn(mail.text);
    // Opening the link shows a button only: nothing is confirmed by a mail scanner's fetch.
    const page = await loadContactEmailConfirm(token);
    expect(page.pending).toEqual({ partnerName: expect.any(String), email: contact });
    expect(await verifiedAt(created.id)).toBeNull();
    // A tampered token confirms nothing.
    expect((await confirmContactEmailAction(`${token}x`)).status).toBe(400);
    expect((await confirmContactEmailAction(token)).status).toBe(302);
    expect(await verifiedAt(created.id)).not.toBeNull();
    // Twice is harmless.
    expect((await confirmContactEmailAction(token)).status).toBe(302);

    const changedTo = ns.email("new-contact");
    const version = (await prisma.partnerProfile.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version;
    const saved = await updatePartnerProfile(owner, created.id, version, content({ contactEmail: changedTo }), {
      origin: "http://hub.test",
    });
    expect(saved.ok).toBe(true);
    expect(await verifiedAt(created.id)).toBeNull();
    expect(await mailTo(changedTo, "partner-contact-email")).toHaveLength(1);
    // The old address's link no longer confirms anything.
    expect((await confirmContactEmailAction(token)).status).toBe(400);
    expect(await verifiedAt(created.id)).toBeNull();
  });

  it("takes the owner's own confirmed sign-in address as confirmed, without a mail", async () => {
    const owner = await createUser(prisma, { email: ns.email("self"), displayName: "自分" });
    const created = await createIndividualPartnerProfile(owner, content({ contactEmail: owner.email }));
    if (!created.ok) throw new Error(created.reason);
    partnerIds.push(created.id);
    expect(await verifiedAt(created.id)).not.toBeNull();
    expect(await mailTo(owner.email, "partner-contact-email")).toHaveLength(0);
  });
});

describe("an introduction", () => {
  it("gives the owner's sign-in address while the contact address is unconfirmed, and the contact address once it is", async () => {
    const owner = await createUser(prisma, { email: ns.email("intro-owner"), displayName: "紹介される人" });
    const coordinator = await createUser(prisma, { email: ns.email("intro-coordinator"), displayName: "担当", roles: ["COORDINATOR"] });
    const unconfirmed = ns.email("unconfirmed");
    const partner = await createPartner(prisma, {
      kind: "ORGANISATION",
      displayName: `紹介試験 ${randomUUID().slice(0, 6)}`,
      ownerId: owner.id,
      contactEmail: unconfirmed,
      contactEmailVerified: false,
    });
    partnerIds.push(partner.id);
    const challenge = await createChallenge(prisma, { strategyCode: "A", titleJa: "連絡先の試験", status: "OPEN" });
    challengeIds.push(challenge.id);

    async function introduce(counterpartEmail: string) {
      const created = await createMatch({
        challengeId: challenge.id,
        partnerId: partner.id,
        ownerId: coordinator.id,
        score: 50,
        scoreFactors: [],
        actor: { userId: coordinator.id },
      });
      if (!created.ok) throw new Error(created.reason);
      await setContactConsent({ matchId: created.match.id, consent: true, side: "COORDINATOR", actor: { userId: coordinator.id } });
      const version = (await prisma.match.findUniqueOrThrow({ where: { id: created.match.id }, select: { version: true } })).version;
      const introduced = await introduceMatch({
        matchId: created.match.id,
        expectedVersion: version,
        counterpart: { name: "地域の相手", email: counterpartEmail, language: "ja" },
        actor: { userId: coordinator.id },
      });
      expect(introduced.ok).toBe(true);
      await prisma.match.update({ where: { id: created.match.id }, data: { stage: "ENDED" } });
      return (await lastMail(counterpartEmail, "match-introduction")).text;
    }

    const before = await introduce(ns.email("counterpart-before"));
    expect(before).toContain(owner.email);
    expect(before).not.toContain(unconfirmed);

    await prisma.partnerProfile.update({ where: { id: partner.id }, data: { contactEmailVerifiedAt: new Date() } });
    const after = await introduce(ns.email("counterpart-after"));
    expect(after).toContain(unconfirmed);
  });
});
