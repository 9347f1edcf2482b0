// Following and in-app notifications against the real database: follow, unfollow (mute) and re-follow; automatic
// follows never bring back a muted row; the trigger's one-target rule; proposals and challenge publication as
// the domain code writes them; the notification list in one statement per page; reading only one's own.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeChallengeStatus } from "../../app/features/challenges/challenge.server.ts";
import {
  autoFollow,
  follow,
  followStateFor,
  followStateKey,
  followStatesFor,
  listFollows,
  resolveFollowTarget,
  setNotificationFrequency,
  unfollow,
  type FollowTarget,
} from "../../app/features/following/follow.server.ts";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  openNotification,
} from "../../app/features/following/notification-inbox.server.ts";
import { changeProposalStatus } from "../../app/features/proposals/proposal-status.server.ts";
import { action as followAction } from "~/routes/follow.ts";
import { loader as areaLoader } from "~/routes/areas.$slug.tsx";
import { loader as openLoader } from "~/routes/notifications.$id.ts";
import { action as inboxAction, loader as inboxLoader } from "~/routes/notifications._index.tsx";
import { action as settingsAction } from "~/routes/account.notifications.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createInitiative, createNotification, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("following.test");
const userIds: string[] = [];
const challengeIds: string[] = [];
const initiativeIds: string[] = [];
const partnerIds: string[] = [];
const marker = `フォロー試験 ${randomUUID().slice(0, 6)}`;

type TestUser = { id: string; email: string; displayName: string };
let reader: TestUser;
let other: TestUser;
let coordinator: TestUser;
let openChallenge: { id: string; number: number };
let narakawa: number;

async function user(label: string, roles: "COORDINATOR"[] = []) {
  const created = await createUser(prisma, { email: ns.email(label), displayName: `${label} ${randomUUID().slice(0, 6)}`, roles });
  userIds.push(created.id);
  return created;
}

async function challenge(status: "DRAFT" | "OPEN", title: string) {
  const created = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `${marker} ${title}`,
    status,
    areaSlug: "narakawa",
    publishedAt: status === "DRAFT" ? null : new Date(),
    createdById: coordinator.id,
  });
  challengeIds.push(created.id);
  return created;
}

beforeAll(async () => {
  [reader, other, coordinator] = [await user("reader"), await user("other"), await user("coordinator", ["COORDINATOR"])];
  openChallenge = await challenge("OPEN", "募集中");
  narakawa = (await prisma.area.findUniqueOrThrow({ where: { slug: "narakawa" }, select: { id: true } })).id;
});

afterAll(async () => {
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.auditLog.deleteMany({ where: { targetType: "challenge", targetId: { in: challengeIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

function followRow(userId: string, target: FollowTarget) {
  const where =
    target.type === "CHALLENGE"
      ? { challengeId: target.challengeId }
      : target.type === "AREA"
        ? { areaId: target.areaId }
        : target.type === "STRATEGY"
          ? { strategyId: target.strategyId }
          : {};
  return prisma.follow.findFirst({ where: { userId, ...where }, select: { automatic: true, mutedAt: true } });
}

describe("follow, unfollow and re-follow", () => {
  it("follows, mutes on unfollow, keeps a muted row muted against autoFollow, and re-follows as the user's own choice", async () => {
    const target: FollowTarget = { type: "CHALLENGE", challengeId: openChallenge.id };
    expect(await followStateFor(reader.id, target)).toMatchObject({ following: false, followers: 0, signedIn: true });

    await autoFollow(prisma, [reader.id, reader.id], target);
    expect(await followStateFor(reader.id, target)).toMatchObject({ following: true, automatic: true, followers: 1 });

    await unfollow(reader.id, target);
    expect((await followRow(reader.id, target))?.mutedAt).toBeInstanceOf(Date);
    expect(await followStateFor(reader.id, target)).toMatchObject({ following: false, automatic: false, followers: 0 });

    // Taking part again (another proposal, a new initiative) must not undo the unfollow.
    await autoFollow(prisma, [reader.id], target);
    expect((await followRow(reader.id, target))?.mutedAt).toBeInstanceOf(Date);

    await follow(reader.id, target);
    expect(await followRow(reader.id, target)).toEqual({ automatic: false, mutedAt: null });
    expect(await followStateFor(null, target)).toMatchObject({ signedIn: false, following: false, followers: 1 });

    // Following twice is still one row; autoFollow leaves a manual follow manual.
    await follow(reader.id, target);
    await autoFollow(prisma, [reader.id], target);
    expect(await prisma.follow.count({ where: { userId: reader.id, challengeId: openChallenge.id } })).toBe(1);
    expect((await followRow(reader.id, target))?.automatic).toBe(false);
  });

  it("refuses, in the database, a row naming two targets or a target other than its type", async () => {
    const strategy = await prisma.strategy.findUniqueOrThrow({ where: { code: "A" }, select: { id: true } });
    await expect(
      prisma.follow.create({ data: { userId: other.id, targetType: "AREA", areaId: narakawa, strategyId: strategy.id } }),
    ).rejects.toThrow();
    await expect(prisma.follow.create({ data: { userId: other.id, targetType: "STRATEGY", areaId: narakawa } })).rejects.toThrow();
    expect(await prisma.follow.count({ where: { userId: other.id } })).toBe(0);
  });

  it("resolves only targets a visitor may know: never a draft challenge or a made-up id", async () => {
    const draft = await challenge("DRAFT", "下書き");
    expect(await resolveFollowTarget("CHALLENGE", draft.id)).toBeNull();
    expect(await resolveFollowTarget("CHALLENGE", openChallenge.id)).toEqual({ type: "CHALLENGE", challengeId: openChallenge.id });
    expect(await resolveFollowTarget("AREA", "999999")).toBeNull();
    expect(await resolveFollowTarget("AREA", "1 OR 1=1")).toBeNull();
    expect(await resolveFollowTarget("INITIATIVE", "not-a-uuid")).toBeNull();
    expect(await resolveFollowTarget("AREA", String(narakawa))).toEqual({ type: "AREA", areaId: narakawa });
  });

  it("gives the follow states of a list in a few statements whatever its length, and lists the account's follows", async () => {
    const strategies = await prisma.strategy.findMany({ select: { id: true, code: true } });
    const targets: FollowTarget[] = [
      ...strategies.map((strategy): FollowTarget => ({ type: "STRATEGY", strategyId: strategy.id })),
      { type: "AREA", areaId: narakawa },
      { type: "CHALLENGE", challengeId: openChallenge.id },
    ];
    await follow(other.id, targets[0]!);
    await follow(other.id, { type: "AREA", areaId: narakawa });
    const { result: states, statements } = await recordQueries(() => followStatesFor(other.id, targets));
    // Per target type present: one grouped count and one read of the user's own rows.
    expect(statements.length).toBeLessThanOrEqual(6);
    expect(states.get(followStateKey(targets[0]!))).toMatchObject({ following: true, automatic: false });
    expect(states.get(followStateKey(targets[1]!))).toMatchObject({ following: false });
    expect(states.get(followStateKey({ type: "AREA", areaId: narakawa }))).toMatchObject({ following: true });
    expect(states.get(followStateKey({ type: "CHALLENGE", challengeId: openChallenge.id }))).toMatchObject({
      following: false,
      followers: 1,
    });

    const follows = await listFollows(other.id, "en");
    expect(follows.map((row) => row.href).sort()).toEqual(["/areas/narakawa", `/strategies/${strategies[0]!.code}`].sort());
    expect(follows.find((row) => row.targetType === "AREA")?.name).toBe("Narakawa");
  });
});

describe("the /follow action", () => {
  it("follows without JavaScript and goes back to a same-site page only", async () => {
    const cookie = await sessionCookie(other.id);
    const response = (await settle(() =>
      followAction({
        request: postRequest("/follow", cookie, {
          intent: "follow",
          targetType: "CHALLENGE",
          targetId: openChallenge.id,
          redirectTo: "//evil.example/x",
        }),
        params: {},
        context: {},
      }),
    )) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/");
    expect((await followStateFor(other.id, { type: "CHALLENGE", challengeId: openChallenge.id })).following).toBe(true);
  });

  it("answers the enhanced button with the new state, and 404s a draft", async () => {
    const cookie = await sessionCookie(other.id);
    const result = await followAction({
      request: postRequest("/follow", cookie, {
        intent: "unfollow",
        targetType: "CHALLENGE",
        targetId: openChallenge.id,
        redirectTo: "/challenges",
        respond: "data",
      }),
      params: {},
      context: {},
    });
    // A Response: /follow is a resource route, and Remix logs a 400-character deprecation warning on every
    // click whose action returns anything else (plain data or data()) under single fetch.
    expect(result).toBeInstanceOf(Response);
    const answer = result as unknown as Response;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true, state: { following: false, followers: 1 } });
    const draft = await challenge("DRAFT", "非公開");
    const refused = (await settle(() =>
      followAction({
        request: postRequest("/follow", cookie, { intent: "follow", targetType: "CHALLENGE", targetId: draft.id }),
        params: {},
        context: {},
      }),
    )) as Response;
    expect(refused.status).toBe(404);
    expect(await prisma.follow.count({ where: { challengeId: draft.id } })).toBe(0);
  });

  it("sends a signed-out visitor to sign in and back", async () => {
    const request = new Request("http://hub.test/follow", {
      method: "POST",
      body: new URLSearchParams({ intent: "follow", targetType: "AREA", targetId: String(narakawa), redirectTo: "/areas/narakawa" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    const response = (await settle(() => followAction({ request, params: {}, context: {} }))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fareas%2Fnarakawa");
  });
});

describe("the area page", () => {
  it("shows the area's open challenges and initiatives, never a draft, with the reader's follow state; an unknown slug is a 404", async () => {
    const draft = await challenge("DRAFT", "地域ページの下書き");
    const initiative = await createInitiative(prisma, { strategyCode: "C", titleJa: `${marker} 楢川の取り組み`, areaSlug: "narakawa" });
    initiativeIds.push(initiative.id);
    const elsewhere = await createInitiative(prisma, { strategyCode: "C", titleJa: `${marker} 市全域の取り組み` });
    initiativeIds.push(elsewhere.id);
    await follow(reader.id, { type: "AREA", areaId: narakawa });
    const cookie = await sessionCookie(reader.id);
    const page = await areaLoader({ request: getRequest("/areas/narakawa", cookie), params: { slug: "narakawa" }, context: {} });
    expect(page.area.name).toBe("楢川");
    expect(page.follow).toMatchObject({ targetType: "AREA", targetId: String(narakawa), signedIn: true, following: true });
    const open = page.challengeGroups.find((group) => group.status === "OPEN")!;
    expect(open.items.map((item) => item.number)).toContain(openChallenge.number);
    expect(page.challengeGroups.flatMap((group) => group.items.map((item) => item.number))).not.toContain(draft.number);
    const titles = page.initiatives.items.map((item) => item.title);
    expect(titles).toContain(`${marker} 楢川の取り組み`);
    expect(titles).not.toContain(`${marker} 市全域の取り組み`);
    expect(page.feedHref).toBe("/areas/narakawa/challenges.atom");
    const missing = (await settle(() =>
      areaLoader({ request: getRequest("/areas/nowhere"), params: { slug: "nowhere" }, context: {} }),
    )) as Response;
    expect(missing.status).toBe(404);
  });
});

describe("who follows automatically", () => {
  it("makes a proposal's author and every member of the partner follow the challenge on submission, except one who unfollowed", async () => {
    const [owner, member, quitter] = [await user("owner"), await user("member"), await user("quitter")];
    const partner = await prisma.partnerProfile.create({
      data: {
        kind: "ORGANISATION",
        displayName: `${marker} 団体`,
        members: { create: [{ userId: owner.id, role: "OWNER" }, { userId: member.id }, { userId: quitter.id }] },
      },
      select: { id: true },
    });
    partnerIds.push(partner.id);
    const target = await challenge("OPEN", "提案先");
    await follow(quitter.id, { type: "CHALLENGE", challengeId: target.id });
    await unfollow(quitter.id, { type: "CHALLENGE", challengeId: target.id });
    const draft = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: owner.id,
      challengeId: target.id,
      title: `${marker} 提案`,
      status: "DRAFT",
    });
    expect(await prisma.follow.count({ where: { challengeId: target.id, mutedAt: null } })).toBe(0);

    const outcome = await changeProposalStatus({
      proposalId: draft.id,
      expectedVersion: 1,
      to: "SUBMITTED",
      actor: { userId: owner.id, side: "PARTNER" },
    });
    expect(outcome).toMatchObject({ ok: true, status: "SUBMITTED" });
    const follows = await prisma.follow.findMany({
      where: { challengeId: target.id },
      select: { userId: true, automatic: true, mutedAt: true },
    });
    expect(
      follows
        .filter((row) => !row.mutedAt)
        .map((row) => row.userId)
        .sort(),
    ).toEqual([owner.id, member.id].sort());
    expect(follows.filter((row) => !row.mutedAt).every((row) => row.automatic)).toBe(true);
    expect(follows.find((row) => row.userId === quitter.id)?.mutedAt).toBeInstanceOf(Date);
  });

  it("records CHALLENGE_PUBLISHED on publication and CHALLENGE_STATUS_CHANGED on later moves, nothing when archived", async () => {
    const actor = { id: coordinator.id, displayName: coordinator.displayName };
    const draft = await challenge("DRAFT", "公開試験");
    expect(await changeChallengeStatus(actor, draft.number, 1, "OPEN", "10.0.0.1", "http://hub.test")).toEqual({
      ok: true,
      status: "OPEN",
      version: 2,
    });
    expect(await changeChallengeStatus(actor, draft.number, 2, "MATCHING")).toEqual({ ok: true, status: "MATCHING", version: 3 });
    const activities = await prisma.activity.findMany({
      where: { challengeId: draft.id },
      orderBy: { id: "asc" },
      select: { kind: true, details: true, actorId: true, areaId: true, strategyId: true },
    });
    const strategyB = await prisma.strategy.findUniqueOrThrow({ where: { code: "B" }, select: { id: true } });
    expect(activities).toEqual([
      {
        kind: "CHALLENGE_PUBLISHED",
        details: { origin: "http://hub.test" },
        actorId: coordinator.id,
        areaId: narakawa,
        strategyId: strategyB.id,
      },
      {
        kind: "CHALLENGE_STATUS_CHANGED",
        details: { from: "OPEN", to: "MATCHING" },
        actorId: coordinator.id,
        areaId: narakawa,
        strategyId: strategyB.id,
      },
    ]);

    // Archiving takes it off the public site: no notification would have a page to link to.
    expect(await changeChallengeStatus(actor, draft.number, 3, "ARCHIVED")).toMatchObject({ ok: true, status: "ARCHIVED" });
    expect(await prisma.activity.count({ where: { challengeId: draft.id } })).toBe(2);

    const unseen = await challenge("DRAFT", "公開せず終了");
    expect(await changeChallengeStatus(actor, unseen.number, 1, "ARCHIVED")).toMatchObject({ ok: true });
    expect(await prisma.activity.count({ where: { challengeId: unseen.id } })).toBe(0);
  });
});

describe("in-app notifications", () => {
  it("lists a page newest first with its subjects' titles in one statement (plus one for the totals)", async () => {
    const initiative = await createInitiative(prisma, {
      strategyCode: "B",
      titleJa: `${marker} 取り組み`,
      titleEn: `${marker} initiative`,
      areaSlug: "narakawa",
    });
    initiativeIds.push(initiative.id);
    const base = Date.now() - 3 * 86_400_000;
    const created = [];
    for (let index = 0; index < 12; index += 1) {
      const challengeRow = await challenge("OPEN", `通知 ${index}`);
      created.push(
        await createNotification(prisma, {
          userId: reader.id,
          kind: index % 3 === 0 ? "INITIATIVE_STATUS_CHANGED" : "CHALLENGE_PUBLISHED",
          ...(index % 3 === 0
            ? { initiativeId: initiative.id, details: { from: "ACTIVE", to: "PAUSED" } }
            : { challengeId: challengeRow.id }),
          createdAt: new Date(base + index * 3_600_000),
          readAt: index < 4 ? new Date() : null,
        }),
      );
    }
    expect(await countUnreadNotifications(reader.id)).toBe(8);

    const { result: first, statements } = await recordQueries(() => listNotifications(reader.id, "ja", 1, 5));
    expect(statements).toHaveLength(2);
    expect(first).toMatchObject({ total: 12, unread: 8, page: 1 });
    expect(first.items.map((item) => item.id)).toEqual(
      created
        .slice(-5)
        .reverse()
        .map((row) => String(row.id)),
    );
    expect(first.items[0]).toMatchObject({ read: false, href: expect.stringMatching(/^\/challenges\/\d+$/) });
    expect(first.items[0]!.text).toContain(`${marker} 通知 11`);
    const initiativeItem = first.items.find((item) => item.href === `/initiatives/${initiative.number}`);
    expect(initiativeItem?.text).toBe(`取り組み「${marker} 取り組み」が「休止中」になりました`);

    const { result: last, statements: lastStatements } = await recordQueries(() => listNotifications(reader.id, "en", 3, 5));
    expect(lastStatements).toHaveLength(2);
    expect(last.items).toHaveLength(2);
    expect(last.items.every((item) => item.read)).toBe(true);
  });

  it("marks read only the reader's own: another user's id is a 404 and stays unread", async () => {
    const challengeRow = await challenge("OPEN", "既読試験");
    const mine = await createNotification(prisma, { userId: other.id, kind: "CHALLENGE_PUBLISHED", challengeId: challengeRow.id });
    const readerCookie = await sessionCookie(reader.id);
    const refused = (await settle(() =>
      openLoader({ request: getRequest(`/notifications/${mine.id}`, readerCookie), params: { id: String(mine.id) }, context: {} }),
    )) as Response;
    expect(refused.status).toBe(404);
    expect(await openNotification(reader.id, String(mine.id), "ja")).toBeNull();
    expect(await openNotification(reader.id, "abc", "ja")).toBeNull();
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: mine.id }, select: { readAt: true } })).readAt).toBeNull();

    const otherCookie = await sessionCookie(other.id);
    const opened = (await settle(() =>
      openLoader({ request: getRequest(`/notifications/${mine.id}`, otherCookie), params: { id: String(mine.id) }, context: {} }),
    )) as Response;
    expect(opened.status).toBe(302);
    expect(opened.headers.get("Location")).toBe(`/challenges/${challengeRow.number}`);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: mine.id }, select: { readAt: true } })).readAt).toBeInstanceOf(Date);
  });

  it("marks all read up to the newest one shown, leaving one that arrived since unread, and never someone else's", async () => {
    const challengeRow = await challenge("OPEN", "全部既読");
    const seen = await createNotification(prisma, { userId: reader.id, kind: "CHALLENGE_PUBLISHED", challengeId: challengeRow.id });
    const arrived = await createNotification(prisma, {
      userId: reader.id,
      kind: "CHALLENGE_PUBLISHED",
      challengeId: challengeRow.id,
      details: {},
    });
    const othersUnread = await countUnreadNotifications(other.id);
    const theirs = await createNotification(prisma, { userId: other.id, kind: "CHALLENGE_PUBLISHED", challengeId: challengeRow.id });
    await markAllNotificationsRead(reader.id, String(seen.id));
    const rows = await prisma.notification.findMany({
      where: { id: { in: [seen.id, arrived.id, theirs.id] } },
      select: { id: true, readAt: true },
    });
    const readOf = (id: bigint) => rows.find((row) => row.id === id)?.readAt;
    expect(readOf(seen.id)).toBeInstanceOf(Date);
    expect(readOf(arrived.id)).toBeNull();
    expect(readOf(theirs.id)).toBeNull();
    expect(await countUnreadNotifications(other.id)).toBe(othersUnread + 1);
  });
});

describe("すべて既読にする on /notifications", () => {
  it("leaves nothing unread that the page showed, even a late notification whose id is above the top one's", async () => {
    const resident = await user("mark-all");
    const cookie = await sessionCookie(resident.id);
    const challengeRow = await challenge("OPEN", "遅れて届いた");
    const otherRow = await challenge("OPEN", "先に届いた");
    // The newest in the list (created now) and one whose fan-out committed later for an earlier activity: it has a
    // higher id but an older time, so it is listed below the top one.
    await createNotification(prisma, { userId: resident.id, kind: "CHALLENGE_PUBLISHED", challengeId: otherRow.id });
    await createNotification(prisma, {
      userId: resident.id,
      kind: "CHALLENGE_PUBLISHED",
      challengeId: challengeRow.id,
      createdAt: new Date(Date.now() - 60_000),
    });
    const page = (await inboxLoader({ request: getRequest("/notifications", cookie), params: {}, context: {} })) as {
      inbox: { unread: number; items: Array<{ id: string }> };
    };
    expect(page.inbox.unread).toBe(2);
    // What the page's form sends: the id of the top notification.
    const response = (await settle(() =>
      inboxAction({
        request: postRequest("/notifications", cookie, { intent: "markAllRead", upTo: page.inbox.items[0]!.id }),
        params: {},
        context: {},
      }),
    )) as Response;
    expect(response.status).toBe(303);
    const reloaded = (await inboxLoader({ request: getRequest("/notifications", cookie), params: {}, context: {} })) as typeof page;
    expect(reloaded.inbox.unread).toBe(0);
    expect(await countUnreadNotifications(resident.id)).toBe(0);

    // One that arrives after the page was loaded is newer than the top one and stays unread.
    const arrived = await createNotification(prisma, {
      userId: resident.id,
      kind: "CHALLENGE_STATUS_CHANGED",
      challengeId: otherRow.id,
      details: { from: "OPEN", to: "MATCHING" },
    });
    await markAllNotificationsRead(resident.id, page.inbox.items[0]!.id);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: arrived.id }, select: { readAt: true } })).readAt).toBeNull();
  });
});

describe("notification e-mail frequency", () => {
  it("saves the choice with an audit entry naming both values, and refuses an unknown one with 400", async () => {
    const changed = await setNotificationFrequency(reader, "WEEKLY", "10.1.2.3");
    expect(changed).toEqual({ changed: true });
    expect(await setNotificationFrequency(reader, "WEEKLY", "10.1.2.3")).toEqual({ changed: false });
    const audits = await prisma.auditLog.findMany({
      where: { action: "user.notifications_changed", targetId: reader.id },
      select: { details: true, ipAddress: true },
    });
    expect(audits).toEqual([{ details: { from: "IMMEDIATE", to: "WEEKLY" }, ipAddress: "10.1.2.3" }]);

    const cookie = await sessionCookie(reader.id);
    const refused = (await settle(() =>
      settingsAction({
        request: postRequest("/account/notifications", cookie, { intent: "frequency", notificationFrequency: "HOURLY" }),
        params: {},
        context: {},
      }),
    )) as { init: ResponseInit | null };
    expect(refused.init?.status).toBe(400);
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { id: reader.id }, select: { notificationFrequency: true } })).notificationFrequency,
    ).toBe("WEEKLY");
  });
});
