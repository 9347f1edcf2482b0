import { describe, expect, it } from "vitest";
import { normaliseForSearch, parseSearchQuery, searchBigrams } from "../../app/features/challenges/search-text.ts";

describe("search text", () => {
  it("normalises width, kana and case", () => {
    expect(normaliseForSearch("ＤＸ　ｼｵｼﾞﾘ  Wine")).toBe("dx シオジリ wine");
  });

  it("cuts Japanese into overlapping pairs and keeps one-character words", () => {
    expect(searchBigrams("子育て")).toEqual(["子育", "育て"]);
    expect(searchBigrams("a 塩尻")).toEqual(["a", "塩尻"]);
    expect(searchBigrams(null, undefined, "")).toEqual([]);
  });

  it("turns a query into the pairs every result must hold and the words to check", () => {
    expect(parseSearchQuery(" 子育て　ＤＸ ")).toEqual({ bigrams: ["子育", "育て", "dx"], words: ["子育て", "dx"] });
    // A single character has no pair: it is checked as a substring only.
    expect(parseSearchQuery("森")).toEqual({ bigrams: [], words: ["森"] });
  });

  it("caps the number of words a query may have", () => {
    expect(parseSearchQuery("a b c d e f g h i j").words).toHaveLength(8);
  });
});
