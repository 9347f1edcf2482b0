// The match pipeline against the real database: creating a match (one open per pair, also when the trigger is the
// one refusing), moves allowed and refused, the reason to end, and version conflicts naming who moved it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatch, isOpenMatchViolation, moveMatch } from "../../app/features/matching/match.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { allowedMatchMoves, matchStages } from "../../app/features/matching/match-stages.ts";
import { createChallenge, createPartner, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("match-pipeline.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const context = { ip: "10.8.8.8", origin: "http://hub.test" };

let coordinator: { id: string; displayName: string };
let challengeId: string;

beforeAll(async () => {
  coordinator = await createUser(prisma, {
    email: ns.email("coordinator"),
    displayName: `調整役 ${randomUUID().slice(0, 6)}`,
    roles: ["COORDINATOR"],
  });
  userIds.push(coordinator.id);
  const challenge = await createChallenge(prisma, {
    strategyCode: "B",
    titleJa: `マッチ試験課題 ${randomUUID().slice(0, 6)}`,
    status: "OPEN",
  });
  challengeId = challenge.id;
  challengeIds.push(challenge.id);
});

afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

async function newPartner() {
  const partner = await createPartner(prisma, { displayName: `マッチ試験団体 ${randomUUID().slice(0, 6)}`, strategyCodes: ["B"] });
  partnerIds.push(partner.id);
  return partner;
}

async function newMatch(partnerId?: string) {
  const created = await createMatch({
    challengeId,
    partnerId: partnerId ?? (await newPartner()).id,
    ownerId: coordinator.id,
    score: 72,
    scoreFactors: [{ key: "skills", points: 30 }],
    actor: { userId: coordinator.id },
    requestContext: context,
  });
  if (!created.ok) throw new Error(`createMatch refused: ${created.reason}`);
  return created.match;
}

describe("createMatch", () => {
  it("creates a SUGGESTED match with its first event and audit entry", async () => {
    const match = await newMatch();
    const row = await prisma.match.findUniqueOrThrow({
      where: { id: match.id },
      select: { stage: true, version: true, score: true, createdById: true, events: { select: { fromStage: true, toStage: true } } },
    });
    expect(row).toMatchObject({ stage: "SUGGESTED", version: 1, score: 72, createdById: coordinator.id });
    expect(row.events).toEqual([{ fromStage: null, toStage: "SUGGESTED" }]);
    const audit = await prisma.auditLog.findMany({
      where: { targetType: "match", targetId: match.id },
      select: { action: true, ipAddress: true },
    });
    expect(audit).toEqual([{ action: "match.created", ipAddress: context.ip }]);
  });

  it("refuses a second open match for the same pair, and allows one after the first ended", async () => {
    const partner = await newPartner();
    const first = await newMatch(partner.id);
    const again = await createMatch({
      challengeId,
      partnerId: partner.id,
      ownerId: null,
      score: 10,
      scoreFactors: [],
      actor: { userId: coordinator.id },
    });
    expect(again).toEqual({ ok: false, kind: "conflict", reason: "open-match-exists" });
    await moveMatch({ matchId: first.id, expectedVersion: 1, to: "ENDED", reason: "見送り", actor: { userId: coordinator.id } });
    const after = await createMatch({
      challengeId,
      partnerId: partner.id,
      ownerId: null,
      score: 10,
      scoreFactors: [],
      actor: { userId: coordinator.id },
    });
    expect(after.ok).toBe(true);
  });

  it("maps the open-pair index's refusal (two at once) to open-match-exists, never an exception", async () => {
    const partner = await newPartner();
    const input = { challengeId, partnerId: partner.id, ownerId: null, score: 10, scoreFactors: [], actor: { userId: coordinator.id } };
    const results = await Promise.all([createMatch(input), createMatch(input), createMatch(input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, kind: "conflict", reason: "open-match-exists" },
      { ok: false, kind: "conflict", reason: "open-match-exists" },
    ]);
  });

  it("recognises the open-pair index's own error", async () => {
    const partner = await newPartner();
    await newMatch(partner.id);
    const error = await prisma.match.create({ data: { challengeId, partnerId: partner.id, score: 1 }, select: { id: true } }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    expect(isOpenMatchViolation(error)).toBe(true);
  });

  it("refuses unknown rows and closed challenges", async () => {
    const partner = await newPartner();
    expect(
      await createMatch({
        challengeId: randomUUID(),
        partnerId: partner.id,
        ownerId: null,
        score: 1,
        scoreFactors: [],
        actor: { userId: coordinator.id },
      }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
    const closed = await createChallenge(prisma, {
      strategyCode: "B",
      titleJa: `終了課題 ${randomUUID().slice(0, 6)}`,
      status: "COMPLETED",
    });
    challengeIds.push(closed.id);
    expect(
      await createMatch({
        challengeId: closed.id,
        partnerId: partner.id,
        ownerId: null,
        score: 1,
        scoreFactors: [],
        actor: { userId: coordinator.id },
      }),
    ).toEqual({
      ok: false,
      kind: "conflict",
      reason: "challenge-closed",
    });
  });

  it("creates many inside a caller's transaction", async () => {
    const [a, b] = [await newPartner(), await newPartner()];
    const results = await prisma.$transaction(async (tx) =>
      Promise.all(
        [a, b].map((partner) =>
          createMatch({
            challengeId,
            partnerId: partner.id,
            ownerId: null,
            score: 50,
            scoreFactors: [],
            actor: { userId: coordinator.id },
            tx,
          }),
        ),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
  });
});

describe("moveMatch", () => {
  it("walks the pipeline, stamping each stage and recording each event", async () => {
    const match = await newMatch();
    let version = 1;
    for (const to of ["INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"] as const) {
      const moved = await moveMatch({
        matchId: match.id,
        expectedVersion: version,
        to,
        actor: { userId: coordinator.id },
        requestContext: context,
      });
      expect(moved).toMatchObject({ ok: true, stage: to, version: version + 1 });
      version += 1;
    }
    const row = await prisma.match.findUniqueOrThrow({
      where: { id: match.id },
      select: {
        introducedAt: true,
        agreedAt: true,
        activeAt: true,
        completedAt: true,
        endedAt: true,
        events: { orderBy: { id: "asc" }, select: { toStage: true } },
      },
    });
    expect(row.introducedAt && row.agreedAt && row.activeAt && row.completedAt).toBeTruthy();
    expect(row.endedAt).toBeNull();
    expect(row.events.map((event) => event.toStage)).toEqual(["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"]);
    const audit = await prisma.auditLog.count({ where: { targetType: "match", targetId: match.id, action: "match.stage_changed" } });
    expect(audit).toBe(4);
  });

  it("refuses every move the table does not allow", async () => {
    for (const to of matchStages) {
      if (allowedMatchMoves("SUGGESTED").includes(to)) continue;
      const match = await newMatch();
      expect(await moveMatch({ matchId: match.id, expectedVersion: 1, to, reason: "x", actor: { userId: coordinator.id } })).toEqual({
        ok: false,
        kind: "conflict",
        reason: "invalid-move",
        from: "SUGGESTED",
        allowed: ["INTRODUCED", "ENDED"],
      });
    }
  });

  it("needs a reason to end, and keeps it", async () => {
    const match = await newMatch();
    expect(
      await moveMatch({ matchId: match.id, expectedVersion: 1, to: "ENDED", reason: "  ", actor: { userId: coordinator.id } }),
    ).toEqual({ ok: false, kind: "invalid", reason: "reason-required" });
    expect(
      await moveMatch({ matchId: match.id, expectedVersion: 1, to: "ENDED", reason: "先方の都合", actor: { userId: coordinator.id } }),
    ).toMatchObject({ ok: true, stage: "ENDED" });
    const row = await prisma.match.findUniqueOrThrow({ where: { id: match.id }, select: { endedReason: true, endedAt: true } });
    expect(row.endedReason).toBe("先方の都合");
    expect(row.endedAt).not.toBeNull();
  });

  it("answers a stale version with who moved it and when", async () => {
    const match = await newMatch();
    await moveMatch({ matchId: match.id, expectedVersion: 1, to: "INTRODUCED", actor: { userId: coordinator.id } });
    const stale = await moveMatch({ matchId: match.id, expectedVersion: 1, to: "ENDED", reason: "x", actor: { userId: coordinator.id } });
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { version: 2, stage: "INTRODUCED", changedBy: coordinator.displayName },
    });
    expect(
      await moveMatch({ matchId: randomUUID(), expectedVersion: 1, to: "ENDED", reason: "x", actor: { userId: coordinator.id } }),
    ).toEqual({ ok: false, kind: "not-found", reason: "not-found" });
  });
});
