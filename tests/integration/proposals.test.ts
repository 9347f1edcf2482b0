// The partner's proposal pages against the real database, called as a signed-in browser calls them: who may
// open what (another partner's proposal is a 404, notes never appear), the editor's validation and conflicts,
// the page's buttons, and the list in one statement.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeProposalStatus } from "../../app/features/proposals/proposal-status.server.ts";
import { listProposalsForUser } from "../../app/features/proposals/proposal.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import {
  editProposalAction,
  loadNewProposal,
  loadProposalDetail,
  loadProposalEditor,
  loadProposalList,
  newProposalAction,
  proposalDetailAction,
} from "../../app/features/proposals/proposal-pages.server.ts";
import { numberParam } from "../../app/kernel/params.server.ts";
import { createChallenge, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { recordQueries } from "../support/query-counter.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("proposals.test");
const context = { clientIp: "10.8.8.8" };
const marker = randomUUID().slice(0, 8);
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];

type TestUser = { id: string; email: string; displayName: string };
let alice: TestUser; // an individual partner who also belongs to the organisation
let bob: TestUser; // the organisation's other member
let carol: TestUser; // an individual partner with nothing to do with the others
let resident: TestUser; // no partner profile
let coordinator: TestUser;
let aliceProfileId: string;
let organisationId: string;
let carolProfileId: string;
let openChallenge: { id: string; number: number };
let matchingChallenge: { id: string; number: number };
let draftChallenge: { id: string; number: number };

async function user(label: string, roles: ("PARTNER" | "COORDINATOR")[] = []) {
  const created = await createUser(prisma, { email: ns.email(label), displayName: `${label} ${marker}`, roles });
  userIds.push(created.id);
  return created;
}

async function individual(person: TestUser) {
  const profile = await prisma.partnerProfile.create({
    data: {
      kind: "INDIVIDUAL",
      personalUserId: person.id,
      displayName: `${person.displayName} 個人`,
      members: { create: [{ userId: person.id, role: "OWNER" }] },
    },
    select: { id: true },
  });
  partnerIds.push(profile.id);
  return profile.id;
}

beforeAll(async () => {
  [alice, bob, carol, resident, coordinator] = [
    await user("alice", ["PARTNER"]),
    await user("bob", ["PARTNER"]),
    await user("carol", ["PARTNER"]),
    await user("resident"),
    await user("coordinator", ["COORDINATOR"]),
  ];
  aliceProfileId = await individual(alice);
  carolProfileId = await individual(carol);
  const organisation = await prisma.partnerProfile.create({
    data: {
      kind: "ORGANISATION",
      displayName: `塩尻テスト団体 ${marker}`,
      members: {
        create: [
          { userId: alice.id, role: "OWNER" },
          { userId: bob.id, role: "MEMBER" },
        ],
      },
    },
    select: { id: true },
  });
  organisationId = organisation.id;
  partnerIds.push(organisationId);
  openChallenge = await createChallenge(prisma, { strategyCode: "C", titleJa: `提案テスト課題 ${marker}`, fieldNumbers: [9, 7] });
  matchingChallenge = await createChallenge(prisma, { strategyCode: "A", titleJa: `選考中の課題 ${marker}`, status: "MATCHING" });
  draftChallenge = await createChallenge(prisma, { strategyCode: "A", titleJa: `下書きの課題 ${marker}`, status: "DRAFT" });
  challengeIds.push(openChallenge.id, matchingChallenge.id, draftChallenge.id);
});

afterAll(async () => {
  const proposals = await prisma.proposal.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "proposal", targetId: { in: proposals.map((proposal) => proposal.id) } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

type Reply = {
  data: {
    result: { initialValue: Record<string, unknown> | null; error?: Record<string, string[] | null> | null };
    conflict: { changedBy: string | null; changedAt: string; version: number } | null;
  };
  init: ResponseInit | null;
};

function statusOf(outcome: unknown): number {
  if (outcome instanceof Response) return outcome.status;
  return (outcome as Reply).init?.status ?? 200;
}

function proposalOf(
  partnerId: string,
  status: Parameters<typeof createProposal>[1]["status"],
  extra: Partial<Parameters<typeof createProposal>[1]> = {},
) {
  return createProposal(prisma, {
    partnerId,
    authorId: partnerId === carolProfileId ? carol.id : alice.id,
    coordinatorId: coordinator.id,
    strategyCode: "B",
    title: `ページテスト ${status} ${randomUUID().slice(0, 6)}`,
    offer: "## 提供できること\n\n地域の写真を撮ります。",
    status,
    ...extra,
  });
}

const validForm = (extra: Record<string, string> = {}) => ({
  intent: "save",
  version: "0",
  partnerId: aliceProfileId,
  title: `新しい提案 ${marker}`,
  offer: "オンラインでの広報を手伝えます。",
  needs: "現地の方の紹介",
  timeline: "来月から半年",
  team: "2名",
  ...extra,
});

describe("/proposals/new", () => {
  it("sends someone without a partner profile to create one first, with a message", async () => {
    const cookie = await sessionCookie(resident.id);
    const response = await settle(() => loadNewProposal(getRequest(`/proposals/new?challenge=${openChallenge.number}`, cookie)));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toBe("/account/partner");
    expect((response as Response).headers.get("Set-Cookie")).toContain("flash=");
  });

  it("sends visitors to sign in", async () => {
    const response = await settle(() => loadNewProposal(getRequest("/proposals/new")));
    expect((response as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("offers the choice without parameters, the editor on an open challenge, and says when a challenge takes no proposals", async () => {
    const cookie = await sessionCookie(alice.id);
    const choose = await loadNewProposal(getRequest("/proposals/new", cookie));
    expect(choose.mode).toBe("choose");
    expect(choose.partners.map((partner) => partner.id)).toEqual([aliceProfileId, organisationId]);
    const onChallenge = await loadNewProposal(getRequest(`/proposals/new?challenge=${openChallenge.number}`, cookie));
    expect(onChallenge).toMatchObject({
      mode: "challenge",
      challenge: { number: openChallenge.number, open: true },
      defaultValue: { challengeNumber: String(openChallenge.number) },
    });
    expect((await loadNewProposal(getRequest(`/proposals/new?challenge=${matchingChallenge.number}`, cookie))).mode).toBe("closed");
    expect((await loadNewProposal(getRequest("/proposals/new?strategy=c", cookie))).mode).toBe("free");
    expect((await loadNewProposal(getRequest("/proposals/new?strategy=Z", cookie))).mode).toBe("choose");
  });

  it.each(["abc", "0", "-1", "99999999999", "1e3", `${"9".repeat(9)}`])(
    "?challenge=%s that is not a public challenge is a 404",
    async (value) => {
      const cookie = await sessionCookie(alice.id);
      expect(statusOf(await settle(() => loadNewProposal(getRequest(`/proposals/new?challenge=${value}`, cookie))))).toBe(404);
    },
  );

  it("a draft challenge is a 404 too", async () => {
    const cookie = await sessionCookie(alice.id);
    expect(statusOf(await settle(() => loadNewProposal(getRequest(`/proposals/new?challenge=${draftChallenge.number}`, cookie))))).toBe(
      404,
    );
  });

  it("saves a draft on an open challenge with the challenge's strategy and main field, then the editor opens", async () => {
    const cookie = await sessionCookie(alice.id);
    const response = (await newProposalAction(
      postRequest("/proposals/new", cookie, validForm({ challengeNumber: String(openChallenge.number) })),
      context,
    )) as Response;
    expect(response.status).toBe(302);
    const number = Number(/^\/proposals\/(\d+)\/edit$/.exec(response.headers.get("Location") ?? "")?.[1]);
    const stored = await prisma.proposal.findUniqueOrThrow({
      where: { number },
      select: {
        status: true,
        partnerId: true,
        authorId: true,
        challengeId: true,
        strategy: { select: { code: true } },
        field: { select: { number: true } },
        needs: true,
      },
    });
    expect(stored).toEqual({
      status: "DRAFT",
      partnerId: aliceProfileId,
      authorId: alice.id,
      challengeId: openChallenge.id,
      strategy: { code: "C" },
      field: { number: 9 },
      needs: "現地の方の紹介",
    });
  });

  it("saves and submits in one go, as the organisation", async () => {
    const cookie = await sessionCookie(bob.id);
    const response = (await newProposalAction(
      postRequest(
        "/proposals/new",
        cookie,
        validForm({ intent: "submit", partnerId: organisationId, strategyCode: "A", fieldNumber: "2" }),
      ),
      context,
    )) as Response;
    const number = Number(/^\/proposals\/(\d+)$/.exec(response.headers.get("Location") ?? "")?.[1]);
    const stored = await prisma.proposal.findUniqueOrThrow({
      where: { number },
      select: { status: true, partnerId: true, submittedAt: true, events: { select: { toStatus: true, actorId: true } } },
    });
    expect(stored).toMatchObject({ status: "SUBMITTED", partnerId: organisationId, events: [{ toStatus: "SUBMITTED", actorId: bob.id }] });
    expect(stored.submittedAt).not.toBeNull();
  });

  it("refuses bad input with 400 and keeps everything typed", async () => {
    const cookie = await sessionCookie(alice.id);
    const cases: [Record<string, string>, string, string][] = [
      [validForm({ title: "", strategyCode: "B" }), "title", "validation.required"],
      [validForm({ title: "x".repeat(121), strategyCode: "B" }), "title", "validation.tooLong|120"],
      [validForm({ intent: "submit", offer: "", strategyCode: "B" }), "offer", "proposals.form.offerRequiredToSubmit"],
      [validForm({ strategyCode: "B", fieldNumber: "1" }), "fieldNumber", "proposals.form.fieldOfStrategy"],
      [validForm({ partnerId: carolProfileId, strategyCode: "B" }), "partnerId", "proposals.form.partnerInvalid"],
      [validForm({ partnerId: "not-a-uuid", strategyCode: "B" }), "partnerId", "validation.invalidChoice"],
      [validForm({ challengeNumber: String(matchingChallenge.number) }), "challengeNumber", "proposals.form.challengeNotOpen"],
      [validForm({ challengeNumber: "garbage" }), "challengeNumber", "validation.invalidChoice"],
      [validForm({}), "strategyCode", "validation.required"],
      [validForm({ intent: "publish", strategyCode: "B" }), "intent", "validation.invalidChoice"],
    ];
    const before = await prisma.proposal.count({ where: { partnerId: { in: partnerIds } } });
    for (const [values, field, message] of cases) {
      const reply = (await newProposalAction(postRequest("/proposals/new", cookie, values), context)) as unknown as Reply;
      expect(reply.init?.status, field).toBe(400);
      expect(reply.data.result.error?.[field], field).toEqual([message]);
      expect(reply.data.result.initialValue?.needs).toBe("現地の方の紹介");
    }
    expect(await prisma.proposal.count({ where: { partnerId: { in: partnerIds } } })).toBe(before);
  });

  it("answers anything that is not a form with 415, not 500", async () => {
    const cookie = await sessionCookie(alice.id);
    const request = new Request("http://hub.test/proposals/new", {
      method: "POST",
      body: "{}",
      headers: { Cookie: cookie, "Content-Type": "application/json" },
    });
    expect(statusOf(await settle(() => newProposalAction(request, context)))).toBe(415);
  });
});

describe("/proposals/<n>: who sees what", () => {
  it("a member of the organisation sees its proposal with history and thread; an outsider and a resident get 404", async () => {
    const proposal = await proposalOf(organisationId, "NEEDS_INFO", {
      assigneeId: coordinator.id,
      messages: [{ side: "COORDINATOR", authorId: coordinator.id, body: "スレッドの質問" }],
    });
    const view = await loadProposalDetail(getRequest(`/proposals/${proposal.number}`, await sessionCookie(bob.id)), proposal.number);
    expect(view.proposal.events.map((event) => event.to)).toEqual(["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO"]);
    expect(view.proposal.infoRequest).toBeTruthy();
    expect(view.proposal.assigneeName).toBe(coordinator.displayName);
    expect(view.proposal.messages.messages.map((message) => message.body)).toEqual(["スレッドの質問"]);
    expect(view.actions).toEqual({ edit: true, submit: true, withdraw: true, delete: false });
    for (const outsider of [carol, resident, coordinator]) {
      const cookie = await sessionCookie(outsider.id);
      expect(statusOf(await settle(() => loadProposalDetail(getRequest(`/proposals/${proposal.number}`, cookie), proposal.number)))).toBe(
        404,
      );
      expect(
        statusOf(await settle(() => loadProposalEditor(getRequest(`/proposals/${proposal.number}/edit`, cookie), proposal.number))),
      ).toBe(404);
    }
  });

  it("an outsider cannot act on or write in another partner's proposal (404), and nothing changes", async () => {
    const proposal = await proposalOf(organisationId, "SUBMITTED");
    const cookie = await sessionCookie(carol.id);
    const attempts: Record<string, string>[] = [
      { intent: "message", body: "よそから" },
      { intent: "withdraw", version: String(proposal.version), confirm: "on" },
      { intent: "delete", version: String(proposal.version), confirm: "on" },
    ];
    for (const values of attempts) {
      expect(
        statusOf(
          await settle(() => proposalDetailAction(postRequest(`/proposals/${proposal.number}`, cookie, values), context, proposal.number)),
        ),
      ).toBe(404);
    }
    expect(
      statusOf(
        await settle(() =>
          editProposalAction(
            postRequest(`/proposals/${proposal.number}/edit`, cookie, validForm({ version: String(proposal.version) })),
            context,
            proposal.number,
          ),
        ),
      ),
    ).toBe(404);
    expect(
      await prisma.proposal.findUniqueOrThrow({
        where: { id: proposal.id },
        select: { status: true, version: true, _count: { select: { messages: true } } },
      }),
    ).toEqual({
      status: "SUBMITTED",
      version: proposal.version,
      _count: { messages: 0 },
    });
  });

  it("internal notes and the assignee's address never reach the partner's loader", async () => {
    const proposal = await proposalOf(organisationId, "UNDER_REVIEW", { assigneeId: coordinator.id });
    const secret = `内部メモ ${randomUUID()}`;
    await prisma.proposalNote.create({ data: { proposalId: proposal.id, authorId: coordinator.id, body: secret } });
    const view = await loadProposalDetail(getRequest(`/proposals/${proposal.number}`, await sessionCookie(alice.id)), proposal.number);
    const json = JSON.stringify(view);
    expect(json).not.toContain(secret);
    expect(json).not.toContain(coordinator.email);
    const editor = await loadProposalEditor(
      getRequest(`/proposals/${proposal.number}/edit`, await sessionCookie(alice.id)),
      proposal.number,
    );
    expect(JSON.stringify(editor)).not.toContain(secret);
    const list = await loadProposalList(getRequest("/proposals", await sessionCookie(alice.id)));
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it.each(["abc", "0", "01", "-3", "1.5", "99999999999", "%00"])("/proposals/%s is a 404, not a 500", (value) => {
    expect(
      statusOf(
        (() => {
          try {
            return numberParam({ number: value }, "number");
          } catch (thrown) {
            return thrown;
          }
        })(),
      ),
    ).toBe(404);
  });

  it("a number nobody has is a 404", async () => {
    const cookie = await sessionCookie(alice.id);
    expect(statusOf(await settle(() => loadProposalDetail(getRequest("/proposals/999999999", cookie), 999_999_999)))).toBe(404);
  });
});

describe("/proposals/<n>: the buttons and the thread", () => {
  it("submits a draft, and refuses one that says nothing about what is offered", async () => {
    const cookie = await sessionCookie(alice.id);
    const empty = await proposalOf(aliceProfileId, "DRAFT", { offer: "" });
    const refused = (await proposalDetailAction(
      postRequest(`/proposals/${empty.number}`, cookie, { intent: "submit", version: String(empty.version) }),
      context,
      empty.number,
    )) as unknown as Reply;
    expect(refused.init?.status).toBe(400);
    expect(refused.data.result.error?.[""]).toEqual(["proposals.detail.submitIncomplete"]);
    const draft = await proposalOf(aliceProfileId, "DRAFT");
    const response = (await proposalDetailAction(
      postRequest(`/proposals/${draft.number}`, cookie, { intent: "submit", version: String(draft.version) }),
      context,
      draft.number,
    )) as Response;
    expect(response.headers.get("Location")).toBe(`/proposals/${draft.number}`);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).status).toBe("SUBMITTED");
  });

  it("withdrawing needs the confirmation box, then works; a stale page gets 409 with who changed it", async () => {
    const cookie = await sessionCookie(alice.id);
    const proposal = await proposalOf(organisationId, "SUBMITTED");
    const unconfirmed = (await proposalDetailAction(
      postRequest(`/proposals/${proposal.number}`, cookie, { intent: "withdraw", version: String(proposal.version) }),
      context,
      proposal.number,
    )) as unknown as Reply;
    expect(unconfirmed.init?.status).toBe(400);
    expect(unconfirmed.data.result.error?.confirm).toEqual(["proposals.detail.confirmRequired"]);
    // A coordinator starts the review meanwhile: the partner's page still shows the old version.
    await changeProposalStatus({
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      to: "UNDER_REVIEW",
      actor: { userId: coordinator.id, side: "COORDINATOR" },
    });
    const stale = (await proposalDetailAction(
      postRequest(`/proposals/${proposal.number}`, cookie, { intent: "withdraw", version: String(proposal.version), confirm: "on" }),
      context,
      proposal.number,
    )) as unknown as Reply;
    expect(stale.init?.status).toBe(409);
    expect(stale.data.conflict).toMatchObject({ changedBy: coordinator.displayName, version: proposal.version + 1 });
    const withdrawn = (await proposalDetailAction(
      postRequest(`/proposals/${proposal.number}`, cookie, { intent: "withdraw", version: String(proposal.version + 1), confirm: "on" }),
      context,
      proposal.number,
    )) as Response;
    expect(withdrawn.status).toBe(302);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true } })).status).toBe("WITHDRAWN");
  });

  it("deletes a draft (with confirmation) but never a submitted proposal", async () => {
    const cookie = await sessionCookie(alice.id);
    const draft = await proposalOf(aliceProfileId, "DRAFT");
    const response = (await proposalDetailAction(
      postRequest(`/proposals/${draft.number}`, cookie, { intent: "delete", version: String(draft.version), confirm: "on" }),
      context,
      draft.number,
    )) as Response;
    expect(response.headers.get("Location")).toBe("/proposals");
    expect(await prisma.proposal.findUnique({ where: { id: draft.id } })).toBeNull();
    const submitted = await proposalOf(aliceProfileId, "SUBMITTED");
    const refused = (await proposalDetailAction(
      postRequest(`/proposals/${submitted.number}`, cookie, { intent: "delete", version: String(submitted.version), confirm: "on" }),
      context,
      submitted.number,
    )) as unknown as Reply;
    expect(refused.init?.status).toBe(409);
    expect(await prisma.proposal.findUnique({ where: { id: submitted.id }, select: { id: true } })).not.toBeNull();
  });

  it("posts a reply in the thread; an empty one is a 400 that keeps the form", async () => {
    const cookie = await sessionCookie(bob.id);
    const proposal = await proposalOf(organisationId, "UNDER_REVIEW", { assigneeId: coordinator.id });
    const empty = (await proposalDetailAction(
      postRequest(`/proposals/${proposal.number}`, cookie, { intent: "message", body: "   " }),
      context,
      proposal.number,
    )) as unknown as Reply & { data: { intent: string } };
    expect(empty.init?.status).toBe(400);
    expect(empty.data.intent).toBe("message");
    const response = (await proposalDetailAction(
      postRequest(`/proposals/${proposal.number}`, cookie, { intent: "message", body: "資料を追加しました。" }),
      context,
      proposal.number,
    )) as Response;
    expect(response.headers.get("Location")).toBe(`/proposals/${proposal.number}#thread`);
    expect(
      await prisma.proposalMessage.findMany({ where: { proposalId: proposal.id }, select: { side: true, authorId: true, body: true } }),
    ).toEqual([{ side: "PARTNER", authorId: bob.id, body: "資料を追加しました。" }]);
    expect(await prisma.emailMessage.count({ where: { template: "proposal-message", toAddress: coordinator.email } })).toBe(1);
  });
});

describe("/proposals/<n>/edit", () => {
  it("saves an edit; the second of two members saving the same version gets 409 naming the first, with their text kept", async () => {
    const proposal = await proposalOf(organisationId, "DRAFT");
    const values = validForm({ version: String(proposal.version), strategyCode: "B", title: `アリスの版 ${marker}` });
    const first = (await editProposalAction(
      postRequest(`/proposals/${proposal.number}/edit`, await sessionCookie(alice.id), values),
      context,
      proposal.number,
    )) as Response;
    expect(first.headers.get("Location")).toBe(`/proposals/${proposal.number}`);
    const second = (await editProposalAction(
      postRequest(`/proposals/${proposal.number}/edit`, await sessionCookie(bob.id), { ...values, title: `ボブの版 ${marker}` }),
      context,
      proposal.number,
    )) as unknown as Reply;
    expect(second.init?.status).toBe(409);
    expect(second.data.conflict).toMatchObject({ changedBy: alice.displayName, version: proposal.version + 1 });
    expect(second.data.result.initialValue?.title).toBe(`ボブの版 ${marker}`);
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { title: true } })).title).toBe(
      `アリスの版 ${marker}`,
    );
  });

  it("answers NEEDS_INFO: edit and resubmit in one go", async () => {
    const proposal = await proposalOf(aliceProfileId, "NEEDS_INFO");
    const response = (await editProposalAction(
      postRequest(
        `/proposals/${proposal.number}/edit`,
        await sessionCookie(alice.id),
        validForm({ intent: "submit", version: String(proposal.version), strategyCode: "C", fieldNumber: "8" }),
      ),
      context,
      proposal.number,
    )) as Response;
    expect(response.status).toBe(302);
    const stored = await prisma.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: { status: true, strategy: { select: { code: true } }, field: { select: { number: true } } },
    });
    expect(stored).toEqual({ status: "SUBMITTED", strategy: { code: "C" }, field: { number: 8 } });
  });

  it("refuses to edit a proposal under review (409) and the page says it cannot be edited", async () => {
    const proposal = await proposalOf(aliceProfileId, "UNDER_REVIEW");
    const cookie = await sessionCookie(alice.id);
    const reply = (await editProposalAction(
      postRequest(`/proposals/${proposal.number}/edit`, cookie, validForm({ version: String(proposal.version), strategyCode: "B" })),
      context,
      proposal.number,
    )) as unknown as Reply;
    expect(reply.init?.status).toBe(409);
    expect(reply.data.result.error?.[""]).toEqual(["proposals.form.notEditable"]);
    expect((await loadProposalEditor(getRequest(`/proposals/${proposal.number}/edit`, cookie), proposal.number)).editable).toBe(false);
  });

  it("a challenge's proposal stays on its challenge whatever the form says", async () => {
    const proposal = await proposalOf(aliceProfileId, "DRAFT", { challengeId: openChallenge.id });
    await editProposalAction(
      postRequest(
        `/proposals/${proposal.number}/edit`,
        await sessionCookie(alice.id),
        validForm({ version: String(proposal.version), strategyCode: "A" }),
      ),
      context,
      proposal.number,
    );
    expect(
      await prisma.proposal.findUniqueOrThrow({
        where: { id: proposal.id },
        select: { challengeId: true, strategy: { select: { code: true } } },
      }),
    ).toEqual({
      challengeId: openChallenge.id,
      strategy: { code: "C" },
    });
  });
});

describe("/proposals", () => {
  it("lists the proposals of every partner the user acts for, and only those, in one statement", async () => {
    const own = await proposalOf(aliceProfileId, "DRAFT");
    const ofOrganisation = await proposalOf(organisationId, "ACCEPTED", { challengeId: openChallenge.id });
    const carols = await proposalOf(carolProfileId, "SUBMITTED");
    await listProposalsForUser(alice.id, "ja"); // the taxonomy cache, warm
    const { result, statements } = await recordQueries(() => listProposalsForUser(alice.id, "ja"));
    expect(statements).toHaveLength(1);
    const numbers = result.map((item) => item.number);
    expect(numbers).toEqual(expect.arrayContaining([own.number, ofOrganisation.number]));
    expect(numbers).not.toContain(carols.number);
    expect(result.find((item) => item.number === ofOrganisation.number)).toMatchObject({
      status: "ACCEPTED",
      partner: { kind: "ORGANISATION" },
      target: { kind: "challenge", number: openChallenge.number },
    });
    const bobs = await listProposalsForUser(bob.id, "en");
    expect(bobs.map((item) => item.number)).toContain(ofOrganisation.number);
    expect(bobs.map((item) => item.number)).not.toContain(own.number);
  });

  it("is empty for a resident and asks visitors to sign in", async () => {
    expect((await loadProposalList(getRequest("/proposals", await sessionCookie(resident.id)))).proposals).toEqual([]);
    expect(statusOf(await settle(() => loadProposalList(getRequest("/proposals"))))).toBe(302);
  });
});
