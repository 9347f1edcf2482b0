// The production server behind Debian's nginx, as it runs in production: the browser talks to the proxy under
// the public name (APP_ORIGIN), the proxy forwards to the server with its own Host header. Every form must work
// whatever Host the proxy sends: nginx's default `proxy_pass` (Host = the upstream's address) and
// `proxy_set_header Host $host` (the public name without its port). Remix's own CSRF check compared Origin with
// Host and answered an empty 500 to every POST in both set-ups.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/ports.ts";
import { startMailStub, type MailStub } from "../support/mail-stub.ts";
import { startNginx, type ReverseProxy } from "../support/nginx.ts";
import { startServer, type ServerProcess } from "../support/server-process.ts";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request to the proxy's port under the public name, as a browser that resolved hub.example to it sends it. */
function requestThrough(proxyPort: number, publicHost: string, method: string, path: string, headers: Record<string, string>, body = "") {
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: proxyPort,
        method,
        path,
        headers: { Host: publicHost, "Content-Length": Buffer.byteLength(body), ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const setups = [
  { name: "nginx's default proxy_pass (Host is the upstream's address)", proxySettings: "" },
  { name: "proxy_set_header Host $host (the public name without its port)", proxySettings: "proxy_set_header Host $host;" },
];

describe.each(setups)("behind $name", ({ proxySettings }) => {
  let stub: MailStub;
  let server: ServerProcess;
  let proxy: ReverseProxy;
  let publicHost = "";
  let publicOrigin = "";

  beforeAll(async () => {
    const proxyPort = await findFreePort();
    publicHost = `hub.example:${proxyPort}`;
    publicOrigin = `http://${publicHost}`;
    stub = await startMailStub({ apiKey: "re_test_key" });
    server = await startServer({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      RESEND_BASE_URL: stub.url,
      APP_ORIGIN: publicOrigin,
      TRUST_PROXY: "1",
    });
    proxy = await startNginx(server.port, { proxySettings, port: proxyPort });
  }, 60_000);

  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
    await stub?.close();
  });

  const post = (path: string, fields: Record<string, string>, origin = publicOrigin) =>
    requestThrough(
      proxy.port,
      publicHost,
      "POST",
      path,
      { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
      new URLSearchParams(fields).toString(),
    );

  it("a resource route's form works (the language switch redirects back with the chosen language)", async () => {
    const answer = await post("/language", { language: "en", returnTo: "/challenges" });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("/challenges");
    expect(answer.headers["set-cookie"]?.join(";")).toContain(`lng=${encodeURIComponent(btoa('"en"'))}`);
  });

  it("a page's form works (password reset answers with its page), with and without JavaScript", async () => {
    const email = `nobody-${Date.now()}@reverse-proxy.test`;
    const page = await post("/forgot-password?lng=en", { email });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("</html>");
    // What Remix's fetch sends when JavaScript runs: the same action at the .data address.
    const data = await post("/forgot-password.data?lng=en", { email });
    expect(data.status).toBe(200);
    expect(data.body).toContain("sent");
  });

  it("a post from another site is still refused before any action runs", async () => {
    const answer = await post("/language", { language: "en", returnTo: "/" }, "https://evil.example");
    expect(answer.status).toBe(403);
  });

  it("pages and feeds read through the proxy link to the public origin, and nothing failed", async () => {
    expect((await requestThrough(proxy.port, publicHost, "GET", "/challenges?lng=en", {})).status).toBe(200);
    const feed = await requestThrough(proxy.port, publicHost, "GET", "/challenges.atom", {});
    expect(feed.status).toBe(200);
    expect(feed.body).toContain(`${publicOrigin}/challenges`);
    expect(server.output()).not.toMatch(/does not match `origin`/);
  });
});
