// Creation forms sent twice (double click, back and resubmit: the same page, so the same submission key) through
// their route actions, one after the other and both at once: one row, one audit entry, and both answers lead to it.
// Every mutating form of the hub and the test that covers it: docs/double-submits.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action as newProposalAction, loader as newProposalLoader } from "~/routes/proposals.new.tsx";
import { action as newChallengeAction, loader as newChallengeLoader } from "~/routes/coordinate.challenges.new.tsx";
import { action as newOrganisationAction, loader as newOrganisationLoader } from "~/routes/organisations.new.tsx";
import { createChallenge, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("double-submit-creation.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const context = { clientIp: "10.9.9.9" };

let partnerUser: { id: string; displayName: string };
let coordinatorCookie: string;
let cookie: string;
let partnerId: string;
let challenge: { id: string; number: number };

beforeAll(async () => {
  partnerUser = await createUser(prisma, { email: ns.email("partner"), displayName: `二重送信 ${randomUUID().slice(0, 6)}` });
  userIds.push(partnerUser.id);
  cookie = await sessionCookie(partnerUser.id);
  const partner = await createPartner(prisma, { displayName: partnerUser.displayName, ownerId: partnerUser.id, strategyCodes: ["B"] });
  partnerId = partner.id;
  partnerIds.push(partner.id);
  const created = await createChallenge(prisma, { strategyCode: "B", titleJa: `二重送信課題 ${randomUUID().slice(0, 6)}`, status: "OPEN" });
  challenge = { id: created.id, number: created.number };
  challengeIds.push(created.id);
  const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "調整役", roles: ["COORDINATOR"] });
  userIds.push(coordinator.id);
  coordinatorCookie = await sessionCookie(coordinator.id);
});

afterAll(async () => {
  const organisations = await prisma.partnerMember.findMany({ where: { userId: partnerUser.id }, select: { partnerId: true } });
  partnerIds.push(...organisations.map((row) => row.partnerId));
  await prisma.auditLog.deleteMany({ where: { actorId: partnerUser.id } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: [...new Set(partnerIds)] } } });
  await prisma.challenge.deleteMany({ where: { OR: [{ id: { in: challengeIds } }, { titleJa: { startsWith: "二重送信の課題" } }] } });
  await cleanUpAccounts(ns, userIds);
});

type Page = { submissionKey: string; defaultValue?: Record<string, string | string[]> };

/** Sends the same form twice: one after the other (back and resubmit), or both at once (double click). */
async function twice(send: () => Promise<unknown>, how: "in turn" | "at once") {
  if (how === "at once") return (await Promise.all([send(), send()])) as Response[];
  const first = (await send()) as Response;
  return [first, (await send()) as Response];
}

describe.each(["in turn", "at once"] as const)("sent twice %s", (how) => {
  it("/proposals/new makes one draft, and both answers lead to it", async () => {
    const page = (await newProposalLoader({
      request: getRequest(`/proposals/new?challenge=${challenge.number}`, cookie),
      params: {},
      context,
    })) as unknown as Page;
    const title = `二重送信の提案 ${how} ${randomUUID().slice(0, 6)}`;
    const form = {
      submissionKey: page.submissionKey,
      intent: "save",
      version: "0",
      partnerId,
      challengeNumber: String(challenge.number),
      title,
      offer: "空き家の片付けを手伝います。",
    };
    const send = () => settle(() => newProposalAction({ request: postRequest("/proposals/new", cookie, form), params: {}, context }));
    const answers = await twice(send, how);
    const rows = await prisma.proposal.findMany({ where: { title }, select: { id: true, number: true } });
    expect(rows).toHaveLength(1);
    expect(answers.map((answer) => answer.status)).toEqual([302, 302]);
    expect(answers.map((answer) => answer.headers.get("Location"))).toEqual([
      `/proposals/${rows[0]!.number}/edit`,
      `/proposals/${rows[0]!.number}/edit`,
    ]);
    expect(await prisma.auditLog.count({ where: { targetId: rows[0]!.id } })).toBe(1);
  });

  it("/organisations/new makes one organisation with one owner, and both answers lead to it", async () => {
    const page = (await newOrganisationLoader({
      request: getRequest("/organisations/new", cookie),
      params: {},
      context,
    })) as unknown as Page;
    const displayName = `二重送信の団体 ${how} ${randomUUID().slice(0, 6)}`;
    const form = { ...page.defaultValue, submissionKey: page.submissionKey, displayName, relationships: "OTHER" };
    const send = () =>
      settle(() => newOrganisationAction({ request: postRequest("/organisations/new", cookie, form), params: {}, context }));
    const answers = await twice(send, how);
    const rows = await prisma.partnerProfile.findMany({
      where: { displayName },
      select: { id: true, members: { select: { userId: true } } },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.members).toEqual([{ userId: partnerUser.id }]);
    expect(answers.map((answer) => answer.status)).toEqual([302, 302]);
    expect(answers.map((answer) => answer.headers.get("Location"))).toEqual([
      `/organisations/${rows[0]!.id}`,
      `/organisations/${rows[0]!.id}`,
    ]);
    expect(await prisma.auditLog.count({ where: { targetId: rows[0]!.id, action: "organisation.created" } })).toBe(1);
  });

  it("/coordinate/challenges/new makes one draft challenge, and both answers lead to it", async () => {
    const page = (await newChallengeLoader({
      request: getRequest("/coordinate/challenges/new", coordinatorCookie),
      params: {},
      context,
    })) as unknown as Page;
    const titleJa = `二重送信の課題 ${how} ${randomUUID().slice(0, 6)}`;
    const form = {
      ...page.defaultValue,
      submissionKey: page.submissionKey,
      intent: "save",
      titleJa,
      summaryJa: "概要",
      bodyJa: "本文",
      strategyCode: "C",
      fieldNumbers: ["7"],
      primaryFieldNumber: "7",
      areaSlug: "online",
      workStyles: ["REMOTE"],
      engagementTypes: ["RESEARCH"],
      capacity: "1",
      ownerDepartmentJa: "地方創生推進課",
    };
    const send = () =>
      settle(() =>
        newChallengeAction({ request: postRequest("/coordinate/challenges/new", coordinatorCookie, form), params: {}, context }),
      );
    const answers = await twice(send, how);
    const rows = await prisma.challenge.findMany({ where: { titleJa }, select: { id: true, number: true } });
    expect(rows).toHaveLength(1);
    expect(answers.map((answer) => answer.headers.get("Location"))).toEqual([
      `/coordinate/challenges/${rows[0]!.number}/edit`,
      `/coordinate/challenges/${rows[0]!.number}/edit`,
    ]);
    expect(await prisma.auditLog.count({ where: { targetId: rows[0]!.id, action: "challenge.created" } })).toBe(1);
  });

  it("a refused form gives its key back: the corrected form, sent with the same key, is made", async () => {
    const page = (await newOrganisationLoader({
      request: getRequest("/organisations/new", cookie),
      params: {},
      context,
    })) as unknown as Page;
    const displayName = `二重送信の訂正 ${how} ${randomUUID().slice(0, 6)}`;
    const form = { ...page.defaultValue, submissionKey: page.submissionKey, displayName };
    const send = (values: Record<string, string | string[]>) =>
      settle(() => newOrganisationAction({ request: postRequest("/organisations/new", cookie, values), params: {}, context }));
    const refused = (await send(form)) as unknown as { init: { status: number } };
    expect(refused.init.status).toBe(400);
    const made = (await send({ ...form, relationships: "OTHER" })) as Response;
    expect(made.status).toBe(302);
    expect(await prisma.partnerProfile.count({ where: { displayName } })).toBe(1);
  });
});
