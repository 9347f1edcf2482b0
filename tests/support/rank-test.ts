// The Mann–Whitney U test (Wilcoxon rank-sum): do two samples come from the same distribution? It compares ranks,
// not means, so a few slow outliers on a loaded machine do not decide it. Normal approximation with the tie
// correction and a continuity correction (good from about 20 values per side).

/** Two-sided p-value that `a` and `b` come from the same distribution, and the common-language effect size. */
export function mannWhitney(a: readonly number[], b: readonly number[]) {
  const values = [...a.map((value) => ({ value, fromA: true })), ...b.map((value) => ({ value, fromA: false }))].sort(
    (left, right) => left.value - right.value,
  );
  const n = values.length;
  let rankSumA = 0;
  let tieTerm = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && values[end + 1]!.value === values[start]!.value) end++;
    const averageRank = (start + end + 2) / 2;
    for (let index = start; index <= end; index++) if (values[index]!.fromA) rankSumA += averageRank;
    const tied = end - start + 1;
    tieTerm += tied ** 3 - tied;
    start = end + 1;
  }
  const [n1, n2] = [a.length, b.length];
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = sigma === 0 ? 0 : (Math.abs(u - mean) - 0.5) / sigma;
  return { u, z, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), probabilityAGreater: u / (n1 * n2) };
}

/** Φ(x) through erf (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(x: number) {
  const t = 1 / (1 + 0.3275911 * (x / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-((x / Math.SQRT2) ** 2));
  return 0.5 * (1 + erf);
}

export function median(values: readonly number[]) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
