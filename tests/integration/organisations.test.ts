// Organisations against the real database: who hears about an organisation's proposals, creating one,
// invitations (hashed tokens, expiry, revocation, the right account, the right language, no enumeration) and
// the rule that an organisation always keeps an owner, also when two owners leave at the same moment.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  answerInvitation,
  changeMemberRole,
  countPendingInvitations,
  getOrganisationForViewer,
  inviteMember,
  leaveOrganisation,
  organisationMemberRecipients,
  peekInvitation,
  pendingInvitationsFor,
  removeMember,
  revokeInvitation,
  transferOwnership,
  type OrganisationActor,
} from "../../app/features/partners/organisation.server.ts";
import { deleteAccount } from "../../app/features/accounts/account.server.ts";
import { createOrganisationProfile, type PartnerContent } from "../../app/features/partners/partner.server.ts";
import { createSession } from "../../app/kernel/auth/session.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  loadOrganisationPage,
  organisationPageAction,
  organisationsIndexAction,
  invitationAction,
  loadInvitation,
} from "../../app/features/partners/organisation-pages.server.ts";
import type { RoleName } from "../../app/kernel/auth/permissions.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, lastMail, mailTo } from "../support/accounts.ts";

const ns = accountNamespace("organisations.test");
const userIds: string[] = [];
const partnerIds: string[] = [];

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { targetType: "partner", targetId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.rateLimit.deleteMany({ where: { OR: [...partnerIds, ...userIds].map((id) => ({ key: { endsWith: `:${id}` } })) } });
  await cleanUpAccounts(ns, userIds);
});

type TestUser = OrganisationActor & { language: string; roles: RoleName[] };

async function user(
  label = "user",
  options: { language?: "ja" | "en"; roles?: ("PARTNER" | "COORDINATOR" | "ADMIN")[]; email?: string } = {},
): Promise<TestUser> {
  const created = await createUser(prisma, {
    email: options.email ?? ns.email(label),
    displayName: `Org ${label} ${randomUUID().slice(0, 6)}`,
    language: options.language ?? "ja",
    roles: options.roles,
  });
  userIds.push(created.id);
  return { ...created, emailVerified: true, roles: options.roles ?? [] };
}

function content(displayName: string): PartnerContent {
  return {
    displayName,
    headline: "",
    bio: "",
    skillSlugs: [],
    freeSkills: [],
    strategyCodes: [],
    fieldNumbers: [],
    areaSlugs: [],
    relationships: [],
    prefectureCode: null,
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
  };
}

const context = () => ns.context();

/** An organisation made the way /organisations/new makes one, with `owner` as its first owner. */
async function organisation(owner: TestUser, name = `団体 ${randomUUID().slice(0, 6)}`) {
  const created = await createOrganisationProfile(owner, content(name), { ip: "10.0.0.1" });
  if (!created.ok) throw new Error("organisation not created");
  partnerIds.push(created.id);
  return { id: created.id, displayName: name };
}

/** Adds a member straight away (as an accepted invitation would). */
async function addMember(partnerId: string, member: TestUser, role: "OWNER" | "MEMBER" = "MEMBER") {
  await prisma.partnerMember.create({ data: { partnerId, userId: member.id, role } });
}

const tokenIn = (text: string) => {
  const match = /\/invitations\/([a-z2-7]{32})\b/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in:\n${text}`);
  return match[1];
};

async function invite(
  owner: TestUser,
  partnerId: string,
  email: string,
  options: { role?: "OWNER" | "MEMBER"; language?: "ja" | "en" } = {},
) {
  const outcome = await inviteMember(
    owner,
    partnerId,
    { email, role: options.role ?? "MEMBER", language: options.language ?? "ja" },
    context(),
  );
  if (!outcome.ok) throw new Error(`invitation refused: ${outcome.reason}`);
  const mail = await lastMail(email, "organisation-invitation");
  return { invitationId: outcome.invitationId, token: tokenIn(mail.text), mail };
}

const owners = (partnerId: string) => prisma.partnerMember.count({ where: { partnerId, role: "OWNER" } });

async function cookieFor(userId: string) {
  const { token } = await createSession(userId, "vitest", { secondFactor: true });
  return `session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`;
}

function post(path: string, cookie: string | null, values: Record<string, string>) {
  return new Request(`http://hub.test${path}`, {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

async function settle<T>(work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

type Reply = {
  data: {
    intent: string;
    error?: string;
    done?: { key: string; values?: Record<string, string> };
    result?: { initialValue?: Record<string, unknown> };
  };
  init: ResponseInit | null;
};

describe("organisationMemberRecipients", () => {
  it("lists every member of an organisation with their address and language", async () => {
    const [owner, member, outsider] = [
      await user("owner", { language: "ja" }),
      await user("member", { language: "en" }),
      await user("outsider"),
    ];
    const org = await organisation(owner);
    await addMember(org.id, member);
    const recipients = await organisationMemberRecipients(org.id);
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
    const person = await user("individual", { language: "en" });
    const partner = await prisma.partnerProfile.create({
      data: {
        kind: "INDIVIDUAL",
        personalUserId: person.id,
        displayName: "Individual",
        members: { create: [{ userId: person.id, role: "OWNER" }] },
      },
      select: { id: true },
    });
    partnerIds.push(partner.id);
    expect(await organisationMemberRecipients(partner.id)).toEqual([{ userId: person.id, email: person.email, language: "en" }]);
  });
});

describe("creating an organisation", () => {
  it("makes the creator its owner and a partner, and records it", async () => {
    const creator = await user("creator");
    const org = await organisation(creator);
    expect(await prisma.partnerMember.findMany({ where: { partnerId: org.id }, select: { userId: true, role: true } })).toEqual([
      { userId: creator.id, role: "OWNER" },
    ]);
    expect(await prisma.userRole.findMany({ where: { userId: creator.id }, select: { role: true } })).toEqual([{ role: "PARTNER" }]);
    const audit = await prisma.auditLog.findMany({
      where: { targetType: "partner", targetId: org.id },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([{ action: "organisation.created", actorId: creator.id }]);
  });
});

describe("invitations", () => {
  it("only owners invite: a member is refused (403), a stranger finds nothing (404)", async () => {
    const [owner, member, stranger] = [await user("owner"), await user("member"), await user("stranger")];
    const org = await organisation(owner);
    await addMember(org.id, member);
    const email = ns.email("invitee");
    expect(await inviteMember(member, org.id, { email, role: "MEMBER", language: "ja" }, context())).toMatchObject({
      ok: false,
      kind: "forbidden",
      reason: "organisations.errors.ownersOnly",
    });
    expect(await inviteMember(stranger, org.id, { email, role: "MEMBER", language: "ja" }, context())).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect(await inviteMember(owner, "not-a-uuid", { email, role: "MEMBER", language: "ja" }, context())).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect(await mailTo(email)).toEqual([]);
    expect(await prisma.partnerInvitation.count({ where: { partnerId: org.id } })).toBe(0);
  });

  it("stores only the SHA-256 of the link's token, valid for 14 days, and records who invited whom", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const email = ns.email("hashed");
    const { invitationId, token } = await invite(owner, org.id, email, { role: "OWNER" });
    const row = await prisma.partnerInvitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ email, role: "OWNER", invitedById: owner.id, acceptedAt: null, declinedAt: null, revokedAt: null });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 2);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { targetId: org.id, action: "organisation.member_invited" },
      select: { actorId: true, details: true },
    });
    expect(audit).toMatchObject({ actorId: owner.id, details: { invitationId, email, role: "OWNER" } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(await peekInvitation(token)).toMatchObject({
      id: invitationId,
      email,
      organisation: { id: org.id, displayName: org.displayName },
      inviterName: owner.displayName,
    });
  });

  it("mails in the invitee's own language when the address has an account, else in the language chosen on the form", async () => {
    const owner = await user("owner", { language: "ja" });
    const org = await organisation(owner, "Kiso Lab");
    const english = await user("english", { language: "en" });
    await invite(owner, org.id, english.email, { language: "ja" });
    const toAccount = await lastMail(english.email, "organisation-invitation");
    expect(toAccount).toMatchObject({
      language: "en",
      userId: english.id,
      subject: "Invitation to join Kiso Lab — Shiojiri Co-creation Hub",
    });
    expect(toAccount.text).toContain(`Hello ${english.displayName},`);

    const newcomer = ns.email("newcomer");
    await invite(owner, org.id, newcomer, { language: "en" });
    expect(await lastMail(newcomer, "organisation-invitation")).toMatchObject({ language: "en", userId: null });

    const japanese = ns.email("japanese");
    await invite(owner, org.id, japanese);
    const inJapanese = await lastMail(japanese, "organisation-invitation");
    expect(inJapanese).toMatchObject({ language: "ja", subject: "【しおじり共創ハブ】「Kiso Lab」への招待" });
    expect(inJapanese.text).toContain(`${owner.displayName}さんが`);
  });

  it("answers the invite form the same whether or not the address has an account", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const existing = await user("existing");
    const unknown = ns.email("unknown");
    const cookie = await cookieFor(owner.id);
    const replies: { status: number | undefined; body: string }[] = [];
    for (const email of [existing.email, unknown]) {
      const reply = (await organisationPageAction(
        post(`/organisations/${org.id}`, cookie, { intent: "invite", email, role: "MEMBER", language: "en" }),
        { clientIp: ns.context().ip },
        org.id,
      )) as unknown as Reply;
      replies.push({ status: reply.init?.status, body: JSON.stringify(reply.data).replaceAll(email, "<address>") });
    }
    expect(replies[0]).toEqual(replies[1]);
    expect(replies[0]!.body).toContain("organisations.done.invited");
    expect(await mailTo(unknown, "organisation-invitation")).toHaveLength(1);
    expect(await mailTo(existing.email, "organisation-invitation")).toHaveLength(1);
  });

  it("refuses to invite someone who is already a member", async () => {
    const [owner, member] = [await user("owner"), await user("member")];
    const org = await organisation(owner);
    await addMember(org.id, member);
    expect(
      await inviteMember(owner, org.id, { email: member.email.toUpperCase(), role: "MEMBER", language: "ja" }, context()),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      reason: "organisations.errors.alreadyMember",
    });
  });

  it("a second invitation to the same address replaces the first, whose link stops working", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const email = ns.email("twice");
    const first = await invite(owner, org.id, email);
    const second = await invite(owner, org.id, email);
    expect(await peekInvitation(first.token)).toBeNull();
    expect(await peekInvitation(second.token)).not.toBeNull();
    const rows = await prisma.partnerInvitation.findMany({
      where: { partnerId: org.id, email },
      orderBy: { createdAt: "asc" },
      select: { id: true, revokedAt: true },
    });
    expect(rows.map((row) => row.revokedAt !== null)).toEqual([true, false]);
  });

  it("limits how many invitations one organisation sends (429 with a wait)", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    for (let index = 0; index < 20; index++) {
      expect(
        await inviteMember(owner, org.id, { email: ns.email(`bulk${index}`), role: "MEMBER", language: "ja" }, context()),
      ).toMatchObject({ ok: true });
    }
    const refused = await inviteMember(owner, org.id, { email: ns.email("one-too-many"), role: "MEMBER", language: "ja" }, context());
    expect(refused).toMatchObject({ ok: false, kind: "invalid", reason: "organisations.errors.tooManyInvitations" });
    expect(refused.ok === false && refused.kind === "invalid" && refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("owners withdraw pending invitations; the link then shows as invalid", async () => {
    const [owner, member] = [await user("owner"), await user("member")];
    const org = await organisation(owner);
    await addMember(org.id, member);
    const invitee = await user("invitee");
    const { invitationId, token } = await invite(owner, org.id, invitee.email);
    expect(await revokeInvitation(member, org.id, invitationId, context())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await revokeInvitation(owner, org.id, invitationId, context())).toEqual({ ok: true });
    expect(await revokeInvitation(owner, org.id, invitationId, context())).toMatchObject({ ok: false, kind: "not-found" });
    expect(await peekInvitation(token)).toBeNull();
    expect(await answerInvitation(invitee, { token }, "accept", context())).toMatchObject({
      ok: false,
      reason: "organisations.errors.invitationGone",
    });
    expect(await prisma.partnerMember.count({ where: { partnerId: org.id, userId: invitee.id } })).toBe(0);
    const audit = await prisma.auditLog.findFirst({
      where: { targetId: org.id, action: "organisation.invitation_revoked" },
      select: { actorId: true },
    });
    expect(audit?.actorId).toBe(owner.id);
  });

  it("refuses expired links", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const invitee = await user("late");
    const { invitationId, token } = await invite(owner, org.id, invitee.email);
    await prisma.partnerInvitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await peekInvitation(token)).toBeNull();
    expect(await answerInvitation(invitee, { token }, "accept", context())).toMatchObject({ ok: false, kind: "not-found" });
    expect(await pendingInvitationsFor(invitee.email)).toEqual([]);
    // Owners still see it, marked expired.
    const page = await getOrganisationForViewer(org.id, owner);
    expect(page?.invitations).toEqual([expect.objectContaining({ id: invitationId, expired: true })]);
  });

  it("refuses mistyped tokens without touching the database", async () => {
    const someone = await user("someone");
    expect(await peekInvitation("not-a-token")).toBeNull();
    expect(await peekInvitation("a".repeat(32))).toBeNull();
    expect(await answerInvitation(someone, { token: "'; drop table" }, "accept", context())).toMatchObject({
      ok: false,
      kind: "not-found",
    });
    expect(await answerInvitation(someone, { invitationId: "nope" }, "accept", context())).toMatchObject({ ok: false, kind: "not-found" });
  });

  it("only the account with the invited address can answer", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const invitee = await user("invitee");
    const other = await user("other");
    const { token, invitationId } = await invite(owner, org.id, invitee.email);
    expect(await answerInvitation(other, { token }, "accept", context())).toMatchObject({
      ok: false,
      kind: "forbidden",
      reason: "organisations.errors.wrongAccount",
    });
    expect(await answerInvitation(other, { invitationId }, "decline", context())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await prisma.partnerMember.count({ where: { partnerId: org.id, userId: other.id } })).toBe(0);
    expect(await peekInvitation(token)).not.toBeNull();
    expect(await answerInvitation({ ...invitee, emailVerified: false }, { token }, "accept", context())).toMatchObject({
      ok: false,
      kind: "forbidden",
      reason: "organisations.errors.unverified",
    });
  });

  it("accepting makes the account a member and a partner, once; the inviter hears in their language", async () => {
    const owner = await user("owner", { language: "en" });
    const org = await organisation(owner, "Narai Works");
    const invitee = await user("invitee", { language: "ja" });
    const { token, invitationId } = await invite(owner, org.id, invitee.email);
    expect(await countPendingInvitations(invitee.email)).toBe(1);
    expect(await answerInvitation(invitee, { token }, "accept", context())).toEqual({
      ok: true,
      partnerId: org.id,
      organisationName: "Narai Works",
    });
    expect(
      await prisma.partnerMember.findUnique({
        where: { partnerId_userId: { partnerId: org.id, userId: invitee.id } },
        select: { role: true },
      }),
    ).toEqual({ role: "MEMBER" });
    expect(await prisma.userRole.findMany({ where: { userId: invitee.id }, select: { role: true } })).toEqual([{ role: "PARTNER" }]);
    expect((await prisma.partnerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).not.toBeNull();
    expect(await countPendingInvitations(invitee.email)).toBe(0);
    // A used link is refused.
    expect(await answerInvitation(invitee, { token }, "accept", context())).toMatchObject({ ok: false, kind: "not-found" });
    expect(await answerInvitation(invitee, { token }, "decline", context())).toMatchObject({ ok: false, kind: "not-found" });
    const answered = await lastMail(owner.email, "organisation-invitation-answered");
    expect(answered).toMatchObject({
      language: "en",
      userId: owner.id,
      subject: "Your invitation to Narai Works was accepted — Shiojiri Co-creation Hub",
    });
    expect(answered.text).toContain(invitee.displayName);
    expect(answered.text).toContain(`/organisations/${org.id}`);
    const actions = await prisma.auditLog.findMany({
      where: { targetType: "partner", targetId: org.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "organisation.created",
      "organisation.member_invited",
      "organisation.invitation_accepted",
    ]);
    expect(await organisationMemberRecipients(org.id)).toHaveLength(2);
  });

  it("two clicks on the same link at once make one membership and one mail", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const invitee = await user("double");
    const { token } = await invite(owner, org.id, invitee.email);
    const outcomes = await Promise.all([
      answerInvitation(invitee, { token }, "accept", context()),
      answerInvitation(invitee, { token }, "accept", context()),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(await mailTo(owner.email, "organisation-invitation-answered")).toHaveLength(1);
  });

  it("an owner invitation makes an owner; declining leaves nothing but the answer and a mail", async () => {
    const owner = await user("owner", { language: "ja" });
    const org = await organisation(owner, "塩尻ラボ");
    const coOwner = await user("co-owner");
    const first = await invite(owner, org.id, coOwner.email, { role: "OWNER" });
    expect(await answerInvitation(coOwner, { invitationId: first.invitationId }, "accept", context())).toMatchObject({ ok: true });
    expect(await owners(org.id)).toBe(2);

    const decliner = await user("decliner");
    const second = await invite(owner, org.id, decliner.email);
    expect(await answerInvitation(decliner, { token: second.token }, "decline", context())).toMatchObject({ ok: true });
    expect(await prisma.partnerMember.count({ where: { partnerId: org.id, userId: decliner.id } })).toBe(0);
    expect(await prisma.userRole.count({ where: { userId: decliner.id } })).toBe(0);
    const row = await prisma.partnerInvitation.findUniqueOrThrow({ where: { id: second.invitationId } });
    expect(row.declinedAt).not.toBeNull();
    const mail = await lastMail(owner.email, "organisation-invitation-answered");
    expect(mail.subject).toBe("【しおじり共創ハブ】「塩尻ラボ」への招待が辞退されました");
    expect(
      await prisma.auditLog.count({ where: { targetId: org.id, action: "organisation.invitation_declined", actorId: decliner.id } }),
    ).toBe(1);
  });
});

describe("members and the last owner", () => {
  it("the last owner cannot leave, be removed or be demoted", async () => {
    const [owner, member] = [await user("owner"), await user("member")];
    const org = await organisation(owner);
    await addMember(org.id, member);
    const lastOwner = { ok: false, kind: "conflict", reason: "organisations.errors.lastOwner" };
    expect(await leaveOrganisation(owner, org.id, context())).toMatchObject(lastOwner);
    expect(await removeMember(owner, org.id, owner.id, context())).toMatchObject(lastOwner);
    expect(await changeMemberRole(owner, org.id, { userId: owner.id, role: "MEMBER" }, context())).toMatchObject(lastOwner);
    expect(await owners(org.id)).toBe(1);
    // A member can neither remove nor promote anyone.
    expect(await removeMember(member, org.id, owner.id, context())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await changeMemberRole(member, org.id, { userId: member.id, role: "OWNER" }, context())).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
  });

  it("owners change roles and remove members; members leave; every change is recorded", async () => {
    const [owner, first, second] = [await user("owner"), await user("first"), await user("second")];
    const org = await organisation(owner);
    await addMember(org.id, first);
    await addMember(org.id, second);
    expect(await changeMemberRole(owner, org.id, { userId: first.id, role: "OWNER" }, context())).toEqual({ ok: true, changed: true });
    expect(await changeMemberRole(owner, org.id, { userId: first.id, role: "OWNER" }, context())).toEqual({ ok: true, changed: false });
    // With a second owner, the first may step down.
    expect(await changeMemberRole(owner, org.id, { userId: owner.id, role: "MEMBER" }, context())).toEqual({ ok: true, changed: true });
    expect(await removeMember(first, org.id, second.id, context())).toEqual({ ok: true });
    expect(await leaveOrganisation(owner, org.id, context())).toEqual({ ok: true });
    expect(await prisma.partnerMember.findMany({ where: { partnerId: org.id }, select: { userId: true, role: true } })).toEqual([
      { userId: first.id, role: "OWNER" },
    ]);
    const actions = await prisma.auditLog.findMany({
      where: { targetId: org.id, action: { startsWith: "organisation.member" } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "organisation.member_role_changed",
      "organisation.member_role_changed",
      "organisation.member_removed",
      "organisation.member_left",
    ]);
    expect(await removeMember(first, org.id, second.id, context())).toMatchObject({
      ok: false,
      kind: "not-found",
      reason: "organisations.errors.memberGone",
    });
  });

  it("an owner hands ownership to a member and becomes a member", async () => {
    const [owner, member] = [await user("owner"), await user("member")];
    const org = await organisation(owner);
    await addMember(org.id, member);
    expect(await transferOwnership(member, org.id, owner.id, context())).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await transferOwnership(owner, org.id, randomUUID(), context())).toMatchObject({ ok: false, kind: "not-found" });
    expect(await transferOwnership(owner, org.id, member.id, context())).toEqual({ ok: true });
    const roles = await prisma.partnerMember.findMany({ where: { partnerId: org.id }, select: { userId: true, role: true } });
    expect(roles).toEqual(
      expect.arrayContaining([
        { userId: owner.id, role: "MEMBER" },
        { userId: member.id, role: "OWNER" },
      ]),
    );
    expect(await prisma.auditLog.count({ where: { targetId: org.id, action: "organisation.ownership_transferred" } })).toBe(1);
  });

  it("two last owners leaving at the same moment: one succeeds, the other is refused, an owner remains", async () => {
    for (let round = 0; round < 3; round++) {
      const [first, second] = [await user("race-a"), await user("race-b")];
      const org = await organisation(first);
      await addMember(org.id, second, "OWNER");
      const outcomes = await Promise.all([leaveOrganisation(first, org.id, context()), leaveOrganisation(second, org.id, context())]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({
        ok: false,
        kind: "conflict",
        reason: "organisations.errors.lastOwner",
      });
      expect(await owners(org.id)).toBe(1);
    }
  });

  it("two last owners removing each other at the same moment: never zero owners", async () => {
    for (let round = 0; round < 3; round++) {
      const [first, second] = [await user("mutual-a"), await user("mutual-b")];
      const org = await organisation(first);
      await addMember(org.id, second, "OWNER");
      const outcomes = await Promise.all([
        removeMember(first, org.id, second.id, context()),
        removeMember(second, org.id, first.id, context()),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      // The loser is no longer a member (removed by the winner) or would leave no owner: refused either way.
      expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ ok: false });
      expect(await owners(org.id)).toBe(1);
    }
  });

  it("two owners demoting each other at the same moment: never zero owners", async () => {
    const [first, second] = [await user("demote-a"), await user("demote-b")];
    const org = await organisation(first);
    await addMember(org.id, second, "OWNER");
    const outcomes = await Promise.all([
      changeMemberRole(first, org.id, { userId: second.id, role: "MEMBER" }, context()),
      changeMemberRole(second, org.id, { userId: first.id, role: "MEMBER" }, context()),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(await owners(org.id)).toBe(1);
  });
});

describe("the organisation pages", () => {
  it("/organisations/$id: members see it without addresses, owners and coordinators with; anyone else gets 404", async () => {
    const [owner, member, stranger] = [await user("owner"), await user("member"), await user("stranger", { roles: ["PARTNER"] })];
    const coordinator = await user("coordinator", { roles: ["COORDINATOR"] });
    const org = await organisation(owner);
    await addMember(org.id, member);
    await invite(owner, org.id, ns.email("pending"));
    const page = async (viewer: TestUser, id = org.id) =>
      settle(async () =>
        loadOrganisationPage(new Request(`http://hub.test/organisations/${id}`, { headers: { Cookie: await cookieFor(viewer.id) } }), id),
      );

    const asStranger = await page(stranger);
    expect(asStranger).toBeInstanceOf(Response);
    expect((asStranger as Response).status).toBe(404);
    expect(((await page(owner, randomUUID())) as Response).status).toBe(404);
    expect(((await page(owner, "not-an-id")) as Response).status).toBe(404);

    const asMember = await page(member);
    expect(asMember).not.toBeInstanceOf(Response);
    const memberView = (asMember as Awaited<ReturnType<typeof loadOrganisationPage>>).organisation;
    expect(memberView.access).toBe("member");
    expect(memberView.members.every((row) => row.email === null)).toBe(true);
    expect(memberView.invitations).toEqual([]);
    expect(JSON.stringify(memberView)).not.toContain(owner.email);

    const ownerView = (await page(owner)) as Awaited<ReturnType<typeof loadOrganisationPage>>;
    expect(ownerView.organisation.access).toBe("owner");
    expect(ownerView.organisation.members.map((row) => row.email)).toEqual(expect.arrayContaining([owner.email, member.email]));
    expect(ownerView.organisation.invitations).toHaveLength(1);

    const coordinatorView = (await page(coordinator)) as Awaited<ReturnType<typeof loadOrganisationPage>>;
    expect(coordinatorView.organisation.access).toBe("coordinator");

    // Anonymous visitors are sent to sign in.
    const anonymous = await settle(() => loadOrganisationPage(new Request(`http://hub.test/organisations/${org.id}`), org.id));
    expect((anonymous as Response).status).toBe(302);
  });

  it("the page's actions: a stranger's post is a 404, a coordinator cannot change anything, the last owner's leave is a 409", async () => {
    const [owner, stranger] = [await user("owner"), await user("stranger")];
    const coordinator = await user("coordinator", { roles: ["COORDINATOR"] });
    const org = await organisation(owner);
    const run = async (viewer: TestUser, values: Record<string, string>) =>
      settle(async () =>
        organisationPageAction(post(`/organisations/${org.id}`, await cookieFor(viewer.id), values), { clientIp: ns.context().ip }, org.id),
      );

    const strangerReply = await run(stranger, { intent: "invite", email: ns.email("x"), role: "MEMBER", language: "ja" });
    expect((strangerReply as Response).status).toBe(404);
    expect(((await run(coordinator, { intent: "leave" })) as Response).status).toBe(404);
    const leave = (await run(owner, { intent: "leave" })) as unknown as Reply;
    expect(leave.init?.status).toBe(409);
    expect(leave.data.error).toBe("団体には管理者が少なくとも1人必要です。先にほかのメンバーを管理者にしてください。");
    const bad = (await run(owner, { intent: "invite", email: "not an address", role: "MEMBER", language: "ja" })) as unknown as Reply;
    expect(bad.init?.status).toBe(400);
    expect(bad.data.result?.initialValue).toMatchObject({ email: "not an address" });
    const unknownIntent = (await run(owner, { intent: "explode" })) as unknown as Reply;
    expect(unknownIntent.init?.status).toBe(400);
  });

  it("/invitations/$token: anonymous visitors see who invited them to what; the wrong account is told and refused", async () => {
    const owner = await user("owner");
    const org = await organisation(owner, "Hirooka Guild");
    const invitee = await user("invitee");
    const other = await user("other");
    const { token } = await invite(owner, org.id, invitee.email);

    const anonymous = await loadInvitation(new Request(`http://hub.test/invitations/${token}`), token);
    expect(anonymous.invitation).toMatchObject({
      organisationName: "Hirooka Guild",
      inviterName: owner.displayName,
      email: invitee.email,
      role: "MEMBER",
    });
    expect(anonymous.viewer).toEqual({ state: "anonymous" });

    const asOther = await loadInvitation(
      new Request(`http://hub.test/invitations/${token}`, { headers: { Cookie: await cookieFor(other.id) } }),
      token,
    );
    expect(asOther.viewer).toEqual({ state: "otherAccount", email: other.email });
    const refused = (await settle(async () =>
      invitationAction(
        post(`/invitations/${token}`, await cookieFor(other.id), { answer: "accept" }),
        { clientIp: ns.context().ip },
        token,
      ),
    )) as unknown as Reply;
    expect(refused.init?.status).toBe(403);

    const anonymousPost = (await settle(() =>
      invitationAction(post(`/invitations/${token}`, null, { answer: "accept" }), {}, token),
    )) as Response;
    expect(anonymousPost.status).toBe(302);
    expect(anonymousPost.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(`/invitations/${token}`)}`);

    const accepted = (await settle(async () =>
      invitationAction(
        post(`/invitations/${token}`, await cookieFor(invitee.id), { answer: "accept" }),
        { clientIp: ns.context().ip },
        token,
      ),
    )) as Response;
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe(`/organisations/${org.id}`);
    const used = await loadInvitation(new Request(`http://hub.test/invitations/${token}`), token);
    expect(used.invitation).toBeNull();
  });

  it("/organisations: one's own invitations can be answered from the list", async () => {
    const owner = await user("owner");
    const org = await organisation(owner);
    const invitee = await user("listed");
    const { invitationId } = await invite(owner, org.id, invitee.email);
    const reply = (await settle(async () =>
      organisationsIndexAction(post("/organisations", await cookieFor(invitee.id), { invitationId, answer: "decline" }), {
        clientIp: ns.context().ip,
      }),
    )) as Response;
    expect(reply.status).toBe(302);
    expect(reply.headers.get("Location")).toBe("/organisations");
    expect((await prisma.partnerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).declinedAt).not.toBeNull();
  });
});

describe("deleting an account", () => {
  it("hands an organisation to its longest-standing member, archives one with no other member, forgets invitations to the address", async () => {
    const password = "a long enough passphrase 42";
    const leaver = await createUser(prisma, { email: ns.email("leaver"), displayName: "Leaver", password });
    userIds.push(leaver.id);
    const leaverActor: TestUser = { ...leaver, emailVerified: true, roles: [] };
    const [first, second] = [await user("first-member"), await user("second-member")];
    const shared = await organisation(leaverActor);
    await addMember(shared.id, first);
    await addMember(shared.id, second);
    const alone = await organisation(leaverActor);
    const owner = await user("other-owner");
    const elsewhere = await organisation(owner);
    const { invitationId } = await invite(owner, elsewhere.id, leaver.email);

    expect(await deleteAccount(leaver.id, password, context())).toEqual({ ok: true });
    expect(
      await prisma.partnerMember.findMany({
        where: { partnerId: shared.id },
        orderBy: { joinedAt: "asc" },
        select: { userId: true, role: true },
      }),
    ).toEqual([
      { userId: first.id, role: "OWNER" },
      { userId: second.id, role: "MEMBER" },
    ]);
    // Its records are the city's: archived, never public, not deleted.
    expect(
      await prisma.partnerProfile.findUniqueOrThrow({ where: { id: alone.id }, select: { isPublic: true, archivedAt: true } }),
    ).toEqual({
      isPublic: false,
      archivedAt: expect.any(Date),
    });
    expect(await prisma.partnerInvitation.count({ where: { id: invitationId } })).toBe(0);
    const invited = await prisma.auditLog.findFirstOrThrow({
      where: { targetId: elsewhere.id, action: "organisation.member_invited" },
      select: { details: true },
    });
    expect(JSON.stringify(invited.details)).not.toContain(leaver.email);
    expect(await prisma.auditLog.count({ where: { targetId: shared.id, action: "organisation.member_role_changed" } })).toBe(1);
  });
});
