// Response deadlines both ways (decision 0019), on a fixed clock passed into the jobs: a first response due across
// 年末年始 reminds the assignee on the business day before and the lead after it, never on a closed day; a proposal
// waiting on its partner is reminded and then closed kindly; an introduced partner is reminded across a public
// holiday; two workers running a job at once send each reminder once; a partner answers an introduction (twice →
// the same state), and the notices read in each recipient's language.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProposalDeadlines } from "../../app/features/proposals/response-deadlines.server.ts";
import { answerIntroduction, runIntroductionDeadlines } from "../../app/features/matching/introduction-answer.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { utcMidnight } from "../../app/kernel/japan-time.ts";
import { createChallenge, createMatchWithHistory, createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("response-deadlines.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];

/** 10:00 in Japan on a day. */
const tokyo = (day: string, time = "10:00") => new Date(`${day}T${time}:00+09:00`);

let assignee: { id: string };
let lead: { id: string };
let member: { id: string };
let partner: { id: string };
let challenge: { id: string };

beforeAll(async () => {
  assignee = await createUser(prisma, { email: ns.email("assignee"), displayName: "担当 花子", roles: ["COORDINATOR"], language: "ja" });
  lead = await createUser(prisma, {
    email: ns.email("lead"),
    displayName: "Lead Lee",
    roles: ["COORDINATOR", "COORDINATOR_LEAD"],
    language: "en",
  });
  member = await createUser(prisma, { email: ns.email("member"), displayName: "Partner Pat", roles: ["PARTNER"], language: "en" });
  userIds.push(assignee.id, lead.id, member.id);
  partner = await createPartner(prisma, { displayName: `期限試験 ${randomUUID().slice(0, 6)}`, ownerId: member.id, strategyCodes: ["C"] });
  partnerIds.push(partner.id);
  challenge = await createChallenge(prisma, {
    strategyCode: "C",
    titleJa: `期限試験課題 ${randomUUID().slice(0, 6)}`,
    titleEn: "Deadline test challenge",
    status: "OPEN",
  });
  challengeIds.push(challenge.id);
});

afterAll(async () => {
  await prisma.emailMessage.deleteMany({ where: { userId: { in: userIds } } });
  await prisma.deadlineReminder.deleteMany({});
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetId: { in: [...matches, ...proposals].map((row) => row.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

function mailsFor(prefix: string) {
  return prisma.emailMessage.findMany({
    where: { idempotencyKey: { startsWith: prefix } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, subject: true, text: true, language: true },
  });
}

describe("a proposal's first response", () => {
  it("is due three business days after a submission on 25 December, across 年末年始: the assignee hears on 4 January, the lead on 6 January", async () => {
    const proposal = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: member.id,
      assigneeId: assignee.id,
      challengeId: challenge.id,
      title: "年末の提案",
      status: "SUBMITTED",
    });
    // Submitted on Friday 25 December 2026: 28 Dec is 1, 29 Dec–3 Jan the office is closed, 4 Jan is 2, 5 Jan is 3.
    await prisma.proposal.update({
      where: { id: proposal.id },
      data: { statusChangedAt: tokyo("2026-12-25"), submittedAt: tokyo("2026-12-25"), responseDueOn: utcMidnight("2027-01-05") },
    });
    const prefix = `proposal-response:${proposal.id}:`;

    await runProposalDeadlines(tokyo("2026-12-28"));
    await runProposalDeadlines(tokyo("2026-12-30"));
    await runProposalDeadlines(tokyo("2027-01-03"));
    expect(await mailsFor(prefix)).toEqual([]);

    // Two workers at once, twice over: one reminder.
    await Promise.all([runProposalDeadlines(tokyo("2027-01-04")), runProposalDeadlines(tokyo("2027-01-04"))]);
    await runProposalDeadlines(tokyo("2027-01-04", "15:00"));
    const due = await mailsFor(prefix);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ userId: assignee.id, language: "ja" });
    expect(due[0]!.subject).toContain("最初の返答期限が近づいています");
    expect(due[0]!.text).toContain("2027年1月5日");

    await runProposalDeadlines(tokyo("2027-01-05"));
    expect(await mailsFor(prefix)).toHaveLength(1);

    await Promise.all([runProposalDeadlines(tokyo("2027-01-06")), runProposalDeadlines(tokyo("2027-01-06"))]);
    const all = await mailsFor(prefix);
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ userId: lead.id, language: "en" });
    expect(all[1]!.subject).toContain("past its first-response deadline");
    expect(all[1]!.text).toContain("5 Jan 2027");
    expect(all[1]!.text).toContain("担当 花子");
  });

  it("owes nothing once a coordinator has answered", async () => {
    const proposal = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: member.id,
      assigneeId: assignee.id,
      challengeId: challenge.id,
      title: "返答済みの提案",
      status: "UNDER_REVIEW",
    });
    await runProposalDeadlines(tokyo("2027-01-06"));
    expect(await mailsFor(`proposal-response:${proposal.id}:`)).toEqual([]);
  });
});

describe("a proposal waiting on its partner", () => {
  it("reminds the partner three days before closing, then closes it kindly after 14 days of silence, once", async () => {
    const proposal = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: member.id,
      assigneeId: assignee.id,
      challengeId: challenge.id,
      title: "情報待ちの提案",
      status: "NEEDS_INFO",
    });
    await prisma.proposal.update({ where: { id: proposal.id }, data: { statusChangedAt: tokyo("2026-12-20") } });

    await runProposalDeadlines(tokyo("2026-12-30"));
    expect(await mailsFor(`proposal-needs-info:${proposal.id}:`)).toEqual([]);
    await Promise.all([runProposalDeadlines(tokyo("2026-12-31")), runProposalDeadlines(tokyo("2026-12-31"))]);
    const reminders = await mailsFor(`proposal-needs-info:${proposal.id}:`);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ userId: member.id, language: "en" });
    expect(reminders[0]!.text).toContain("3 Jan 2027");

    await Promise.all([runProposalDeadlines(tokyo("2027-01-03")), runProposalDeadlines(tokyo("2027-01-03"))]);
    const closed = await prisma.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: { status: true, closedForSilenceAt: true },
    });
    expect(closed.status).toBe("DECLINED");
    expect(closed.closedForSilenceAt).not.toBeNull();
    const notices = await mailsFor(`proposal-closed:${proposal.id}:`);
    expect(notices.map((mail) => mail.userId).sort()).toEqual([assignee.id, member.id].sort());
    expect(notices.find((mail) => mail.userId === member.id)!.text).toContain("welcome to send a new proposal");
    expect(notices.find((mail) => mail.userId === assignee.id)!.subject).toContain("返答がないため終了しました");
  });

  it("counts the silence from the partner's last message", async () => {
    const proposal = await createProposal(prisma, {
      partnerId: partner.id,
      authorId: member.id,
      assigneeId: assignee.id,
      challengeId: challenge.id,
      title: "返事のある提案",
      status: "NEEDS_INFO",
    });
    await prisma.proposal.update({ where: { id: proposal.id }, data: { statusChangedAt: tokyo("2026-12-01") } });
    await prisma.proposalMessage.create({
      data: { proposalId: proposal.id, authorId: member.id, side: "PARTNER", body: "準備中です", createdAt: tokyo("2026-12-28") },
    });
    await runProposalDeadlines(tokyo("2027-01-03"));
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true } })).status).toBe("NEEDS_INFO");
    expect(await mailsFor(`proposal-needs-info:${proposal.id}:`)).toEqual([]);
  });
});

describe("an introduction's answer", () => {
  async function introduced(dueOn: string) {
    const other = await createChallenge(prisma, { strategyCode: "C", titleJa: `紹介試験課題 ${randomUUID().slice(0, 6)}`, status: "OPEN" });
    challengeIds.push(other.id);
    const match = await createMatchWithHistory(prisma, {
      challengeId: other.id,
      partnerId: partner.id,
      ownerId: assignee.id,
      path: ["INTRODUCED"],
      counterpart: { name: "市の担当", email: ns.email("counterpart"), language: "ja" },
    });
    await prisma.match.update({ where: { id: match.id }, data: { answerDueOn: utcMidnight(dueOn) } });
    return match;
  }

  it("reminds the partner on the business day before it is due, across Coming of Age Day, and the coordinator after", async () => {
    // Introduced on Friday 8 January 2027: 11 January is a holiday, so five business days end on 18 January.
    const match = await introduced("2027-01-18");
    const prefix = `introduction-answer:${match.id}:`;
    await runIntroductionDeadlines(tokyo("2027-01-11"));
    await runIntroductionDeadlines(tokyo("2027-01-14"));
    expect(await mailsFor(prefix)).toEqual([]);
    await Promise.all([runIntroductionDeadlines(tokyo("2027-01-15")), runIntroductionDeadlines(tokyo("2027-01-15"))]);
    const reminders = await mailsFor(prefix);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ userId: member.id, language: "en" });
    expect(reminders[0]!.text).toContain("/introductions/");
    await runIntroductionDeadlines(tokyo("2027-01-19"));
    const all = await mailsFor(prefix);
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ userId: assignee.id, language: "ja" });
    expect(all[1]!.subject).toContain("返答が期限を過ぎています");
  });

  it("accepted twice stays accepted; declining afterwards is refused", async () => {
    const match = await introduced("2027-01-18");
    const first = await answerIntroduction({ matchId: match.id, answer: "ACCEPTED", actor: { userId: member.id } });
    const second = await answerIntroduction({ matchId: match.id, answer: "ACCEPTED", actor: { userId: member.id } });
    expect(first).toMatchObject({ ok: true, changed: true });
    expect(second).toMatchObject({ ok: true, changed: false });
    expect(
      await answerIntroduction({ matchId: match.id, answer: "DECLINED", reason: "LOCATION", actor: { userId: member.id } }),
    ).toMatchObject({
      ok: false,
      reason: "already-answered",
      answer: "ACCEPTED",
    });
    const row = await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { stage: true, partnerAnswer: true } });
    expect(row).toEqual({ stage: "INTRODUCED", partnerAnswer: "ACCEPTED" });
    const notices = await mailsFor(`introduction-answer:${match.id}:${assignee.id}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toContain("紹介を受けました");
  });

  it("declined at once from two tabs ends the match once, with the reason and the date in the coordinator's language", async () => {
    const match = await introduced("2099-01-18");
    const decline = () =>
      answerIntroduction({
        matchId: match.id,
        answer: "DECLINED",
        reason: "TOO_BUSY",
        busyUntil: "2099-03-31",
        note: "春以降なら",
        actor: { userId: member.id },
      });
    const results = await Promise.all([decline(), decline()]);
    expect(results.map((result) => result.ok && result.changed).sort()).toEqual([false, true]);
    const row = await prisma.match.findUniqueOrThrow({
      where: { id: match.id },
      select: { stage: true, partnerAnswer: true, declineReason: true, endedReason: true },
    });
    expect(row).toMatchObject({ stage: "ENDED", partnerAnswer: "DECLINED", declineReason: "TOO_BUSY" });
    expect(row.endedReason).toContain("Too busy until 31 Mar 2099");
    const notices = await mailsFor(`introduction-answer:${match.id}:${assignee.id}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("2099年3月31日まで忙しい");
  });

  it("refuses someone who does not act for the partner, and a busy-until date in the past", async () => {
    const match = await introduced("2099-01-18");
    expect(await answerIntroduction({ matchId: match.id, answer: "ACCEPTED", actor: { userId: lead.id } })).toMatchObject({
      ok: false,
      reason: "not-found",
    });
    expect(
      await answerIntroduction({
        matchId: match.id,
        answer: "DECLINED",
        reason: "TOO_BUSY",
        busyUntil: "2020-01-01",
        actor: { userId: member.id },
      }),
    ).toMatchObject({ ok: false, reason: "busy-until-past" });
  });
});
