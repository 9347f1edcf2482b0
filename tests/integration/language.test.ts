import { describe, expect, it } from "vitest";
import { getLanguage, languageCookie } from "../../app/kernel/i18n/i18next.server.ts";
import { action as languageAction } from "~/routes/language.ts";
import { pageRequest } from "../support/requests.ts";

describe("language detection", () => {
  it("defaults to Japanese", async () => {
    expect(await getLanguage(pageRequest("/"))).toBe("ja");
  });

  it("follows Accept-Language, region variants included", async () => {
    expect(await getLanguage(pageRequest("/", { "Accept-Language": "en-GB,en;q=0.9" }))).toBe("en");
    expect(await getLanguage(pageRequest("/", { "Accept-Language": "ja-JP,ja;q=0.9,en;q=0.8" }))).toBe("ja");
  });

  it("falls back to Japanese for languages the hub does not offer", async () => {
    expect(await getLanguage(pageRequest("/", { "Accept-Language": "fr-FR,de;q=0.8" }))).toBe("ja");
  });

  it("lets the remembered choice outrank the browser", async () => {
    const cookie = await languageCookie.serialize("ja");
    expect(await getLanguage(pageRequest("/", { "Accept-Language": "en", Cookie: cookie }))).toBe("ja");
  });

  it("lets ?lng= in a shared link outrank both", async () => {
    const cookie = await languageCookie.serialize("ja");
    expect(await getLanguage(pageRequest("/?lng=en", { Cookie: cookie }))).toBe("en");
  });
});

describe("language switcher action", () => {
  function post(body: Record<string, string>) {
    return languageAction({
      request: new Request("http://localhost/language", { method: "POST", body: new URLSearchParams(body) }),
      params: {},
      context: {},
    });
  }

  it("remembers the choice in a cookie and returns to the page, without a stale ?lng=", async () => {
    const response = await post({ language: "en", returnTo: "/strategies/A?lng=ja&x=1" });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/strategies/A?x=1");
    expect(await languageCookie.parse(response.headers.get("Set-Cookie"))).toBe("en");
  });

  it("never redirects off the site", async () => {
    const response = await post({ language: "ja", returnTo: "//evil.example/phish" });
    expect(response.headers.get("Location")).toBe("/");
  });

  it("refuses an unsupported language with 400", async () => {
    const response = await post({ language: "xx" });
    expect(response.status).toBe(400);
  });
});

describe("language switcher with a body that is not a form", () => {
  it("answers 415 to JSON instead of failing", async () => {
    const thrown = await languageAction({
      request: new Request("http://localhost/language", {
        method: "POST",
        body: JSON.stringify({ language: "en" }),
        headers: { "Content-Type": "application/json" },
      }),
      params: {},
      context: {},
    }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(415);
  });
});
