// When PostgreSQL is down, restarting or frozen, a page cannot be built: visitors get a short page in their
// language saying so, with status 503 and Retry-After, instead of a generic 500 (or a request that hangs —
// see the timeouts in db.server.ts). entry.server marks the request in handleError and answers with this page.
import type { AppLoadContext } from "@remix-run/node";
import enErrors, { siteName as enSiteName } from "~/locales/en/errors.ts";
import jaErrors, { siteName as jaSiteName } from "~/locales/ja/errors.ts";
import type { Language } from "~/kernel/i18n/config.ts";
import appStylesHref from "~/styles/app.css?url";

/** Seconds a client is asked to wait: a PostgreSQL restart takes a few. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that mean "the database, not the request": connection exceptions (08…), operator
// intervention (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), statement timeout or
// cancel (57014), lock timeout (55P03).
const unavailableSqlStates = /^(?:08[0-9A-Z]{3}|57P0[1-3]|57014|55P03)$/;
// Prisma's own codes for the same: can't reach (P1001), timed out (P1002, P1008), closed (P1017), pool timeout (P2024).
const unavailablePrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const unavailableMessages =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly|Can't reach database server|canceling statement due to (?:statement|lock) timeout|DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections|Transaction API error: Unable to start a transaction in the given time/i;

/** Whether an error (a Prisma, driver-adapter or pg error, at any depth of its causes) means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
    errors?: unknown;
  };
  for (const code of [candidate.code, candidate.originalCode]) {
    if (typeof code === "string" && (unavailableSqlStates.test(code) || unavailablePrismaCodes.has(code))) return true;
  }
  for (const text of [candidate.message, candidate.kind]) {
    if (typeof text === "string" && unavailableMessages.test(text)) return true;
  }
  const nested = [candidate.cause, candidate.meta?.driverAdapterError, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

type Marked = AppLoadContext & { databaseUnavailable?: boolean };

export function markDatabaseUnavailable(context: AppLoadContext) {
  (context as Marked).databaseUnavailable = true;
}

export function wasDatabaseUnavailable(context: AppLoadContext): boolean {
  return (context as Marked).databaseUnavailable === true;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The 503 page: self-contained (no database, no scripts), in the visitor's language. */
export function unavailablePage(language: Language, headers: Headers = new Headers()): Response {
  const [strings, siteName] = language === "en" ? [enErrors, enSiteName] : [jaErrors, jaSiteName];
  const { title, body, retry } = strings.unavailable;
  const html = `<!DOCTYPE html>
<html lang="${language}" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(`${title} | ${siteName}`)}</title>
<link rel="stylesheet" href="${appStylesHref}"></head>
<body>
<main id="main"><p>${escapeHtml(siteName)}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="">${escapeHtml(retry)}</a></p></main>
</body>
</html>`;
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  headers.set("Cache-Control", "no-store");
  return new Response(html, { status: 503, headers });
}
