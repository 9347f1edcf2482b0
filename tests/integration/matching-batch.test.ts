// Batch (cohort) assignment through its loader and action against the real database: coordinators only, who the
// applicants are, a proposal within the free capacities, tampered or stale forms answered with 400 (never 500)
// and nothing created, an adjusted assignment confirmed as SUGGESTED matches in one go, and a pair that already
// has an open match named in the refusal.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidatePartnerFeatures } from "../../app/features/matching/engine/features.server.ts";
import { action, loader } from "~/routes/coordinate.matching.batch.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import { createChallenge, createPartner, createProposal, createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("matching-batch.test");
const userIds: string[] = [];
const partnerIds: string[] = [];
const challengeIds: string[] = [];
const clientContext = { clientIp: "10.7.7.7" };
const tag = randomUUID().slice(0, 6);

let cookies: { coordinator: string; resident: string };
let coordinatorId: string;
let small: { id: string; number: number };
let large: { id: string; number: number };
const partner: Record<"alice" | "bob" | "carol" | "drafty" | "shy", string> = { alice: "", bob: "", carol: "", drafty: "", shy: "" };
const proposalIds: Record<string, string> = {};

type LoaderData = Awaited<ReturnType<typeof loader>>;
type ActionData = {
  plan: LoaderData["plan"];
  check: { assignment: Record<string, number | null>; total: number } | null;
  issues: { key: string; values?: Record<string, unknown> }[];
};

beforeAll(async () => {
  const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: `調整役 ${tag}`, roles: ["COORDINATOR"] });
  const resident = await createUser(prisma, { email: ns.email("resident"), displayName: "住民" });
  coordinatorId = coordinator.id;
  userIds.push(coordinator.id, resident.id);
  cookies = { coordinator: await sessionCookie(coordinator.id), resident: await sessionCookie(resident.id) };
  const first = await createChallenge(prisma, { strategyCode: "C", titleJa: `一括試験 小 ${tag}`, status: "OPEN", capacity: 1 });
  const second = await createChallenge(prisma, { strategyCode: "C", titleJa: `一括試験 大 ${tag}`, status: "MATCHING", capacity: 2 });
  small = { id: first.id, number: first.number };
  large = { id: second.id, number: second.number };
  challengeIds.push(first.id, second.id);
  for (const name of Object.keys(partner) as (keyof typeof partner)[]) {
    const created = await createPartner(prisma, {
      displayName: `一括 ${name} ${tag}`,
      strategyCodes: ["C"],
      openToContact: name !== "shy",
      languages: ["ja"],
    });
    partner[name] = created.id;
    partnerIds.push(created.id);
  }
  const propose = async (name: keyof typeof partner, challengeId: string, status: "SUBMITTED" | "UNDER_REVIEW" | "DRAFT") => {
    const proposal = await createProposal(prisma, { partnerId: partner[name], challengeId, title: `提案 ${name}`, status, coordinatorId });
    proposalIds[`${name}:${challengeId}`] = proposal.id;
  };
  await propose("alice", small.id, "SUBMITTED");
  await propose("bob", small.id, "UNDER_REVIEW");
  await propose("carol", large.id, "SUBMITTED");
  await propose("drafty", large.id, "DRAFT");
  await propose("shy", large.id, "SUBMITTED");
  invalidatePartnerFeatures();
});

afterAll(async () => {
  const matches = await prisma.match.findMany({ where: { partnerId: { in: partnerIds } }, select: { id: true } });
  await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
  await prisma.match.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.proposal.deleteMany({ where: { partnerId: { in: partnerIds } } });
  await prisma.partnerProfile.deleteMany({ where: { id: { in: partnerIds } } });
  await prisma.challenge.deleteMany({ where: { id: { in: challengeIds } } });
  await cleanUpAccounts(ns, userIds);
});

const chosen = () => `?c=${small.number}&c=${large.number}`;

function load(query: string, cookie = cookies.coordinator) {
  return settle(() => loader({ request: getRequest(`/coordinate/matching/batch${query}`, cookie), params: {}, context: clientContext }));
}

async function post(values: Record<string, string | string[]>, cookie = cookies.coordinator) {
  const result = await settle(() =>
    action({ request: postRequest("/coordinate/matching/batch", cookie, values), params: {}, context: clientContext }),
  );
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), body: null };
  // data(…, { status }) comes back as a DataWithResponseInit; a plain object is a 200.
  const wrapped = result as unknown as { type?: string; data?: ActionData; init?: { status?: number } };
  if (wrapped.type === "DataWithResponseInit") return { status: wrapped.init?.status ?? 200, location: null, body: wrapped.data! };
  return { status: 200, location: null, body: result as unknown as ActionData };
}

const field = (name: keyof typeof partner) => `assign.${partner[name]}`;
const base = () => ({ c: [String(small.number), String(large.number)] });
const matchCount = () => prisma.match.count({ where: { partnerId: { in: partnerIds } } });

describe("the batch page", () => {
  it("is for coordinators only", async () => {
    const anonymous = (await load("", "")) as Response;
    expect(anonymous.status).toBe(302);
    expect(((await load("", cookies.resident)) as Response).status).toBe(403);
    expect((await post({ ...base(), intent: "confirm" }, cookies.resident)).status).toBe(403);
  });

  it("lists open and matching challenges with capacity and applicants, filtered by strategy", async () => {
    const data = (await load("?strategy=C")) as LoaderData;
    const row = data.challenges.find((challenge) => challenge.number === large.number);
    expect(row).toMatchObject({ capacity: 2, openMatches: 0, applicants: 2, status: "MATCHING" });
    expect(data.challenges.every((challenge) => challenge.strategyCode === "C")).toBe(true);
    expect(data.plan).toBeNull();
    const other = (await load("?strategy=A")) as LoaderData;
    expect(other.challenges.map((challenge) => challenge.number)).not.toContain(large.number);
  });

  it("proposes an assignment of the applicants within the capacities", async () => {
    const data = (await load(chosen())) as LoaderData;
    const plan = data.plan!;
    const ids = plan.applicants.map((applicant) => applicant.partnerId).sort();
    expect(ids).toEqual([partner.alice, partner.bob, partner.carol, partner.shy].sort());
    const shy = plan.applicants.find((applicant) => applicant.partnerId === partner.shy)!;
    expect(shy.eligible).toBe(false);
    expect(shy.options).toEqual([]);
    expect(plan.proposed[partner.shy]).toBeNull();
    const counts = new Map<number | null, number>();
    for (const value of Object.values(plan.proposed)) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect(counts.get(small.number) ?? 0).toBeLessThanOrEqual(1);
    expect(counts.get(large.number) ?? 0).toBeLessThanOrEqual(2);
    // Three eligible applicants, three places, every pair above the minimum fit: all three are placed.
    expect(Object.values(plan.proposed).filter((value) => value !== null)).toHaveLength(3);
    expect(plan.proposedTotal).toBeGreaterThan(0);
  });

  it("answers unknown, closed or malformed challenge choices without an error page", async () => {
    expect(((await load("?c=999999999")) as LoaderData).issues).toEqual([{ key: "challengeGone" }]);
    expect(((await load("?c=abc")) as LoaderData).issues).toEqual([{ key: "challengeGone" }]);
    expect(((await load(`?${Array.from({ length: 70 }, (_, i) => `c=${i + 1}`).join("&")}`)) as LoaderData).issues).toEqual([
      { key: "challengeGone" },
    ]);
    expect((await post({ c: "999999999", intent: "confirm" })).status).toBe(400);
    expect((await post({ intent: "confirm" })).status).toBe(400);
  });

  it("refuses tampered assignments with 400 and creates nothing", async () => {
    const before = await matchCount();
    const over = await post({ ...base(), [field("alice")]: String(small.number), [field("bob")]: String(small.number), intent: "confirm" });
    expect(over.status).toBe(400);
    expect(over.body!.issues).toContainEqual({ key: "overCapacity", values: { number: small.number, count: 2, free: 1 } });
    expect(over.body!.check!.assignment[partner.bob]).toBe(small.number); // the page keeps what was chosen
    const stranger = await post({ ...base(), [field("drafty")]: String(large.number), intent: "confirm" });
    expect(stranger.body!.issues.map((issue) => issue.key)).toContain("unknownApplicant");
    const twice = await post({ ...base(), [field("alice")]: [String(small.number), String(large.number)], intent: "confirm" });
    expect(twice.body!.issues.map((issue) => issue.key)).toContain("duplicate");
    const elsewhere = await post({ ...base(), [field("alice")]: "424242", intent: "confirm" });
    expect(elsewhere.body!.issues.map((issue) => issue.key)).toContain("notAllowed");
    const optedOut = await post({ ...base(), [field("shy")]: String(large.number), intent: "confirm" });
    expect(optedOut.status).toBe(400);
    expect(optedOut.body!.issues.map((issue) => issue.key)).toContain("notAllowed");
    const nothing = await post({ ...base(), intent: "confirm" });
    expect(nothing.body!.issues).toEqual([{ key: "nothingChosen" }]);
    expect(await matchCount()).toBe(before);
  });

  it("checks an adjusted assignment without creating anything, then confirms it as SUGGESTED matches", async () => {
    const adjusted = { ...base(), [field("alice")]: String(large.number), [field("bob")]: String(small.number), [field("carol")]: "" };
    const checked = await post({ ...adjusted, intent: "check" });
    expect(checked.status).toBe(200);
    expect(checked.body!.issues).toEqual([]);
    expect(checked.body!.check!.assignment).toMatchObject({
      [partner.alice]: large.number,
      [partner.bob]: small.number,
      [partner.carol]: null,
    });
    expect(await matchCount()).toBe(0);

    const confirmed = await post({ ...adjusted, intent: "confirm" });
    expect(confirmed).toMatchObject({ status: 302, location: "/coordinate/matching/batch?created=2" });
    const matches = await prisma.match.findMany({
      where: { partnerId: { in: partnerIds } },
      select: { partnerId: true, challengeId: true, proposalId: true, stage: true, ownerId: true, score: true, scoreFactors: true },
    });
    expect(matches).toHaveLength(2);
    const bob = matches.find((match) => match.partnerId === partner.bob)!;
    expect(bob).toMatchObject({
      challengeId: small.id,
      proposalId: proposalIds[`bob:${small.id}`],
      stage: "SUGGESTED",
      ownerId: coordinatorId,
    });
    expect(bob.score).toBeGreaterThan(0);
    expect(Array.isArray(bob.scoreFactors) && bob.scoreFactors.length).toBeGreaterThan(0);
    // Alice applied to the small challenge only: her match on the large one links no proposal.
    expect(matches.find((match) => match.partnerId === partner.alice)).toMatchObject({ challengeId: large.id, proposalId: null });
  });

  it("names a pair that already has an open match and re-checks capacity against the new matches", async () => {
    const data = (await load(chosen())) as LoaderData;
    const alice = data.plan!.applicants.find((applicant) => applicant.partnerId === partner.alice)!;
    expect(alice.openMatchOn).toEqual([large.number]);
    expect(data.plan!.challenges.find((challenge) => challenge.number === small.number)!.free).toBe(0);
    const before = await matchCount();
    const again = await post({
      ...base(),
      [field("alice")]: String(large.number),
      [field("carol")]: String(large.number),
      intent: "confirm",
    });
    expect(again.status).toBe(400);
    expect(again.body!.issues).toContainEqual({ key: "openMatch", values: { name: `一括 alice ${tag}`, number: large.number } });
    const full = await post({ ...base(), [field("carol")]: String(small.number), intent: "confirm" });
    expect(full.body!.issues).toContainEqual({ key: "overCapacity", values: { number: small.number, count: 1, free: 0 } });
    expect(await matchCount()).toBe(before);
  });
});
