// A partner's proposal edit (/proposals/<n>/edit) saved twice from the same page: one after the other (back and
// resubmit) and both at once (double click). The same content twice is one save and both answers lead to the
// proposal, with no conflict notice about the person's own save; a different content sent on the same old page is
// still a conflict (409), so nothing typed is lost silently. Every mutating form and its test: docs/double-submits.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action as editAction } from "~/routes/proposals.$number_.edit.tsx";
import { createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("double-submit-proposals.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const context = { clientIp: "10.9.9.15" };

let owner: { id: string };
let cookie: string;
let partnerId: string;

beforeAll(async () => {
  owner = await createUser(prisma, { email: ns.email("owner"), displayName: `二重保存 ${randomUUID().slice(0, 6)}` });
  userIds.push(owner.id);
  cookie = await sessionCookie(owner.id);
  const partner = await createPartner(prisma, {
    displayName: `二重保存の団体 ${randomUUID().slice(0, 6)}`,
    ownerId: owner.id,
    strategyCodes: ["B"],
  });
  partnerId = partner.id;
  partnerIds.push(partner.id);
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { actorId: owner.id } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function twice(send: () => Promise<unknown>, how: "in turn" | "at once") {
  if (how === "at once") return (await Promise.all([send(), send()])) as Response[];
  const first = (await send()) as Response;
  return [first, (await send()) as Response];
}

async function draft(how: string) {
  const created = await createProposal(prisma, {
    partnerId,
    authorId: owner.id,
    strategyCode: "B",
    title: `二重保存の下書き ${how} ${randomUUID().slice(0, 6)}`,
    offer: "最初の文",
  });
  const { version } = await prisma.proposal.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } });
  return { ...created, version };
}

function sender(number: number, form: Record<string, string>) {
  const path = `/proposals/${number}/edit`;
  return () => settle(() => editAction({ request: postRequest(path, cookie, form), params: { number: String(number) }, context }));
}

describe.each(["in turn", "at once"] as const)("saved twice %s", (how) => {
  it("the same content twice is one save, and both answers lead to the proposal", async () => {
    const proposal = await draft(how);
    const form = { intent: "save", version: String(proposal.version), title: `二重保存の題 ${how}`, offer: "直した文", strategyCode: "B" };
    const answers = await twice(sender(proposal.number, form), how);
    expect(answers.map((answer) => `${answer.status} ${answer.headers.get("Location")}`)).toEqual([
      `302 /proposals/${proposal.number}`,
      `302 /proposals/${proposal.number}`,
    ]);
    const stored = await prisma.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: { version: true, title: true, offer: true },
    });
    expect(stored).toEqual({ version: proposal.version + 1, title: `二重保存の題 ${how}`, offer: "直した文" });
    expect(await prisma.auditLog.count({ where: { targetId: proposal.id, action: "proposal.updated" } })).toBe(1);
  });

  it("other content sent from the same old page is a conflict, and the first save stays", async () => {
    const proposal = await draft(how);
    const first = { intent: "save", version: String(proposal.version), title: "一つめの題", offer: "一つめの文", strategyCode: "B" };
    const second = { ...first, offer: "二つめの文" };
    const send = [sender(proposal.number, first), sender(proposal.number, second)];
    const answers = how === "at once" ? await Promise.all(send.map((go) => go())) : [await send[0]!(), await send[1]!()];
    const statuses = answers.map((answer) =>
      answer instanceof Response ? answer.status : (answer as { init: { status: number } }).init.status,
    );
    expect(statuses.sort()).toEqual([302, 409]);
    const stored = await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { version: true, offer: true } });
    expect(stored.version).toBe(proposal.version + 1);
    expect(["一つめの文", "二つめの文"]).toContain(stored.offer);
  });
});
