// Regressions for what the 2026-12 security scan found (docs/security-scan.md), through the real routes.
import { afterAll, describe, expect, it } from "vitest";
import { action as accountAction } from "~/routes/account._index.tsx";
import { action as batchAction } from "~/routes/coordinate.matching.batch.tsx";
import { action as matchAction } from "~/routes/coordinate.matches.$number.tsx";
import { action as languageAction } from "~/routes/language.ts";
import { loader as loginLoader } from "~/routes/login.tsx";
import { prisma } from "../../app/kernel/db.server.ts";
import { renderMarkdown } from "../../app/kernel/markdown.server.ts";
import { readMultipartForm } from "../../app/kernel/uploads.server.ts";
import { safeRedirectPath } from "../../app/kernel/redirect.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { postRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("security-scan.test");
const userIds: string[] = [];

afterAll(async () => {
  await cleanUpAccounts(ns, userIds);
});

describe("redirect targets taken from the request", () => {
  // Browsers drop tabs and line breaks from a Location, read "\" as "/" and resolve "/./": each of these
  // would have become the protocol-relative //evil.example.
  const offSite = [
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\t\\evil.example",
    "/.//evil.example",
    "/x/..//evil.example",
    "https://evil.example/",
  ];

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

describe("bodies the database or the parser cannot take", () => {
  it("a NUL character in a form field is a 400 and changes nothing (it was a 500 from PostgreSQL)", async () => {
    const user = await createUser(prisma, { email: ns.email("nul"), displayName: "NUL試験" });
    userIds.push(user.id);
    const cookie = await sessionCookie(user.id);
    const outcome = (await settle(() =>
      accountAction({
        request: postRequest("/account?index", cookie, { intent: "preferences", displayName: "a\u0000b", language: "ja" }),
        params: {},
        context: {},
      }),
    )) as Response;
    expect(outcome.status).toBe(400);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("NUL試験");
  });

  it("a NUL character in a multipart text part is a 400 too", async () => {
    const body = new FormData();
    body.set("title", "a\u0000b");
    const request = new Request("http://hub.test/x", { method: "POST", body });
    const thrown = await readMultipartForm(request, { fileFields: [], maxFileBytes: 1024, maxTextBytes: 1024 }).catch(
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
  });

  it("the batch matching form answers 415 to JSON instead of a 500", async () => {
    const coordinator = await createUser(prisma, { email: ns.email("batch"), displayName: "バッチ試験", roles: ["COORDINATOR"] });
    userIds.push(coordinator.id);
    const cookie = await sessionCookie(coordinator.id);
    const request = new Request("http://hub.test/coordinate/matching/batch", {
      method: "POST",
      body: JSON.stringify({ intent: "run" }),
      headers: { Cookie: cookie, "Content-Type": "application/json" },
    });
    const outcome = (await settle(() => batchAction({ request, params: {}, context: {} }))) as Response;
    expect(outcome.status).toBe(415);
  });

  it("a match's page answers 415/400 to a body that is not a form instead of a 500", async () => {
    const post = (body: string, contentType: string) =>
      settle(() =>
        matchAction({
          request: new Request("http://hub.test/coordinate/matches/1", { method: "POST", body, headers: { "Content-Type": contentType } }),
          params: { number: "1" },
          context: {},
        }),
      ) as Promise<Response>;
    expect((await post("{}", "application/json")).status).toBe(415);
    expect((await post("--XYZ\r\nunterminated", "multipart/form-data; boundary=XYZ")).status).toBe(400);
  });
});

describe("Markdown that people write", () => {
  it("marks a protocol-relative link to another site like any external one", () => {
    expect(renderMarkdown("[a](//evil.example/x)")).toContain('href="//evil.example/x" rel="nofollow noopener noreferrer"');
    expect(renderMarkdown("[a](/challenges)")).toContain('<a href="/challenges">a</a>');
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<svg onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<iframe src=//evil>",
  ])("drops script in %j", (source) => {
    expect(renderMarkdown(source)).not.toMatch(/javascript:|data:|onload|ontoggle|<iframe|<svg|<details/i);
  });
});
