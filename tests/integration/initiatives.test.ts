// Initiatives against the real database: started only from an AGREED (or later) match, joined by a second
// match, status moves the model and the trigger both refuse, a stale edit answered as a conflict naming who,
// updates only by coordinators and participating partners, participants shown only when they agreed, cheers once
// per account however many requests race, the activities and automatic follows written with each change, and
// the public list in one statement per page.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  changeInitiativeStatus,
  createInitiativeFromMatch,
  joinInitiativeFromMatch,
  setCheer,
  setParticipantVisibility,
  updateInitiativeDetails,
  type InitiativeActor,
} from "../../app/features/initiatives/initiative.server.ts";
import { getInitiativePage, listInitiatives } from "../../app/features/initiatives/initiative-queries.server.ts";
import {
  postInitiativeUpdate,
  saveMilestone,
  saveOutcome,
  setMilestoneAchieved,
} from "../../app/features/initiatives/initiative-updates.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  createChallenge,
  createInitiative,
  createMatchWithHistory,
  createPartner,
  createProposal,
  createUser,
} from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";
import { action as initiativeAction, loader as initiativeLoader } from "~/routes/initiatives.$number.tsx";
import { loader as listLoader } from "~/routes/initiatives._index.tsx";
import { action as editorAction, loader as editorLoader } from "~/routes/coordinate.initiatives.$number.tsx";
import { action as coordinatorMatchAction } from "~/routes/coordinate.matches.$number.tsx";

const ns = accountNamespace("initiatives.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const initiativeIds: string[] = [];

let coordinator: InitiativeActor;
let partnerMember: InitiativeActor;
let outsider: InitiativeActor;
let proposer: { id: string };
let challenge: { id: string; number: number };
let partner: { id: string };
let cookies: { coordinator: string; member: string; outsider: string };

beforeAll(async () => {
  const suffix = randomUUID().slice(0, 6);
  const coordinatorUser = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `調整役 ${suffix}`,
    roles: ["COORDINATOR"],
  });
  const memberUser = await createUser(prisma, { email: ns.email("member"), displayName: `団体メンバー ${suffix}`, roles: ["PARTNER"] });
  const outsiderUser = await createUser(prisma, { email: ns.email("outsider"), displayName: `別の団体 ${suffix}`, roles: ["PARTNER"] });
  const proposerUser = await createUser(prisma, { email: ns.email("proposer"), displayName: `提案者 ${suffix}`, roles: ["PARTNER"] });
  userIds.push(coordinatorUser.id, memberUser.id, outsiderUser.id, proposerUser.id);
  coordinator = { id: coordinatorUser.id, displayName: coordinatorUser.displayName, roles: ["COORDINATOR"] };
  partnerMember = { id: memberUser.id, displayName: memberUser.displayName, roles: ["PARTNER"] };
  outsider = { id: outsiderUser.id, displayName: outsiderUser.displayName, roles: ["PARTNER"] };
  proposer = { id: proposerUser.id };
  cookies = {
    coordinator: await sessionCookie(coordinatorUser.id),
    member: await sessionCookie(memberUser.id),
    outsider: await sessionCookie(outsiderUser.id),
  };
  const created = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `取り組み試験課題 ${suffix}`,
    summaryJa: "在庫管理を一緒に考える協働パートナーを募集します。",
    status: "IN_PROGRESS",
    fieldNumbers: [4],
  });
  challenge = { id: created.id, number: created.number };
  challengeIds.push(created.id);
  partner = await createPartner(prisma, {
    displayName: `取り組み試験団体 ${suffix}`,
    ownerId: proposerUser.id,
    memberIds: [memberUser.id],
    strategyCodes: ["B"],
  });
  const other = await createPartner(prisma, { displayName: `無関係の団体 ${suffix}`, ownerId: outsiderUser.id, strategyCodes: ["B"] });
  partnerIds.push(partner.id, other.id);
});

afterAll(async () => {
  await prisma.activity.deleteMany({ where: { initiativeId: { in: initiativeIds } } });
  await prisma.auditLog.deleteMany({ where: { targetType: "initiative", targetId: { in: initiativeIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function matchIn(
  stagePath: Array<"INTRODUCED" | "AGREED" | "ACTIVE" | "COMPLETED" | "ENDED">,
  partnerId = partner.id,
  proposalId: string | null = null,
) {
  return createMatchWithHistory(prisma, { challengeId: challenge.id, partnerId, proposalId, ownerId: coordinator.id, path: stagePath });
}

async function newPartnerWithMatch() {
  const owner = await createUser(prisma, { email: ns.email("second"), displayName: "第二の団体の人", roles: ["PARTNER"] });
  userIds.push(owner.id);
  const second = await createPartner(prisma, {
    displayName: `第二の団体 ${randomUUID().slice(0, 6)}`,
    ownerId: owner.id,
    strategyCodes: ["B"],
  });
  partnerIds.push(second.id);
  return { owner, partner: second, match: await matchIn(["INTRODUCED", "AGREED"], second.id) };
}

async function startedInitiative() {
  const proposal = await createProposal(prisma, {
    partnerId: partner.id,
    authorId: proposer.id,
    challengeId: challenge.id,
    title: "提案",
    status: "ACCEPTED",
  });
  const match = await matchIn(["INTRODUCED", "AGREED"], partner.id, proposal.id);
  const outcome = await createInitiativeFromMatch({ matchNumber: match.number, actor: coordinator });
  if (!outcome.ok) throw new Error(`could not start: ${outcome.reason}`);
  initiativeIds.push(outcome.initiative.id);
  // Matches are one open per pair: end this one so the next test's match for the same pair can be created.
  await prisma.match.update({ where: { id: match.id }, data: { stage: "ACTIVE", version: { increment: 1 } } });
  await prisma.match.update({ where: { id: match.id }, data: { stage: "COMPLETED", version: { increment: 1 } } });
  return { ...outcome.initiative, match };
}

describe("starting an initiative from a match", () => {
  it("refuses a match that is not AGREED yet, in the model and in the database", async () => {
    const match = await matchIn(["INTRODUCED"]);
    expect(await createInitiativeFromMatch({ matchNumber: match.number, actor: coordinator })).toEqual({
      ok: false,
      kind: "conflict",
      reason: "not-agreed",
    });
    const existing = await createInitiative(prisma, { strategyCode: "B", titleJa: "直接の行" });
    initiativeIds.push(existing.id);
    await expect(
      prisma.initiativeParticipant.create({ data: { initiativeId: existing.id, partnerId: partner.id, matchId: match.id } }),
    ).rejects.toThrow(/only an AGREED match/);
    await prisma.match.update({ where: { id: match.id }, data: { stage: "ENDED", endedReason: "試験", version: { increment: 1 } } });
  });

  it("takes the challenge's details, records history, audit and activity, and makes the people involved follow it", async () => {
    const started = await startedInitiative();
    const stored = await prisma.initiative.findUniqueOrThrow({
      where: { id: started.id },
      select: {
        titleJa: true,
        summaryJa: true,
        summaryEn: true,
        status: true,
        challengeId: true,
        strategy: { select: { code: true } },
        fields: { select: { field: { select: { number: true } } } },
        statusEvents: { select: { fromStatus: true, toStatus: true } },
        participants: { select: { partnerId: true, showPublicly: true, matchId: true } },
      },
    });
    expect(stored.titleJa).toMatch(/^取り組み試験課題/);
    // An initiative is under way: it does not go public still recruiting in the challenge's words.
    expect(stored.summaryJa).not.toMatch(/募集/);
    expect(stored.summaryJa).toContain(stored.titleJa);
    expect(stored.summaryEn).toMatch(/^An initiative/);
    expect(stored).toMatchObject({ status: "ACTIVE", challengeId: challenge.id, strategy: { code: "B" } });
    expect(stored.fields.map((row) => row.field.number)).toEqual([4]);
    expect(stored.statusEvents).toEqual([{ fromStatus: null, toStatus: "ACTIVE" }]);
    expect(stored.participants).toEqual([{ partnerId: partner.id, showPublicly: false, matchId: started.match.id }]);
    const activities = await prisma.activity.findMany({ where: { initiativeId: started.id }, select: { kind: true, actorId: true } });
    expect(activities).toEqual([{ kind: "INITIATIVE_STARTED", actorId: coordinator.id }]);
    const audits = await prisma.auditLog.count({ where: { targetId: started.id, action: "initiative.created" } });
    expect(audits).toBe(1);
    const followers = await prisma.follow.findMany({ where: { initiativeId: started.id }, select: { userId: true, automatic: true } });
    expect(new Set(followers.map((row) => row.userId))).toEqual(new Set([coordinator.id, partnerMember.id, proposer.id]));
    expect(followers.every((row) => row.automatic)).toBe(true);
  });

  it("lets a match join only one initiative, and a second partner join an existing one", async () => {
    const started = await startedInitiative();
    expect(await createInitiativeFromMatch({ matchNumber: started.match.number, actor: coordinator })).toEqual({
      ok: false,
      kind: "conflict",
      reason: "already-joined",
    });
    const second = await newPartnerWithMatch();
    const joined = await joinInitiativeFromMatch({
      matchNumber: second.match.number,
      initiativeNumber: started.number,
      actor: coordinator,
    });
    expect(joined).toEqual({ ok: true, initiative: { id: started.id, number: started.number } });
    const participants = await prisma.initiativeParticipant.count({ where: { initiativeId: started.id } });
    expect(participants).toBe(2);
    expect(await prisma.follow.count({ where: { initiativeId: started.id, userId: second.owner.id } })).toBe(1);
  });
});

describe("status and details", () => {
  it("moves ACTIVE → PAUSED → ACTIVE → COMPLETED with reasons, then refuses anything (model and trigger)", async () => {
    const started = await startedInitiative();
    let version = 1;
    for (const to of ["PAUSED", "ACTIVE", "COMPLETED"] as const) {
      const moved = await changeInitiativeStatus({
        actor: coordinator,
        number: started.number,
        expectedVersion: version,
        to,
        reason: `理由 ${to}`,
      });
      expect(moved).toMatchObject({ ok: true, status: to });
      if (moved.ok) version = moved.version;
    }
    expect(
      await changeInitiativeStatus({ actor: coordinator, number: started.number, expectedVersion: version, to: "ACTIVE", reason: "再開" }),
    ).toEqual({
      ok: false,
      kind: "conflict",
      reason: "not-allowed",
      from: "COMPLETED",
    });
    await expect(prisma.initiative.update({ where: { id: started.id }, data: { status: "ACTIVE" } })).rejects.toThrow(
      /cannot change from COMPLETED/,
    );
    const events = await prisma.initiativeEvent.findMany({
      where: { initiativeId: started.id },
      orderBy: { id: "asc" },
      select: { toStatus: true, reason: true },
    });
    expect(events.map((row) => row.toStatus)).toEqual(["ACTIVE", "PAUSED", "ACTIVE", "COMPLETED"]);
    const activities = await prisma.activity.findMany({
      where: { initiativeId: started.id, kind: "INITIATIVE_STATUS_CHANGED" },
      orderBy: { id: "asc" },
      select: { details: true },
    });
    expect(activities.map((row) => row.details)).toEqual([
      { from: "ACTIVE", to: "PAUSED", reason: "理由 PAUSED" },
      { from: "PAUSED", to: "ACTIVE", reason: "理由 ACTIVE" },
      { from: "ACTIVE", to: "COMPLETED", reason: "理由 COMPLETED" },
    ]);
  });

  it("answers a stale edit with a conflict naming who saved and when", async () => {
    const started = await startedInitiative();
    const values = {
      version: 1,
      titleJa: "新しい題",
      titleEn: null,
      summaryJa: "要約",
      summaryEn: null,
      storyJa: "## 物語",
      storyEn: null,
      strategyCode: "B" as const,
      fieldNumbers: [4, 5],
      areaSlug: "citywide",
      periodNumber: 1,
      coverAltJa: null,
      coverAltEn: null,
    };
    expect(await updateInitiativeDetails({ actor: coordinator, number: started.number, values })).toMatchObject({ ok: true, version: 2 });
    const stale = await updateInitiativeDetails({
      actor: { ...coordinator, displayName: "別の調整役" },
      number: started.number,
      values: { ...values, titleJa: "古い画面から" },
    });
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, changedBy: coordinator.displayName } });
    const stored = await prisma.initiative.findUniqueOrThrow({
      where: { id: started.id },
      select: { titleJa: true, fields: { select: { isPrimary: true, field: { select: { number: true } } } } },
    });
    expect(stored.titleJa).toBe("新しい題");
    expect(stored.fields).toHaveLength(2);
  });
});

describe("updates, milestones, outcomes", () => {
  it("lets coordinators and participating partners post, refuses a partner not taking part, and names a partner only if public", async () => {
    const started = await startedInitiative();
    const values = { title: "進捗", body: "**今月**の報告 <script>alert(1)</script>", language: "ja" as const };
    expect(await postInitiativeUpdate({ actor: outsider, initiativeId: started.id, values, images: [] })).toEqual({
      ok: false,
      kind: "forbidden",
      reason: "forbidden",
    });
    const byPartner = await postInitiativeUpdate({ actor: partnerMember, initiativeId: started.id, values, images: [] });
    expect(byPartner.ok).toBe(true);
    expect(
      await postInitiativeUpdate({ actor: coordinator, initiativeId: started.id, values: { ...values, title: "調整役から" }, images: [] }),
    ).toMatchObject({ ok: true });

    const anonymous = { userId: null, coordinator: false };
    let page = await getInitiativePage(started.number, "ja", anonymous);
    expect(page!.publicParticipants).toEqual([]);
    expect(page!.hiddenParticipantCount).toBe(1);
    const partnerUpdate = page!.updates.find((update) => update.title === "進捗")!;
    expect(partnerUpdate.byPartner).toBe("");
    expect(partnerUpdate.bodyHtml).toContain("<strong>今月</strong>");
    expect(partnerUpdate.bodyHtml).not.toContain("<script");
    expect(page!.updates.find((update) => update.title === "調整役から")!.byPartner).toBeNull();

    // Someone outside the partner cannot flip its switch; its member can.
    expect(
      await setParticipantVisibility({ actor: outsider, initiativeId: started.id, partnerId: partner.id, showPublicly: true }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
    expect(
      await setParticipantVisibility({ actor: partnerMember, initiativeId: started.id, partnerId: partner.id, showPublicly: true }),
    ).toEqual({ ok: true });
    page = await getInitiativePage(started.number, "ja", anonymous);
    expect(page!.publicParticipants.map((row) => row.partnerId)).toEqual([partner.id]);
    expect(page!.updates.find((update) => update.title === "進捗")!.byPartner).toMatch(/^取り組み試験団体/);

    const activities = await prisma.activity.count({ where: { initiativeId: started.id, kind: "INITIATIVE_UPDATE_POSTED" } });
    expect(activities).toBe(2);
  });

  it("records milestones (sequence bumped on every change) and outcomes with their activities", async () => {
    const started = await startedInitiative();
    const added = await saveMilestone({
      actor: coordinator,
      initiativeId: started.id,
      values: {
        kind: "EVENT",
        titleJa: "説明会",
        titleEn: "Briefing",
        descriptionJa: "",
        descriptionEn: null,
        date: "2026-12-05",
        startTime: "13:30",
        endTime: "15:00",
        locationJa: "塩尻市役所",
        locationEn: null,
      },
    });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.id : "";
    const stored = await prisma.initiativeMilestone.findUniqueOrThrow({
      where: { id },
      select: { startsAt: true, endsAt: true, allDay: true, sequence: true },
    });
    expect(stored).toEqual({
      startsAt: new Date("2026-12-05T04:30:00Z"),
      endsAt: new Date("2026-12-05T06:00:00Z"),
      allDay: false,
      sequence: 0,
    });
    await setMilestoneAchieved({ actor: coordinator, initiativeId: started.id, milestoneId: id, achieved: true });
    // Achieved twice: nothing changes and nobody hears about it again.
    await setMilestoneAchieved({ actor: coordinator, initiativeId: started.id, milestoneId: id, achieved: true });
    expect((await prisma.initiativeMilestone.findUniqueOrThrow({ where: { id }, select: { sequence: true } })).sequence).toBe(1);
    await saveOutcome({
      actor: coordinator,
      initiativeId: started.id,
      values: {
        labelJa: "参加者",
        labelEn: "Participants",
        value: "42.5",
        unitJa: "人",
        unitEn: "people",
        achievedOn: "2026-11-20",
        noteJa: "",
        noteEn: null,
      },
    });
    const kinds = await prisma.activity.findMany({
      where: { initiativeId: started.id },
      orderBy: { id: "asc" },
      select: { kind: true, details: true },
    });
    expect(kinds.map((row) => row.kind)).toEqual(["INITIATIVE_STARTED", "MILESTONE_ADDED", "MILESTONE_ACHIEVED", "OUTCOME_RECORDED"]);
    expect(kinds[2]!.details).toMatchObject({ milestoneId: id, titleJa: "説明会", titleEn: "Briefing" });
    const page = await getInitiativePage(started.number, "en", { userId: null, coordinator: false });
    expect(page!.outcomes).toEqual([
      expect.objectContaining({ label: "Participants", value: "42.5", unit: "people", achievedOn: "2026-11-20" }),
    ]);
  });
});

describe("cheers and the list", () => {
  it("counts one cheer per account however many requests race, and lets it be taken back", async () => {
    const started = await startedInitiative();
    const results = await Promise.all(Array.from({ length: 8 }, () => setCheer(started.id, outsider.id, true)));
    expect(results.every((result) => result.cheered)).toBe(true);
    expect(await prisma.initiativeCheer.count({ where: { initiativeId: started.id } })).toBe(1);
    await setCheer(started.id, partnerMember.id, true);
    expect((await setCheer(started.id, outsider.id, false)).count).toBe(1);
  });

  it("reads a page of the public list in one statement, with filters", async () => {
    const started = await startedInitiative();
    await setCheer(started.id, outsider.id, true);
    const { result, statements } = await recordQueries(() => listInitiatives({ strategy: "B", field: 4, page: 1 }, "ja"));
    expect(statements).toHaveLength(1);
    const card = result.items.find((item) => item.number === started.number);
    expect(card).toMatchObject({ strategyCode: "B", cheers: 1, updates: 0, status: "ACTIVE" });
    const none = await listInitiatives({ strategy: "A", page: 1 }, "ja");
    expect(none.items.find((item) => item.number === started.number)).toBeUndefined();
  });
});

describe("the pages", () => {
  const context = { clientIp: "10.9.9.9" };

  it("starts an initiative from the coordinator's match page and refuses a resident", async () => {
    const match = await matchIn(["INTRODUCED", "AGREED"]);
    const resident = await createUser(prisma, { email: ns.email("resident"), displayName: "住民" });
    userIds.push(resident.id);
    const refused = await settle(() =>
      coordinatorMatchAction({
        request: postRequest(`/coordinate/matches/${match.number}`, "", { intent: "initiative-create" }),
        params: { number: String(match.number) },
        context,
      }),
    );
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(302);
    const residentCookie = await sessionCookie(resident.id);
    const forbidden = await settle(() =>
      coordinatorMatchAction({
        request: postRequest(`/coordinate/matches/${match.number}`, residentCookie, { intent: "initiative-create" }),
        params: { number: String(match.number) },
        context,
      }),
    );
    expect((forbidden as Response).status).toBe(403);
    const created = (await settle(() =>
      coordinatorMatchAction({
        request: postRequest(`/coordinate/matches/${match.number}`, cookies.coordinator, { intent: "initiative-create" }),
        params: { number: String(match.number) },
        context,
      }),
    )) as Response;
    expect(created.status).toBe(302);
    const number = Number(created.headers.get("Location")!.split("/").pop());
    const row = await prisma.initiative.findUniqueOrThrow({ where: { number }, select: { id: true } });
    initiativeIds.push(row.id);
    await prisma.match.update({ where: { id: match.id }, data: { stage: "ACTIVE", version: { increment: 1 } } });
    await prisma.match.update({ where: { id: match.id }, data: { stage: "COMPLETED", version: { increment: 1 } } });
  });

  it("cheers without JavaScript (a form post that comes back to the page) and sends signed-out visitors to sign in", async () => {
    const started = await startedInitiative();
    const path = `/initiatives/${started.number}`;
    const anonymous = (await settle(() =>
      initiativeAction({
        request: postRequest(path, "", { intent: "cheer", cheer: "on" }),
        params: { number: String(started.number) },
        context,
      }),
    )) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    const cheered = (await settle(() =>
      initiativeAction({
        request: postRequest(path, cookies.outsider, { intent: "cheer", cheer: "on" }),
        params: { number: String(started.number) },
        context,
      }),
    )) as Response;
    expect(cheered.status).toBe(303);
    const page = (await initiativeLoader({
      request: getRequest(path, cookies.outsider),
      params: { number: String(started.number) },
      context,
    })) as { initiative: { cheers: number; cheered: boolean } };
    expect(page.initiative).toMatchObject({ cheers: 1, cheered: true });
    const visitor = (await initiativeLoader({ request: getRequest(path), params: { number: String(started.number) }, context })) as {
      initiative: { cheers: number; cheered: boolean };
    };
    expect(visitor.initiative).toMatchObject({ cheers: 1, cheered: false });
  });

  it("answers a partner not taking part with 404 when posting an update, and keeps typed text on a bad form", async () => {
    const started = await startedInitiative();
    const path = `/initiatives/${started.number}`;
    const outsiderPost = await settle(() =>
      initiativeAction({
        request: postRequest(path, cookies.outsider, { intent: "update-save", title: "x", body: "y", language: "ja" }),
        params: { number: String(started.number) },
        context,
      }),
    );
    expect((outsiderPost as Response).status).toBe(404);
    const bad = (await settle(() =>
      initiativeAction({
        request: postRequest(path, cookies.member, { intent: "update-save", title: "見出しだけ", body: "", language: "ja" }),
        params: { number: String(started.number) },
        context,
      }),
    )) as unknown as {
      init: { status: number };
      data: { result: { initialValue: Record<string, string>; error: Record<string, string[]> } };
    };
    expect(bad.init.status).toBe(400);
    expect(bad.data.result.initialValue.title).toBe("見出しだけ");
    expect(bad.data.result.error.body).toEqual(["validation.required"]);
  });

  it("the editor answers a stale save with 409 naming who saved, keeping what was typed", async () => {
    const started = await startedInitiative();
    const path = `/coordinate/initiatives/${started.number}`;
    const form = {
      intent: "details",
      version: "1",
      titleJa: "最初の保存",
      summaryJa: "要約",
      storyJa: "",
      strategyCode: "B",
      fieldNumbers: "4",
      areaSlug: "citywide",
      periodNumber: "1",
    };
    const first = (await settle(() =>
      editorAction({ request: postRequest(path, cookies.coordinator, form), params: { number: String(started.number) }, context }),
    )) as Response;
    expect(first.status).toBe(302);
    const stale = (await settle(() =>
      editorAction({
        request: postRequest(path, cookies.coordinator, { ...form, titleJa: "古い画面" }),
        params: { number: String(started.number) },
        context,
      }),
    )) as unknown as {
      init: { status: number };
      data: { conflict: { changedBy: string }; result: { initialValue: Record<string, string> } };
    };
    expect(stale.init.status).toBe(409);
    expect(stale.data.conflict.changedBy).toBe(coordinator.displayName);
    expect(stale.data.result.initialValue.titleJa).toBe("古い画面");
    const resident = await settle(() =>
      editorLoader({ request: getRequest(path, cookies.outsider), params: { number: String(started.number) }, context }),
    );
    expect((resident as Response).status).toBe(403);
  });

  it("reads the public list page in a constant number of statements", async () => {
    await startedInitiative();
    const request = getRequest("/initiatives?strategy=B");
    await listLoader({ request, params: {}, context });
    const { statements } = await recordQueries(() => listLoader({ request: getRequest("/initiatives?strategy=B"), params: {}, context }));
    // One statement for the page of cards and their counts, whatever the page size; the taxonomy is cached.
    expect(statements.filter((statement) => statement.includes('"Initiative"'))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(2);
  });
});
