// The CSP violation report endpoint (/csp-report) and the admins' page (/admin/csp-reports), decision 0017: both
// report formats are stored, and what is no report, too big or too many is refused before it reaches the table.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { loadCspReports, receiveCspReport } from "../../app/features/admin/csp-reports.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("csp-reports.test");
const marker = randomUUID().slice(0, 8);

afterAll(async () => {
  await prisma.cspReport.deleteMany({ where: { documentUrl: { contains: marker } } });
  await cleanUpAccounts(ns);
});

function clientIp() {
  const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  return { clientIp: ip };
}

function post(body: string, contentType = "application/csp-report") {
  return new Request("http://hub.test/csp-report", {
    method: "POST",
    body,
    headers: { "Content-Type": contentType, "User-Agent": "vitest-browser" },
  });
}

const legacyReport = (page: string) =>
  JSON.stringify({
    "csp-report": {
      "document-uri": `https://hub.example/${marker}/${page}`,
      "blocked-uri": "https://evil.example/x.js",
      "violated-directive": "script-src-elem",
      "effective-directive": "script-src-elem",
      "source-file": "https://hub.example/assets/root.js",
      "line-number": 12,
    },
  });

describe("POST /csp-report", () => {
  it("stores a report-uri report and the csp-violation entries of a Reporting API batch", async () => {
    const ip = clientIp();
    expect((await receiveCspReport(post(legacyReport("legacy")), ip)).status).toBe(204);
    const batch = JSON.stringify([
      {
        type: "csp-violation",
        age: 10,
        url: `https://hub.example/${marker}/batch`,
        user_agent: "x",
        body: {
          documentURL: `https://hub.example/${marker}/batch`,
          blockedURL: "inline",
          effectiveDirective: "style-src-attr",
          lineNumber: 3,
        },
      },
      { type: "deprecation", url: "https://hub.example/", body: { id: "x" } },
    ]);
    expect((await receiveCspReport(post(batch, "application/reports+json"), ip)).status).toBe(204);

    const stored = await prisma.cspReport.findMany({
      where: { documentUrl: { contains: marker } },
      orderBy: { documentUrl: "asc" },
      select: { documentUrl: true, blockedUrl: true, effectiveDirective: true, sourceFile: true, lineNumber: true, userAgent: true },
    });
    expect(stored).toEqual([
      {
        documentUrl: `https://hub.example/${marker}/batch`,
        blockedUrl: "inline",
        effectiveDirective: "style-src-attr",
        sourceFile: "",
        lineNumber: 3,
        userAgent: "vitest-browser",
      },
      {
        documentUrl: `https://hub.example/${marker}/legacy`,
        blockedUrl: "https://evil.example/x.js",
        effectiveDirective: "script-src-elem",
        sourceFile: "https://hub.example/assets/root.js",
        lineNumber: 12,
        userAgent: "vitest-browser",
      },
    ]);
  });

  it("answers 400 to what is not JSON or not a report, and stores nothing", async () => {
    const before = await prisma.cspReport.count();
    expect((await receiveCspReport(post("{not json"), clientIp())).status).toBe(400);
    expect((await receiveCspReport(post(JSON.stringify({ hello: "world" })), clientIp())).status).toBe(400);
    expect(await prisma.cspReport.count()).toBe(before);
  });

  it("refuses a body over 16 KB with 413, whether or not its length was declared", async () => {
    const huge = JSON.stringify({ "csp-report": { "document-uri": `https://hub.example/${marker}/huge`, padding: "x".repeat(20_000) } });
    const declared = new Request("http://hub.test/csp-report", {
      method: "POST",
      body: huge,
      headers: { "Content-Type": "application/csp-report", "Content-Length": String(huge.length) },
    });
    expect((await receiveCspReport(declared, clientIp())).status).toBe(413);
    expect((await receiveCspReport(post(huge), clientIp())).status).toBe(413);
    expect(await prisma.cspReport.count({ where: { documentUrl: { contains: `${marker}/huge` } } })).toBe(0);
  });

  it("takes 20 reports a minute from one address and answers 429 with Retry-After after that", async () => {
    const ip = clientIp();
    const statuses: number[] = [];
    for (let index = 0; index < 21; index += 1) statuses.push((await receiveCspReport(post(legacyReport(`flood-${index}`)), ip)).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(204));
    const limited = await receiveCspReport(post(legacyReport("flood-last")), ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Another address is not held up.
    expect((await receiveCspReport(post(legacyReport("other-address")), clientIp())).status).toBe(204);
  });
});

describe("/admin/csp-reports", () => {
  it("shows admins the newest reports and the count per directive, and nobody else", async () => {
    const admin = await createUser(prisma, { email: ns.email("admin"), displayName: "admin", roles: ["ADMIN"] });
    const coordinator = await createUser(prisma, { email: ns.email("coordinator"), displayName: "coordinator", roles: ["COORDINATOR"] });
    await receiveCspReport(post(legacyReport("shown")), clientIp());

    const page = await loadCspReports(getRequest("/admin/csp-reports", await sessionCookie(admin.id)));
    expect(page.reports.map((report) => report.documentUrl)).toContain(`https://hub.example/${marker}/shown`);
    expect(page.byDirective.find((row) => row.directive === "script-src-elem")?.count).toBeGreaterThan(0);

    const coordinatorCookie = await sessionCookie(coordinator.id);
    const refused = (await settle(() => loadCspReports(getRequest("/admin/csp-reports", coordinatorCookie)))) as Response;
    expect(refused.status).toBe(403);
  });
});
