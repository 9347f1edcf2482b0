// Skills read from Japanese and English text with kuromoji and the skills' synonyms (issue 16 item 2).
import { beforeAll, describe, expect, it } from "vitest";
import { loadAnalyser, type Analyser } from "../../app/kernel/text/analyser.server.ts";
import {
  compileSkillPhrases,
  findSkillEvidence,
  nameParts,
  type SkillPhraseSet,
} from "../../app/features/matching/engine/text-evidence.ts";

const skills = [
  { id: 1, nameJa: "林業・木工", nameEn: "Forestry and woodworking", keywordsJa: ["間伐", "林道"], keywordsEn: ["thinning"] },
  { id: 2, nameJa: "GIS・地図データ", nameEn: "GIS and map data", keywordsJa: ["地図"], keywordsEn: ["qgis", "mapping"] },
  { id: 3, nameJa: "アート・音楽", nameEn: "Arts and music", keywordsJa: [], keywordsEn: ["art"] },
  { id: 4, nameJa: "翻訳・通訳", nameEn: "Translation and interpreting", keywordsJa: [], keywordsEn: ["translator"] },
];

let analyser: Analyser;
let phrases: SkillPhraseSet;

beforeAll(async () => {
  analyser = await loadAnalyser();
  phrases = compileSkillPhrases(analyser, skills);
}, 60_000);

const found = (text: string) => findSkillEvidence(analyser, phrases, [{ source: "bio", text }]);

describe("skills in text", () => {
  it("finds a synonym in a Japanese biography and quotes the words (the issue's forester)", () => {
    expect(found("森林組合で間伐と林道整備を15年")).toEqual([{ skillId: 1, source: "bio", words: ["間伐", "林道"] }]);
  });

  it("finds a skill name part, also at the start of a compound word, but not inside another word", () => {
    expect(found("間伐材で家具をつくる").map((entry) => entry.skillId)).toEqual([1]);
    expect(found("実家は農林業を営んでいます")).toEqual([]);
  });

  it("reads English on word boundaries, with plurals: art is not in start, translators is translator", () => {
    expect(found("I start early")).toEqual([]);
    expect(found("We are translators.").map((entry) => entry.skillId)).toEqual([4]);
    expect(found("Forest thinning volunteer").map((entry) => entry.skillId)).toEqual([1]);
  });

  it("reads full-width letters as half-width (ＱＧＩＳ)", () => {
    expect(found("ＱＧＩＳで作図").map((entry) => entry.skillId)).toEqual([2]);
  });

  it("keeps the first source that names the skill", () => {
    const evidence = findSkillEvidence(analyser, phrases, [
      { source: "headline", text: "地図づくりが好き" },
      { source: "bio", text: "QGISも使えます" },
    ]);
    expect(evidence).toEqual([{ skillId: 2, source: "headline", words: ["地図"] }]);
  });

  it("says nothing about text that names no skill", () => {
    expect(found("週末は山歩きを楽しんでいます。")).toEqual([]);
    expect(found("")).toEqual([]);
  });

  it("splits skill names into parts and drops fillers", () => {
    expect(nameParts("伝統工芸（木曽漆器など）")).toEqual(["伝統工芸", "木曽漆器"]);
    expect(nameParts("Traditional crafts (Kiso lacquerware and more)")).toEqual(["Traditional crafts", "Kiso lacquerware"]);
  });
});
