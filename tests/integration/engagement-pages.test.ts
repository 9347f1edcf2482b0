// The engagement pages as a browser uses them (loaders and actions with real sessions): a coordinator starts an
// engagement from a match and edits its scope (bad input refused with 400 keeping what was typed, a stale version 409
// naming who saved first), an outsider gets the same 404 as for a missing number, the host confirms by the e-mailed
// link signed out, the partner downloads the year's CSV, and a verification link opens signed out.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../app/kernel/db.server.ts";
import { addTokyoDays, todayInTokyo, utcDate } from "../../app/kernel/japan-time.ts";
import { signRecordLink } from "../../app/kernel/signed-token.server.ts";
import { createChallenge, createMatchWithHistory, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";
import { action as coordinateAction, loader as coordinateLoader } from "~/routes/coordinate.engagements._index.tsx";
import { action as engagementAction, loader as engagementLoader } from "~/routes/engagements.$number.tsx";
import { action as linkAction, loader as linkLoader } from "~/routes/engagement-links.$token.tsx";
import { loader as csvLoader } from "~/routes/account.contributions[.]csv.ts";
import { loader as verifyLoader } from "~/routes/records.verify.$token.tsx";
import { verifyActivity } from "../../app/features/engagements/contribution.server.ts";

const ns = accountNamespace("engagement-pages.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
let cookies: { coordinator: string; other: string; partner: string; outsider: string };
let coordinator: { id: string; displayName: string };
let partnerId: string;
let matchNumber: number;

type Refused = {
  init: { status: number };
  data: {
    intent: string;
    conflict: { changedBy: string } | null;
    result: { initialValue: Record<string, string>; error: Record<string, string[]> };
  };
};

beforeAll(async () => {
  const suffix = randomUUID().slice(0, 6);
  const coordinatorUser = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `調整役 ${suffix}`,
    roles: ["COORDINATOR"],
  });
  const otherUser = await createUser(prisma, { email: ns.email("other"), displayName: `別の調整役 ${suffix}`, roles: ["COORDINATOR"] });
  const partnerUser = await createUser(prisma, { email: ns.email("partner"), displayName: `パートナー ${suffix}`, roles: ["PARTNER"] });
  const outsiderUser = await createUser(prisma, { email: ns.email("outsider"), displayName: `部外者 ${suffix}`, roles: ["PARTNER"] });
  userIds.push(coordinatorUser.id, otherUser.id, partnerUser.id, outsiderUser.id);
  coordinator = coordinatorUser;
  cookies = {
    coordinator: await sessionCookie(coordinatorUser.id),
    other: await sessionCookie(otherUser.id),
    partner: await sessionCookie(partnerUser.id),
    outsider: await sessionCookie(outsiderUser.id),
  };
  const partner = await createPartner(prisma, {
    displayName: `画面試験パートナー ${suffix}`,
    ownerId: partnerUser.id,
    strategyCodes: ["B"],
  });
  partnerId = partner.id;
  partnerIds.push(partner.id);
  await createPartner(prisma, { displayName: `部外者の団体 ${suffix}`, ownerId: outsiderUser.id }).then((other) =>
    partnerIds.push(other.id),
  );
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `画面試験課題 ${suffix}`,
    status: "IN_PROGRESS",
    fieldNumbers: [4],
  });
  challengeIds.push(challenge.id);
  const match = await createMatchWithHistory(prisma, {
    challengeId: challenge.id,
    partnerId,
    ownerId: coordinatorUser.id,
    path: ["INTRODUCED", "AGREED"],
    counterpart: { name: "担当課 奈良井", email: ns.email("host"), language: "en" },
  });
  matchNumber = match.number;
});

afterAll(async () => {
  await prisma.engagement.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.contributionRecord.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("engagement pages", () => {
  it("runs from the coordinators' page to a confirmed scope, refusing bad input and stale saves with what was typed kept", async () => {
    const list = (await coordinateLoader({
      request: getRequest("/coordinate/engagements", cookies.coordinator),
      params: {},
      context: {},
    })) as {
      matches: { number: number }[];
    };
    expect(list.matches.map((match) => match.number)).toContain(matchNumber);
    const started = (await settle(() =>
      coordinateAction({
        request: postRequest("/coordinate/engagements", cookies.coordinator, {
          intent: "start",
          matchNumber: String(matchNumber),
          kind: "RESEARCH",
        }),
        params: {},
        context: {},
      }),
    )) as Response;
    expect(started.status).toBe(303);
    const path = started.headers.get("Location")!;
    const number = Number(path.split("/").pop());

    // Partners cannot reach the coordinators' page; an outsider gets the same 404 as for a number that does not exist.
    expect(
      (
        (await settle(() =>
          coordinateLoader({ request: getRequest("/coordinate/engagements", cookies.partner), params: {}, context: {} }),
        )) as Response
      ).status,
    ).toBe(403);
    const outsider = (await settle(() =>
      engagementLoader({ request: getRequest(path, cookies.outsider), params: { number: String(number) }, context: {} }),
    )) as Response;
    const missing = (await settle(() =>
      engagementLoader({ request: getRequest("/engagements/999999", cookies.outsider), params: { number: "999999" }, context: {} }),
    )) as Response;
    expect(outsider.status).toBe(404);
    expect(missing.status).toBe(404);

    const page = (await engagementLoader({
      request: getRequest(path, cookies.coordinator),
      params: { number: String(number) },
      context: {},
    })) as {
      engagement: { version: number; scopeRevision: number; scope: Record<string, string | number> };
    };
    const form = {
      intent: "scope",
      version: String(page.engagement.version),
      title: "研究：ワイン産地の担い手",
      deliverable: "報告書",
      hoursPerMonth: "12",
      startsOn: todayInTokyo(),
      endsOn: addTokyoDays(todayInTokyo(), -3),
      meetingRhythm: "月1回",
      checkInEveryDays: "28",
      cityProvides: "統計データ",
      hostName: "担当課 奈良井",
      hostEmail: String(page.engagement.scope.hostEmail),
      hostLanguage: "en",
    };
    const bad = (await engagementAction({
      request: postRequest(path, cookies.coordinator, form),
      params: { number: String(number) },
      context: {},
    })) as unknown as Refused;
    expect(bad.init.status).toBe(400);
    expect(bad.data.result.error.endsOn).toEqual(["engagements.validation.endBeforeStart"]);
    expect(bad.data.result.initialValue.title).toBe("研究：ワイン産地の担い手");

    const good = { ...form, endsOn: addTokyoDays(todayInTokyo(), 120) };
    const saved = (await settle(() =>
      engagementAction({ request: postRequest(path, cookies.coordinator, good), params: { number: String(number) }, context: {} }),
    )) as Response;
    expect(saved.status).toBe(303);
    const stale = (await engagementAction({
      request: postRequest(path, cookies.other, { ...good, deliverable: "別の成果物" }),
      params: { number: String(number) },
      context: {},
    })) as unknown as Refused;
    expect(stale.init.status).toBe(409);
    expect(stale.data.conflict?.changedBy).toBe(coordinator.displayName);
    expect(stale.data.result.initialValue.deliverable).toBe("別の成果物");

    // The partner confirms in the hub; the host confirms by the e-mailed link, signed out.
    const engagement = await prisma.engagement.findUniqueOrThrow({ where: { number } });
    const confirmed = (await settle(() =>
      engagementAction({
        request: postRequest(path, cookies.partner, { intent: "confirm", side: "PARTNER", revision: String(engagement.scopeRevision) }),
        params: { number: String(number) },
        context: {},
      }),
    )) as Response;
    expect(confirmed.status).toBe(303);
    const token = await signRecordLink(`scope:${engagement.id}:${engagement.scopeRevision}`);
    const linkPage = (await linkLoader({ request: getRequest(`/engagement-links/${token}`), params: { token }, context: {} })) as {
      state: { kind: string; current: boolean };
    };
    expect(linkPage.state).toMatchObject({ kind: "scope", current: true });
    const hostConfirmed = (await settle(() =>
      linkAction({
        request: new Request(`http://hub.test/engagement-links/${token}`, {
          method: "POST",
          body: new URLSearchParams({ intent: "confirm", revision: String(engagement.scopeRevision) }),
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
        params: { token },
        context: {},
      }),
    )) as Response;
    expect(hostConfirmed.status).toBe(303);
    const active = await prisma.engagement.findUniqueOrThrow({ where: { number } });
    expect(active).toMatchObject({ status: "ACTIVE", hostConfirmedByName: "担当課 奈良井" });
    expect(utcDate(active.endsOn)).toBe(good.endsOn);

    const forged = (await linkLoader({
      request: getRequest(`/engagement-links/${token}x`),
      params: { token: `${token}x` },
      context: {},
    })) as unknown as {
      init: { status: number };
    };
    expect(forged.init.status).toBe(404);
  });

  it("downloads the partner's fiscal year as CSV and opens a record's verification address signed out", async () => {
    const recorded = await verifyActivity({
      actor: { ...coordinator, roles: ["COORDINATOR"] },
      values: {
        partnerId,
        kind: "WORKSHOP_VISIT",
        title: "ワークショップ参加",
        occurredOn: "2026-06-10",
        hours: 3,
        strategyCode: "B",
        hostName: "企画政策課",
      },
    });
    expect(recorded.ok).toBe(true);
    const csv = (await csvLoader({
      request: getRequest("/account/contributions.csv?year=2026", cookies.partner),
      params: {},
      context: {},
    })) as Response;
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect(await csv.text()).toContain("ワークショップ参加");
    const token = await signRecordLink(`record:${recorded.ok ? recorded.id : ""}`);
    const verified = (await verifyLoader({ request: getRequest(`/records/verify/${token}`), params: { token }, context: {} })) as {
      record: { title: string } | null;
    };
    expect(verified.record?.title).toBe("ワークショップ参加");
  });
});
