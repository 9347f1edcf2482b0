// Issue 13 item 2: a partner who deletes their account takes their personal data with them, never the city's
// records. The proposal, its thread, the match and the initiative stay reachable for coordinators with the partner
// shown as 退会したパートナー / Former partner; the sole-member organisation is archived, the shared one stays;
// the coordinators concerned are told in their language.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "../../app/features/accounts/account.server.ts";
import { loader as reviewLoader } from "~/routes/coordinate.proposals.$number.tsx";
import { loader as queueLoader } from "~/routes/coordinate.proposals._index.tsx";
import { loader as matchLoader } from "~/routes/coordinate.matches.$number.tsx";
import { loader as boardLoader } from "~/routes/coordinate.matches._index.tsx";
import { loader as coordinatorInitiativeLoader } from "~/routes/coordinate.initiatives.$number.tsx";
import { loader as initiativeLoader } from "~/routes/initiatives.$number.tsx";
import { loader as coordinatorPartnerLoader } from "~/routes/coordinate.partners.$id.tsx";
import { loader as reportsCsvLoader } from "~/routes/coordinate.matches.reports[.]csv.ts";
import { loader as dashboardCsvLoader } from "~/routes/dashboard[.]csv.ts";
import { loader as adminUsersLoader } from "~/routes/admin.users.tsx";
import { loader as adminUserLoader } from "~/routes/admin.users_.$id.tsx";
import { loader as exportLoader } from "~/routes/account.export.ts";
import { loader as batchLoader } from "~/routes/coordinate.matching.batch.tsx";
import { assignProposal } from "../../app/features/proposals/review.server.ts";
import { applyUnsubscribe, loadUnsubscribe } from "../../app/features/following/unsubscribe.server.ts";
import { signLinkToken } from "../../app/kernel/signed-token.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  createChallenge,
  createInitiativeFromMatch,
  createMatchWithHistory,
  createPartner,
  createProposal,
  createUser,
} from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, mailTo } from "../support/accounts.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("account-deletion.test");
const password = "a long enough passphrase 42";
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const initiativeIds: string[] = [];

let coordinatorJa: { id: string; email: string };
let coordinatorEn: { id: string; email: string };
let admin: { id: string };
let cookies: { ja: string; en: string; admin: string };
let challenge: { id: string; number: number };

beforeAll(async () => {
  coordinatorJa = await createUser(prisma, { email: ns.email("coord-ja"), displayName: "審査担当", roles: ["COORDINATOR"] });
  coordinatorEn = await createUser(prisma, {
    email: ns.email("coord-en"),
    displayName: "Match owner",
    roles: ["COORDINATOR"],
    language: "en",
  });
  admin = await createUser(prisma, { email: ns.email("admin"), displayName: "管理者", roles: ["ADMIN"] });
  userIds.push(coordinatorJa.id, coordinatorEn.id, admin.id);
  cookies = {
    ja: await sessionCookie(coordinatorJa.id),
    en: await sessionCookie(coordinatorEn.id),
    admin: await sessionCookie(admin.id),
  };
  const created = await createChallenge(prisma, { strategyCode: "B", titleJa: `退会試験課題 ${randomUUID().slice(0, 6)}`, status: "OPEN" });
  challenge = { id: created.id, number: created.number };
  challengeIds.push(created.id);
});

afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetId: { in: [...matches.map((match) => match.id), ...partnerIds] } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

/** A partner with the whole pipeline behind them: accepted proposal with a thread, agreed match, initiative. */
async function partnerWithHistory(label: string) {
  const name = `山田 ${label} ${randomUUID().slice(0, 6)}`;
  const user = await createUser(prisma, { email: ns.email(label), displayName: name, password });
  userIds.push(user.id);
  const profile = await createPartner(prisma, {
    displayName: name,
    ownerId: user.id,
    headline: `見出し ${name}`,
    bio: `自己紹介 ${name}`,
    contactEmail: `contact-${user.email}`,
    contactPhone: "090-1234-5678",
    website: "https://yamada.example",
    strategyCodes: ["B"],
    isPublic: true,
  });
  partnerIds.push(profile.id);
  const proposal = await createProposal(prisma, {
    partnerId: profile.id,
    authorId: user.id,
    coordinatorId: coordinatorJa.id,
    assigneeId: coordinatorJa.id,
    challengeId: challenge.id,
    title: `退会試験の提案 ${label}`,
    offer: "空き家の改修を手伝います。",
    status: "ACCEPTED",
    messages: [
      { side: "PARTNER", authorId: user.id, body: "現地を見学できますか。" },
      { side: "COORDINATOR", authorId: coordinatorJa.id, body: "来週ご案内します。" },
    ],
  });
  const match = await createMatchWithHistory(prisma, {
    challengeId: challenge.id,
    partnerId: profile.id,
    proposalId: proposal.id,
    ownerId: coordinatorEn.id,
    path: ["INTRODUCED", "AGREED"],
  });
  const initiative = await createInitiativeFromMatch(prisma, { matchId: match.id, actorId: coordinatorEn.id, showPublicly: true });
  initiativeIds.push(initiative.id);
  return { user, name, profile, proposal, match, initiative };
}

async function load<T>(work: () => Promise<T>): Promise<T> {
  const result = await settle(work);
  if (result instanceof Response) throw new Error(`expected a page, got ${result.status}`);
  return result;
}

/** The coordinator's page in their language (the language comes from ?lng=, the cookie or the browser). */
const args = (path: string, cookie: string) => {
  const lng = cookie === cookies.en ? "en" : "ja";
  return { request: getRequest(`${path}${path.includes("?") ? "&" : "?"}lng=${lng}`, cookie), params: {}, context: {} };
};

describe("deleting a partner's account", () => {
  it("removes their personal data and keeps the proposal, thread, match and initiative under 退会したパートナー / Former partner", async () => {
    const { user, name, profile, proposal, match, initiative } = await partnerWithHistory("leaver");
    const other = await createUser(prisma, { email: ns.email("other-member"), displayName: "残る人" });
    userIds.push(other.id);
    const alone = await createPartner(prisma, {
      kind: "ORGANISATION",
      displayName: `一人の会 ${randomUUID().slice(0, 6)}`,
      ownerId: user.id,
      contactEmail: user.email,
      isPublic: true,
    });
    const shared = await createPartner(prisma, {
      kind: "ORGANISATION",
      displayName: `二人の会 ${randomUUID().slice(0, 6)}`,
      ownerId: user.id,
      memberIds: [other.id],
    });
    partnerIds.push(alone.id, shared.id);
    const reportBefore = await (await reportsCsvLoader(args("/coordinate/matches/reports.csv", cookies.ja))).text();
    const dashboardBefore = await (await dashboardCsvLoader(args("/dashboard.csv", cookies.ja))).text();

    const follow = await prisma.follow.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
    const unsubscribeTokens = [
      await signLinkToken({ u: user.id, s: "all" }),
      await signLinkToken({ u: user.id, s: `follow:${follow.id}` }),
    ];
    const cookie = await sessionCookie(user.id);

    expect(await deleteAccount(user.id, password, ns.context())).toEqual({ ok: true });

    // Links and sessions of the deleted person lead nowhere.
    for (const token of unsubscribeTokens) {
      expect(await loadUnsubscribe(token)).toBeNull();
      expect(await applyUnsubscribe(token, {})).toBeNull();
    }
    const exported = await settle(() => exportLoader(args("/account/export", cookie) as never));
    expect(exported instanceof Response ? exported.status : "data").toBe(302);

    // No personal data is left anywhere.
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.follow.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    const kept = await prisma.partnerProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(kept).toMatchObject({
      displayName: "退会したパートナー",
      headline: "",
      bio: "",
      contactEmail: null,
      contactPhone: null,
      website: null,
      isPublic: false,
      personalUserId: null,
    });
    expect(kept.deletedAt).not.toBeNull();
    expect(JSON.stringify(kept)).not.toContain(name);
    expect(await prisma.partnerSkill.count({ where: { partnerId: profile.id } })).toBe(0);
    expect(await prisma.partnerStrategyInterest.count({ where: { partnerId: profile.id } })).toBe(0);

    // The city's records stay.
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, authorId: true } })).toEqual({
      status: "ACCEPTED",
      authorId: null,
    });
    expect(await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true } })).toEqual({ stage: "AGREED" });
    expect(await prisma.initiativeParticipant.count({ where: { initiativeId: initiative.id, partnerId: profile.id } })).toBe(1);
    const messages = await prisma.proposalMessage.findMany({ where: { proposalId: proposal.id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((message) => [message.side, message.body])).toEqual([
      ["PARTNER", "現地を見学できますか。"],
      ["COORDINATOR", "来週ご案内します。"],
    ]);
    expect(messages[0]!.authorId).toBeNull();

    // Coordinators still open every page, in Japanese and in English, and never see the name.
    for (const [cookie, shown] of [
      [cookies.ja, "退会したパートナー"],
      [cookies.en, "Former partner"],
    ] as const) {
      const pages: unknown[] = [
        await load(() =>
          reviewLoader({
            ...args(`/coordinate/proposals/${proposal.number}`, cookie),
            params: { number: String(proposal.number) },
          } as never),
        ),
        await load(() => queueLoader(args(`/coordinate/proposals?q=${encodeURIComponent(`退会試験の提案 leaver`)}`, cookie) as never)),
        await load(() =>
          matchLoader({ ...args(`/coordinate/matches/${match.number}`, cookie), params: { number: String(match.number) } } as never),
        ),
        await load(() => boardLoader(args(`/coordinate/matches?view=list`, cookie) as never)),
        await load(() =>
          coordinatorInitiativeLoader({
            ...args(`/coordinate/initiatives/${initiative.number}`, cookie),
            params: { number: String(initiative.number) },
          } as never),
        ),
        await load(() =>
          initiativeLoader({
            ...args(`/initiatives/${initiative.number}`, cookie),
            params: { number: String(initiative.number) },
          } as never),
        ),
      ];
      for (const page of pages) {
        const json = JSON.stringify(page);
        expect(json).not.toContain(name);
        expect(json).not.toContain(user.email);
      }
      pages.push(
        await load(() =>
          coordinatorPartnerLoader({ ...args(`/coordinate/partners/${profile.id}`, cookie), params: { id: profile.id } } as never),
        ),
      );
      const [review, , matchPage, , coordinatorInitiative, , partnerPage] = pages.map((page) => JSON.stringify(page));
      expect(partnerPage).toContain(shown);
      expect(partnerPage).not.toContain("090-1234-5678");
      expect(review).toContain(shown);
      // Their message in the thread keeps its text and is signed with the pseudonym.
      expect(JSON.parse(review!).thread.messages[0]).toMatchObject({ side: "PARTNER", authorName: shown, body: "現地を見学できますか。" });
      expect(matchPage).toContain(shown);
      expect(coordinatorInitiative).toContain(shown);
    }

    // Counts and reports are unchanged.
    expect(await (await reportsCsvLoader(args("/coordinate/matches/reports.csv", cookies.ja))).text()).toBe(reportBefore);
    expect(await (await dashboardCsvLoader(args("/dashboard.csv", cookies.ja))).text()).toBe(dashboardBefore);

    // The sole-member organisation is archived, the shared one stays with its other member.
    const archived = await prisma.partnerProfile.findUniqueOrThrow({ where: { id: alone.id } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.isPublic).toBe(false);
    expect(archived.contactEmail).toBeNull();
    expect(await prisma.partnerMember.findMany({ where: { partnerId: shared.id }, select: { userId: true, role: true } })).toEqual([
      { userId: other.id, role: "OWNER" },
    ]);

    // The coordinators concerned are told, each in their language.
    const [toJa] = await mailTo(coordinatorJa.email, "partner-account-deleted");
    const [toEn] = await mailTo(coordinatorEn.email, "partner-account-deleted");
    expect(toJa?.language).toBe("ja");
    expect(toJa?.text).toContain("退会したパートナー");
    expect(toJa?.text).toContain(`/coordinate/proposals/${proposal.number}`);
    expect(toEn?.language).toBe("en");
    expect(toEn?.text).toContain("Former partner");
    expect(toEn?.text).toContain(`/coordinate/matches/${match.number}`);
    for (const mail of [toJa, toEn]) expect(mail?.text).not.toContain(name);

    // An administrator looking the person up finds nobody.
    const users = await load(() => adminUsersLoader(args(`/admin/users?q=${encodeURIComponent(user.email)}`, cookies.admin) as never));
    expect(users.users).toEqual([]);
    const detail = await settle(() =>
      adminUserLoader({ ...args(`/admin/users/${user.id}`, cookies.admin), params: { id: user.id } } as never),
    );
    expect(detail instanceof Response ? detail.status : "a page").toBe(404);
  });

  it("names the former partner in the reader's language in the batch list and in the assignment mail", async () => {
    const { user, proposal } = await partnerWithHistory("pseudonym");
    expect(await deleteAccount(user.id, password, ns.context())).toEqual({ ok: true });

    const batch = (await batchLoader({
      request: getRequest(`/coordinate/matching/batch?c=${challenge.number}&lng=en`, cookies.en),
      params: {},
      context: {},
    })) as { plan: { applicants: Array<{ partnerId: string; name: string; eligible: boolean }> } | null };
    const applicant = batch.plan!.applicants.find((row) => row.name === "Former partner");
    expect(applicant).toMatchObject({ name: "Former partner", eligible: false });
    expect(JSON.stringify(batch.plan)).not.toContain("退会したパートナー");

    const current = await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { number: true, version: true } });
    const assigned = await assignProposal(
      { id: coordinatorJa.id, displayName: "審査担当" },
      current.number,
      current.version,
      coordinatorEn.id,
      {
        origin: "http://hub.test",
      },
    );
    expect(assigned.ok).toBe(true);
    const [mail] = await mailTo(coordinatorEn.email, "proposal-assigned");
    expect(mail!.language).toBe("en");
    expect(mail!.text).toContain("Former partner");
    expect(mail!.text).not.toContain("退会したパートナー");
  });

  it("deletes once when asked twice at the same time", async () => {
    const { user, profile } = await partnerWithHistory("twice");
    const results = await Promise.all([deleteAccount(user.id, password, ns.context()), deleteAccount(user.id, password, ns.context())]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.partnerProfile.count({ where: { id: profile.id, deletedAt: { not: null } } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "user.deleted", targetId: user.id } })).toBe(1);
    await expect(deleteAccount(user.id, password, ns.context())).resolves.toMatchObject({ ok: false });
  });
});
