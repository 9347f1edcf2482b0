// Whatever arrives — JSON where a form belongs, a broken multipart body, a megabyte in one field, no Origin —
// the answer is a 4xx (or the redirect a signed-out visitor gets), never a 500.
import { expect, test } from "@playwright/test";
import { closeTestDatabase, signedInAs, uniqueClientIp } from "./accounts.ts";

const formRoutes = [
  "/signup",
  "/login",
  "/signin-link",
  "/verify-email",
  "/forgot-password",
  "/reset-password",
  "/account",
  "/account/password",
  "/account/email",
  "/account/email/confirm",
  "/account/delete",
  "/language",
  "/logout",
];

type Payload = { name: string; contentType?: string; body: string | Buffer };

const longText = "あ".repeat(60_000);
const payloads: Payload[] = [
  { name: "JSON instead of a form", contentType: "application/json", body: JSON.stringify({ email: "x@example.jp", password: "p" }) },
  { name: "plain text", contentType: "text/plain", body: "hello" },
  { name: "no content type", body: "email=a" },
  {
    name: "broken multipart",
    contentType: "multipart/form-data; boundary=XYZ",
    body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated',
  },
  { name: "empty form", contentType: "application/x-www-form-urlencoded", body: "" },
  { name: "bad percent-encoding", contentType: "application/x-www-form-urlencoded", body: "email=%E0%A4%A&password=%%%&intent=%FF" },
  {
    name: "oversize fields",
    contentType: "application/x-www-form-urlencoded",
    body: new URLSearchParams({
      email: `${longText}@example.jp`,
      password: longText,
      displayName: longText,
      code: longText,
      token: longText,
      intent: longText,
    }).toString(),
  },
  {
    // PostgreSQL text cannot hold U+0000: this was a 500 wherever a field reached the database.
    name: "NUL characters in fields",
    contentType: "application/x-www-form-urlencoded",
    body: "email=a%00%40b.jp&password=passphrase%00long-enough&displayName=x%00y&intent=preferences&language=ja&code=12%003456&token=a%00b",
  },
  {
    name: "unexpected types and repeated fields",
    contentType: "application/x-www-form-urlencoded",
    body: "email=a%40b.jp&email=c%40d.jp&language=xx&acceptPrivacy=maybe&intent=code&code=12ab56&notificationFrequency=HOURLY",
  },
];

test.describe("bad input never causes a server error", () => {
  let cookie = "";
  test.beforeAll(async () => {
    cookie = (await signedInAs("RESIDENT", "robustness")).cookie;
  });
  test.afterAll(async () => {
    await closeTestDatabase();
  });

  for (const signedIn of [false, true]) {
    test(`every form route answers 3xx/4xx to malformed bodies (${signedIn ? "signed in" : "anonymous"})`, async ({ request, baseURL }) => {
      const failures: string[] = [];
      for (const path of formRoutes) {
        for (const payload of payloads) {
          const headers: Record<string, string> = { Origin: new URL(baseURL!).origin, "X-Forwarded-For": uniqueClientIp() };
          if (payload.contentType) headers["Content-Type"] = payload.contentType;
          if (signedIn) headers.Cookie = cookie;
          const response = await request.post(path, { headers, data: payload.body, maxRedirects: 0 });
          const status = response.status();
          if (status >= 500 || status < 300) failures.push(`${path} ${payload.name}: ${status}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  test("a NUL character in a search is a 400, never a 500 from the database", async ({ request }) => {
    for (const path of [
      "/challenges?q=a%00",
      "/partners?q=%00",
      "/api/challenges?q=a%00",
      "/challenges.csv?q=a%00",
      "/challenges.atom?q=a%00",
    ]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });

  test("TRACE is a 405, not a 500 from the Remix adapter", async ({ request, baseURL }) => {
    const response = await request.fetch("/login", { method: "TRACE", headers: { Origin: new URL(baseURL!).origin } });
    expect(response.status()).toBe(405);
  });

  test("a body over the limit is refused with 413 before any route reads it", async ({ request, baseURL }) => {
    const response = await request.post("/login", {
      headers: { Origin: new URL(baseURL!).origin, "Content-Type": "application/x-www-form-urlencoded" },
      data: `email=${"a".repeat(1_100_000)}`,
    });
    expect(response.status()).toBe(413);
  });

  test("a form post without Origin is refused with 403 and creates nothing", async ({ request, baseURL }) => {
    const email = `no-origin-${Date.now()}@e2e.example`;
    const response = await request.post("/signup", {
      headers: { Origin: "" },
      form: { displayName: "x", email, password: "a perfectly long passphrase", language: "ja", acceptPrivacy: "on" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    const login = await request.post("/login", {
      headers: { Origin: new URL(baseURL!).origin, "X-Forwarded-For": uniqueClientIp() },
      form: { email, password: "a perfectly long passphrase" },
      maxRedirects: 0,
    });
    expect(login.status()).toBe(400);
  });

  test("the sign-up form reports oversize and invalid fields in the visitor's language and keeps what was typed", async ({
    request,
    baseURL,
  }) => {
    const response = await request.post("/signup", {
      headers: { Origin: new URL(baseURL!).origin, "Accept-Language": "en", "X-Forwarded-For": uniqueClientIp() },
      form: { displayName: "x".repeat(51), email: "not-an-address", password: "short", language: "en" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain("A display name can have at most 50 characters.");
    expect(html).toContain("Enter an e-mail address like name@example.com.");
    expect(html).toContain("Use at least 12 characters.");
    expect(html).toContain("Please accept the privacy policy to register.");
    expect(html).toContain('value="not-an-address"');
    expect(html).not.toContain('value="short"');
  });
});

test("Japanese pages carry no NUL bytes (React 18's stream writer padded its 2 KB buffer with them)", async ({ request }) => {
  const withNul: string[] = [];
  for (const path of ["/", "/about", "/privacy", "/open-data", "/login", "/signup"]) {
    const body = await (await request.get(path)).body();
    if (body.includes(0)) withNul.push(path);
  }
  expect(withNul).toEqual([]);
});

test("a signed-in visitor's pages may not be kept by shared caches; public pages for visitors stay cacheable", async ({ request }) => {
  const { cookie } = await signedInAs("RESIDENT", "cache-control");
  const personal = await request.get("/account", { headers: { Cookie: cookie } });
  expect(personal.status()).toBe(200);
  expect(personal.headers()["cache-control"]).toBe("private, no-store");
  const anonymous = await request.get("/about");
  expect(anonymous.headers()["cache-control"]).toBeUndefined();
  await closeTestDatabase();
});
