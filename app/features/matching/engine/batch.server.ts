// Batch (cohort) assignment for coordinators: choose open challenges, take the partners who applied to any of
// them, let app/features/matching/engine/assignment.ts propose the assignment with the highest total fit under the free
// capacities, let the coordinator move people around, and create every chosen pair as a SUGGESTED match in one
// transaction (all or nothing) through createMatch.
//
// Applicants are the partners with a proposal on a chosen challenge that is past DRAFT and not WITHDRAWN or
// DECLINED. An applicant is assigned only to a chosen challenge they applied to, linked to that proposal; putting a
// partner on a challenge they did not apply to is done by hand, from the challenge's suggestions page. A partner
// who opted out of contact is still assigned to their own proposal's challenge (they asked for it: the opt-out is
// about being approached); an inactive (paused) partner is listed but never assigned. Free capacity = challenge
// capacity − its open matches (stages SUGGESTED…ACTIVE). A pair that already has an open match is no option, and an
// applicant with an open match on any chosen challenge is already placed: the plan built again proposes no one twice.
//
// Confirming is idempotent: a pair of the confirmed plan that already has an open match (the same plan confirmed a
// second time, in a second tab, by a second coordinator) is counted as "already there", never created again. The
// partial unique index "Match_open_pair_key" makes that hold when requests race: the loser's transaction is started
// again and then finds the winner's matches.
//
// Everything the coordinator sends back is checked again on the server against fresh data: challenge numbers,
// who the applicants are, that each appears once, that each pair is allowed, capacities (again inside the
// transaction). Scores are recomputed, never read from the form.
import type { Prisma } from "~/generated/prisma/client.ts";
import { createMatch } from "~/features/matching/match.server.ts";
import { shownPartnerName } from "~/features/partners/index.server.ts";
import { partnerHasLeft } from "~/features/matching/match-stages.ts";
import { prisma, serializableTransaction, type Db } from "~/kernel/db.server.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import { pickLanguage } from "~/kernel/localize.ts";
import { conflict, invalid, type ConflictFailure, type InvalidFailure, type Ok } from "~/kernel/result.ts";
import { collectTopCandidates, solveAssignment } from "./assignment.ts";
import { getPartnerFeatureIndex, loadChallengeFeatures, loadPartnerFeatures } from "./features.server.ts";
import { compileChallenge, explainFit, scoreOnly } from "./score.ts";
import { type RequestContext } from "~/kernel/auth/guards.server.ts";

/** At most this many challenges in one batch (the page lists every applicant of each). */
export const batchChallengeLimit = 60;
const matchableStatuses = ["OPEN", "MATCHING"] as const;
const applicantProposalStatuses = ["SUBMITTED", "UNDER_REVIEW", "NEEDS_INFO", "ACCEPTED"] as const;
const closedStages = ["COMPLETED", "ENDED"] as const;

// ───────────────────────────── Step 1: choosing challenges ─────────────────────────────

export type BatchChallengeOption = {
  number: number;
  title: string;
  strategyCode: string;
  status: string;
  capacity: number;
  openMatches: number;
  applicants: number;
};

/** Open and matching challenges, optionally of one strategy, with their capacity and applicant count. */
export async function listBatchChallenges(strategyCode: string | null, language: Language): Promise<BatchChallengeOption[]> {
  const rows = await prisma.challenge.findMany({
    where: {
      status: { in: [...matchableStatuses] },
      ...(strategyCode ? { strategy: { code: strategyCode } } : {}),
    },
    select: {
      id: true,
      number: true,
      titleJa: true,
      titleEn: true,
      status: true,
      capacity: true,
      strategy: { select: { code: true } },
    },
    orderBy: { number: "asc" },
  });
  const ids = rows.map((row) => row.id);
  const [applicants, matches] = await Promise.all([
    prisma.proposal.groupBy({
      by: ["challengeId"],
      where: {
        challengeId: { in: ids },
        status: { in: [...applicantProposalStatuses] },
      },
      _count: { _all: true },
    }),
    prisma.match.groupBy({
      by: ["challengeId"],
      where: { challengeId: { in: ids }, stage: { notIn: [...closedStages] } },
      _count: { _all: true },
    }),
  ]);
  const applicantCount = new Map(applicants.map((row) => [row.challengeId, row._count._all]));
  const matchCount = new Map(matches.map((row) => [row.challengeId, row._count._all]));
  return rows.map((row) => ({
    number: row.number,
    title: pickLanguage(language, row.titleJa, row.titleEn),
    strategyCode: row.strategy.code,
    status: row.status,
    capacity: row.capacity,
    openMatches: matchCount.get(row.id) ?? 0,
    applicants: applicantCount.get(row.id) ?? 0,
  }));
}

/** Challenge numbers from `c` parameters: positive integers, once each, at most batchChallengeLimit. */
export function parseBatchChallengeNumbers(values: readonly FormDataEntryValue[]): number[] | null {
  const numbers = new Set<number>();
  for (const value of values) {
    if (typeof value !== "string" || !/^\d{1,9}$/.test(value)) return null;
    const number = Number(value);
    if (number < 1) return null;
    numbers.add(number);
  }
  if (numbers.size > batchChallengeLimit) return null;
  return [...numbers].sort((x, y) => x - y);
}

// ───────────────────────────── Step 2: the proposed assignment ─────────────────────────────

export type BatchPlanChallenge = {
  id: string;
  number: number;
  title: string;
  capacity: number;
  openMatches: number;
  free: number;
};
export type BatchPlanApplicant = {
  partnerId: string;
  name: string;
  /** Their own proposals on the chosen challenges (challenge number → proposal id/number). */
  proposals: {
    challengeNumber: number;
    proposalId: string;
    proposalNumber: number;
  }[];
  /** False: inactive (paused), never assigned. */
  eligible: boolean;
  /** Opted out of being contacted: assigned only on their own proposals (as everyone in a batch is). */
  optedOut: boolean;
  /** Challenges this applicant may be put on (those applied to, without an open match), with the fit. */
  options: { challengeNumber: number; score: number }[];
  /** Chosen challenges where the pair already has an open match. */
  openMatchOn: number[];
};
export type BatchPlan = {
  challenges: BatchPlanChallenge[];
  applicants: BatchPlanApplicant[];
  /** Proposed (optimal) challenge per applicant, by partner id (null: unassigned). */
  proposed: Record<string, number | null>;
  proposedTotal: number;
};

type PlanInternals = {
  plan: BatchPlan;
  explain: (challengeNumber: number, partnerId: string) => { score: number; factors: Prisma.InputJsonValue } | null;
};

async function buildPlan(numbers: readonly number[], language: Language): Promise<PlanInternals | null> {
  const challengeRows = await prisma.challenge.findMany({
    where: {
      number: { in: [...numbers] },
      status: { in: [...matchableStatuses] },
    },
    select: {
      id: true,
      number: true,
      titleJa: true,
      titleEn: true,
      capacity: true,
    },
    orderBy: { number: "asc" },
  });
  if (challengeRows.length !== numbers.length || numbers.length === 0) return null;
  const challengeIds = challengeRows.map((row) => row.id);
  const [proposals, openMatches, features, index] = await Promise.all([
    prisma.proposal.findMany({
      where: {
        challengeId: { in: challengeIds },
        status: { in: [...applicantProposalStatuses] },
      },
      select: {
        id: true,
        number: true,
        challengeId: true,
        partner: { select: { id: true, displayName: true, openToContact: true, inactiveSince: true, deletedAt: true, archivedAt: true } },
      },
      orderBy: { number: "asc" },
    }),
    prisma.match.findMany({
      where: {
        challengeId: { in: challengeIds },
        stage: { notIn: [...closedStages] },
      },
      select: { challengeId: true, partnerId: true },
    }),
    loadChallengeFeatures({ id: { in: challengeIds } }),
    getPartnerFeatureIndex(),
  ]);
  const numberOf = new Map(challengeRows.map((row) => [row.id, row.number]));
  const applicantsById = new Map<string, BatchPlanApplicant>();
  for (const proposal of proposals) {
    const applicant = applicantsById.get(proposal.partner.id) ?? {
      partnerId: proposal.partner.id,
      name: shownPartnerName(proposal.partner.displayName, language),
      proposals: [],
      // A partner who left (deleted account, archived organisation) cannot be matched any more.
      eligible: proposal.partner.inactiveSince === null && !partnerHasLeft(proposal.partner),
      optedOut: !proposal.partner.openToContact,
      options: [],
      openMatchOn: [],
    };
    applicant.proposals.push({
      challengeNumber: numberOf.get(proposal.challengeId!)!,
      proposalId: proposal.id,
      proposalNumber: proposal.number,
    });
    applicantsById.set(applicant.partnerId, applicant);
  }
  const applicants = [...applicantsById.values()].sort((x, y) => x.name.localeCompare(y.name, "ja"));
  const partnerFeatures = await loadPartnerFeatures(applicants.map((applicant) => applicant.partnerId));
  // Scored for their own proposals, so the contact opt-out does not apply (as for a match from a proposal); a
  // paused partner stays out.
  const featuresById = new Map(
    partnerFeatures.map((partner) => [partner.id, { ...partner, eligible: applicantsById.get(partner.id)?.eligible ?? false }]),
  );
  const openPairs = new Set(openMatches.map((match) => `${match.challengeId}:${match.partnerId}`));
  const openCount = new Map<string, number>();
  for (const match of openMatches) openCount.set(match.challengeId, (openCount.get(match.challengeId) ?? 0) + 1);

  const challenges: BatchPlanChallenge[] = challengeRows.map((row) => {
    const open = openCount.get(row.id) ?? 0;
    return {
      id: row.id,
      number: row.number,
      title: pickLanguage(language, row.titleJa, row.titleEn),
      capacity: row.capacity,
      openMatches: open,
      free: Math.max(0, row.capacity - open),
    };
  });
  const featuresByChallenge = new Map(features.map((feature) => [feature.id, feature]));
  const compiled = challenges.map((challenge) => compileChallenge(featuresByChallenge.get(challenge.id)!, index.context));

  // The options: the challenges each applicant applied to, without an open match of the pair, for partners not
  // paused. The coordinator may pick any of them, so options keep every score.
  applicants.forEach((applicant) => {
    const partner = featuresById.get(applicant.partnerId);
    if (!partner) applicant.eligible = false;
    const applied = new Set(applicant.proposals.map((proposal) => proposal.challengeNumber));
    challenges.forEach((challenge, c) => {
      if (openPairs.has(`${challenge.id}:${applicant.partnerId}`)) {
        applicant.openMatchOn.push(challenge.number);
        return;
      }
      if (!partner?.eligible || !applied.has(challenge.number)) return;
      applicant.options.push({
        challengeNumber: challenge.number,
        score: Math.round(scoreOnly(compiled[c]!, partner) * 10) / 10,
      });
    });
  });
  // The proposal: only those options, and no one who is already placed on a chosen challenge (an open match there),
  // so building the same plan again after confirming it proposes nothing new. Anything else is no edge (−1).
  const problem = collectTopCandidates(
    challenges.map((challenge) => challenge.free),
    applicants.length,
    (c, out) => {
      const challenge = challenges[c]!;
      applicants.forEach((applicant, a) => {
        const partner = featuresById.get(applicant.partnerId);
        const allowed =
          applicant.openMatchOn.length === 0 && applicant.options.some((option) => option.challengeNumber === challenge.number);
        out[a] = partner && allowed ? scoreOnly(compiled[c]!, partner) : -1;
      });
    },
    0,
  );
  const result = solveAssignment(problem);
  const proposed: Record<string, number | null> = {};
  let proposedTotal = 0;
  applicants.forEach((applicant, a) => {
    const c = result.challengeOfApplicant[a]!;
    proposed[applicant.partnerId] = c === -1 ? null : challenges[c]!.number;
    if (c !== -1) proposedTotal += applicant.options.find((option) => option.challengeNumber === challenges[c]!.number)!.score;
  });
  return {
    plan: {
      challenges,
      applicants,
      proposed,
      proposedTotal: Math.round(proposedTotal * 10) / 10,
    },
    explain(challengeNumber, partnerId) {
      const c = challenges.findIndex((challenge) => challenge.number === challengeNumber);
      const partner = featuresById.get(partnerId);
      if (c === -1 || !partner) return null;
      const fit = explainFit(compiled[c]!, partner);
      return fit
        ? {
            score: fit.score,
            factors: fit.factors as unknown as Prisma.InputJsonValue,
          }
        : null;
    },
  };
}

/** The proposed assignment for the chosen challenge numbers; null when one is unknown or not open. */
export async function proposeBatch(numbers: readonly number[], language: Language): Promise<BatchPlan | null> {
  return (await buildPlan(numbers, language))?.plan ?? null;
}

// ───────────────────────────── Adjusting and confirming ─────────────────────────────

/** A problem with what was sent, as an i18n key under matching.batch.errors and its values. */
export type BatchIssue = {
  key: "unknownApplicant" | "duplicate" | "notAllowed" | "overCapacity" | "challengeGone" | "nothingChosen";
  values?: Record<string, string | number>;
};

export type BatchCheck = {
  assignment: Record<string, number | null>;
  total: number;
  issues: BatchIssue[];
  /** Chosen pairs that already have an open match (a plan confirmed before): nothing to create for them. */
  already: { partnerId: string; name: string; number: number }[];
};

/** Field name of an applicant's select. */
export const assignField = (partnerId: string) => `assign.${partnerId}`;

/** Reads the coordinator's assignment from the form and checks it against the plan (fresh from the database). */
export function checkAssignment(plan: BatchPlan, form: FormData): BatchCheck {
  const issues: BatchIssue[] = [];
  const known = new Set(plan.applicants.map((applicant) => applicant.partnerId));
  for (const key of new Set(form.keys())) {
    if (key.startsWith("assign.") && !known.has(key.slice("assign.".length))) issues.push({ key: "unknownApplicant" });
  }
  const assignment: Record<string, number | null> = {};
  const already: BatchCheck["already"] = [];
  const used = new Map<number, number>();
  let total = 0;
  for (const applicant of plan.applicants) {
    const values = form.getAll(assignField(applicant.partnerId));
    if (values.length > 1) issues.push({ key: "duplicate", values: { name: applicant.name } });
    const value = values[0];
    if (value === undefined || value === "") {
      assignment[applicant.partnerId] = null;
      continue;
    }
    const number = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    if (applicant.openMatchOn.includes(number)) {
      // What was asked for is there already (this plan confirmed before, elsewhere or by someone else).
      already.push({ partnerId: applicant.partnerId, name: applicant.name, number });
      assignment[applicant.partnerId] = null;
      continue;
    }
    const option = applicant.options.find((candidate) => candidate.challengeNumber === number);
    if (!option) {
      issues.push({ key: "notAllowed", values: { name: applicant.name } });
      assignment[applicant.partnerId] = null;
      continue;
    }
    assignment[applicant.partnerId] = number;
    used.set(number, (used.get(number) ?? 0) + 1);
    total += option.score;
  }
  for (const challenge of plan.challenges) {
    const count = used.get(challenge.number) ?? 0;
    if (count > challenge.free)
      issues.push({
        key: "overCapacity",
        values: { number: challenge.number, count, free: challenge.free },
      });
  }
  if (issues.length === 0 && used.size === 0 && already.length === 0) issues.push({ key: "nothingChosen" });
  return { assignment, total: Math.round(total * 10) / 10, issues, already };
}

/**
 * Created (how many new, how many were there already), or refused with the issues to show: "plan-invalid" when the
 * form does not hold up, "plan-outdated" when matches created since the page was drawn leave no room for it.
 */
export type BatchActionResult =
  | Ok<{ created: number; already: number }>
  | ((InvalidFailure<"plan-invalid"> | ConflictFailure<"plan-outdated">) & {
      plan: BatchPlan | null;
      check: BatchCheck | null;
      issues: BatchIssue[];
    });

/** A transaction that lost a race for a pair: started again, it finds the winner's match. */
class LostRace extends Error {
  constructor() {
    super("batch lost a race for a pair");
  }
}

class Refused extends Error {
  constructor(readonly issues: BatchIssue[]) {
    super("batch refused");
  }
}

/**
 * `intent=check` re-validates and shows the adjusted assignment; `intent=confirm` also creates the matches
 * (SUGGESTED, owned by the coordinator, linked to the partner's proposal on that challenge) in one transaction.
 * Pairs that already have an open match are not created again: confirming twice, at once or in two tabs, ends with
 * one set of matches and the second answer counts them as already there.
 */
export async function runBatchAction(
  form: FormData,
  actor: { userId: string },
  requestContext: RequestContext,
  language: Language,
): Promise<BatchActionResult | { ok: "checked"; plan: BatchPlan; check: BatchCheck }> {
  const numbers = parseBatchChallengeNumbers(form.getAll("c"));
  const built = numbers && numbers.length > 0 ? await buildPlan(numbers, language) : null;
  if (!built)
    return {
      ...invalid("plan-invalid"),
      plan: null,
      check: null,
      issues: [{ key: "challengeGone" }],
    };
  const { plan } = built;
  const check = checkAssignment(plan, form);
  if (check.issues.length > 0) return { ...invalid("plan-invalid"), plan, check, issues: check.issues };
  if (form.get("intent") !== "confirm") return { ok: "checked", plan, check };

  const pairs = plan.applicants.flatMap((applicant) => {
    const number = check.assignment[applicant.partnerId];
    if (number === null || number === undefined) return [];
    const challenge = plan.challenges.find((candidate) => candidate.number === number)!;
    const fit = built.explain(number, applicant.partnerId)!;
    const proposalId = applicant.proposals.find((proposal) => proposal.challengeNumber === number)?.proposalId ?? null;
    return [{ applicant, challenge, fit, proposalId }];
  });

  const confirm = (tx: Db) => confirmWithin(tx, plan, pairs, actor, requestContext);
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const created = await serializableTransaction(confirm);
        return { ok: true, created: created.created, already: created.already + check.already.length };
      } catch (error) {
        if (!(error instanceof LostRace) || attempt >= 4) throw error;
      }
    }
  } catch (error) {
    if (error instanceof Refused)
      return {
        ...conflict("plan-outdated"),
        plan,
        check,
        issues: error.issues,
      };
    throw error;
  }
}

type BatchPair = {
  applicant: BatchPlanApplicant;
  challenge: BatchPlanChallenge;
  fit: { score: number; factors: Prisma.InputJsonValue };
  proposalId: string | null;
};

/** Creates the pairs that have no open match yet, within the free capacities, or throws Refused / LostRace. */
async function confirmWithin(
  tx: Db,
  plan: BatchPlan,
  pairs: readonly BatchPair[],
  actor: { userId: string },
  requestContext: RequestContext,
): Promise<{ created: number; already: number }> {
  // The open matches now (this transaction's snapshot): pairs already there are skipped, capacities re-checked.
  const open = await tx.match.findMany({
    where: {
      challengeId: { in: plan.challenges.map((challenge) => challenge.id) },
      stage: { notIn: [...closedStages] },
    },
    select: { challengeId: true, partnerId: true },
  });
  const openPairs = new Set(open.map((match) => `${match.challengeId}:${match.partnerId}`));
  const openById = new Map<string, number>();
  for (const match of open) openById.set(match.challengeId, (openById.get(match.challengeId) ?? 0) + 1);
  const fresh = pairs.filter((pair) => !openPairs.has(`${pair.challenge.id}:${pair.applicant.partnerId}`));
  const issues: BatchIssue[] = [];
  for (const challenge of plan.challenges) {
    const count = fresh.filter((pair) => pair.challenge.id === challenge.id).length;
    const free = Math.max(0, challenge.capacity - (openById.get(challenge.id) ?? 0));
    if (count > free)
      issues.push({
        key: "overCapacity",
        values: { number: challenge.number, count, free },
      });
  }
  if (issues.length > 0) throw new Refused(issues);
  for (const pair of fresh) {
    const result = await createMatch({
      challengeId: pair.challenge.id,
      partnerId: pair.applicant.partnerId,
      proposalId: pair.proposalId,
      ownerId: actor.userId,
      score: pair.fit.score,
      scoreFactors: pair.fit.factors,
      actor,
      requestContext,
      tx,
    });
    // Another request created the pair since this snapshot (the index refused ours and aborted the transaction).
    if (!result.ok && result.reason === "open-match-exists") throw new LostRace();
    if (!result.ok) throw new Refused([{ key: "challengeGone" }]);
  }
  return { created: fresh.length, already: pairs.length - fresh.length };
}
