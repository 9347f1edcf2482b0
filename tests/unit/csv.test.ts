// The one CSV writer defuses formulas (OWASP's rule) and leaves numbers alone.
import { describe, expect, it } from "vitest";
import { csvRows } from "../../app/kernel/csv.server.ts";

const cell = (value: string | number) => csvRows([[value]]).replace(/\r\n$/, "");

describe("csvRows", () => {
  it.each(["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "-", "+81 263-52-0280", '=HYPERLINK("https://evil.example")'])(
    "prefixes %j with a quote so a spreadsheet shows it as text",
    (value) => {
      expect(cell(value).replace(/^"|"$/g, "").replace(/""/g, '"')).toBe(`'${value}`);
    },
  );

  it.each([-3, 0, 12.5, "-3", "-0.25", "+4", "1e-3", "-1.5E+2"])("keeps the number %j as it is", (value) => {
    expect(cell(value)).toBe(String(value));
  });

  it("leaves ordinary text, and text with a sign later on, unchanged", () => {
    expect(cell("塩尻=ワイン")).toBe("塩尻=ワイン");
    expect(cell("a-b")).toBe("a-b");
    expect(cell("")).toBe("");
  });
});
