// The buttons of an initiative's public page that set a state (cheer, follow) pressed twice: one after the other
// (back and resubmit) and both at once (double click, two tabs). The state is the one asked for, held once, and
// both answers lead back to the page. Every mutating form of the hub and its test: docs/double-submits.md.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { action as initiativeAction } from "~/routes/initiatives.$number.tsx";
import { action as followRouteAction } from "~/routes/follow.ts";
import { createInitiative, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("double-submit-initiatives.test");
const userIds: string[] = [];
const initiativeIds: string[] = [];
const context = { clientIp: "10.9.9.14" };

let resident: { id: string };
let cookie: string;
let initiative: { id: string; number: number };

beforeAll(async () => {
  resident = await createUser(prisma, { email: ns.email("resident"), displayName: "二重押しの住民" });
  userIds.push(resident.id);
  cookie = await sessionCookie(resident.id);
  initiative = await createInitiative(prisma, { strategyCode: "A", titleJa: `二重押しの取り組み ${randomUUID().slice(0, 6)}` });
  initiativeIds.push(initiative.id);
});

afterAll(async () => {
  await prisma.initiative.deleteMany({ where: { id: { in: initiativeIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function twice(send: () => Promise<unknown>, how: "in turn" | "at once") {
  if (how === "at once") return (await Promise.all([send(), send()])) as Response[];
  const first = (await send()) as Response;
  return [first, (await send()) as Response];
}

const pagePath = () => `/initiatives/${initiative.number}`;

describe.each(["in turn", "at once"] as const)("pressed twice %s", (how) => {
  it("/initiatives/<n> cheer: one cheer; un-cheering twice leaves none", async () => {
    const send = (cheer: "on" | "off") => () =>
      settle(() =>
        initiativeAction({
          request: postRequest(pagePath(), cookie, { intent: "cheer", cheer }),
          params: { number: String(initiative.number) },
          context,
        }),
      );
    const on = await twice(send("on"), how);
    expect(on.map((answer) => `${answer.status} ${answer.headers.get("Location")}`)).toEqual([`303 ${pagePath()}`, `303 ${pagePath()}`]);
    expect(await prisma.initiativeCheer.count({ where: { initiativeId: initiative.id, userId: resident.id } })).toBe(1);
    const off = await twice(send("off"), how);
    expect(off.map((answer) => answer.status)).toEqual([303, 303]);
    expect(await prisma.initiativeCheer.count({ where: { initiativeId: initiative.id, userId: resident.id } })).toBe(0);
  });

  it("/follow an initiative: followed once; unfollowing twice leaves it unfollowed (one muted row)", async () => {
    const send = (intent: "follow" | "unfollow") => () =>
      settle(() =>
        followRouteAction({
          request: postRequest("/follow", cookie, { intent, targetType: "INITIATIVE", targetId: initiative.id, redirectTo: pagePath() }),
          params: {},
          context,
        }),
      );
    const followed = await twice(send("follow"), how);
    expect(followed.map((answer) => `${answer.status} ${answer.headers.get("Location")}`)).toEqual([
      `303 ${pagePath()}`,
      `303 ${pagePath()}`,
    ]);
    expect(await prisma.follow.count({ where: { userId: resident.id, initiativeId: initiative.id } })).toBe(1);
    const unfollowed = await twice(send("unfollow"), how);
    expect(unfollowed.map((answer) => answer.status)).toEqual([303, 303]);
    // The row stays, muted, so that taking part later never brings the follow back (follow.server.ts).
    expect(await prisma.follow.count({ where: { userId: resident.id, initiativeId: initiative.id, mutedAt: null } })).toBe(0);
    expect(await prisma.follow.count({ where: { userId: resident.id, initiativeId: initiative.id } })).toBe(1);
  });
});
