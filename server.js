// The HTTP server for development and production: security headers on every response (pages, data,
// resource routes and static files alike), the Origin check on mutations, then Remix.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import helmet from "helmet";

const isProduction = process.env.NODE_ENV === "production";
const buildDirectory = process.env.BUILD_DIR ?? "build";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? (isProduction ? "0.0.0.0" : "localhost");
const configuredOrigin = process.env.APP_ORIGIN ? new URL(process.env.APP_ORIGIN).origin : null;
const cspReportPath = "/csp-report";
// A CSP report is a few hundred bytes; anything near this is not one.
const maxCspReportBytes = 16 * 1024;

const viteDevServer = isProduction
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const app = express();
app.disable("x-powered-by");

// Shutdown (see `shutdown` below): the responses still being written, so each can be told to close its connection.
let shuttingDown = false;
const responsesInFlight = new Set();
app.use((_req, res, next) => {
  responsesInFlight.add(res);
  res.once("close", () => responsesInFlight.delete(res));
  // A request that arrives on a kept-alive connection during the drain is answered, and its connection closed.
  if (shuttingDown) res.setHeader("Connection", "close");
  next();
});
// How many reverse proxies stand in front of this server. Rate limits key on the client address, so trusting
// X-Forwarded-For without a proxy would let anyone pick their own address: 0 (trust none) unless configured.
const trustedProxyHops = Number(process.env.TRUST_PROXY ?? 0);
app.set("trust proxy", Number.isInteger(trustedProxyHops) && trustedProxyHops > 0 ? trustedProxyHops : false);
app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        // Vite injects CSS through <style> tags in development only.
        "style-src": isProduction ? ["'self'"] : ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": isProduction ? ["'self'"] : ["'self'", "ws:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": isProduction && configuredOrigin?.startsWith("https:") ? [] : null,
        // Violations are reported to the hub and shown to admins (/admin/csp-reports, decision 0017): report-to for
        // browsers with the Reporting API, report-uri for the others (a browser that knows report-to ignores it).
        "report-uri": [cspReportPath],
        "report-to": ["csp-endpoint"],
      },
    },
    // HSTS_PRELOAD=on adds `preload` for submission to the browsers' preload list (hstspreload.org): only once every
    // subdomain serves HTTPS, since leaving the list takes months (README "Running in production").
    strictTransportSecurity: isProduction
      ? { maxAge: 63_072_000, includeSubDomains: true, preload: process.env.HSTS_PRELOAD === "on" }
      : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  }),
);
app.use((_req, res, next) => {
  // The Reporting API's endpoint named by the CSP's report-to (resolved against the page's own address).
  res.setHeader("Reporting-Endpoints", `csp-endpoint="${cspReportPath}"`);
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  next();
});
// Uploaded pictures set their own, stricter policy (`default-src 'none'; sandbox`, app/routes/images.$id.ts).
// Remix appends route headers instead of replacing them, and two policies would both be sent: drop the page's.
app.use("/images/", (_req, res, next) => {
  res.removeHeader("Content-Security-Policy");
  res.removeHeader("X-Content-Type-Options");
  next();
});

// PostgreSQL text cannot hold U+0000 and no page links to an address with one: a %00 in the path or query (a
// search term, a filter) is refused here instead of failing in the database as a 500.
app.use((req, res, next) => {
  if (!req.originalUrl.includes("%00")) return next();
  res
    .status(400)
    .type("text/plain; charset=utf-8")
    .send("Bad Request: NUL character in the address / アドレスに使えない文字が含まれています");
});

// TRACE cannot become a fetch Request (Remix's adapter threw: a 500); nothing here answers it.
app.use((req, res, next) => {
  if (req.method !== "TRACE") return next();
  res.status(405).set("Allow", "GET, HEAD, POST").type("text/plain; charset=utf-8").send("Method Not Allowed");
});

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

// Bodies are read whole by Remix: cap them before any route sees one. Browsers always say how long a form is,
// so a body of unknown length (chunked) is refused rather than read without a limit.
const maxBodyBytes = 1024 * 1024;
// The challenge editor's form carries a cover picture of up to 5 MB (app/features/initiatives/image.server.ts) plus its text,
// so multipart posts to the editor's two addresses (and their .data twins, which Remix's fetches use) may be
// bigger. Everything else keeps the 1 MiB cap; the editor itself also caps each part while reading.
const maxUploadBodyBytes = 6 * 1024 * 1024;
const uploadPaths = /^\/coordinate\/(?:challenges\/(?:new|[1-9][0-9]{0,8}\/edit)|initiatives\/[1-9][0-9]{0,8})(?:\.data)?$/;
// An initiative's progress update carries up to four such pictures.
const maxUpdateBodyBytes = 4 * 5 * 1024 * 1024 + 1024 * 1024;
const updateUploadPaths = /^\/initiatives\/[1-9][0-9]{0,8}(?:\.data)?$/;
function bodyLimitFor(req) {
  if (req.path === cspReportPath) return maxCspReportBytes;
  const multipart = (req.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  if (multipart && updateUploadPaths.test(req.path)) return maxUpdateBodyBytes;
  return multipart && uploadPaths.test(req.path) ? maxUploadBodyBytes : maxBodyBytes;
}
// A refused body is never read, so the connection cannot carry another request (its next bytes would be the body):
// the answer says `Connection: close`. Node would close the socket as soon as the answer is written, and closing
// with unread bytes arriving sends a reset that can destroy the answer before the client reads it. So the close
// lingers, as nginx's does: our side is shut (FIN) and what the client still sends is discarded until it closes its
// side too, for at most 5 s or 32 MiB.
const lingerMs = 5_000;
const lingerMaxBytes = 32 * 1024 * 1024;
function refuseBody(req, res, status, message) {
  const socket = req.socket;
  let discarded = 0;
  const cut = setTimeout(() => socket.destroy(), lingerMs).unref();
  socket.on("data", (chunk) => {
    discarded += chunk.length;
    if (discarded > lingerMaxBytes) socket.destroy();
  });
  socket.once("end", () => socket.destroy());
  socket.once("close", () => clearTimeout(cut));
  // Called by Node once a `Connection: close` answer is written: only half-close here.
  socket.destroySoon = () => socket.end();
  res.status(status).set("Connection", "close").type("text/plain; charset=utf-8").send(message);
}
app.use((req, res, next) => {
  if (safeMethods.has(req.method)) return next();
  const declared = req.get("content-length");
  if (declared === undefined && req.get("transfer-encoding")) {
    return refuseBody(req, res, 411, "Length Required / 送信内容の長さが必要です");
  }
  if (Number(declared ?? 0) > bodyLimitFor(req)) {
    return refuseBody(req, res, 413, "Payload Too Large / 送信内容が大きすぎます");
  }
  next();
});

// Cross-site request forgery: a state-changing request must come from one of our own pages. Browsers send
// Origin on every POST; a request without one (or from elsewhere) is refused before any action runs.
// One exception: RFC 8058 one-click unsubscribe, which mail providers POST from their servers without an
// Origin. The signed token in the address authorises it, and all it can do is stop e-mails.
const oneClickUnsubscribePath = /^\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
app.use((req, res, next) => {
  if (safeMethods.has(req.method)) return next();
  if (req.method === "POST" && oneClickUnsubscribePath.test(req.path)) return next();
  // Browsers send CSP reports without a dependable Origin (report-uri posts carry none in some browsers). The
  // endpoint only stores a size- and rate-limited report, with no cookie or session involved.
  if (req.method === "POST" && req.path === cspReportPath) return next();
  const expectedOrigin = configuredOrigin ?? `${req.protocol}://${req.get("host")}`;
  if (req.get("origin") === expectedOrigin) return next();
  res.status(403).type("text/plain; charset=utf-8").send("Forbidden: cross-origin request / 別のサイトからの送信は受け付けられません");
});

// Past the Origin check, every request is built on APP_ORIGIN: Remix compares Origin with Host (or X-Forwarded-Host)
// once more and throws (an empty 500) when they differ, which they do behind a proxy that rewrites Host (nginx's
// default proxy_pass) or under a second host name. The request URL, links built from it and that check then agree.
if (configuredOrigin) {
  const { host: originHost, protocol: originProtocol } = new URL(configuredOrigin);
  const originScheme = originProtocol.replace(/:$/, "");
  app.use((req, _res, next) => {
    req.headers.host = originHost;
    delete req.headers["x-forwarded-host"];
    Object.defineProperty(req, "protocol", { value: originScheme, configurable: true });
    next();
  });
}

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static(`${buildDirectory}/client/assets`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(`${buildDirectory}/client`, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build")
  : await import(pathToFileURL(path.resolve(buildDirectory, "server/index.js")).href);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: isProduction ? "production" : "development",
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? "unknown" }),
  }),
);

const server = app.listen(port, host, () => {
  const address = server.address();
  const shownPort = typeof address === "object" && address ? address.port : port;
  console.log(`Shiojiri Co-creation Hub listening on http://${host === "0.0.0.0" ? "localhost" : host}:${shownPort}`);
});

// SIGTERM/SIGINT drain the server: stop accepting connections, answer every request already in flight with
// `Connection: close` (so a keep-alive connection carries no further request), close idle connections, wait for
// the answers to finish, then let the app's hooks hand back what they hold (mail being sent goes back to the
// queue for the next process) and exit 0. Whatever is still open after SHUTDOWN_TIMEOUT_MS is cut: exit 1.
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 20_000);
async function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`${signal}: finishing ${responsesInFlight.size} request(s) in flight, then stopping`);
  setTimeout(() => {
    console.error(`Shutdown took longer than ${shutdownTimeoutMs} ms: ${responsesInFlight.size} request(s) cut off`);
    process.exit(1);
  }, shutdownTimeoutMs).unref();
  for (const res of responsesInFlight) {
    if (!res.headersSent) res.setHeader("Connection", "close");
  }
  const drained = new Promise((resolve) => server.close(resolve));
  // server.close() closes the connections idle at this moment; a streamed answer that had already sent its headers
  // leaves its connection idle later, so keep closing idle ones until every connection is gone.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  await drained;
  clearInterval(closeIdle);
  const hooks = globalThis.__hubShutdownHooks ?? [];
  await Promise.allSettled([...hooks.map((hook) => hook()), viteDevServer?.close()]);
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
