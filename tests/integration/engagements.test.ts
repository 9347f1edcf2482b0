// Engagements against the real database: started once per agreed match however many requests race, the scope saved
// under optimistic locking (a stale save names who changed it), both sides' confirmations racing into exactly one
// kickoff, a changed scope confirmed again; check-ins asked once per engagement, due date and side when two job runs
// race, due at midnight in Japan (not UTC), answered once through the signed link; the attention list; reflections
// hidden from the other side until both answered or 14 days passed; the contribution record written on completion,
// its fiscal-year CSV and verification link, and only anonymous counts left after the account is deleted.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmScope, startEngagement, updateScope, type EngagementActor } from "../../app/features/engagements/engagement.server.ts";
import { answerCheckIn, listAttention, requestDueCheckIns } from "../../app/features/engagements/check-in.server.ts";
import {
  closeEngagement,
  endEngagementEarly,
  markEngagementDone,
  reflectionsFor,
  submitReflection,
} from "../../app/features/engagements/engagement-completion.server.ts";
import {
  contributionCsv,
  listContributions,
  verificationPath,
  verifyContribution,
  verifyActivity,
} from "../../app/features/engagements/contribution.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { addTokyoDays, fiscalYearOf, tokyoDateTime, todayInTokyo, utcDate } from "../../app/kernel/japan-time.ts";
import { verifyRecordLink } from "../../app/kernel/signed-token.server.ts";
import { createChallenge, createMatchWithHistory, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { deleteAccount } from "../../app/features/accounts/account.server.ts";
import { accountNamespace } from "../support/accounts.ts";

const ns = accountNamespace("engagements.test");
const PARTNER_PASSWORD = "engagement-partner-passphrase-7";
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];

let coordinator: EngagementActor;
let other: EngagementActor;
let partnerUser: { id: string; email: string; displayName: string };
let partnerId: string;
let hostEmail: string;

beforeAll(async () => {
  const suffix = randomUUID().slice(0, 6);
  const coordinatorUser = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `調整役 ${suffix}`,
    roles: ["COORDINATOR"],
  });
  const otherUser = await createUser(prisma, { email: ns.email("other"), displayName: `別の調整役 ${suffix}`, roles: ["COORDINATOR"] });
  partnerUser = await createUser(prisma, {
    email: ns.email("partner"),
    displayName: `パートナー ${suffix}`,
    roles: ["PARTNER"],
    password: PARTNER_PASSWORD,
  });
  userIds.push(coordinatorUser.id, otherUser.id, partnerUser.id);
  coordinator = { id: coordinatorUser.id, displayName: coordinatorUser.displayName, roles: ["COORDINATOR"] };
  other = { id: otherUser.id, displayName: otherUser.displayName, roles: ["COORDINATOR"] };
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `活動試験課題 ${suffix}`,
    summaryJa: "在庫管理を一緒に考えます。",
    status: "IN_PROGRESS",
    fieldNumbers: [4],
  });
  challengeIds.push(challenge.id);
  const partner = await createPartner(prisma, {
    displayName: `活動試験パートナー ${suffix}`,
    ownerId: partnerUser.id,
    strategyCodes: ["B"],
  });
  partnerId = partner.id;
  partnerIds.push(partner.id);
  hostEmail = ns.email("host");
});

afterAll(async () => {
  await prisma.engagement.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.contributionRecord.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.emailMessage.deleteMany({ where: { OR: [{ userId: { in: userIds } }, { toAddress: hostEmail }] } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
});

/** A new agreed match (each engagement needs its own) with the host introduced as its counterpart. */
async function agreedMatch() {
  // One open match per challenge and partner: a fresh challenge each time.
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `活動 ${randomUUID().slice(0, 6)}`,
    status: "IN_PROGRESS",
    fieldNumbers: [4],
  });
  challengeIds.push(challenge.id);
  return createMatchWithHistory(prisma, {
    challengeId: challenge.id,
    partnerId,
    ownerId: coordinator.id,
    path: ["INTRODUCED", "AGREED"],
    counterpart: { name: "担当課 木曽", email: hostEmail, language: "ja" },
  });
}

async function started(now = new Date()) {
  const match = await agreedMatch();
  const outcome = await startEngagement({ actor: coordinator, matchNumber: match.number, kind: "PRO_BONO_PROJECT", language: "ja", now });
  if (!outcome.ok) throw new Error(`start failed: ${outcome.reason}`);
  return prisma.engagement.findUniqueOrThrow({ where: { number: outcome.number } });
}

async function kickedOff(now = new Date()) {
  const engagement = await started(now);
  await confirmScope({ engagementId: engagement.id, side: "PARTNER", revision: 1, byName: partnerUser.displayName, actor: null });
  await confirmScope({ engagementId: engagement.id, side: "HOST", revision: 1, byName: "担当課 木曽", actor: null });
  return prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
}

function scopeValues(engagement: { version: number }, change: Partial<Record<string, string | number>> = {}) {
  return {
    version: engagement.version,
    title: "在庫データの見える化",
    deliverable: "在庫ダッシュボード",
    hoursPerMonth: 10,
    startsOn: todayInTokyo(),
    endsOn: addTokyoDays(todayInTokyo(), 90),
    meetingRhythm: "隔週",
    checkInEveryDays: 14,
    cityProvides: "在庫データ",
    hostName: "担当課 木曽",
    hostEmail,
    hostLanguage: "ja" as const,
    ...change,
  };
}

describe("scope before work starts", () => {
  it("starts one engagement per match however many coordinators press at once, from the kind's template and the match's counterpart", async () => {
    const match = await agreedMatch();
    const outcomes = await Promise.all(
      [coordinator, other, coordinator].map((actor) =>
        startEngagement({ actor, matchNumber: match.number, kind: "PRO_BONO_PROJECT", language: "ja" }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok).map((outcome) => !outcome.ok && outcome.reason)).toEqual(["exists", "exists"]);
    const rows = await prisma.engagement.findMany({ where: { match: { number: match.number } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SCOPING", hostEmail, hostName: "担当課 木曽", hoursPerMonth: 10, checkInEveryDays: 14 });
    expect(utcDate(rows[0]!.startsOn)).toBe(todayInTokyo());
    expect(await prisma.engagementScopeRevision.count({ where: { engagementId: rows[0]!.id } })).toBe(1);
  });

  it("refuses a match that is not agreed yet, and partners", async () => {
    const challenge = await createChallenge(prisma, { strategyCode: "B", titleJa: "未合意", status: "IN_PROGRESS", fieldNumbers: [4] });
    challengeIds.push(challenge.id);
    const match = await createMatchWithHistory(prisma, {
      challengeId: challenge.id,
      partnerId,
      ownerId: coordinator.id,
      path: ["INTRODUCED"],
    });
    const early = await startEngagement({ actor: coordinator, matchNumber: match.number, kind: "RESEARCH", language: "ja" });
    expect(early).toMatchObject({ ok: false, reason: "engagements.errors.matchNotAgreed", field: "matchNumber" });
    const partner = await startEngagement({
      actor: { id: partnerUser.id, displayName: partnerUser.displayName, roles: ["PARTNER"] },
      matchNumber: match.number,
      kind: "RESEARCH",
      language: "ja",
    });
    expect(partner).toMatchObject({ ok: false, kind: "forbidden" });
  });

  it("tells the second of two editors who changed the scope, and keeps the first one's words", async () => {
    const engagement = await started();
    const first = await updateScope({
      actor: coordinator,
      number: engagement.number,
      values: scopeValues(engagement, { deliverable: "最初の版" }),
    });
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const second = await updateScope({
      actor: other,
      number: engagement.number,
      values: scopeValues(engagement, { deliverable: "古い版から" }),
    });
    expect(second).toMatchObject({ ok: false, kind: "conflict", current: { changedBy: coordinator.displayName } });
    const stored = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(stored.deliverable).toBe("最初の版");
    // Both sides were asked to confirm the new revision, once each.
    const mails = await prisma.emailMessage.findMany({ where: { idempotencyKey: { startsWith: `engagement-scope:${engagement.id}:2:` } } });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([hostEmail, partnerUser.email].sort());
    const hostMail = mails.find((mail) => mail.toAddress === hostEmail)!;
    const token = /engagement-links\/([\w.-]+)/.exec(hostMail.text)?.[1];
    expect(await verifyRecordLink(token)).toBe(`scope:${engagement.id}:2`);
  });

  it("starts the work exactly once when both sides confirm at the same moment, and asks again after a change", async () => {
    const engagement = await started();
    const [partner, host] = await Promise.all([
      confirmScope({ engagementId: engagement.id, side: "PARTNER", revision: 1, byName: partnerUser.displayName, actor: null }),
      confirmScope({ engagementId: engagement.id, side: "HOST", revision: 1, byName: "担当課 木曽", actor: null }),
    ]);
    expect(partner.ok && host.ok).toBe(true);
    const active = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(active.status).toBe("ACTIVE");
    expect(active.version).toBe(engagement.version + 1);
    // Twice: nothing changes.
    const again = await confirmScope({ engagementId: engagement.id, side: "HOST", revision: 1, byName: "担当課 木曽", actor: null });
    expect(again).toMatchObject({ ok: true, alreadyConfirmed: true, agreed: true });
    // A change while under way: the old revision no longer confirms, the new one must be confirmed again.
    await updateScope({ actor: coordinator, number: engagement.number, values: scopeValues(active, { hoursPerMonth: 12 }) });
    const stale = await confirmScope({
      engagementId: engagement.id,
      side: "PARTNER",
      revision: 1,
      byName: partnerUser.displayName,
      actor: null,
    });
    expect(stale).toMatchObject({ ok: false, reason: "scope-changed" });
    const fresh = await confirmScope({
      engagementId: engagement.id,
      side: "PARTNER",
      revision: 2,
      byName: partnerUser.displayName,
      actor: null,
    });
    expect(fresh).toMatchObject({ ok: true, agreed: false, status: "ACTIVE" });
  });
});

describe("check-ins", () => {
  it("asks each side once when two job runs race, on the due day in Japan and not before", async () => {
    const engagement = await kickedOff();
    const startsOn = utcDate(engagement.startsOn);
    const dueOn = addTokyoDays(startsOn, 14);
    // 23:59 in Japan the day before: 14:59 UTC, already the due date's calendar day in UTC-minus zones, never in Japan.
    const before = await requestDueCheckIns(tokyoDateTime(addTokyoDays(dueOn, -1), "23:59"), "http://hub.test");
    expect(await prisma.engagementCheckIn.count({ where: { engagementId: engagement.id } })).toBe(0);
    expect(before.checkIns).toBeGreaterThanOrEqual(0);
    const at = tokyoDateTime(dueOn, "00:01");
    const runs = await Promise.all([requestDueCheckIns(at, "http://hub.test"), requestDueCheckIns(at, "http://hub.test")]);
    const checkIns = await prisma.engagementCheckIn.findMany({ where: { engagementId: engagement.id }, orderBy: { side: "asc" } });
    expect(checkIns.map((checkIn) => [checkIn.side, utcDate(checkIn.dueOn)])).toEqual([
      ["PARTNER", dueOn],
      ["HOST", dueOn],
    ]);
    expect(runs.reduce((sum, run) => sum + run.checkIns, 0)).toBeGreaterThanOrEqual(2);
    const mails = await prisma.emailMessage.findMany({
      where: {
        idempotencyKey: {
          in: checkIns.flatMap((checkIn) => [
            `engagement-check-in:${checkIn.id}:host`,
            `engagement-check-in:${checkIn.id}:${partnerUser.id}`,
          ]),
        },
      },
      include: { body: true },
    });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([hostEmail, partnerUser.email].sort());
    // A third run the same day asks nobody again.
    await requestDueCheckIns(at, "http://hub.test");
    expect(await prisma.engagementCheckIn.count({ where: { engagementId: engagement.id } })).toBe(2);
  });

  it("takes one answer per check-in, and lists at-risk engagements and two missed check-ins for coordinators", async () => {
    const engagement = await kickedOff();
    const startsOn = utcDate(engagement.startsOn);
    await requestDueCheckIns(tokyoDateTime(addTokyoDays(startsOn, 14), "09:05"), "http://hub.test");
    const partnerCheckIn = await prisma.engagementCheckIn.findFirstOrThrow({ where: { engagementId: engagement.id, side: "PARTNER" } });
    const [first, second] = await Promise.all([
      answerCheckIn({ checkInId: partnerCheckIn.id, answer: "AT_RISK", note: "データがまだ届かない", byName: partnerUser.displayName }),
      answerCheckIn({ checkInId: partnerCheckIn.id, answer: "AT_RISK", note: "二度目の送信", byName: partnerUser.displayName }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((outcome) => !outcome.ok)).toMatchObject({ reason: "already-answered" });
    expect(await answerCheckIn({ checkInId: partnerCheckIn.id, answer: "ON_TRACK", note: "", byName: "x" })).toMatchObject({ ok: false });
    const attention = await listAttention(tokyoDateTime(addTokyoDays(startsOn, 15), "09:00"));
    expect(attention.find((entry) => entry.number === engagement.number)).toMatchObject({ partnerAnswer: "AT_RISK", hostAnswer: null });
    // The host never answers: after the third check-in came due, two of theirs are missed.
    await requestDueCheckIns(tokyoDateTime(addTokyoDays(startsOn, 28), "09:05"), "http://hub.test");
    await requestDueCheckIns(tokyoDateTime(addTokyoDays(startsOn, 42), "09:05"), "http://hub.test");
    const later = await listAttention(tokyoDateTime(addTokyoDays(startsOn, 42), "10:00"));
    expect(later.find((entry) => entry.number === engagement.number)).toMatchObject({ hostMissed: 2 });
  });
});

describe("completion and contribution records", () => {
  it("hides each side's reflection from the other until both answered, then completes and records the partner's hours", async () => {
    const engagement = await kickedOff();
    const done = await markEngagementDone({ actor: coordinator, number: engagement.number, version: engagement.version });
    expect(done.ok).toBe(true);
    // Marking done twice (a second tab): the second is a conflict.
    expect(await markEngagementDone({ actor: coordinator, number: engagement.number, version: engagement.version })).toMatchObject({
      ok: false,
      kind: "conflict",
    });
    const values = { delivered: "在庫ダッシュボードを納品", hoursSpent: 27.5, wouldWorkAgain: true, rating: 4 };
    expect((await submitReflection({ engagementId: engagement.id, side: "PARTNER", values, authorName: partnerUser.displayName })).ok).toBe(
      true,
    );
    expect(
      await submitReflection({ engagementId: engagement.id, side: "PARTNER", values, authorName: partnerUser.displayName }),
    ).toMatchObject({
      ok: false,
      reason: "already-reflected",
    });
    const hostView = await reflectionsFor(engagement.id, { sides: ["HOST"], coordinator: false }, new Date());
    expect(hostView).toMatchObject({ revealed: false, shown: [] });
    const coordinatorView = await reflectionsFor(engagement.id, { sides: [], coordinator: true }, new Date());
    expect(coordinatorView.shown).toMatchObject([{ side: "PARTNER", rating: 4 }]);
    // 14 days later the host reads it (but never the rating).
    const later = await reflectionsFor(
      engagement.id,
      { sides: ["HOST"], coordinator: false },
      new Date(Date.now() + 14 * 24 * 3600 * 1000),
    );
    expect(later.shown).toMatchObject([{ side: "PARTNER", rating: null }]);
    await submitReflection({
      engagementId: engagement.id,
      side: "HOST",
      values: { ...values, delivered: "期待以上", hoursSpent: 5, rating: 5 },
      authorName: "担当課 木曽",
    });
    const completed = await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id }, include: { contribution: true } });
    expect(completed.status).toBe("COMPLETED");
    expect(completed.contribution).toMatchObject({ kind: "ENGAGEMENT", confirmedByName: "担当課 木曽", partnerId });
    expect(Number(completed.contribution!.hours)).toBe(27.5);
    const partnerView = await reflectionsFor(engagement.id, { sides: ["PARTNER"], coordinator: false }, new Date());
    expect(partnerView.shown.map((shown) => [shown.side, shown.rating])).toEqual(
      expect.arrayContaining([
        ["PARTNER", null],
        ["HOST", null],
      ]),
    );
  });

  it("completes once when both sides answer at the same moment, and a coordinator closes only after 14 days", async () => {
    const engagement = await kickedOff();
    await markEngagementDone({ actor: coordinator, number: engagement.number, version: engagement.version });
    const values = { delivered: "報告書", hoursSpent: 10, wouldWorkAgain: false, rating: 3 };
    await Promise.all([
      submitReflection({ engagementId: engagement.id, side: "PARTNER", values, authorName: "p" }),
      submitReflection({ engagementId: engagement.id, side: "HOST", values, authorName: "h" }),
    ]);
    expect(await prisma.contributionRecord.count({ where: { engagementId: engagement.id } })).toBe(1);

    const quiet = await kickedOff();
    await markEngagementDone({ actor: coordinator, number: quiet.number, version: quiet.version });
    await submitReflection({ engagementId: quiet.id, side: "PARTNER", values, authorName: "p" });
    const reflecting = await prisma.engagement.findUniqueOrThrow({ where: { id: quiet.id } });
    expect(await closeEngagement({ actor: coordinator, number: quiet.number, version: reflecting.version })).toMatchObject({
      ok: false,
      reason: "too-early",
    });
    const closed = await closeEngagement({
      actor: coordinator,
      number: quiet.number,
      version: reflecting.version,
      now: new Date(Date.now() + 15 * 24 * 3600 * 1000),
    });
    expect(closed.ok).toBe(true);
    expect(await prisma.contributionRecord.findUnique({ where: { engagementId: quiet.id } })).toMatchObject({
      confirmedByName: coordinator.displayName,
    });
  });

  it("records the reason when an engagement ends early", async () => {
    const engagement = await kickedOff();
    const ended = await endEngagementEarly({
      actor: coordinator,
      number: engagement.number,
      version: engagement.version,
      reason: "担当課の体制変更",
    });
    expect(ended.ok).toBe(true);
    expect(await prisma.engagement.findUniqueOrThrow({ where: { id: engagement.id } })).toMatchObject({
      status: "ENDED_EARLY",
      endedReason: "担当課の体制変更",
    });
  });

  it("lists records per fiscal year in Japan, downloads them as CSV, verifies them signed out, and keeps only counts after deletion", async () => {
    // 31 March 23:30 in Japan is still the old fiscal year; 1 April 00:10 the new one.
    const march = await verifyActivity({
      actor: coordinator,
      values: {
        partnerId,
        kind: "TALK",
        title: "市民講座で講演",
        occurredOn: "2026-03-31",
        hours: 2,
        strategyCode: "A",
        hostName: "生涯学習課",
      },
    });
    const april = await verifyActivity({
      actor: coordinator,
      values: {
        partnerId,
        kind: "EVENT_SHIFT",
        title: "ワインフェスの受付",
        occurredOn: "2026-04-01",
        hours: 4.5,
        strategyCode: "B",
        hostName: "観光課",
      },
    });
    expect(march.ok && april.ok).toBe(true);
    expect(fiscalYearOf(tokyoDateTime("2026-03-31", "23:30"))).toBe(2025);
    const fy2025 = await listContributions(partnerId, 2025, "ja");
    const fy2026 = await listContributions(partnerId, 2026, "ja");
    expect(fy2025.records.map((record) => record.title)).toContain("市民講座で講演");
    expect(fy2025.records.map((record) => record.title)).not.toContain("ワインフェスの受付");
    expect(fy2026.records.map((record) => record.title)).toContain("ワインフェスの受付");
    const csv = await contributionCsv(partnerId, 2026, "en");
    expect(csv.startsWith("\uFEFFDate,")).toBe(true);
    expect(csv).toContain("ワインフェスの受付");
    expect(csv).toContain("4.5");

    const recordId = april.ok ? april.id : "";
    const path = await verificationPath(recordId);
    const token = path.split("/").pop()!;
    expect(await verifyContribution(token, "ja")).toMatchObject({ title: "ワインフェスの受付", hours: 4.5, hostName: "観光課" });
    expect(await verifyContribution(`${token.slice(0, -2)}xx`, "ja")).toBeNull();

    const before = await prisma.contributionTally.findUnique({ where: { fiscalYear_kind: { fiscalYear: 2026, kind: "EVENT_SHIFT" } } });
    // The partner deletes their account (twice at once, as a double click would).
    await Promise.all([
      deleteAccount(partnerUser.id, PARTNER_PASSWORD, ns.context()),
      deleteAccount(partnerUser.id, PARTNER_PASSWORD, ns.context()),
    ]);
    expect(await prisma.user.findUnique({ where: { id: partnerUser.id } })).toBeNull();
    expect(await prisma.contributionRecord.count({ where: { partnerId } })).toBe(0);
    // Their engagements stay as the city's record, without their name.
    const reflections = await prisma.engagementReflection.findMany({ where: { engagement: { partnerId }, side: "PARTNER" } });
    expect(reflections.length).toBeGreaterThan(0);
    expect(reflections.every((reflection) => reflection.authorName === "退会したパートナー")).toBe(true);
    const confirmations = await prisma.engagement.findMany({ where: { partnerId }, select: { partnerConfirmedByName: true } });
    expect(confirmations.map((row) => row.partnerConfirmedByName)).not.toContain(partnerUser.displayName);
    const after = await prisma.contributionTally.findUniqueOrThrow({
      where: { fiscalYear_kind: { fiscalYear: 2026, kind: "EVENT_SHIFT" } },
    });
    expect(after.records - (before?.records ?? 0)).toBe(1);
    expect(Number(after.hours) - Number(before?.hours ?? 0)).toBe(4.5);
    const engagementsTally = await prisma.contributionTally.findMany({ where: { kind: "ENGAGEMENT" } });
    expect(engagementsTally.reduce((sum, row) => sum + row.records, 0)).toBeGreaterThanOrEqual(3);
    expect(await verifyContribution(token, "ja")).toBeNull();
  });
});
