// The rank test the timing tests rely on, against values worked out by hand.
import { describe, expect, it } from "vitest";
import { mannWhitney, median } from "../support/rank-test.ts";

describe("mannWhitney", () => {
  it("finds no difference between identical samples", () => {
    const sample = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
    expect(mannWhitney(sample, sample).p).toBeCloseTo(1, 5);
  });

  it("finds a clear shift", () => {
    const low = Array.from({ length: 30 }, (_, index) => 10 + (index % 7));
    const high = low.map((value) => value * 2);
    const result = mannWhitney(high, low);
    expect(result.p).toBeLessThan(1e-6);
    expect(result.probabilityAGreater).toBeGreaterThan(0.9);
  });

  it("counts ties as halves and corrects the variance for them", () => {
    // Pairs a > b: 1.5 + 3.5 + 5 + 5 + 5 + 5 = 25. Ties 1.1, 2.2, 5.5 (two each): Σ(t³ − t) = 18.
    // σ² = (6·5/12)·(12 − 18/110) = 29.59; z = (|25 − 15| − 0.5)/σ = 1.746; p = 2(1 − Φ(z)) = 0.0807.
    const result = mannWhitney([1.1, 2.2, 3.3, 4.4, 5.5, 5.5], [0.5, 1.1, 2.0, 2.2, 3.0]);
    expect(result.u).toBe(25);
    expect(result.z).toBeCloseTo(1.7464, 3);
    expect(result.p).toBeCloseTo(0.0807, 3);
  });

  it("takes the median of odd and even samples", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
