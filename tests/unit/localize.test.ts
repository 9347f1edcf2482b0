import { describe, expect, it } from "vitest";
import { fieldMark, formatNumber, htmlTextLang, pickLanguage, textLang } from "../../app/kernel/localize.ts";
import { safeRedirectPath } from "../../app/kernel/redirect.ts";

describe("pickLanguage", () => {
  it("gives English readers the English text when there is one", () => {
    expect(pickLanguage("en", "課題", "Challenge")).toBe("Challenge");
  });
  it("falls back to Japanese when the English text is missing or empty", () => {
    expect(pickLanguage("en", "課題", null)).toBe("課題");
    expect(pickLanguage("en", "課題", "")).toBe("課題");
  });
  it("always gives Japanese readers the Japanese text", () => {
    expect(pickLanguage("ja", "課題", "Challenge")).toBe("課題");
  });
});

describe("textLang", () => {
  it("marks Japanese text on an English page, so screen readers read it in Japanese", () => {
    expect(textLang("地域の見守りネットワーク", "en")).toBe("ja");
    expect(textLang("カフェ「Enpark」で座談会", "en")).toBe("ja");
  });
  it("leaves English text, text with a Japanese name in it, and every Japanese page alone", () => {
    expect(textLang("Kick-off meeting", "en")).toBeUndefined();
    expect(textLang("Meeting with 小林 at Enpark hall", "en")).toBeUndefined();
    expect(textLang("地域の見守りネットワーク", "ja")).toBeUndefined();
    expect(textLang("DX推進とNPO支援", "ja")).toBeUndefined();
    expect(textLang("Alex", "ja")).toBeUndefined();
    expect(textLang("", "en")).toBeUndefined();
    expect(textLang(null, "en")).toBeUndefined();
  });
});

describe("textLang on Japanese pages", () => {
  it("marks English prose, such as a partner's own words", () => {
    expect(textLang("Designer from Berlin who loves old post towns", "ja")).toBe("en");
    expect(htmlTextLang("<p>Designer from <strong>Berlin</strong>, working remotely.</p>", "ja")).toBe("en");
    expect(htmlTextLang("<p><strong>週末</strong>の運営を手伝います。</p>", "ja")).toBeUndefined();
    expect(htmlTextLang("<p><strong>週末</strong>の運営を手伝います。</p>", "en")).toBe("ja");
  });
});

describe("fieldMark", () => {
  it("numbers fields the way the plan does", () => {
    expect([1, 5, 9].map(fieldMark)).toEqual(["①", "⑤", "⑨"]);
  });
  it("falls back to digits outside the circled range", () => {
    expect(fieldMark(12)).toBe("12");
  });
});

describe("formatNumber", () => {
  it("groups thousands and keeps the indicator's decimals", () => {
    expect(formatNumber("ja", 65000)).toBe("65,000");
    expect(formatNumber("en", 6.77, 2)).toBe("6.77");
    expect(formatNumber("ja", 7, 2)).toBe("7.00");
  });
});

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/strategies/A?x=1")).toBe("/strategies/A?x=1");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42])(
    "refuses %s",
    (target) => {
      expect(safeRedirectPath(target)).toBe("/");
    },
  );
});
