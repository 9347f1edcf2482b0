// Issue 16: hard limits apart from preferences, challenges' own hours and languages, reach from travel time, and
// skills shown by a partner's own words. Each rule with hand-made partners (pure scoring, no database).
import { describe, expect, it } from "vitest";
import {
  buildScoringContext,
  compileChallenge,
  explainFit,
  hardLimitsOf,
  makeChallengeFeatures,
  makePartnerFeatures,
  rankKey,
  rankKeyFits,
  reachOf,
  type ChallengeInput,
  type PartnerInput,
} from "../../app/features/matching/engine/score.ts";

const FORESTRY = 1;
const FACILITATION = 2;
const PHOTO = 3;
const NARAKAWA = 5;

const challenge: ChallengeInput = {
  id: "c",
  number: 1,
  strategyId: 2,
  fieldIds: [6],
  areaId: NARAKAWA,
  areaKind: "DISTRICT",
  skillIds: [FORESTRY],
  workStyles: ["ON_SITE"],
  engagementTypes: ["VOLUNTEER"],
};

/** Fits, but gets no soft bonus at all. */
const plain: PartnerInput = {
  id: "plain",
  skillIds: [FORESTRY],
  workStyles: ["ON_SITE"],
  engagementTypes: ["VOLUNTEER"],
  languages: ["ja"],
  prefectureCode: 20,
  hoursPerMonth: 8,
  load: 2,
};

/** Every soft bonus there is. */
const sweet: Partial<PartnerInput> = {
  strategyIds: [2],
  fieldIds: [6],
  areaIds: [NARAKAWA],
  areaKinds: ["DISTRICT"],
  relationships: ["BIRTHPLACE"],
  load: 0,
  hoursPerMonth: 60,
};

function order(input: ChallengeInput, partners: PartnerInput[]) {
  const features = partners.map(makePartnerFeatures);
  const compiled = compileChallenge(makeChallengeFeatures(input), buildScoringContext(features, 10));
  return features
    .map((partner) => ({ id: partner.id, key: rankKey(compiled, partner), fit: explainFit(compiled, partner)! }))
    .sort((a, b) => b.key - a.key);
}

describe("hard limits come before every preference", () => {
  it("a partner who does not accept the engagement type is listed after the plain fit, whatever the bonuses (the issue's case)", () => {
    const ranking = order(challenge, [{ ...plain, ...sweet, id: "paid-only", engagementTypes: ["PAID_SIDE_JOB"] }, plain]);
    expect(ranking.map((entry) => entry.id)).toEqual(["plain", "paid-only"]);
    expect(ranking[1]!.fit.hardLimits).toEqual(["engagement"]);
    expect(rankKeyFits(ranking[1]!.key)).toBe(false);
    expect(ranking[1]!.fit.score).toBeGreaterThan(ranking[0]!.fit.score); // more points, still after
  });

  it("a partner who named no engagement type is not a hard limit", () => {
    const [entry] = order(challenge, [{ ...plain, engagementTypes: [] }]);
    expect(entry!.fit.hardLimits).toEqual([]);
  });

  it("on-site work: Ishikawa (about 3 h 10 each way) is out of reach, Tokyo (2 h 40) is reachable but less than Nagano", () => {
    const ranking = order(challenge, [
      { ...plain, ...sweet, id: "ishikawa", prefectureCode: 17 },
      { ...plain, id: "tokyo", prefectureCode: 13 },
      { ...plain, id: "nagano", prefectureCode: 20 },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["nagano", "tokyo", "ishikawa"]);
    expect(ranking[2]!.fit.hardLimits).toEqual(["reach"]);
    const reach = (id: string) => ranking.find((entry) => entry.id === id)!.fit.factors.find((factor) => factor.key === "reach")!.points;
    expect(reach("tokyo")).toBeLessThan(reach("nagano"));
  });

  it("on-site work: abroad and remote-only partners are out of reach; dual residence brings a far partner in", () => {
    const ranking = order(challenge, [
      { ...plain, id: "abroad", prefectureCode: null, countryCode: "US" },
      { ...plain, id: "remote-only", workStyles: ["REMOTE"] },
      { ...plain, id: "okinawa-dual", prefectureCode: 47, relationships: ["DUAL_RESIDENCE"] },
    ]);
    expect(ranking[0]!.id).toBe("okinawa-dual");
    expect(ranking[0]!.fit.hardLimits).toEqual([]);
    for (const entry of ranking.slice(1)) expect(entry.fit.hardLimits).toEqual(["reach"]);
  });

  it("hybrid work reaches further than on-site work; remote work reaches everyone, abroad included", () => {
    const osaka = makePartnerFeatures({ ...plain, prefectureCode: 27 });
    const abroad = makePartnerFeatures({ ...plain, prefectureCode: null, countryCode: "FR" });
    const context = buildScoringContext([osaka], 10);
    const limits = (workStyles: string[], partner: typeof osaka) =>
      hardLimitsOf(compileChallenge(makeChallengeFeatures({ ...challenge, workStyles }), context), partner);
    expect(limits(["ON_SITE"], osaka)).not.toBe(0);
    expect(limits(["HYBRID"], osaka)).toBe(0);
    expect(limits(["HYBRID"], abroad)).not.toBe(0);
    expect(limits(["REMOTE"], abroad)).toBe(0);
  });

  it("travel time sets reach: full up to 1½ hours, unknown location is not a limit", () => {
    expect(reachOf({ relationships: 0, travelMinutes: 60, countryCode: "JP" }).reach).toBe(1);
    expect(reachOf({ relationships: 0, travelMinutes: 160, countryCode: "JP" }).reach).toBeLessThan(1);
    const unknown = order(challenge, [{ ...plain, prefectureCode: null, countryCode: null }]);
    expect(unknown[0]!.fit.hardLimits).toEqual([]);
  });

  it("working languages: every one is needed; an English-only challenge puts Japanese-only speakers after", () => {
    const english = { ...challenge, workStyles: ["REMOTE"], languages: ["en"] };
    const ranking = order(english, [
      { ...plain, ...sweet, id: "japanese" },
      { ...plain, id: "bilingual", languages: ["ja", "en"] },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["bilingual", "japanese"]);
    expect(ranking[1]!.fit.hardLimits).toEqual(["language"]);
    const both = order({ ...english, languages: ["ja", "en"] }, [{ ...plain, id: "english-only", languages: ["en"] }]);
    expect(both[0]!.fit.hardLimits).toEqual(["language"]);
  });

  it("stated hours: 25 of 40 hours is a near miss, 32 of 40 a lower score, and open matches use up hours", () => {
    const research = { ...challenge, workStyles: ["REMOTE"], engagementTypes: ["RESEARCH"], hoursPerMonth: 40 };
    const base = { ...plain, engagementTypes: ["RESEARCH"] };
    const ranking = order(research, [
      { ...base, ...sweet, id: "twenty-five", hoursPerMonth: 25 },
      { ...base, id: "thirty-two", hoursPerMonth: 32 },
      { ...base, id: "forty", hoursPerMonth: 40 },
      { ...base, id: "forty-but-busy", hoursPerMonth: 40, committedHours: 30, load: 1 },
    ]);
    expect(ranking.slice(0, 2).map((entry) => entry.id)).toEqual(["forty", "thirty-two"]);
    expect(ranking.slice(2).map((entry) => entry.fit.hardLimits)).toEqual([["hours"], ["hours"]]);
    const availability = ranking[1]!.fit.factors.find((factor) => factor.key === "availability")!;
    expect(availability.points).toBeLessThan(availability.max);
    expect(availability.detail).toMatchObject({ left: 32, needed: 40, stated: true });
  });

  it("estimated hours: only a partner with no hours left at all is a hard limit", () => {
    const ranking = order(challenge, [
      { ...plain, id: "none", hoursPerMonth: 0 },
      { ...plain, id: "two", hoursPerMonth: 2 },
      { ...plain, id: "unknown", hoursPerMonth: null },
    ]);
    expect(ranking.find((entry) => entry.id === "none")!.fit.hardLimits).toEqual(["hours"]);
    expect(ranking.find((entry) => entry.id === "two")!.fit.hardLimits).toEqual([]);
    expect(ranking.find((entry) => entry.id === "unknown")!.fit.hardLimits).toEqual([]);
  });
});

describe("wanted skills decide before soft factors", () => {
  it("a partner with both wanted skills ranks above one with one skill and every bonus (the live challenge's case)", () => {
    const two = { ...challenge, skillIds: [FORESTRY, FACILITATION, PHOTO] };
    const ranking = order(two, [
      { ...plain, ...sweet, id: "one-skill", skillIds: [FORESTRY] },
      { ...plain, id: "all-three", skillIds: [FORESTRY, FACILITATION, PHOTO] },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["all-three", "one-skill"]);
  });

  it("a skill shown only in the partner's words counts a little less than a tag, and far more than silence", () => {
    const ranking = order(challenge, [
      { ...plain, ...sweet, id: "silent", skillIds: [] },
      { ...plain, id: "bio", skillIds: [], textSkillIds: [FORESTRY] },
      { ...plain, id: "tag" },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["tag", "bio", "silent"]);
    const skills = (id: string) => ranking.find((entry) => entry.id === id)!.fit.factors.find((factor) => factor.key === "skills")!;
    expect(skills("bio").points).toBeLessThan(skills("tag").points);
    expect(skills("bio").points).toBeGreaterThan(skills("tag").points * 0.7);
    expect(skills("bio").detail).toMatchObject({ text: [FORESTRY], matched: [], met: 1 });
  });

  it("a skill the challenge names only in its text adds points but does not count as a wanted skill met", () => {
    const withText = { ...challenge, textSkillIds: [PHOTO] };
    const ranking = order(withText, [
      { ...plain, id: "forester" },
      { ...plain, ...sweet, id: "photographer", skillIds: [PHOTO] },
      { ...plain, id: "both", skillIds: [FORESTRY, PHOTO] },
    ]);
    expect(ranking.map((entry) => entry.id)).toEqual(["both", "forester", "photographer"]);
  });
});
