import { describe, expect, it } from "vitest";
import {
  buildScoringContext,
  compileChallenge,
  makeChallengeFeatures,
  makePartnerFeatures,
  neededHoursPerMonth,
  scoreFit,
  rankKey,
  scoreOnly,
  topK,
  type ChallengeInput,
  type PartnerFeatures,
  type PartnerInput,
} from "../../app/features/matching/engine/score.ts";
import { factorKeys, factorMax, maxScore } from "../../app/features/matching/engine/weights.ts";

const GIS = 1;
const PHOTO = 2;
const WRITING = 3;
const CITYWIDE = 1;
const DAIMON = 2;
const OTHER_DISTRICT = 3;

const baseChallenge: ChallengeInput = {
  id: "c1",
  number: 1,
  strategyId: 1,
  fieldIds: [11, 12],
  primaryFieldId: 11,
  areaId: DAIMON,
  areaKind: "DISTRICT",
  skillIds: [GIS, PHOTO],
  workStyles: ["ON_SITE"],
  engagementTypes: ["VOLUNTEER"],
};

const perfect: PartnerInput = {
  id: "perfect",
  skillIds: [GIS, PHOTO],
  strategyIds: [1],
  fieldIds: [11],
  areaIds: [DAIMON],
  areaKinds: ["DISTRICT"],
  workStyles: ["ON_SITE"],
  engagementTypes: ["VOLUNTEER"],
  relationships: ["DUAL_RESIDENCE"],
  languages: ["ja"],
  prefectureCode: 20,
  hoursPerMonth: 20,
};

/** A crowd in which photography is common and GIS rare, so that rarity means something. */
function crowd(): PartnerFeatures[] {
  const partners: PartnerFeatures[] = [];
  for (let i = 0; i < 100; i += 1)
    partners.push(makePartnerFeatures({ id: `photo-${i}`, skillIds: i < 2 ? [PHOTO, GIS] : [PHOTO, WRITING] }));
  return partners;
}

function rank(challenge: ChallengeInput, partners: PartnerInput[], background: PartnerFeatures[] = crowd()) {
  const features = partners.map(makePartnerFeatures);
  const context = buildScoringContext([...background, ...features], 10);
  const compiled = compileChallenge(makeChallengeFeatures(challenge), context);
  // The order of the suggestions page: fitting partners first, then more wanted skills met, then points.
  return features
    .map((partner) => ({ id: partner.id, key: rankKey(compiled, partner), score: scoreOnly(compiled, partner) }))
    .filter((entry) => entry.key >= 0)
    .sort((a, b) => b.key - a.key);
}

describe("matching weights", () => {
  it("add up to 100 and every factor has a maximum", () => {
    expect(maxScore).toBe(100);
    for (const key of factorKeys) expect(factorMax[key]).toBeGreaterThan(0);
  });
});

describe("scoreFit", () => {
  it("gives a perfect fit the full score, explained factor by factor, equal to scoreOnly", () => {
    const context = buildScoringContext(crowd(), 10);
    const partner = makePartnerFeatures(perfect);
    const result = scoreFit(makeChallengeFeatures(baseChallenge), partner, context)!;
    expect(result.score).toBe(100);
    expect(result.factors.map((factor) => factor.key)).toEqual([...factorKeys]);
    for (const factor of result.factors) expect(factor.points).toBe(factor.max);
    const skills = result.factors.find((factor) => factor.key === "skills")!;
    expect(skills.detail).toMatchObject({ matched: [GIS, PHOTO], rare: [GIS] });
    expect(scoreOnly(compileChallenge(makeChallengeFeatures(baseChallenge), context), partner)).toBeCloseTo(100, 6);
  });

  it("ranks a perfect fit first among partial fits", () => {
    const ranking = rank(baseChallenge, [
      { ...perfect, id: "no-skills", skillIds: [] },
      { ...perfect, id: "far", prefectureCode: 40, relationships: [] },
      perfect,
      { ...perfect, id: "no-interest", strategyIds: [], fieldIds: [] },
    ]);
    expect(ranking[0]!.id).toBe("perfect");
  });

  it("never scores partners who opted out of contact or are inactive", () => {
    const ranking = rank(baseChallenge, [
      perfect,
      { ...perfect, id: "opted-out", openToContact: false },
      { ...perfect, id: "inactive", inactive: true },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["perfect"]);
    expect(
      scoreFit(
        makeChallengeFeatures(baseChallenge),
        makePartnerFeatures({ ...perfect, openToContact: false }),
        buildScoringContext([], 10),
      ),
    ).toBeNull();
  });

  it("ranks a partner with more open matches in the load stages lower", () => {
    const ranking = rank(baseChallenge, [
      { ...perfect, id: "busy", load: 3 },
      { ...perfect, id: "free", load: 0 },
      { ...perfect, id: "one", load: 1 },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["free", "one", "busy"]);
  });

  it("counts a rare skill more than a common one", () => {
    const ranking = rank(baseChallenge, [
      { ...perfect, id: "photo-only", skillIds: [PHOTO] },
      { ...perfect, id: "gis-only", skillIds: [GIS] },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["gis-only", "photo-only"]);
    expect(ranking[0]!.score - ranking[1]!.score).toBeGreaterThan(5);
  });

  it("on site only: a far partner without a relationship ranks below a near one; a relationship brings them closer", () => {
    const plain = { ...perfect, relationships: [] };
    const ranking = rank(baseChallenge, [
      { ...plain, id: "fukuoka", prefectureCode: 40 },
      { ...plain, id: "nagano", prefectureCode: 20 },
      { ...plain, id: "fukuoka-dual", prefectureCode: 40, relationships: ["DUAL_RESIDENCE"] },
      { ...plain, id: "abroad", prefectureCode: null, countryCode: "US" },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["fukuoka-dual", "nagano", "fukuoka", "abroad"]);
  });

  it("remote work fits partners abroad as well as near ones", () => {
    const remote = { ...baseChallenge, workStyles: ["REMOTE"] };
    const ranking = rank(remote, [
      { ...perfect, id: "abroad", relationships: [], workStyles: ["REMOTE"], prefectureCode: null, countryCode: "US" },
      { ...perfect, id: "near", relationships: [], workStyles: ["REMOTE"] },
    ]);
    expect(ranking[0]!.score).toBeCloseTo(ranking[1]!.score, 6);
  });

  // Changed with issue 16: the challenge states its working languages; a partner who lacks one is a near miss
  // (listed after every partner who fits), no longer a few points lower. English text alone no longer lets an
  // English-only speaker in: the challenge has to say English is a working language.
  it("a partner who does not speak a working language of the challenge comes after every partner who fits", () => {
    const japaneseOnly = rank(baseChallenge, [
      { ...perfect, id: "english", languages: ["en"], load: 0, relationships: ["DUAL_RESIDENCE"] },
      { ...perfect, id: "japanese", languages: ["ja"], load: 4, relationships: [], areaIds: [] },
    ]);
    expect(japaneseOnly.map((entry) => entry.id)).toEqual(["japanese", "english"]);
    const english = rank({ ...baseChallenge, languages: ["en"] }, [
      { ...perfect, id: "japanese", languages: ["ja"] },
      { ...perfect, id: "english", languages: ["en"], load: 3 },
    ]);
    expect(english.map((entry) => entry.id)).toEqual(["english", "japanese"]);
  });

  it("derives the hours a challenge needs from its engagement types and capacity, unless it states them", () => {
    expect(neededHoursPerMonth(makeChallengeFeatures({ ...baseChallenge, engagementTypes: ["RESEARCH"], hoursPerMonth: 40 }))).toBe(40);
    expect(neededHoursPerMonth(makeChallengeFeatures({ ...baseChallenge, engagementTypes: ["VOLUNTEER"] }))).toBe(8);
    expect(neededHoursPerMonth(makeChallengeFeatures({ ...baseChallenge, engagementTypes: ["VOLUNTEER", "RESEARCH"] }))).toBe(20);
    expect(neededHoursPerMonth(makeChallengeFeatures({ ...baseChallenge, engagementTypes: ["RESEARCH"], capacity: 3 }))).toBe(15);
    const ranking = rank(baseChallenge, [
      { ...perfect, id: "two-hours", hoursPerMonth: 2 },
      { ...perfect, id: "plenty", hoursPerMonth: 40 },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["plenty", "two-hours"]);
  });

  it("area: the exact district beats interest in other districts; online fits everyone", () => {
    const ranking = rank(baseChallenge, [
      { ...perfect, id: "elsewhere", areaIds: [OTHER_DISTRICT], areaKinds: ["DISTRICT"] },
      { ...perfect, id: "citywide", areaIds: [CITYWIDE], areaKinds: ["CITYWIDE"] },
      perfect,
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["perfect", "citywide", "elsewhere"]);
    const online = rank({ ...baseChallenge, areaId: 9, areaKind: "ONLINE" }, [
      { ...perfect, id: "elsewhere", areaIds: [OTHER_DISTRICT], areaKinds: ["DISTRICT"] },
    ]);
    expect(online[0]!.score).toBe(100);
  });
});

describe("topK", () => {
  it("returns the k best indices, best first, each once, like a full sort", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round += 1) {
      const length = 1 + Math.floor(random() * 40);
      const scores = Float64Array.from({ length }, () => (random() < 0.1 ? -1 : Math.round(random() * 20)));
      const k = Math.floor(random() * 12);
      const result = topK(scores, k);
      const eligible = [...scores.keys()].filter((index) => scores[index]! >= 0);
      const expected = eligible
        .map((index) => scores[index]!)
        .sort((a, b) => b - a)
        .slice(0, k);
      expect(new Set(result).size).toBe(result.length);
      expect(result.map((index) => scores[index]!)).toEqual(expected);
    }
  });
});
