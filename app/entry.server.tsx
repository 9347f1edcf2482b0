import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { getI18nInstance, getLanguage } from "~/kernel/i18n/i18next.server.ts";
import { NonceProvider } from "~/kernel/nonce.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { startJobWorkersOnce } from "~/workers.server.ts";
import {
  isDatabaseUnavailable,
  markDatabaseUnavailable,
  unavailablePage,
  wasDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "~/kernel/unavailable.server.ts";

// Fail at boot, not on the first request, when the environment is wrong.
getEnv();
// Background jobs (e-mail delivery) in this process, once, unless JOBS_WORKER=off or under Vitest.
startJobWorkersOnce();

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const language = await getLanguage(request);
  // A loader or action could not reach the database: a clear, short 503 rather than a generic 500.
  if (wasDatabaseUnavailable(loadContext)) return unavailablePage(language);
  const i18n = getI18nInstance(language);
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          keepPersonalPagesPrivate(request, responseHeaders);
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are already streamed to the error boundary; log them for operators.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

/**
 * React 18's stream writer sends its whole 2 KB buffer, unused zero bytes included, when a multi-byte character
 * does not fit at its end (react-dom-server 18.3.1; fixed in 19): Japanese pages carried stray NUL bytes, which
 * browsers turn into U+FFFD in attributes and in the hydration data. UTF-8 has no 0x00 byte but U+0000, which
 * HTML does not allow either, so every one is dropped.
 */
function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

/**
 * A signed-in visitor's page carries their name (and on some pages their e-mail address): no shared cache may
 * keep it, and the browser must not show it from its cache after sign-out.
 */
function keepPersonalPagesPrivate(request: Request, headers: Headers) {
  if (!headers.has("Cache-Control") && /(?:^|;\s*)(?:__Host-)?session=/.test(request.headers.get("Cookie") ?? "")) {
    headers.set("Cache-Control", "private, no-store");
  }
}

export function handleDataRequest(response: Response, { request, context }: { request: Request; context: AppLoadContext }) {
  keepPersonalPagesPrivate(request, response.headers);
  if (!wasDatabaseUnavailable(context)) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  headers.set("Cache-Control", "no-store");
  return new Response(response.body, { status: 503, headers });
}

/** Logs what went wrong in a loader or action (as Remix does by default); a database outage is one line, not a stack per request. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnavailable(context);
    console.error(
      `[db] unavailable during ${request.method} ${new URL(request.url).pathname}: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
    );
    return;
  }
  if (!request.signal.aborted) console.error(error);
};

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientIp?: string;
  }
}
