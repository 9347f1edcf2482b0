// Batch (cohort) assignment: given challenges with capacities, applicants and a fit score for every allowed
// challenge × applicant pair, find the assignment that MAXIMISES TOTAL FIT, each applicant used at most once,
// no challenge over its capacity, a slot may stay empty, a pair without an edge is never assigned.
//
// Pure and exact (no greedy): a min-cost flow (source → challenge [capacity] → applicant [1] → sink, cost
// −score) solved by successive shortest paths with Dijkstra on reduced costs (potentials). It stops as soon as
// the cheapest augmenting path no longer adds fit, so the result is the maximum-weight flow of any size (the
// cost of the k-th path never decreases with k, a standard property of successive shortest paths).
//
// Two things make it fast enough for 300 challenges × 20,000 applicants:
//
// 1. Pruning (pruneToTopCandidates). Let S be the total number of slots. Each challenge only needs its S
//    best-scoring candidate edges. Proof: take any optimal assignment in which challenge c holds an applicant a
//    that is not among c's top-S edges. At most S assignments exist in total, so apart from a there are at most
//    S − 1 assigned applicants, and at least one applicant b of c's top-S list is unassigned. score(c,b) ≥
//    score(c,a), so moving c's slot from a to b keeps every capacity and does not lower the total; it also
//    strictly increases the number of assignments that use top-S edges. Repeating ends with an optimal
//    assignment that uses only top-S edges, so removing the others cannot change the optimum.
//
// 2. A compressed residual graph. A shortest augmenting path alternates challenge → applicant. An applicant
//    already assigned to c2 can only be left through its reverse edge back to c2, so "c1 → a → c2" (a moves
//    from c2 to c1) is one challenge-to-challenge step costing score(c2,a) − score(c1,a); a free applicant leads
//    straight to the sink. Applicants once assigned stay assigned (no shortest s–t path passes through the sink),
//    so each challenge's best free candidate is found by a pointer that only moves forward along its sorted list.
//    Dijkstra then runs on a dense graph of C challenge nodes (O(C²) per path, at most S paths) with the
//    cheapest transition per challenge pair kept in a C×C table that is refreshed only for the challenges on the
//    augmented path. Potentials on challenges (and the sink) are enough: applicant potentials cancel out along
//    each two-edge step. Everything is in typed arrays; there are no per-edge objects in the hot loops.

export type AssignmentEdges = {
  /** Challenge index (0 … capacities.length − 1) of each edge. */
  challenge: Int32Array;
  /** Applicant index (0 … applicantCount − 1) of each edge. */
  applicant: Int32Array;
  /** Fit of each edge (finite; higher is better). */
  score: Float64Array;
};

export type AssignmentProblem = {
  /** Slots per challenge (negative or fractional values are floored at 0 / truncated). */
  capacities: ArrayLike<number>;
  applicantCount: number;
  edges: AssignmentEdges;
};

export type AssignmentResult = {
  /** For each applicant, the challenge index it is assigned to, or −1. */
  challengeOfApplicant: Int32Array;
  /** Sum of the scores of the chosen pairs. */
  total: number;
  /** Number of assigned pairs. */
  assignedCount: number;
};

/**
 * Pairs scoring below this fit (0–100, app/features/matching/engine/score.ts) are no edge at all: batch assignment never
 * proposes a partner for a challenge they barely fit.
 */
export const batchMinimumFit = 20;

/** Gains not above this are treated as no gain (guards against floating-point noise). */
const EPSILON = 1e-9;

function slotCounts(capacities: ArrayLike<number>): Int32Array {
  const result = new Int32Array(capacities.length);
  for (let c = 0; c < capacities.length; c += 1) {
    const value = Math.trunc(Number(capacities[c]));
    result[c] = Number.isFinite(value) && value > 0 ? value : 0;
  }
  return result;
}

function validate(problem: AssignmentProblem) {
  const { challenge, applicant, score } = problem.edges;
  const challengeCount = problem.capacities.length;
  if (challenge.length !== applicant.length || challenge.length !== score.length) throw new RangeError("edge arrays differ in length");
  if (!Number.isInteger(problem.applicantCount) || problem.applicantCount < 0) throw new RangeError("bad applicant count");
  for (let e = 0; e < challenge.length; e += 1) {
    if (challenge[e]! < 0 || challenge[e]! >= challengeCount) throw new RangeError(`edge ${e}: challenge out of range`);
    if (applicant[e]! < 0 || applicant[e]! >= problem.applicantCount) throw new RangeError(`edge ${e}: applicant out of range`);
    if (!Number.isFinite(score[e]!)) throw new RangeError(`edge ${e}: score is not finite`);
  }
}

/** Edges grouped by challenge (compressed rows), each row sorted by score, best first; duplicates keep the best. */
type ChallengeRows = { start: Int32Array; applicant: Int32Array; score: Float64Array };

function rowsByChallenge(challengeCount: number, edges: AssignmentEdges, keepPerChallenge: number): ChallengeRows {
  const edgeCount = edges.challenge.length;
  const count = new Int32Array(challengeCount + 1);
  for (let e = 0; e < edgeCount; e += 1) count[edges.challenge[e]! + 1]! += 1;
  for (let c = 0; c < challengeCount; c += 1) count[c + 1]! += count[c]!;
  const fill = count.slice(0, challengeCount);
  const order = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e += 1) order[fill[edges.challenge[e]!]!++] = e;

  const start = new Int32Array(challengeCount + 1);
  const keptApplicant: number[] = [];
  const keptScore: number[] = [];
  for (let c = 0; c < challengeCount; c += 1) {
    start[c] = keptApplicant.length;
    const from = count[c]!;
    const to = count[c + 1]!;
    if (keepPerChallenge <= 0 || from === to) continue;
    const row = order.subarray(from, to);
    if (to - from > keepPerChallenge * 2) selectTop(row, edges.score, keepPerChallenge * 2);
    const candidates = Array.from(row.subarray(0, Math.min(row.length, keepPerChallenge * 2)));
    // Best first; equal scores by applicant index so the result is deterministic.
    candidates.sort((x, y) => edges.score[y]! - edges.score[x]! || edges.applicant[x]! - edges.applicant[y]!);
    // Skip a repeated pair (the first, best copy wins), then keep the best `keepPerChallenge` distinct applicants.
    const seen = new Set<number>();
    for (const e of candidates) {
      const a = edges.applicant[e]!;
      if (seen.has(a)) continue;
      seen.add(a);
      keptApplicant.push(a);
      keptScore.push(edges.score[e]!);
      if (seen.size === keepPerChallenge) break;
    }
  }
  start[challengeCount] = keptApplicant.length;
  return { start, applicant: Int32Array.from(keptApplicant), score: Float64Array.from(keptScore) };
}

/**
 * Reorders `row` (edge indices) so its first `k` entries are the k best by score (quickselect, in place).
 * Duplicated pairs could in theory crowd a row; rows keep 2·k candidates, and any duplicate beyond that is a
 * caller error the validation does not pay to detect (scoring produces each pair once).
 */
function selectTop(row: Int32Array, score: Float64Array, k: number) {
  let low = 0;
  let high = row.length - 1;
  while (low < high) {
    const pivot = score[row[(low + high) >>> 1]!]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (score[row[i]!]! > pivot) i += 1;
      while (score[row[j]!]! < pivot) j -= 1;
      if (i <= j) {
        const swap = row[i]!;
        row[i] = row[j]!;
        row[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k - 1 <= j) high = j;
    else if (k - 1 >= i) low = i;
    else return;
  }
}

/** Total slots, and the number of candidates each challenge needs (see the proof at the top of the file). */
export function candidatesNeeded(problem: Pick<AssignmentProblem, "capacities" | "applicantCount">) {
  const slots = slotCounts(problem.capacities);
  let total = 0;
  for (const slot of slots) total += slot;
  return Math.min(total, problem.applicantCount);
}

/** Keeps each challenge's top-S edges (S = total slots); provably does not change the optimum. */
export function pruneToTopCandidates(problem: AssignmentProblem): AssignmentProblem {
  validate(problem);
  const challengeCount = problem.capacities.length;
  const rows = rowsByChallenge(challengeCount, problem.edges, candidatesNeeded(problem));
  const challenge = new Int32Array(rows.applicant.length);
  for (let c = 0; c < challengeCount; c += 1) challenge.fill(c, rows.start[c]!, rows.start[c + 1]!);
  return {
    capacities: problem.capacities,
    applicantCount: problem.applicantCount,
    edges: { challenge, applicant: rows.applicant, score: rows.score },
  };
}

/**
 * Scores row by row and keeps each challenge's top-S candidates at or above the minimum fit, without ever holding
 * every pair: `scoreRow(c, out)` writes the fit of every applicant for challenge c into `out` (any value below
 * `minimumFit`, e.g. −1 for a partner the hard filter excludes, means no edge). Same result as scoring every pair
 * and calling pruneToTopCandidates.
 */
export function collectTopCandidates(
  capacities: ArrayLike<number>,
  applicantCount: number,
  scoreRow: (challenge: number, out: Float64Array) => void,
  minimumFit: number = batchMinimumFit,
): AssignmentProblem {
  const challengeCount = capacities.length;
  const keep = candidatesNeeded({ capacities, applicantCount });
  const out = new Float64Array(applicantCount);
  const candidates = new Int32Array(applicantCount);
  const challenge = new Int32Array(challengeCount * keep);
  const applicant = new Int32Array(challengeCount * keep);
  const score = new Float64Array(challengeCount * keep);
  let count = 0;
  for (let c = 0; c < challengeCount; c += 1) {
    if (keep === 0) break;
    out.fill(-Infinity);
    scoreRow(c, out);
    let n = 0;
    for (let a = 0; a < applicantCount; a += 1) if (out[a]! >= minimumFit) candidates[n++] = a;
    const row = candidates.subarray(0, n);
    if (n > keep) selectTop(row, out, keep);
    const top = Array.from(row.subarray(0, Math.min(n, keep)));
    top.sort((x, y) => out[y]! - out[x]! || x - y);
    for (const a of top) {
      challenge[count] = c;
      applicant[count] = a;
      score[count] = out[a]!;
      count += 1;
    }
  }
  return {
    capacities,
    applicantCount,
    edges: { challenge: challenge.slice(0, count), applicant: applicant.slice(0, count), score: score.slice(0, count) },
  };
}

/** The optimal assignment (maximum total fit). Prunes first, so callers may pass every scored pair. */
export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  validate(problem);
  const C = problem.capacities.length;
  const A = problem.applicantCount;
  const capacity = slotCounts(problem.capacities);
  const rows = rowsByChallenge(C, problem.edges, candidatesNeeded(problem));

  // The same edges grouped by applicant.
  const applicantStart = new Int32Array(A + 1);
  for (let e = 0; e < rows.applicant.length; e += 1) applicantStart[rows.applicant[e]! + 1]! += 1;
  for (let a = 0; a < A; a += 1) applicantStart[a + 1]! += applicantStart[a]!;
  const applicantFill = applicantStart.slice(0, A);
  const applicantChallenge = new Int32Array(rows.applicant.length);
  const applicantScore = new Float64Array(rows.applicant.length);
  for (let c = 0; c < C; c += 1) {
    for (let e = rows.start[c]!; e < rows.start[c + 1]!; e += 1) {
      const slot = applicantFill[rows.applicant[e]!]!++;
      applicantChallenge[slot] = c;
      applicantScore[slot] = rows.score[e]!;
    }
  }

  // Current assignment: per applicant its challenge and score; per challenge its members (a slice of `members`).
  const assignedTo = new Int32Array(A).fill(-1);
  const assignedScore = new Float64Array(A);
  const memberStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c += 1) memberStart[c + 1] = memberStart[c]! + capacity[c]!;
  const members = new Int32Array(memberStart[C]!);
  const memberCount = new Int32Array(C);

  function addMember(c: number, a: number, score: number) {
    members[memberStart[c]! + memberCount[c]!] = a;
    memberCount[c]! += 1;
    assignedTo[a] = c;
    assignedScore[a] = score;
  }
  function removeMember(c: number, a: number) {
    const from = memberStart[c]!;
    const last = from + memberCount[c]! - 1;
    for (let i = from; i <= last; i += 1) {
      if (members[i] === a) {
        members[i] = members[last]!;
        break;
      }
    }
    memberCount[c]! -= 1;
    assignedTo[a] = -1;
  }
  function scoreOf(c: number, a: number) {
    for (let i = applicantStart[a]!; i < applicantStart[a + 1]!; i += 1) if (applicantChallenge[i] === c) return applicantScore[i]!;
    return Number.NaN;
  }

  // transition[c1·C + c2]: cheapest cost of taking an applicant away from c2 into c1, and which applicant.
  const transition = new Float64Array(C * C).fill(Infinity);
  const transitionVia = new Int32Array(C * C).fill(-1);
  function refreshColumn(c2: number) {
    for (let c1 = 0; c1 < C; c1 += 1) transition[c1 * C + c2] = Infinity;
    for (let m = memberStart[c2]!; m < memberStart[c2]! + memberCount[c2]!; m += 1) {
      const a = members[m]!;
      const kept = assignedScore[a]!;
      for (let i = applicantStart[a]!; i < applicantStart[a + 1]!; i += 1) {
        const c1 = applicantChallenge[i]!;
        if (c1 === c2) continue;
        const cost = kept - applicantScore[i]!;
        const cell = c1 * C + c2;
        if (cost < transition[cell]!) {
          transition[cell] = cost;
          transitionVia[cell] = a;
        }
      }
    }
  }

  // Best free candidate per challenge: a pointer into its sorted row that only moves forward.
  const freePointer = rows.start.slice(0, C);
  function bestFree(c: number) {
    let p = freePointer[c]!;
    const end = rows.start[c + 1]!;
    while (p < end && assignedTo[rows.applicant[p]!] !== -1) p += 1;
    freePointer[c] = p;
    return p;
  }

  // Potentials: reduced cost of u → v is cost + potential[u] − potential[v] ≥ 0; the source's stays 0.
  const potential = new Float64Array(C);
  let bestScore = -Infinity;
  for (let e = 0; e < rows.score.length; e += 1) if (rows.score[e]! > bestScore) bestScore = rows.score[e]!;
  let sinkPotential = Number.isFinite(bestScore) ? -bestScore : 0;

  const distance = new Float64Array(C);
  const done = new Uint8Array(C);
  const previous = new Int32Array(C);
  const previousVia = new Int32Array(C);
  const path: number[] = [];

  for (;;) {
    if (!Number.isFinite(bestScore)) break;
    distance.fill(Infinity);
    done.fill(0);
    for (let c = 0; c < C; c += 1) {
      if (memberCount[c]! < capacity[c]!) {
        distance[c] = Math.max(0, -potential[c]!);
        previous[c] = -1;
      }
    }
    // Dense Dijkstra over challenge nodes, stopping once no unsettled node can beat the best way into the sink
    // found so far (every unsettled node is then at least that far: potentials use min(distance, sink)).
    let sinkDistance = Infinity;
    let last = -1;
    for (let round = 0; round < C; round += 1) {
      let u = -1;
      let best = Infinity;
      for (let c = 0; c < C; c += 1) {
        if (done[c] === 0 && distance[c]! < best) {
          best = distance[c]!;
          u = c;
        }
      }
      if (u === -1 || best >= sinkDistance) break;
      done[u] = 1;
      // Into the sink through u's best free candidate.
      const p = bestFree(u);
      if (p < rows.start[u + 1]!) {
        let d = best - rows.score[p]! + potential[u]! - sinkPotential;
        if (d < best) d = best; // floating-point noise only: reduced costs are ≥ 0
        if (d < sinkDistance) {
          sinkDistance = d;
          last = u;
        }
      }
      const base = u * C;
      const offset = best + potential[u]!;
      for (let v = 0; v < C; v += 1) {
        const cost = transition[base + v]!;
        if (cost === Infinity || done[v] === 1) continue;
        let next = offset + cost - potential[v]!;
        if (next < best) next = best;
        if (next < distance[v]!) {
          distance[v] = next;
          previous[v] = u;
          previousVia[v] = transitionVia[base + v]!;
        }
      }
    }
    if (last === -1) break;
    const pathCost = sinkDistance + sinkPotential; // real cost (−gain) of the path
    if (-pathCost <= EPSILON) break;

    for (let c = 0; c < C; c += 1) potential[c]! += Math.min(distance[c]!, sinkDistance);
    sinkPotential += sinkDistance;

    // Augment: source → path[0] → … → path[k−1] = last → free applicant → sink; each step pulls an applicant
    // one challenge back along the path, so no challenge is ever over capacity in between.
    path.length = 0;
    for (let c = last; c !== -1; c = previous[c]!) path.push(c);
    path.reverse();
    for (let i = 0; i + 1 < path.length; i += 1) {
      const into = path[i]!;
      const from = path[i + 1]!;
      const a = previousVia[from]!;
      removeMember(from, a);
      addMember(into, a, scoreOf(into, a));
    }
    const exit = freePointer[last]!;
    addMember(last, rows.applicant[exit]!, rows.score[exit]!);
    for (const c of path) refreshColumn(c);
  }

  let total = 0;
  let assignedCount = 0;
  for (let a = 0; a < A; a += 1) {
    if (assignedTo[a] !== -1) {
      total += assignedScore[a]!;
      assignedCount += 1;
    }
  }
  return { challengeOfApplicant: assignedTo, total, assignedCount };
}

/**
 * The greedy heuristic (best remaining pair first). NOT used to assign anything: the bench and the tests use it
 * to show the optimal assignment is never worse (and usually better).
 */
export function greedyAssignment(problem: AssignmentProblem): AssignmentResult {
  validate(problem);
  const capacity = slotCounts(problem.capacities);
  const { challenge, applicant, score } = problem.edges;
  const order = Array.from({ length: score.length }, (_, e) => e).sort((x, y) => score[y]! - score[x]!);
  const assignedTo = new Int32Array(problem.applicantCount).fill(-1);
  const used = new Int32Array(capacity.length);
  let total = 0;
  let assignedCount = 0;
  for (const e of order) {
    const c = challenge[e]!;
    const a = applicant[e]!;
    if (score[e]! <= 0 || assignedTo[a] !== -1 || used[c]! >= capacity[c]!) continue;
    assignedTo[a] = c;
    used[c]! += 1;
    total += score[e]!;
    assignedCount += 1;
  }
  return { challengeOfApplicant: assignedTo, total, assignedCount };
}

/** Convenience for small callers: edges from plain objects (not for hot paths). */
export function edgesFromList(list: ReadonlyArray<{ challenge: number; applicant: number; score: number }>): AssignmentEdges {
  return {
    challenge: Int32Array.from(list, (edge) => edge.challenge),
    applicant: Int32Array.from(list, (edge) => edge.applicant),
    score: Float64Array.from(list, (edge) => edge.score),
  };
}
