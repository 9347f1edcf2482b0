// Content-Security-Policy violation reports (decision 0017): browsers POST them to /csp-report in either format —
// report-uri's `{"csp-report": {...}}` (application/csp-report) or the Reporting API's list of
// `{type: "csp-violation", body: {...}}` (application/reports+json) — and admins read them on /admin/csp-reports.
// Anyone can post, so the endpoint is careful: bodies over 16 KB are refused (server.js refuses them earlier by
// Content-Length; this reads at most that much whatever the header said), each address may send 20 a minute, and
// past 1,000 stored in the last hour new ones are dropped (still answered 204: nobody learns anything from it).
import { z } from "zod";
import { prisma } from "~/kernel/db.server.ts";
import { clientIp, requirePermission } from "~/kernel/auth/guards.server.ts";
import { getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { translatedMeta } from "~/kernel/meta.server.ts";
import { consumeRateLimit } from "~/kernel/rate-limit.server.ts";

const MAX_CSP_REPORT_BYTES = 16 * 1024;
const MAX_REPORTS_PER_REQUEST = 10;
const MAX_REPORTS_PER_HOUR = 1000;
const MAX_STORED_BODY_CHARS = 8 * 1024;

/** The body as text, or null when it is longer than `limit` bytes (read only that far). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const text = (max: number) =>
  z
    .unknown()
    .transform((value) => (typeof value === "string" ? value.slice(0, max) : ""))
    .catch("");
const lineNumber = z.coerce.number().int().min(0).max(10_000_000).nullable().catch(null);

// report-uri (CSP level 2): hyphenated keys.
const legacyReport = z.object({
  "csp-report": z.object({
    "document-uri": text(2000),
    "blocked-uri": text(2000),
    "effective-directive": text(200),
    "violated-directive": text(200),
    "source-file": text(2000),
    "line-number": lineNumber.optional(),
  }),
});

// The Reporting API: a list of reports, of which only csp-violation ones are ours.
const reportingApiReport = z.object({
  type: z.literal("csp-violation"),
  url: text(2000),
  body: z.object({
    documentURL: text(2000),
    blockedURL: text(2000),
    effectiveDirective: text(200),
    sourceFile: text(2000),
    lineNumber: lineNumber.optional(),
  }),
});

type ParsedReport = {
  documentUrl: string;
  blockedUrl: string;
  effectiveDirective: string;
  sourceFile: string;
  lineNumber: number | null;
  raw: unknown;
};

function parseReports(payload: unknown): ParsedReport[] | null {
  const legacy = legacyReport.safeParse(payload);
  if (legacy.success) {
    const report = legacy.data["csp-report"];
    return [
      {
        documentUrl: report["document-uri"],
        blockedUrl: report["blocked-uri"],
        effectiveDirective: report["effective-directive"] || report["violated-directive"],
        sourceFile: report["source-file"],
        lineNumber: report["line-number"] ?? null,
        raw: payload,
      },
    ];
  }
  if (!Array.isArray(payload)) return null;
  const reports: ParsedReport[] = [];
  for (const item of payload.slice(0, MAX_REPORTS_PER_REQUEST)) {
    const parsed = reportingApiReport.safeParse(item);
    if (!parsed.success) continue;
    const { body } = parsed.data;
    reports.push({
      documentUrl: body.documentURL || parsed.data.url,
      blockedUrl: body.blockedURL,
      effectiveDirective: body.effectiveDirective,
      sourceFile: body.sourceFile,
      lineNumber: body.lineNumber ?? null,
      raw: item,
    });
  }
  return reports;
}

function plain(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}

/** POST /csp-report: 204 when taken (or dropped quietly), 400 for what is no report, 413 too big, 429 too many. */
export async function receiveCspReport(request: Request, context: unknown): Promise<Response> {
  if (request.method !== "POST") return plain(405, "Method Not Allowed", { Allow: "POST" });
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_CSP_REPORT_BYTES) return plain(413, "Payload Too Large");
  const limit = await consumeRateLimit("cspReportsByIp", clientIp(context));
  if (!limit.allowed) return plain(429, "Too Many Requests", { "Retry-After": String(limit.retryAfterSeconds) });
  const body = await readCapped(request, MAX_CSP_REPORT_BYTES);
  if (body === null) return plain(413, "Payload Too Large");
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return plain(400, "Bad Request: not JSON");
  }
  const reports = parseReports(payload);
  if (!reports) return plain(400, "Bad Request: not a CSP report");
  if (reports.length === 0) return new Response(null, { status: 204 });
  const lastHour = await prisma.cspReport.count({ where: { createdAt: { gt: new Date(Date.now() - 60 * 60 * 1000) } } });
  if (lastHour >= MAX_REPORTS_PER_HOUR) return new Response(null, { status: 204 });
  const userAgent = (request.headers.get("User-Agent") ?? "").slice(0, 300);
  await prisma.cspReport.createMany({
    data: reports.map((report) => {
      const raw = JSON.stringify(report.raw);
      return {
        documentUrl: report.documentUrl,
        blockedUrl: report.blockedUrl,
        effectiveDirective: report.effectiveDirective,
        sourceFile: report.sourceFile,
        lineNumber: report.lineNumber,
        userAgent,
        body: raw.length <= MAX_STORED_BODY_CHARS ? (report.raw as object) : { truncated: raw.slice(0, MAX_STORED_BODY_CHARS) },
      };
    }),
  });
  return new Response(null, { status: 204 });
}

const PAGE_SIZE = 100;

/** /admin/csp-reports: the newest reports, and how many each directive had in the last 7 days. */
export async function loadCspReports(request: Request) {
  await requirePermission(request, "security:read");
  const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000);
  const [reports, byDirective, language] = await Promise.all([
    prisma.cspReport.findMany({
      orderBy: { createdAt: "desc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        documentUrl: true,
        blockedUrl: true,
        effectiveDirective: true,
        sourceFile: true,
        lineNumber: true,
        userAgent: true,
      },
    }),
    prisma.cspReport.groupBy({
      by: ["effectiveDirective"],
      where: { createdAt: { gt: weekAgo } },
      _count: { _all: true },
      orderBy: { _count: { effectiveDirective: "desc" } },
    }),
    getLanguage(request),
  ]);
  return {
    reports,
    byDirective: byDirective.map((row) => ({ directive: row.effectiveDirective, count: row._count._all })),
    language,
    meta: await translatedMeta(request, { title: "admin.cspTitle", description: "admin.cspLead" }, { noindex: true }),
  };
}
