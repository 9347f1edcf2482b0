// Batch (cohort) assignment through its loader and action against the real database: coordinators only, who the
// applicants are, a proposal within the free capacities, tampered or stale forms answered with 400 (never 500)
// and nothing created, an adjusted assignment confirmed as SUGGESTED matches in one go, and a pair that already
// has an open match named in the refusal.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invalidatePartnerFeatures } from "../../app/features/matching/engine/features.server.ts";
import { action, loader } from "~/routes/coordinate.matching.batch.tsx";
import { challengeSuggestionsAction } from "../../app/features/matching/suggestion-pages.server.ts";
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

let cookies: { coordinator: string; resident: string; second: string };
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
  const second = await createUser(prisma, { email: ns.email("second"), displayName: `調整役2 ${tag}`, roles: ["COORDINATOR"] });
  userIds.push(coordinator.id, resident.id, second.id);
  cookies = {
    coordinator: await sessionCookie(coordinator.id),
    resident: await sessionCookie(resident.id),
    second: await sessionCookie(second.id),
  };
  const first = await createChallenge(prisma, { strategyCode: "C", titleJa: `一括試験 小 ${tag}`, status: "OPEN", capacity: 1 });
  const big = await createChallenge(prisma, { strategyCode: "C", titleJa: `一括試験 大 ${tag}`, status: "MATCHING", capacity: 2 });
  small = { id: first.id, number: first.number };
  large = { id: big.id, number: big.number };
  challengeIds.push(first.id, big.id);
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

  it("proposes an assignment of the applicants to the challenges they applied to, within the capacities", async () => {
    const data = (await load(chosen())) as LoaderData;
    const plan = data.plan!;
    const ids = plan.applicants.map((applicant) => applicant.partnerId).sort();
    expect(ids).toEqual([partner.alice, partner.bob, partner.carol, partner.shy].sort());
    // Shy does not want to be approached, but asked for this challenge herself: her own proposal is hers to have.
    const shy = plan.applicants.find((applicant) => applicant.partnerId === partner.shy)!;
    expect(shy).toMatchObject({ eligible: true, optedOut: true });
    expect(shy.options.map((option) => option.challengeNumber)).toEqual([large.number]);
    expect(plan.proposed[partner.shy]).toBe(large.number);
    // Alice and Bob applied to the small challenge only: one gets its one place, the other stays unassigned even
    // though the large challenge has room (they never applied to it).
    expect([plan.proposed[partner.alice], plan.proposed[partner.bob]].sort()).toEqual([null, small.number].sort());
    const alice = plan.applicants.find((applicant) => applicant.partnerId === partner.alice)!;
    expect(alice.options.map((option) => option.challengeNumber)).toEqual([small.number]);
    expect(plan.proposed[partner.carol]).toBe(large.number);
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
    const optedOut = await post({ ...base(), [field("shy")]: String(small.number), intent: "confirm" });
    expect(optedOut.status).toBe(400);
    expect(optedOut.body!.issues.map((issue) => issue.key)).toContain("notAllowed");
    const notApplied = await post({ ...base(), [field("alice")]: String(large.number), intent: "confirm" });
    expect(notApplied.status).toBe(400);
    expect(notApplied.body!.issues).toContainEqual({ key: "notAllowed", values: { name: `一括 alice ${tag}` } });
    const nothing = await post({ ...base(), intent: "confirm" });
    expect(nothing.body!.issues).toEqual([{ key: "nothingChosen" }]);
    expect(await matchCount()).toBe(before);
  });

  it("checks an adjusted assignment without creating anything, then confirms it as SUGGESTED matches", async () => {
    const adjusted = { ...base(), [field("bob")]: String(small.number), [field("carol")]: "", [field("shy")]: String(large.number) };
    const checked = await post({ ...adjusted, intent: "check" });
    expect(checked.status).toBe(200);
    expect(checked.body!.issues).toEqual([]);
    expect(checked.body!.check!.assignment).toMatchObject({
      [partner.alice]: null,
      [partner.bob]: small.number,
      [partner.carol]: null,
      [partner.shy]: large.number,
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
    // The opted-out applicant is matched on her own proposal, with a score like anyone else's.
    const shy = matches.find((match) => match.partnerId === partner.shy)!;
    expect(shy).toMatchObject({ challengeId: large.id, proposalId: proposalIds[`shy:${large.id}`], stage: "SUGGESTED" });
    expect(shy.score).toBeGreaterThan(0);
  });

  it("takes a pair that already has an open match as done, and re-checks capacity against the new matches", async () => {
    const data = (await load(chosen())) as LoaderData;
    const shy = data.plan!.applicants.find((applicant) => applicant.partnerId === partner.shy)!;
    expect(shy.openMatchOn).toEqual([large.number]);
    expect(data.plan!.proposed[partner.shy]).toBeNull();
    expect(data.plan!.challenges.find((challenge) => challenge.number === small.number)!.free).toBe(0);
    const before = await matchCount();
    const full = await post({ ...base(), [field("alice")]: String(small.number), intent: "confirm" });
    expect(full.status).toBe(400);
    expect(full.body!.issues).toContainEqual({ key: "overCapacity", values: { number: small.number, count: 1, free: 0 } });
    expect(await matchCount()).toBe(before);
    const again = await post({
      ...base(),
      [field("shy")]: String(large.number),
      [field("carol")]: String(large.number),
      intent: "confirm",
    });
    expect(again).toMatchObject({ status: 302, location: "/coordinate/matching/batch?created=1&already=1" });
    expect(await matchCount()).toBe(before + 1);
    expect(await prisma.match.count({ where: { partnerId: partner.shy } })).toBe(1);
  });
});

// ───────────────────────────── Confirming twice, at once, or with overlapping plans ─────────────────────────────

describe("confirming a batch", () => {
  // X takes one partner (p1 and p2 applied), Y two (p3 applied), Z one (quiet, who opted out of contact, applied).
  const crowd: Record<"p1" | "p2" | "p3" | "quiet", string> = { p1: "", p2: "", p3: "", quiet: "" };
  const names: Record<string, string> = {};
  let x: { id: string; number: number };
  let y: { id: string; number: number };
  let z: { id: string; number: number };

  beforeAll(async () => {
    const make = async (label: string, capacity: number) => {
      const row = await createChallenge(prisma, { strategyCode: "C", titleJa: `二重確定 ${label} ${tag}`, status: "OPEN", capacity });
      challengeIds.push(row.id);
      return { id: row.id, number: row.number };
    };
    x = await make("X", 1);
    y = await make("Y", 2);
    z = await make("Z", 1);
    for (const name of Object.keys(crowd) as (keyof typeof crowd)[]) {
      names[name] = `二重 ${name} ${tag}`;
      const created = await createPartner(prisma, {
        displayName: names[name],
        strategyCodes: ["C"],
        openToContact: name !== "quiet",
        languages: ["ja"],
      });
      crowd[name] = created.id;
      partnerIds.push(created.id);
    }
    const apply = (name: keyof typeof crowd, challengeId: string) =>
      createProposal(prisma, { partnerId: crowd[name], challengeId, title: `応募 ${name}`, status: "SUBMITTED", coordinatorId });
    await apply("p1", x.id);
    await apply("p2", x.id);
    await apply("p3", y.id);
    await apply("quiet", z.id);
    invalidatePartnerFeatures();
  });

  beforeEach(async () => {
    const ids = Object.values(crowd);
    const matches = await prisma.match.findMany({ where: { partnerId: { in: ids } }, select: { id: true } });
    await prisma.auditLog.deleteMany({ where: { targetType: "match", targetId: { in: matches.map((match) => match.id) } } });
    await prisma.match.deleteMany({ where: { partnerId: { in: ids } } });
  });

  const xyz = () => [String(x.number), String(y.number), String(z.number)];
  const crowdMatches = () =>
    prisma.match.findMany({
      where: { partnerId: { in: Object.values(crowd) } },
      select: { challengeId: true, partnerId: true, proposalId: true, stage: true },
    });
  /** The proposed plan, as the page's form would post it. */
  async function proposedForm(): Promise<Record<string, string | string[]>> {
    const plan = ((await load(`?c=${x.number}&c=${y.number}&c=${z.number}`)) as LoaderData).plan!;
    const form: Record<string, string | string[]> = { c: xyz(), intent: "confirm" };
    for (const applicant of plan.applicants) form[`assign.${applicant.partnerId}`] = String(plan.proposed[applicant.partnerId] ?? "");
    return form;
  }
  function expectNoPairTwice(matches: { challengeId: string; partnerId: string }[]) {
    const pairs = matches.map((match) => `${match.challengeId}:${match.partnerId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  }

  it("assigns applicants only to what they applied to, the opted-out one to her own proposal", async () => {
    const form = await proposedForm();
    // One of p1/p2 gets X's one place; the other stays unassigned although Y has room.
    expect([form[`assign.${crowd.p1}`], form[`assign.${crowd.p2}`]].sort()).toEqual(["", String(x.number)].sort());
    expect(form[`assign.${crowd.p3}`]).toBe(String(y.number));
    expect(form[`assign.${crowd.quiet}`]).toBe(String(z.number));
    const confirmed = await post(form);
    expect(confirmed).toMatchObject({ status: 302, location: "/coordinate/matching/batch?created=3" });
    const matches = await crowdMatches();
    expect(matches).toHaveLength(3);
    expect(matches.filter((match) => match.challengeId === y.id).map((match) => match.partnerId)).toEqual([crowd.p3]);
    expect(matches.find((match) => match.partnerId === crowd.quiet)).toMatchObject({ challengeId: z.id, stage: "SUGGESTED" });
    expect(matches.find((match) => match.partnerId === crowd.quiet)!.proposalId).not.toBeNull();
    // A crafted form cannot put the left-out applicant on Y either.
    const left = form[`assign.${crowd.p1}`] === "" ? crowd.p1 : crowd.p2;
    const crafted = await post({ c: xyz(), [`assign.${left}`]: String(y.number), intent: "confirm" });
    expect(crafted.status).toBe(400);
    expect(crafted.body!.issues.map((issue) => issue.key)).toContain("notAllowed");
    expect(await crowdMatches()).toHaveLength(3);
  });

  it("confirming the same plan twice, or building it again and confirming, creates one set of matches", async () => {
    const form = await proposedForm();
    expect(await post(form)).toMatchObject({ status: 302, location: "/coordinate/matching/batch?created=3" });
    const first = await crowdMatches();
    expect(first).toHaveLength(3);
    // The same form again (a second click, a second tab): nothing new, and it says so.
    expect(await post(form)).toMatchObject({ status: 302, location: "/coordinate/matching/batch?created=0&already=3" });
    // …and the page it lands on says the plan was already confirmed.
    expect(((await load("?created=0&already=3")) as LoaderData).confirmed).toEqual({ created: 0, already: 3 });
    expect(((await load("?created=0")) as LoaderData).confirmed).toBeNull();
    // The plan built again: everyone who could be placed is placed, so it proposes no one.
    const rebuilt = await proposedForm();
    expect(Object.entries(rebuilt).filter(([key, value]) => key.startsWith("assign.") && value !== "")).toEqual([]);
    expect((await post(rebuilt)).status).toBe(400);
    const after = await crowdMatches();
    expect(after).toHaveLength(3);
    expectNoPairTwice(after);
  });

  it("confirming the same plan three times at once creates one set of matches, and every answer says where it stands", async () => {
    const form = await proposedForm();
    const results = await Promise.all([post(form), post(form), post(form)]);
    expect(results.map((result) => result.status)).toEqual([302, 302, 302]);
    expect(results.map((result) => result.location).sort()).toEqual([
      "/coordinate/matching/batch?created=0&already=3",
      "/coordinate/matching/batch?created=0&already=3",
      "/coordinate/matching/batch?created=3",
    ]);
    const matches = await crowdMatches();
    expect(matches).toHaveLength(3);
    expectNoPairTwice(matches);
  });

  it("two coordinators confirming overlapping plans at once never give a pair two open matches", async () => {
    const mine = { c: xyz(), [`assign.${crowd.p1}`]: String(x.number), [`assign.${crowd.p3}`]: String(y.number), intent: "confirm" };
    const theirs = {
      c: xyz(),
      [`assign.${crowd.p1}`]: String(x.number),
      [`assign.${crowd.quiet}`]: String(z.number),
      intent: "confirm",
    };
    const results = await Promise.all([post(mine), post(theirs, cookies.second)]);
    expect(results.map((result) => result.status)).toEqual([302, 302]);
    const matches = await crowdMatches();
    expectNoPairTwice(matches);
    expect(matches.map((match) => `${match.challengeId}:${match.partnerId}`).sort()).toEqual(
      [`${x.id}:${crowd.p1}`, `${y.id}:${crowd.p3}`, `${z.id}:${crowd.quiet}`].sort(),
    );
  });

  it("two coordinators filling the same last place at once: one succeeds, the other is told the plan is outdated", async () => {
    const mine = { c: xyz(), [`assign.${crowd.p1}`]: String(x.number), intent: "confirm" };
    const theirs = { c: xyz(), [`assign.${crowd.p2}`]: String(x.number), intent: "confirm" };
    const results = await Promise.all([post(mine), post(theirs, cookies.second)]);
    expect(results.map((result) => result.status).sort()).toEqual([302, 409]);
    const refused = results.find((result) => result.status === 409)!;
    expect(refused.body!.issues).toContainEqual({ key: "overCapacity", values: { number: x.number, count: 1, free: 0 } });
    expect((await crowdMatches()).filter((match) => match.challengeId === x.id)).toHaveLength(1);
  });

  it("a coordinator can still add a partner who did not apply by hand, from the challenge's suggestions", async () => {
    await post(await proposedForm());
    const left = (await crowdMatches()).some((match) => match.partnerId === crowd.p1) ? crowd.p2 : crowd.p1;
    const path = `/coordinate/challenges/${y.number}/suggestions`;
    const created = await challengeSuggestionsAction(
      postRequest(path, cookies.coordinator, { intent: "create", partnerId: left }),
      {},
      y.number,
    );
    expect(created.data).toMatchObject({ ok: true });
    expect(
      (await crowdMatches())
        .filter((match) => match.challengeId === y.id)
        .map((match) => match.partnerId)
        .sort(),
    ).toEqual([crowd.p3, left].sort());
  });
});
