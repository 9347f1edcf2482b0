// Regressions for what the 2026-12 security scan found (docs/security-scan.md), through the real routes.
import { describe, expect, it } from "vitest";
import { action as languageAction } from "~/routes/language.ts";
import { loader as loginLoader } from "~/routes/login.tsx";
import { safeRedirectPath } from "~/utils/redirect.ts";

describe("redirect targets taken from the request", () => {
  // Browsers drop tabs and line breaks from a Location, read "\" as "/" and resolve "/./": each of these
  // would have become the protocol-relative //evil.example.
  const offSite = ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\t\\evil.example", "/.//evil.example", "/x/..//evil.example", "https://evil.example/"];

  it.each(offSite)("never leave the site: %j", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });

  it("keep a same-site path, query and fragment, encoded so it is a valid header", () => {
    expect(safeRedirectPath("/challenges?q=a%20b#list")).toBe("/challenges?q=a%20b#list");
    // Unencoded Japanese in a Location header made Node throw: sign-in answered 500 after a right password.
    expect(safeRedirectPath("/challenges?q=日本")).toBe("/challenges?q=%E6%97%A5%E6%9C%AC");
    expect(() => new Headers({ Location: safeRedirectPath("/challenges?q=日本") })).not.toThrow();
  });

  it("the language switcher goes back on the site only", async () => {
    for (const returnTo of ["/.//evil.example", "/\t/evil.example"]) {
      const response = await languageAction({
        request: new Request("http://localhost/language", { method: "POST", body: new URLSearchParams({ language: "ja", returnTo }) }),
        params: {},
        context: {},
      });
      expect(response.headers.get("Location")).toBe("/");
    }
  });

  it("the sign-in form never carries an off-site target", async () => {
    const url = `http://hub.test/login?${new URLSearchParams({ redirectTo: "/\t/evil.example" })}`;
    const result = await loginLoader({ request: new Request(url), params: {}, context: {} });
    expect(JSON.stringify(result)).not.toContain("evil.example");
  });
});
