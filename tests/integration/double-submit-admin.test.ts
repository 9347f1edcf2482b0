// An administrator's grant or revoke button on /admin/users/<id> pressed twice: one after the other (back and
// resubmit) and both at once (double click). The role is held once (or not at all) and the audit log records one
// change; the repeat is answered "nothing changed" (409), the state being already what was asked.
// Every mutating form of the hub and its test: docs/double-submits.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action as userAdminRouteAction } from "~/routes/admin.users_.$id.tsx";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("double-submit-admin.test");
const userIds: string[] = [];
const context = { clientIp: "10.9.9.16" };

let admin: { id: string };
let cookie: string;

beforeAll(async () => {
  admin = await createUser(prisma, { email: ns.email("admin"), displayName: "二重押しの管理者", roles: ["ADMIN"] });
  userIds.push(admin.id);
  cookie = await sessionCookie(admin.id);
});

afterAll(async () => {
  await prisma.auditLog.deleteMany({ where: { actorId: admin.id } });
  await cleanUpAccounts(ns, userIds);
});

async function twice(send: () => Promise<unknown>, how: "in turn" | "at once") {
  if (how === "at once") return Promise.all([send(), send()]);
  const first = await send();
  return [first, await send()];
}

function statusOf(answer: unknown) {
  return answer instanceof Response ? answer.status : (answer as { init: { status: number } }).init.status;
}

describe.each(["in turn", "at once"] as const)("pressed twice %s", (how) => {
  it("/admin/users/<id> grant then revoke: one role, then none, one audit entry each", async () => {
    const person = await createUser(prisma, { email: ns.email(`person-${randomUUID().slice(0, 6)}`), displayName: "役割を受ける人" });
    userIds.push(person.id);
    const path = `/admin/users/${person.id}`;
    const send = (intent: "grant" | "revoke") => () =>
      settle(() =>
        userAdminRouteAction({ request: postRequest(path, cookie, { intent, role: "COORDINATOR" }), params: { id: person.id }, context }),
      );

    const granted = await twice(send("grant"), how);
    expect(granted.map(statusOf).sort()).toEqual([302, 409]);
    expect(await prisma.userRole.count({ where: { userId: person.id, role: "COORDINATOR" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: person.id, action: "role.granted" } })).toBe(1);

    const revoked = await twice(send("revoke"), how);
    expect(revoked.map(statusOf).sort()).toEqual([302, 409]);
    expect(await prisma.userRole.count({ where: { userId: person.id, role: "COORDINATOR" } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { targetId: person.id, action: "role.revoked" } })).toBe(1);
  });
});
