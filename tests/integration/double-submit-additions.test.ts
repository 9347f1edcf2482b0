// Forms that add an item to something that exists (a milestone, outcome or counterpart of an initiative, a progress
// update, a message in a proposal's thread, a reviewer's note), sent twice through their route actions the way a
// browser sends the same page twice: one after the other (back and resubmit) and both at once (double click). One
// row, one audit entry, one activity (what followers are notified of), one e-mail; both answers lead to the page.
// Every mutating form of the hub and the test that covers it: docs/double-submits.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action as editorAction, loader as editorLoader } from "~/routes/coordinate.initiatives.$number.tsx";
import { action as initiativeAction, loader as initiativeLoader } from "~/routes/initiatives.$number.tsx";
import { action as proposalAction, loader as proposalLoader } from "~/routes/proposals.$number.tsx";
import { action as reviewAction, loader as reviewLoader } from "~/routes/coordinate.proposals.$number.tsx";
import { createInitiative, createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("double-submit-additions.test");
const userIds: string[] = [];
const initiativeIds: string[] = [];
const partnerIds: string[] = [];
const context = { clientIp: "10.9.9.13" };

let coordinator: { id: string; email: string };
let coordinatorCookie: string;
let partnerOwner: { id: string; email: string };
let partnerCookie: string;
let partnerId: string;
let initiative: { id: string; number: number };

beforeAll(async () => {
  coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "二重送信の調整役", roles: ["COORDINATOR"] });
  userIds.push(coordinator.id);
  coordinatorCookie = await sessionCookie(coordinator.id);
  partnerOwner = await createUser(prisma, { email: ns.email("partner"), displayName: `二重送信の団体員 ${randomUUID().slice(0, 6)}` });
  userIds.push(partnerOwner.id);
  partnerCookie = await sessionCookie(partnerOwner.id);
  const partner = await createPartner(prisma, {
    displayName: `二重送信の団体 ${randomUUID().slice(0, 6)}`,
    ownerId: partnerOwner.id,
    strategyCodes: ["B"],
  });
  partnerId = partner.id;
  partnerIds.push(partner.id);
  initiative = await createInitiative(prisma, { strategyCode: "B", titleJa: `二重送信の取り組み ${randomUUID().slice(0, 6)}` });
  initiativeIds.push(initiative.id);
});

afterAll(async () => {
  await prisma.activity.deleteMany({ where: { initiativeId: { in: initiativeIds } } });
  await prisma.auditLog.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await cleanUpAccounts(ns, userIds);
});

/** Sends the same form twice: one after the other (back and resubmit), or both at once (double click). */
async function twice(send: () => Promise<unknown>, how: "in turn" | "at once") {
  if (how === "at once") return (await Promise.all([send(), send()])) as Response[];
  const first = (await send()) as Response;
  return [first, (await send()) as Response];
}

function locations(answers: Response[]) {
  return answers.map((answer) => `${answer.status} ${answer.headers.get("Location")}`);
}

/** The thread mails queued for a person so far. */
function proposalMails(userId: string) {
  return prisma.emailMessage.count({ where: { template: "proposal-message", userId } });
}

const editorPath = () => `/coordinate/initiatives/${initiative.number}`;

async function editorKeys() {
  const page = (await editorLoader({
    request: getRequest(editorPath(), coordinatorCookie),
    params: { number: String(initiative.number) },
    context,
  })) as unknown as {
    submissionKeys: { counterpart: string; milestone: string; outcome: string };
  };
  return page.submissionKeys;
}

function sendToEditor(form: Record<string, string>) {
  return () =>
    settle(() =>
      editorAction({ request: postRequest(editorPath(), coordinatorCookie, form), params: { number: String(initiative.number) }, context }),
    );
}

describe.each(["in turn", "at once"] as const)("sent twice %s", (how) => {
  it("/coordinate/initiatives/<n>: a new milestone is added once", async () => {
    const keys = await editorKeys();
    const titleJa = `二重送信の節目 ${how} ${randomUUID().slice(0, 6)}`;
    const activitiesBefore = await prisma.activity.count({ where: { initiativeId: initiative.id } });
    const form = {
      submissionKey: keys.milestone,
      intent: "milestone-save",
      milestoneId: "",
      kind: "EVENT",
      titleJa,
      date: "2027-01-20",
      startTime: "10:00",
      endTime: "12:00",
    };
    const answers = await twice(sendToEditor(form), how);
    const rows = await prisma.initiativeMilestone.findMany({ where: { initiativeId: initiative.id, titleJa }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(locations(answers)).toEqual([`302 ${editorPath()}`, `302 ${editorPath()}`]);
    expect(
      await prisma.auditLog.count({
        where: { action: "initiative.milestone_saved", details: { path: ["milestoneId"], equals: rows[0]!.id } },
      }),
    ).toBe(1);
    expect(await prisma.activity.count({ where: { initiativeId: initiative.id } })).toBe(activitiesBefore + 1);
  });

  it("/coordinate/initiatives/<n>: a milestone marked achieved twice is achieved once, with one activity", async () => {
    const keys = await editorKeys();
    const titleJa = `二重送信の達成 ${how} ${randomUUID().slice(0, 6)}`;
    await sendToEditor({
      submissionKey: keys.milestone,
      intent: "milestone-save",
      milestoneId: "",
      kind: "MILESTONE",
      titleJa,
      date: "2027-02-01",
    })();
    const milestone = await prisma.initiativeMilestone.findFirstOrThrow({
      where: { initiativeId: initiative.id, titleJa },
      select: { id: true },
    });
    const answers = await twice(sendToEditor({ intent: "milestone-achieved", id: milestone.id }), how);
    expect(locations(answers)).toEqual([`302 ${editorPath()}`, `302 ${editorPath()}`]);
    expect(
      await prisma.activity.count({
        where: { initiativeId: initiative.id, kind: "MILESTONE_ACHIEVED", details: { path: ["milestoneId"], equals: milestone.id } },
      }),
    ).toBe(1);
    expect(
      await prisma.auditLog.count({
        where: {
          action: "initiative.milestone_saved",
          details: { path: ["achieved"], equals: true },
          AND: { details: { path: ["milestoneId"], equals: milestone.id } },
        },
      }),
    ).toBe(1);
  });

  it("/coordinate/initiatives/<n>: a new outcome is added once", async () => {
    const keys = await editorKeys();
    const labelJa = `二重送信の成果 ${how} ${randomUUID().slice(0, 6)}`;
    const activitiesBefore = await prisma.activity.count({ where: { initiativeId: initiative.id } });
    const form = {
      submissionKey: keys.outcome,
      intent: "outcome-save",
      outcomeId: "",
      labelJa,
      value: "12",
      unitJa: "人",
      achievedOn: "2026-12-01",
    };
    const answers = await twice(sendToEditor(form), how);
    const rows = await prisma.initiativeOutcome.findMany({ where: { initiativeId: initiative.id, labelJa }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(locations(answers)).toEqual([`302 ${editorPath()}`, `302 ${editorPath()}`]);
    expect(
      await prisma.auditLog.count({ where: { action: "initiative.outcome_saved", details: { path: ["outcomeId"], equals: rows[0]!.id } } }),
    ).toBe(1);
    expect(await prisma.activity.count({ where: { initiativeId: initiative.id } })).toBe(activitiesBefore + 1);
  });

  it("/coordinate/initiatives/<n>: a new counterpart is added once", async () => {
    const keys = await editorKeys();
    const nameJa = `二重送信の担当 ${how} ${randomUUID().slice(0, 6)}`;
    const form = { submissionKey: keys.counterpart, intent: "counterpart-save", counterpartId: "", nameJa, roleJa: "窓口", position: "1" };
    const answers = await twice(sendToEditor(form), how);
    expect(await prisma.initiativeCounterpart.count({ where: { initiativeId: initiative.id, nameJa } })).toBe(1);
    expect(locations(answers)).toEqual([`302 ${editorPath()}`, `302 ${editorPath()}`]);
  });

  it("/initiatives/<n>: a new progress update is posted once, with one activity for its followers", async () => {
    const path = `/initiatives/${initiative.number}`;
    const page = (await initiativeLoader({
      request: getRequest(path, coordinatorCookie),
      params: { number: String(initiative.number) },
      context,
    })) as unknown as {
      updateSubmissionKey: string | null;
    };
    expect(page.updateSubmissionKey).toEqual(expect.any(String));
    const title = `二重送信の近況 ${how} ${randomUUID().slice(0, 6)}`;
    const form = {
      submissionKey: page.updateSubmissionKey!,
      intent: "update-save",
      updateId: "",
      title,
      body: "畑の準備が終わりました。",
      language: "ja",
    };
    const send = () =>
      settle(() =>
        initiativeAction({ request: postRequest(path, coordinatorCookie, form), params: { number: String(initiative.number) }, context }),
      );
    const answers = await twice(send, how);
    const rows = await prisma.initiativeUpdate.findMany({ where: { initiativeId: initiative.id, title }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(locations(answers)).toEqual([`302 ${path}`, `302 ${path}`]);
    expect(await prisma.activity.count({ where: { updateId: rows[0]!.id } })).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { action: "initiative.update_posted", details: { path: ["updateId"], equals: rows[0]!.id } } }),
    ).toBe(1);
  });

  it("/proposals/<n>: the partner's reply is posted once and mailed once to the assigned coordinator", async () => {
    const proposal = await createProposal(prisma, {
      partnerId,
      authorId: partnerOwner.id,
      coordinatorId: coordinator.id,
      assigneeId: coordinator.id,
      strategyCode: "B",
      title: `二重送信の提案 ${how} ${randomUUID().slice(0, 6)}`,
      offer: "空き家の片付け",
      status: "UNDER_REVIEW",
    });
    const path = `/proposals/${proposal.number}`;
    const params = { number: String(proposal.number) };
    const page = (await proposalLoader({ request: getRequest(path, partnerCookie), params, context })) as unknown as {
      messageSubmissionKey: string;
    };
    const mailsBefore = await proposalMails(coordinator.id);
    const body = `二度押しした返信 ${how} ${randomUUID().slice(0, 6)}`;
    const form = { submissionKey: page.messageSubmissionKey, intent: "message", body };
    const send = () => settle(() => proposalAction({ request: postRequest(path, partnerCookie, form), params, context }));
    const answers = await twice(send, how);
    expect(await prisma.proposalMessage.count({ where: { proposalId: proposal.id, body } })).toBe(1);
    expect(locations(answers)).toEqual([`302 ${path}#thread`, `302 ${path}#thread`]);
    expect(await proposalMails(coordinator.id)).toBe(mailsBefore + 1);
  });

  it("/coordinate/proposals/<n>: a reviewer's note and a reply are each added once; the reply is mailed once", async () => {
    const proposal = await createProposal(prisma, {
      partnerId,
      authorId: partnerOwner.id,
      coordinatorId: coordinator.id,
      assigneeId: coordinator.id,
      strategyCode: "B",
      title: `二重送信の審査 ${how} ${randomUUID().slice(0, 6)}`,
      offer: "空き家の片付け",
      status: "UNDER_REVIEW",
    });
    const path = `/coordinate/proposals/${proposal.number}`;
    const params = { number: String(proposal.number) };
    const load = async () =>
      (
        (await reviewLoader({ request: getRequest(path, coordinatorCookie), params, context })) as unknown as {
          submissionKeys: { note: string; message: string };
        }
      ).submissionKeys;
    const keys = await load();
    const send = (form: Record<string, string>) => () =>
      settle(() => reviewAction({ request: postRequest(path, coordinatorCookie, form), params, context }));

    const note = `二度押しした覚え書き ${how} ${randomUUID().slice(0, 6)}`;
    const noteAnswers = await twice(send({ submissionKey: keys.note, intent: "note", body: note }), how);
    expect(await prisma.proposalNote.count({ where: { proposalId: proposal.id, body: note } })).toBe(1);
    expect(locations(noteAnswers)).toEqual([`302 ${path}#notes`, `302 ${path}#notes`]);

    const mailsBefore = await proposalMails(partnerOwner.id);
    const body = `二度押しした連絡 ${how} ${randomUUID().slice(0, 6)}`;
    const messageAnswers = await twice(send({ submissionKey: keys.message, intent: "message", body }), how);
    expect(await prisma.proposalMessage.count({ where: { proposalId: proposal.id, body } })).toBe(1);
    expect(locations(messageAnswers)).toEqual([`302 ${path}#thread`, `302 ${path}#thread`]);
    expect(await proposalMails(partnerOwner.id)).toBe(mailsBefore + 1);

    // The page drawn again after sending has new keys: a second, intended note is added.
    const again = await load();
    expect(again.note).not.toBe(keys.note);
    await send({ submissionKey: again.note, intent: "note", body: note })();
    expect(await prisma.proposalNote.count({ where: { proposalId: proposal.id, body: note } })).toBe(2);
  });
});
