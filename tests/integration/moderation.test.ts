// Reports and moderation against the real database: one report per person and thing (also sent twice at once),
// never one's own, rate-limited; hiding takes a profile or an update out of every public query and keeps the
// row; each decision sent twice (or by two moderators at once) leaves the state, notice and mail of one; a
// suspended account cannot sign in, its sessions end and its profile is hidden, its proposals stay.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { fileReport } from "../../app/features/moderation/reports.server.ts";
import { decide, listReportQueue } from "../../app/features/moderation/moderation.server.ts";
import { changeSuspension } from "../../app/features/moderation/suspension.server.ts";
import { changeRole } from "../../app/features/admin/user-admin.server.ts";
import { signInWithPassword } from "../../app/features/accounts/account.server.ts";
import { listPublicPartners, updatePartnerProfile, type PartnerContent } from "../../app/features/partners/partner.server.ts";
import { getInitiativePage } from "../../app/features/initiatives/initiative-queries.server.ts";
import { listInitiativeActivities } from "../../app/features/following/activity-feed-queries.server.ts";
import { createSession, validateSessionToken } from "../../app/kernel/auth/session.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import type { RoleName } from "../../app/kernel/auth/permissions.ts";
import { createInitiative, createInitiativeUpdate, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("moderation.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const initiativeIds: string[] = [];
const context = { ip: "203.0.113.77", origin: "https://hub.example" };

afterAll(async () => {
  await prisma.moderationReport.deleteMany({ where: { reporterId: { in: userIds } } });
  await prisma.auditLog.deleteMany({ where: { targetId: { in: partnerIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.rateLimit.deleteMany({ where: { OR: userIds.map((id) => ({ key: { endsWith: `:${id}` } })) } });
  await cleanUpAccounts(ns, userIds);
});

async function person(
  label: string,
  roles: Exclude<RoleName, "RESIDENT">[] = [],
  options: { language?: "ja" | "en"; password?: string } = {},
) {
  const created = await createUser(prisma, {
    email: ns.email(`${label}-${randomUUID().slice(0, 6)}`),
    displayName: `Mod ${label}`,
    roles,
    language: options.language,
    password: options.password,
  });
  userIds.push(created.id);
  return { ...created, roles: roles as RoleName[] };
}

async function publicProfile(ownerId: string, displayName = `公開パートナー ${randomUUID().slice(0, 6)}`) {
  const partner = await createPartner(prisma, { displayName, ownerId, isPublic: true });
  partnerIds.push(partner.id);
  return partner;
}

const inDirectory = async (name: string) =>
  (await listPublicPartners({ q: name }, 1, "ja")).items.some((item) => item.displayName === name);

describe("reporting", () => {
  it("counts the same report sent twice at once as one, with one audit entry, and re-opens it when sent again later", async () => {
    const owner = await person("owner", ["PARTNER"]);
    const reporter = await person("reporter");
    const profile = await publicProfile(owner.id);
    const input = { type: "PARTNER_PROFILE" as const, id: profile.id, reason: "SPAM" as const, details: "宣伝ばかり" };
    const outcomes = await Promise.all([fileReport(reporter, input, context.ip), fileReport(reporter, input, context.ip)]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await prisma.moderationReport.count({ where: { targetId: profile.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "report.filed", targetId: profile.id } })).toBe(1);

    const moderator = await person("moderator", ["MODERATOR"]);
    expect((await decide(moderator, { type: "PARTNER_PROFILE", id: profile.id }, { intent: "dismiss", note: "" }, context)).ok).toBe(true);
    await fileReport(reporter, { ...input, reason: "HARASSMENT" }, context.ip);
    const report = await prisma.moderationReport.findFirstOrThrow({
      where: { targetId: profile.id },
      select: { reason: true, resolvedAt: true },
    });
    expect(report).toEqual({ reason: "HARASSMENT", resolvedAt: null });
    // The queue shows it once, with its reasons and counts.
    const queue = await listReportQueue({ status: "open", page: 1 });
    expect(queue.items.filter((item) => item.targetId === profile.id)).toEqual([
      expect.objectContaining({ targetType: "PARTNER_PROFILE", open: 1, reports: 1, reasons: ["HARASSMENT"], hidden: false }),
    ]);
  });

  it("refuses one's own profile and what the reporter cannot see", async () => {
    const owner = await person("self", ["PARTNER"]);
    const profile = await publicProfile(owner.id);
    const own = await fileReport(owner, { type: "PARTNER_PROFILE", id: profile.id, reason: "OTHER", details: "" }, context.ip);
    expect(own).toMatchObject({ ok: false, reason: "moderation.report.self" });
    const privateProfile = await createPartner(prisma, {
      displayName: "非公開",
      ownerId: (await person("private", ["PARTNER"])).id,
      isPublic: false,
    });
    partnerIds.push(privateProfile.id);
    const stranger = await person("stranger");
    const hidden = await fileReport(stranger, { type: "PARTNER_PROFILE", id: privateProfile.id, reason: "OTHER", details: "" }, context.ip);
    expect(hidden).toMatchObject({ ok: false, kind: "not-found" });
  });

  it("limits how many new reports one account files in an hour", async () => {
    const reporter = await person("busy");
    const outcomes = [];
    for (let index = 0; index < 11; index++) {
      const profile = await publicProfile((await person(`target${index}`, ["PARTNER"])).id);
      outcomes.push(await fileReport(reporter, { type: "PARTNER_PROFILE", id: profile.id, reason: "SPAM", details: "" }, context.ip));
    }
    expect(outcomes.slice(0, 10).every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes[10]).toMatchObject({ ok: false, reason: "moderation.report.tooMany" });
  });
});

describe("hiding and restoring", () => {
  it("hides a profile once when two moderators send it at once: gone from the directory, the owner told once in their language", async () => {
    const owner = await person("hidden-owner", ["PARTNER"], { language: "en" });
    const name = `Hidden partner ${randomUUID().slice(0, 6)}`;
    const profile = await publicProfile(owner.id, name);
    const reporter = await person("hide-reporter");
    await fileReport(reporter, { type: "PARTNER_PROFILE", id: profile.id, reason: "SPAM", details: "" }, context.ip);
    expect(await inDirectory(name)).toBe(true);
    const [first, second] = [await person("mod-a", ["MODERATOR"]), await person("mod-b", ["ADMIN"])];
    const decision = { intent: "hide" as const, reason: "SPAM" as const, note: "Advertising only." };
    const outcomes = await Promise.all([
      decide(first, { type: "PARTNER_PROFILE", id: profile.id }, decision, context),
      decide(second, { type: "PARTNER_PROFILE", id: profile.id }, decision, context),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ reason: "moderation.target.alreadyHidden" });
    expect(await inDirectory(name)).toBe(false);
    const row = await prisma.partnerProfile.findUniqueOrThrow({
      where: { id: profile.id },
      select: { displayName: true, hiddenAt: true, isPublic: true },
    });
    expect(row).toMatchObject({ displayName: name, isPublic: false });
    expect(row.hiddenAt).not.toBeNull();
    expect(await prisma.moderationNotice.count({ where: { userId: owner.id, kind: "CONTENT_HIDDEN" } })).toBe(1);
    const mails = await prisma.emailMessage.findMany({
      where: { userId: owner.id, template: "moderation-notice" },
      select: { subject: true, text: true },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("We hid one of your posts");
    expect(mails[0]!.text).toContain("Advertising only.");
    expect(await prisma.auditLog.count({ where: { action: "moderation.hidden", targetId: profile.id } })).toBe(1);
    expect(await prisma.moderationReport.count({ where: { targetId: profile.id, resolution: "HIDDEN" } })).toBe(1);

    // The owner saving their profile as public does not bring it back; the wish is kept for the restore.
    const { version } = await prisma.partnerProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { version: true } });
    const content: PartnerContent = {
      displayName: name,
      headline: "",
      bio: "",
      skillSlugs: [],
      freeSkills: [],
      strategyCodes: [],
      fieldNumbers: [],
      areaSlugs: [],
      relationships: ["OTHER"],
      prefectureCode: null,
      countryCode: null,
      availabilityHoursPerMonth: null,
      workStyles: [],
      engagementTypes: [],
      languages: ["ja"],
      isPublic: true,
      openToContact: true,
      contactEmail: null,
      contactPhone: null,
      website: null,
    };
    const saved = await updatePartnerProfile(owner, profile.id, version, content);
    expect(saved.ok).toBe(true);
    expect(await inDirectory(name)).toBe(false);

    const restores = [
      await decide(first, { type: "PARTNER_PROFILE", id: profile.id }, { intent: "restore", note: "Checked again." }, context),
      await decide(first, { type: "PARTNER_PROFILE", id: profile.id }, { intent: "restore", note: "Checked again." }, context),
    ];
    expect(restores.map((outcome) => outcome.ok)).toEqual([true, false]);
    expect(await inDirectory(name)).toBe(true);
    expect(await prisma.moderationNotice.count({ where: { userId: owner.id, kind: "CONTENT_RESTORED" } })).toBe(1);
  });

  it("takes a hidden initiative update off the initiative page and its activity feed, and keeps the row", async () => {
    const author = await person("update-author", ["PARTNER"]);
    const initiative = await createInitiative(prisma, { strategyCode: "A", titleJa: `モデレーション ${randomUUID().slice(0, 6)}` });
    initiativeIds.push(initiative.id);
    const update = await createInitiativeUpdate(prisma, {
      initiativeId: initiative.id,
      authorId: author.id,
      title: "問題のある近況",
      body: "本文",
    });
    const before = await getInitiativePage(initiative.number, "ja", { userId: null, coordinator: false });
    expect(before!.updates.map((row) => row.id)).toContain(update.id);
    const moderator = await person("update-mod", ["MODERATOR"]);
    const hide = { intent: "hide" as const, reason: "PERSONAL_DATA" as const, note: "" };
    expect((await decide(moderator, { type: "INITIATIVE_UPDATE", id: update.id }, hide, context)).ok).toBe(true);
    expect((await decide(moderator, { type: "INITIATIVE_UPDATE", id: update.id }, hide, context)).ok).toBe(false);
    const after = await getInitiativePage(initiative.number, "ja", { userId: null, coordinator: false });
    expect(after!.updates.map((row) => row.id)).not.toContain(update.id);
    expect((await listInitiativeActivities(initiative.number))!.activities.some((row) => row.update?.id === update.id)).toBe(false);
    expect(await prisma.initiativeUpdate.count({ where: { id: update.id } })).toBe(1);
    expect(await prisma.moderationNotice.count({ where: { userId: author.id } })).toBe(1);
  });
});

describe("suspension", () => {
  it("ends the sessions, refuses sign-in with the reason, hides the profile, and is the same state when sent twice", async () => {
    const password = "moderation-test-password-2026";
    const member = await person("suspended", ["PARTNER"], { password });
    const name = `Suspended ${randomUUID().slice(0, 6)}`;
    await publicProfile(member.id, name);
    const { token } = await createSession(member.id, "test");
    const moderator = await person("suspender", ["MODERATOR"]);
    const input = { userId: member.id, intent: "suspend" as const, reason: "HARASSMENT" as const, note: "度重なる迷惑行為のため" };
    const outcomes = await Promise.all([changeSuspension(moderator, input, context), changeSuspension(moderator, input, context)]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(await validateSessionToken(token)).toBeNull();
    expect(await prisma.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await signInWithPassword({ email: member.email, password }, context)).toMatchObject({
      ok: false,
      reason: "moderation.suspendedSignIn.HARASSMENT",
    });
    expect(await inDirectory(name)).toBe(false);
    expect(await prisma.moderationNotice.count({ where: { userId: member.id, kind: "ACCOUNT_SUSPENDED" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "moderation.account_suspended", targetId: member.id } })).toBe(1);

    const lift = { userId: member.id, intent: "unsuspend" as const, note: "確認が取れました" };
    expect((await changeSuspension(moderator, lift, context)).ok).toBe(true);
    expect(await changeSuspension(moderator, lift, context)).toMatchObject({ ok: false, reason: "moderation.account.notSuspended" });
    expect((await signInWithPassword({ email: member.email, password }, context)).ok).toBe(true);
    expect(await inDirectory(name)).toBe(true);
  });

  it("refuses to suspend oneself or an administrator", async () => {
    const moderator = await person("self-mod", ["MODERATOR"]);
    const admin = await person("admin", ["ADMIN"]);
    const suspend = { intent: "suspend" as const, reason: "OTHER" as const, note: "x" };
    expect(await changeSuspension(moderator, { ...suspend, userId: moderator.id }, context)).toMatchObject({
      reason: "moderation.account.self",
    });
    expect(await changeSuspension(moderator, { ...suspend, userId: admin.id }, context)).toMatchObject({
      reason: "moderation.account.admin",
    });
  });
});

describe("revoking the partner role", () => {
  it("hides the former partner's public profile, and granting the role again restores it", async () => {
    const admin = await person("role-admin", ["ADMIN"]);
    const partner = await person("role-partner", ["PARTNER"]);
    const name = `Revoked ${randomUUID().slice(0, 6)}`;
    await publicProfile(partner.id, name);
    expect((await changeRole(admin, { userId: partner.id, role: "PARTNER", intent: "revoke" }, context.ip)).ok).toBe(true);
    expect(await inDirectory(name)).toBe(false);
    expect((await changeRole(admin, { userId: partner.id, role: "PARTNER", intent: "grant" }, context.ip)).ok).toBe(true);
    expect(await inDirectory(name)).toBe(true);
  });
});
