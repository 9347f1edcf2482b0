// The proposal status engine and the thread against the real database: every move of the lifecycle table by
// each side (allowed ones succeed with their event, audit entry and mails; all others are refused, also by the
// database trigger), reasons, version conflicts, and who hears about a message.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeProposalStatus } from "../../app/features/proposals/proposal-status.server.ts";
import { listProposalMessages, messageExcerpt, postProposalMessage } from "../../app/features/proposals/proposal-thread.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  allowedTransitions,
  findTransition,
  proposalStatuses,
  type ProposalActor,
  type ProposalStatusName,
} from "../../app/features/proposals/proposal-lifecycle.ts";
import { createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("proposal-status.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const context = { ip: "10.9.9.9", origin: "http://hub.test" };

type TestUser = { id: string; email: string; displayName: string; language: string };
let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let organisationId: string;

async function user(label: string, language: "ja" | "en" = "ja", roles: "COORDINATOR"[] = []) {
  const created = await createUser(prisma, {
    email: ns.email(label),
    displayName: `${label} ${randomUUID().slice(0, 6)}`,
    language,
    roles,
  });
  userIds.push(created.id);
  return created;
}

beforeAll(async () => {
  [owner, member, outsider, coordinator, otherCoordinator] = [
    await user("owner", "ja"),
    await user("member", "en"),
    await user("outsider", "en"),
    await user("coordinator", "ja", ["COORDINATOR"]),
    await user("coordinator2", "en", ["COORDINATOR"]),
  ];
  const organisation = await prisma.partnerProfile.create({
    data: {
      kind: "ORGANISATION",
      displayName: `状況テスト団体 ${randomUUID().slice(0, 4)}`,
      members: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: member.id, role: "MEMBER" },
        ],
      },
    },
    select: { id: true },
  });
  organisationId = organisation.id;
  partnerIds.push(organisation.id);
});

afterAll(async () => {
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "proposal", targetId: { in: proposals.map((proposal) => proposal.id) } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await cleanUpAccounts(ns, userIds);
});

/** A proposal of the organisation in `status`, written by the owner and reviewed by the coordinator. */
function proposalIn(status: ProposalStatusName, extra: { assigneeId?: string | null } = {}) {
  return createProposal(prisma, {
    partnerId: organisationId,
    authorId: owner.id,
    coordinatorId: coordinator.id,
    strategyCode: "B",
    title: `状況テスト ${status} ${randomUUID().slice(0, 6)}`,
    offer: "提供できること",
    status,
    ...extra,
  });
}

function actorFor(side: ProposalActor) {
  return { userId: side === "PARTNER" ? owner.id : coordinator.id, side };
}

function mailsAbout(template: string, number: number) {
  return prisma.emailMessage.findMany({
    where: { template, toAddress: { endsWith: `@${ns.domain}` }, text: { contains: `/proposals/${number}` } },
    select: { toAddress: true, language: true, subject: true, text: true, userId: true },
    orderBy: { toAddress: "asc" },
  });
}

describe("changeProposalStatus: the lifecycle table, move by move", () => {
  const cases = proposalStatuses.flatMap((from) =>
    proposalStatuses.flatMap((to) =>
      (["PARTNER", "COORDINATOR"] as const).map((side) => ({ from, to, side, allowed: allowedTransitions(from, side).includes(to) })),
    ),
  );

  it.each(cases.filter((move) => move.allowed))("$side moves $from → $to", async ({ from, to, side }) => {
    const proposal = await proposalIn(from);
    const reason = findTransition(from, to)!.reasonRequired ? `理由 ${from}→${to}` : undefined;
    const result = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to,
      actor: actorFor(side),
      reason,
      requestContext: context,
    });
    expect(result).toEqual({ ok: true, number: proposal.number, status: to, version: proposal.version + 1 });
    const stored = await prisma.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: {
        status: true,
        version: true,
        submittedAt: true,
        decidedAt: true,
        decisionReason: true,
        events: { orderBy: { id: "desc" }, take: 1, select: { fromStatus: true, toStatus: true, actorId: true, reason: true } },
      },
    });
    expect(stored.status).toBe(to);
    expect(stored.events[0]).toEqual({ fromStatus: from, toStatus: to, actorId: actorFor(side).userId, reason: reason ?? null });
    if (to === "SUBMITTED") expect(stored.submittedAt).not.toBeNull();
    if (to === "ACCEPTED" || to === "DECLINED") {
      expect(stored.decidedAt).not.toBeNull();
      expect(stored.decisionReason).toBe(reason);
    }
    const audit = await prisma.auditLog.findFirst({
      where: { targetType: "proposal", targetId: proposal.id },
      orderBy: { id: "desc" },
      select: { action: true, actorId: true, ipAddress: true, details: true },
    });
    expect(audit).toMatchObject({
      action: to === "SUBMITTED" ? "proposal.submitted" : "proposal.status_changed",
      actorId: actorFor(side).userId,
      ipAddress: context.ip,
    });
    expect(audit?.details).toMatchObject({ number: proposal.number, from, to, side });
  });

  it.each(cases.filter((move) => !move.allowed))("$side cannot move $from → $to", async ({ from, to, side }) => {
    const proposal = await proposalIn(from);
    const events = await prisma.proposalEvent.count({ where: { proposalId: proposal.id } });
    const result = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to,
      actor: actorFor(side),
      reason: "理由",
      requestContext: context,
    });
    expect(result).toEqual({ ok: false, kind: "conflict", reason: "invalid-transition", from, allowed: allowedTransitions(from, side) });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, version: true } })).toEqual({
      status: from,
      version: proposal.version,
    });
    expect(await prisma.proposalEvent.count({ where: { proposalId: proposal.id } })).toBe(events);
  });

  it("the database refuses the same moves when the model is bypassed, and a proposal that does not start as a draft", async () => {
    const proposal = await proposalIn("SUBMITTED");
    await expect(
      prisma.proposal.update({ where: { id: proposal.id }, data: { status: "ACCEPTED" }, select: { id: true } }),
    ).resolves.toBeTruthy();
    await expect(prisma.proposal.update({ where: { id: proposal.id }, data: { status: "DRAFT" }, select: { id: true } })).rejects.toThrow();
    const strategy = await prisma.strategy.findUniqueOrThrow({ where: { code: "A" }, select: { id: true } });
    await expect(
      prisma.proposal.create({ data: { partnerId: organisationId, strategyId: strategy.id, title: "直接", status: "SUBMITTED" } }),
    ).rejects.toThrow();
  });
});

describe("changeProposalStatus: reasons, versions and who may act", () => {
  it.each(["NEEDS_INFO", "ACCEPTED", "DECLINED"] as const)("a coordinator's %s needs a reason (blank does not count)", async (to) => {
    const proposal = await proposalIn("UNDER_REVIEW");
    for (const reason of [undefined, "", "   \n "]) {
      expect(
        await changeProposalStatus({
          proposalId: proposal.id,
          expectedVersion: proposal.version,
          to,
          actor: actorFor("COORDINATOR"),
          reason,
        }),
      ).toEqual({ ok: false, kind: "invalid", reason: "reason-required" });
    }
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true } })).status).toBe("UNDER_REVIEW");
  });

  it("the second of two people acting on the same version gets a conflict naming the first, and nothing changes twice", async () => {
    const proposal = await proposalIn("SUBMITTED");
    const first = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "UNDER_REVIEW",
      actor: actorFor("COORDINATOR"),
      requestContext: context,
    });
    expect(first.ok).toBe(true);
    const second = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "DECLINED",
      actor: { userId: otherCoordinator.id, side: "COORDINATOR" },
      reason: "見送り",
    });
    expect(second).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: proposal.version + 1, status: "UNDER_REVIEW", changedBy: coordinator.displayName },
    });
    if (second.ok || second.kind !== "conflict" || !second.current) throw new Error("expected a conflict");
    expect(second.current.changedAt).toBeInstanceOf(Date);
    expect(await prisma.proposalEvent.count({ where: { proposalId: proposal.id, toStatus: "DECLINED" } })).toBe(0);
  });

  it("two simultaneous moves on one version: exactly one wins, the other is a conflict (not an error)", async () => {
    const proposal = await proposalIn("SUBMITTED");
    const results = await Promise.all([
      changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: proposal.version,
        to: "UNDER_REVIEW",
        actor: actorFor("COORDINATOR"),
      }),
      changeProposalStatus({ proposalId: proposal.id, expectedVersion: proposal.version, to: "WITHDRAWN", actor: actorFor("PARTNER") }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "conflict")).toHaveLength(1);
    expect(await prisma.proposalEvent.count({ where: { proposalId: proposal.id } })).toBe(2);
  });

  it("someone who does not act for the partner cannot move its proposal (not found, as if it did not exist)", async () => {
    const proposal = await proposalIn("DRAFT");
    expect(
      await changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: proposal.version,
        to: "SUBMITTED",
        actor: { userId: outsider.id, side: "PARTNER" },
      }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
    expect(
      await changeProposalStatus({ proposalId: randomUUID(), expectedVersion: 1, to: "SUBMITTED", actor: actorFor("PARTNER") }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
  });

  it("any member of the organisation may act for it", async () => {
    const proposal = await proposalIn("DRAFT");
    expect(
      await changeProposalStatus({
        proposalId: proposal.id,
        expectedVersion: proposal.version,
        to: "SUBMITTED",
        actor: { userId: member.id, side: "PARTNER" },
      }),
    ).toMatchObject({ ok: true });
  });

  it("a resubmission after NEEDS_INFO keeps the first submission date and writes the whole history", async () => {
    const proposal = await proposalIn("NEEDS_INFO");
    const before = await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { submittedAt: true } });
    const result = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "SUBMITTED",
      actor: actorFor("PARTNER"),
    });
    expect(result.ok).toBe(true);
    const after = await prisma.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: { submittedAt: true, statusChangedAt: true, events: { orderBy: { id: "asc" }, select: { toStatus: true } } },
    });
    expect(after.submittedAt).toEqual(before.submittedAt);
    expect(after.statusChangedAt.getTime()).toBeGreaterThan(before.submittedAt!.getTime());
    expect(after.events.map((event) => event.toStatus)).toEqual(["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO", "SUBMITTED"]);
  });
});

describe("changeProposalStatus: e-mail", () => {
  it("a coordinator's move reaches every member of the organisation, each in their language, with the reason and a link back", async () => {
    const proposal = await proposalIn("UNDER_REVIEW");
    const reason = `冬季の運営体制を教えてください ${randomUUID().slice(0, 6)}`;
    const result = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "NEEDS_INFO",
      actor: actorFor("COORDINATOR"),
      reason,
      requestContext: context,
    });
    expect(result.ok).toBe(true);
    const mails = await mailsAbout("proposal-status-changed", proposal.number);
    expect(mails.map((mail) => [mail.toAddress, mail.language])).toEqual(
      [
        [owner.email, "ja"],
        [member.email, "en"],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    for (const mail of mails) {
      expect(mail.text).toContain(reason);
      expect(mail.text).toContain(`http://hub.test/proposals/${proposal.number}`);
      expect(mail.text).toContain(coordinator.displayName);
    }
    expect(mails.find((mail) => mail.language === "ja")!.subject).toContain("追加情報の依頼");
    expect(mails.find((mail) => mail.language === "en")!.subject).toContain("More information needed");
  });

  it("a decision reaches the partner with its reason; the coordinator who decided gets nothing", async () => {
    const proposal = await proposalIn("UNDER_REVIEW");
    await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "ACCEPTED",
      actor: actorFor("COORDINATOR"),
      reason: "採択の理由",
      requestContext: context,
    });
    const mails = await mailsAbout("proposal-status-changed", proposal.number);
    expect(mails).toHaveLength(2);
    expect(mails.every((mail) => mail.text.includes("採択の理由"))).toBe(true);
    expect(mails.map((mail) => mail.toAddress)).not.toContain(coordinator.email);
  });

  it("the partner's submission, resubmission and withdrawal reach the assigned coordinator only, in their language", async () => {
    const proposal = await proposalIn("NEEDS_INFO", { assigneeId: otherCoordinator.id });
    const resubmitted = await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "SUBMITTED",
      actor: actorFor("PARTNER"),
      requestContext: context,
    });
    expect(resubmitted.ok).toBe(true);
    if (!resubmitted.ok) return;
    await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: resubmitted.version,
      to: "WITHDRAWN",
      actor: actorFor("PARTNER"),
      requestContext: context,
    });
    const mails = await prisma.emailMessage.findMany({
      where: {
        template: "proposal-status-changed",
        text: { contains: `/proposals/${proposal.number}` },
        toAddress: { endsWith: `@${ns.domain}` },
      },
      orderBy: { createdAt: "asc" },
      select: { toAddress: true, language: true, text: true },
    });
    expect(mails.map((mail) => mail.toAddress)).toEqual([otherCoordinator.email, otherCoordinator.email]);
    expect(
      mails.every((mail) => mail.language === "en" && mail.text.includes(`http://hub.test/coordinate/proposals/${proposal.number}`)),
    ).toBe(true);
  });

  it("an unassigned proposal's submission sends no mail (it appears in the review queue)", async () => {
    const proposal = await proposalIn("DRAFT");
    await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "SUBMITTED",
      actor: actorFor("PARTNER"),
      requestContext: context,
    });
    expect(await mailsAbout("proposal-status-changed", proposal.number)).toEqual([]);
  });
});

describe("the thread", () => {
  it("a coordinator's message reaches every partner member (not the author), with an excerpt and a link back", async () => {
    const proposal = await proposalIn("UNDER_REVIEW");
    const body = `現地見学の日程を相談させてください。${"あ".repeat(400)}`;
    const posted = await postProposalMessage({
      proposalId: proposal.id,
      author: { userId: coordinator.id, side: "COORDINATOR" },
      body,
      requestContext: context,
    });
    expect(posted).toMatchObject({ ok: true, message: { side: "COORDINATOR", authorName: coordinator.displayName, body } });
    const mails = await mailsAbout("proposal-message", proposal.number);
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([owner.email, member.email].sort());
    expect(mails.find((mail) => mail.toAddress === member.email)!.language).toBe("en");
    for (const mail of mails) {
      expect(mail.text).toContain("現地見学の日程を相談させてください。");
      expect(mail.text).not.toContain("あ".repeat(400));
      expect(mail.text).toContain(`http://hub.test/proposals/${proposal.number}#thread`);
    }
  });

  it("a partner's message reaches the assignee only, never the partner's other members or the author", async () => {
    const proposal = await proposalIn("SUBMITTED", { assigneeId: otherCoordinator.id });
    await postProposalMessage({
      proposalId: proposal.id,
      author: { userId: member.id, side: "PARTNER" },
      body: "補足です。",
      requestContext: context,
    });
    const mails = await mailsAbout("proposal-message", proposal.number);
    expect(mails.map((mail) => [mail.toAddress, mail.language])).toEqual([[otherCoordinator.email, "en"]]);
  });

  it("without an assignee, a partner's message reaches the coordinators who wrote in the thread before", async () => {
    const proposal = await proposalIn("UNDER_REVIEW");
    await postProposalMessage({
      proposalId: proposal.id,
      author: { userId: coordinator.id, side: "COORDINATOR" },
      body: "質問があります。",
    });
    const before = (await mailsAbout("proposal-message", proposal.number)).length;
    await postProposalMessage({
      proposalId: proposal.id,
      author: { userId: owner.id, side: "PARTNER" },
      body: "お答えします。",
      requestContext: context,
    });
    const mails = (await mailsAbout("proposal-message", proposal.number)).slice(0);
    expect(mails).toHaveLength(before + 1);
    expect(mails.filter((mail) => mail.text.includes("お答えします。")).map((mail) => mail.toAddress)).toEqual([coordinator.email]);
  });

  it("lists messages oldest first with author and side", async () => {
    const proposal = await proposalIn("SUBMITTED");
    await postProposalMessage({ proposalId: proposal.id, author: { userId: owner.id, side: "PARTNER" }, body: "一通目" });
    await postProposalMessage({ proposalId: proposal.id, author: { userId: coordinator.id, side: "COORDINATOR" }, body: "二通目" });
    const { messages } = await listProposalMessages(proposal.id);
    expect(messages.map((message) => [message.body, message.side, message.authorName])).toEqual([
      ["一通目", "PARTNER", owner.displayName],
      ["二通目", "COORDINATOR", coordinator.displayName],
    ]);
  });

  it("shows a long thread in pages of 50: the newest page first, oldest first within a page, earlier pages on request", async () => {
    const proposal = await proposalIn("SUBMITTED");
    const start = Date.now() - 200 * 60_000;
    await prisma.proposalMessage.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        proposalId: proposal.id,
        authorId: owner.id,
        side: "PARTNER" as const,
        body: `メッセージ${index + 1}`,
        createdAt: new Date(start + index * 60_000),
      })),
    });
    const newest = await listProposalMessages(proposal.id);
    expect({ page: newest.page, pages: newest.pages, total: newest.total }).toEqual({ page: 3, pages: 3, total: 120 });
    expect(newest.messages.map((message) => message.body)).toEqual(Array.from({ length: 20 }, (_, index) => `メッセージ${index + 101}`));
    const first = await listProposalMessages(proposal.id, 1);
    expect(first.messages).toHaveLength(50);
    expect(first.messages[0]!.body).toBe("メッセージ1");
    expect(first.messages[49]!.body).toBe("メッセージ50");
    expect((await listProposalMessages(proposal.id, 99)).page).toBe(3);
  });

  it("refuses an empty or over-long body, a draft's thread and an outsider", async () => {
    const draft = await proposalIn("DRAFT");
    const submitted = await proposalIn("SUBMITTED");
    expect(await postProposalMessage({ proposalId: submitted.id, author: { userId: owner.id, side: "PARTNER" }, body: "  \n " })).toEqual({
      ok: false,
      kind: "invalid",
      reason: "invalid-body",
      field: "body",
    });
    expect(
      await postProposalMessage({ proposalId: submitted.id, author: { userId: owner.id, side: "PARTNER" }, body: "x".repeat(4_001) }),
    ).toEqual({ ok: false, kind: "invalid", reason: "invalid-body", field: "body" });
    expect(await postProposalMessage({ proposalId: draft.id, author: { userId: owner.id, side: "PARTNER" }, body: "下書き" })).toEqual({
      ok: false,
      kind: "invalid",
      reason: "draft",
    });
    expect(
      await postProposalMessage({ proposalId: submitted.id, author: { userId: outsider.id, side: "PARTNER" }, body: "よそ者" }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
    expect(await prisma.proposalMessage.count({ where: { proposalId: { in: [draft.id, submitted.id] } } })).toBe(0);
  });

  it("quotes at most 300 characters of a message", () => {
    expect(messageExcerpt("短い")).toEqual({ excerpt: "短い", truncated: false });
    const long = messageExcerpt("🙂".repeat(301));
    expect(long.truncated).toBe(true);
    expect([...long.excerpt]).toHaveLength(301);
  });
});
