import { describe, expect, it } from "vitest";
import {
  collectTopCandidates,
  edgesFromList,
  greedyAssignment,
  pruneToTopCandidates,
  solveAssignment,
  type AssignmentProblem,
} from "../../app/features/matching/engine/assignment.ts";

type Edge = { challenge: number; applicant: number; score: number };

/** A small deterministic pseudo-random generator, so a failing instance can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

function problemOf(capacities: number[], applicantCount: number, list: Edge[]): AssignmentProblem {
  return { capacities, applicantCount, edges: edgesFromList(list) };
}

/** Exhaustive search: every applicant either unassigned or on one of its edges' challenges. */
function bruteForce(capacities: number[], applicantCount: number, list: Edge[]) {
  const options: Edge[][] = Array.from({ length: applicantCount }, () => []);
  for (const edge of list) options[edge.applicant]!.push(edge);
  const used = capacities.map(() => 0);
  let best = 0;
  function walk(a: number, total: number) {
    if (a === applicantCount) {
      best = Math.max(best, total);
      return;
    }
    walk(a + 1, total);
    for (const edge of options[a]!) {
      if (used[edge.challenge]! >= capacities[edge.challenge]!) continue;
      used[edge.challenge]! += 1;
      walk(a + 1, total + edge.score);
      used[edge.challenge]! -= 1;
    }
  }
  walk(0, 0);
  return best;
}

/** The result is feasible: capacities kept, only existing edges used, total matches the chosen edges. */
function expectFeasible(problem: AssignmentProblem, result: ReturnType<typeof solveAssignment>, list: Edge[]) {
  const used = Array.from(problem.capacities, () => 0);
  let total = 0;
  result.challengeOfApplicant.forEach((c, a) => {
    if (c === -1) return;
    const edge = list.find((candidate) => candidate.challenge === c && candidate.applicant === a);
    expect(edge, `applicant ${a} on challenge ${c} without an edge`).toBeDefined();
    total += edge!.score;
    used[c]! += 1;
  });
  used.forEach((count, c) => expect(count).toBeLessThanOrEqual(Math.max(0, problem.capacities[c]!)));
  expect(result.total).toBeCloseTo(total, 9);
}

function randomInstance(seed: number, options: { integerScores: boolean }) {
  const next = random(seed);
  const challengeCount = 1 + Math.floor(next() * 4);
  const applicantCount = 1 + Math.floor(next() * 6);
  const capacities = Array.from({ length: challengeCount }, () => 1 + Math.floor(next() * 3));
  const density = 0.3 + next() * 0.7;
  const list: Edge[] = [];
  for (let c = 0; c < challengeCount; c += 1) {
    for (let a = 0; a < applicantCount; a += 1) {
      if (next() > density) continue;
      // Few distinct values make ties common, which is where exchange arguments usually break.
      const score = options.integerScores ? 1 + Math.floor(next() * 6) : Math.round(next() * 100_000) / 1000;
      list.push({ challenge: c, applicant: a, score });
    }
  }
  return { capacities, applicantCount, list };
}

describe("solveAssignment against brute force", () => {
  it("finds the optimum on 1,500 small random instances with tied integer scores", () => {
    for (let seed = 1; seed <= 1500; seed += 1) {
      const { capacities, applicantCount, list } = randomInstance(seed, { integerScores: true });
      const problem = problemOf(capacities, applicantCount, list);
      const result = solveAssignment(problem);
      expectFeasible(problem, result, list);
      expect(result.total, `seed ${seed}`).toBe(bruteForce(capacities, applicantCount, list));
      expect(result.total).toBeGreaterThanOrEqual(greedyAssignment(problem).total);
    }
  });

  it("finds the optimum on 1,500 small random instances with fractional scores", () => {
    for (let seed = 10_001; seed <= 11_500; seed += 1) {
      const { capacities, applicantCount, list } = randomInstance(seed, { integerScores: false });
      const problem = problemOf(capacities, applicantCount, list);
      const result = solveAssignment(problem);
      expectFeasible(problem, result, list);
      expect(result.total, `seed ${seed}`).toBeCloseTo(bruteForce(capacities, applicantCount, list), 9);
    }
  });

  it("beats greedy where greedy is trapped", () => {
    // Greedy takes (0,0)=10 and then has nowhere for challenge 1; the optimum is 9 + 8.
    const list = [
      { challenge: 0, applicant: 0, score: 10 },
      { challenge: 0, applicant: 1, score: 9 },
      { challenge: 1, applicant: 0, score: 8 },
    ];
    const problem = problemOf([1, 1], 2, list);
    expect(greedyAssignment(problem).total).toBe(10);
    const result = solveAssignment(problem);
    expect(result.total).toBe(17);
    expect(Array.from(result.challengeOfApplicant)).toEqual([1, 0]);
  });

  it("moves applicants along a chain of challenges when that adds fit", () => {
    const list = [
      { challenge: 0, applicant: 0, score: 5 },
      { challenge: 1, applicant: 0, score: 4 },
      { challenge: 1, applicant: 1, score: 5 },
      { challenge: 2, applicant: 1, score: 4 },
      { challenge: 2, applicant: 2, score: 5 },
      { challenge: 0, applicant: 2, score: 1 },
    ];
    const result = solveAssignment(problemOf([1, 1, 1], 3, list));
    expect(result.total).toBe(15);
    expect(result.assignedCount).toBe(3);
  });
});

describe("solveAssignment edge cases", () => {
  it("assigns nothing without edges", () => {
    const result = solveAssignment(problemOf([2, 3], 4, []));
    expect(result.total).toBe(0);
    expect(result.assignedCount).toBe(0);
    expect(Array.from(result.challengeOfApplicant)).toEqual([-1, -1, -1, -1]);
  });

  it("handles no challenges and no applicants", () => {
    expect(solveAssignment(problemOf([], 0, [])).assignedCount).toBe(0);
    expect(solveAssignment(problemOf([], 3, [])).assignedCount).toBe(0);
  });

  it("leaves slots empty when there are more slots than applicants", () => {
    const list = [
      { challenge: 0, applicant: 0, score: 3 },
      { challenge: 1, applicant: 0, score: 7 },
      { challenge: 1, applicant: 1, score: 2 },
    ];
    const result = solveAssignment(problemOf([5, 5], 2, list));
    expect(result.total).toBe(9);
    expect(Array.from(result.challengeOfApplicant)).toEqual([1, 1]);
  });

  it("never uses a challenge with zero (or negative) capacity", () => {
    const list = [
      { challenge: 0, applicant: 0, score: 90 },
      { challenge: 1, applicant: 0, score: 10 },
      { challenge: 2, applicant: 1, score: 50 },
    ];
    const result = solveAssignment(problemOf([0, 1, -2], 2, list));
    expect(Array.from(result.challengeOfApplicant)).toEqual([1, -1]);
    expect(result.total).toBe(10);
  });

  it("reaches the optimal total with ties, deterministically", () => {
    const list = [0, 1, 2].flatMap((c) => [0, 1, 2, 3].map((a) => ({ challenge: c, applicant: a, score: 50 })));
    const problem = problemOf([1, 1, 1], 4, list);
    const first = solveAssignment(problem);
    expect(first.total).toBe(150);
    expect(first.assignedCount).toBe(3);
    expect(Array.from(solveAssignment(problem).challengeOfApplicant)).toEqual(Array.from(first.challengeOfApplicant));
  });

  it("does not assign pairs that add no fit", () => {
    const list = [
      { challenge: 0, applicant: 0, score: 0 },
      { challenge: 0, applicant: 1, score: -5 },
    ];
    const result = solveAssignment(problemOf([2], 2, list));
    expect(result.assignedCount).toBe(0);
    expect(result.total).toBe(0);
  });

  it("keeps the best copy of a repeated pair", () => {
    const list = [
      { challenge: 0, applicant: 0, score: 4 },
      { challenge: 0, applicant: 0, score: 9 },
    ];
    expect(solveAssignment(problemOf([1], 1, list)).total).toBe(9);
  });

  it("rejects edges that point outside the problem", () => {
    expect(() => solveAssignment(problemOf([1], 1, [{ challenge: 1, applicant: 0, score: 1 }]))).toThrow(RangeError);
    expect(() => solveAssignment(problemOf([1], 1, [{ challenge: 0, applicant: 1, score: 1 }]))).toThrow(RangeError);
    expect(() => solveAssignment(problemOf([1], 1, [{ challenge: 0, applicant: 0, score: Number.NaN }]))).toThrow(RangeError);
  });
});

describe("pruneToTopCandidates", () => {
  it("keeps each challenge's top-S edges and never changes the optimum", () => {
    for (let seed = 501; seed <= 900; seed += 1) {
      const next = random(seed);
      const challengeCount = 2 + Math.floor(next() * 3);
      const applicantCount = 8 + Math.floor(next() * 12);
      const capacities = Array.from({ length: challengeCount }, () => Math.floor(next() * 3));
      const list: Edge[] = [];
      for (let c = 0; c < challengeCount; c += 1) {
        for (let a = 0; a < applicantCount; a += 1) {
          if (next() < 0.8) list.push({ challenge: c, applicant: a, score: 1 + Math.floor(next() * 20) });
        }
      }
      const problem = problemOf(capacities, applicantCount, list);
      const pruned = pruneToTopCandidates(problem);
      const slots = capacities.reduce((sum, capacity) => sum + capacity, 0);
      for (let c = 0; c < challengeCount; c += 1) {
        const kept = Array.from(pruned.edges.challenge).filter((value) => value === c).length;
        expect(kept).toBe(Math.min(slots, list.filter((edge) => edge.challenge === c).length));
      }
      const full = solveAssignment(problem).total;
      expect(solveAssignment(pruned).total, `seed ${seed}`).toBe(full);
      if ((challengeCount + 1) ** applicantCount <= 100_000) expect(full).toBe(bruteForce(capacities, applicantCount, list));
    }
  });
});

describe("collectTopCandidates", () => {
  it("keeps the same candidates as scoring every pair and pruning, dropping fits below the minimum", () => {
    for (let seed = 2001; seed <= 2200; seed += 1) {
      const next = random(seed);
      const challengeCount = 1 + Math.floor(next() * 4);
      const applicantCount = 5 + Math.floor(next() * 20);
      const capacities = Array.from({ length: challengeCount }, () => Math.floor(next() * 3));
      // Distinct scores per row, so which of several equal candidates is kept cannot differ.
      const matrix = Array.from({ length: challengeCount }, () => Array.from({ length: applicantCount }, () => next() * 100));
      const list = matrix.flatMap((row, c) => row.flatMap((score, a) => (score >= 20 ? [{ challenge: c, applicant: a, score }] : [])));
      const collected = collectTopCandidates(capacities, applicantCount, (c, out) => out.set(matrix[c]!), 20);
      const pruned = pruneToTopCandidates(problemOf(capacities, applicantCount, list));
      expect(Array.from(collected.edges.challenge)).toEqual(Array.from(pruned.edges.challenge));
      expect(Array.from(collected.edges.applicant)).toEqual(Array.from(pruned.edges.applicant));
      expect(Array.from(collected.edges.score)).toEqual(Array.from(pruned.edges.score));
      expect(solveAssignment(collected).total).toBeCloseTo(solveAssignment(problemOf(capacities, applicantCount, list)).total, 9);
    }
  });
});
