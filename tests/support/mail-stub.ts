// A stand-in for the Resend API, as far as the `resend` SDK uses it to send: POST /emails and /emails/batch
// with Bearer auth and JSON, answering { id }. Like Resend it honours `Idempotency-Key`: a repeated key with
// the same body gets the first answer back and is not a new delivery (it still counts as a request).
// Tests read what arrived through /__stub/* — or in-process through the returned handle.
//
//   in-process:  const stub = await startMailStub(); process.env.RESEND_BASE_URL = stub.url;
//   CLI:         tsx tests/support/mail-stub.ts --port 3211   (Playwright's webServer)
import { randomUUID } from "node:crypto";
import http from "node:http";
import { pathToFileURL } from "node:url";

export type StubDelivery = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** The message's own headers as the SDK sent them (List-Unsubscribe …); empty when it sent none. */
  headers: Record<string, string>;
  idempotencyKey: string | null;
  receivedAt: string;
};

export type StubRequest = { method: string; path: string; idempotencyKey: string | null; to: string[]; status: number; receivedAt: string };

export type MailStub = {
  url: string;
  port: number;
  deliveries(): StubDelivery[];
  requests(): StubRequest[];
  /** The next `count` POSTs to /emails answer `status` (default 500) — for retry tests. */
  failNext(count: number, status?: number): void;
  /** Every POST to /emails waits this long before it is handled (0: none) — a slow provider, for shutdown tests. */
  delay(ms: number): void;
  /** POSTs to /emails that arrived and are not answered yet. */
  pending(): number;
  clear(): void;
  close(): Promise<void>;
};

type EmailBody = { from?: unknown; to?: unknown; subject?: unknown; html?: unknown; text?: unknown; headers?: unknown };
type Remembered = { bodyJson: string; response: { status: number; body: unknown } };

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function startMailStub(options: { port?: number; host?: string; apiKey?: string } = {}): Promise<MailStub> {
  const deliveries: StubDelivery[] = [];
  const requests: StubRequest[] = [];
  const idempotent = new Map<string, Remembered>();
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let delayMs = 0;
  let pending = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      send(res, 500, { statusCode: 500, name: "application_error", message: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub");
    const path = url.pathname.replace(/\/+$/, "") || "/";

    if (path === "/__stub/messages" && req.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return send(res, 200, to ? deliveries.filter((delivery) => delivery.to.some((address) => address.toLowerCase() === to)) : deliveries);
    }
    if (path === "/__stub/messages" && req.method === "DELETE") {
      clear();
      return send(res, 200, { cleared: true });
    }
    if (path === "/__stub/stats" && req.method === "GET") {
      return send(res, 200, { requests: requests.length, deliveries: deliveries.length });
    }
    if (path === "/__stub/fail" && req.method === "POST") {
      const body = (await readJson(req)) as { count?: unknown; status?: unknown } | null;
      const count = typeof body?.count === "number" && body.count >= 0 ? Math.floor(body.count) : 1;
      const status = typeof body?.status === "number" ? body.status : 500;
      failures = { count, status };
      return send(res, 200, failures);
    }

    if (req.method === "POST" && (path === "/emails" || path === "/emails/batch") && delayMs > 0) {
      pending += 1;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      pending -= 1;
    }
    if (req.method === "POST" && (path === "/emails" || path === "/emails/batch")) {
      const idempotencyKey = req.headers["idempotency-key"]?.toString() ?? null;
      const body = await readJson(req);
      const emails: EmailBody[] =
        path === "/emails/batch" ? (Array.isArray(body) ? body : []) : body && typeof body === "object" ? [body] : [];
      const record = (status: number) =>
        requests.push({
          method: "POST",
          path,
          idempotencyKey,
          to: emails.flatMap((email) => toList(email.to)),
          status,
          receivedAt: new Date().toISOString(),
        });

      const authorization = req.headers.authorization ?? "";
      const token = authorization.startsWith("Bearer ") ? authorization.slice(7) : "";
      if (!token || (options.apiKey && token !== options.apiKey)) {
        record(401);
        return send(res, 401, {
          statusCode: 401,
          name: "missing_api_key",
          message: "Missing or wrong API key in the authorization header",
        });
      }
      if (failures.count > 0) {
        failures.count -= 1;
        record(failures.status);
        return send(res, failures.status, {
          statusCode: failures.status,
          name: "internal_server_error",
          message: "Stub failure (POST /__stub/fail)",
        });
      }
      const invalid =
        emails.length === 0 ||
        emails.some((email) => typeof email.from !== "string" || toList(email.to).length === 0 || typeof email.subject !== "string");
      if (invalid) {
        record(422);
        return send(res, 422, { statusCode: 422, name: "validation_error", message: "from, to and subject are required" });
      }

      const bodyJson = JSON.stringify(body);
      if (idempotencyKey) {
        const earlier = idempotent.get(idempotencyKey);
        if (earlier) {
          // Resend: the same key with another body is an error; with the same body, the first answer again.
          const response =
            earlier.bodyJson === bodyJson
              ? earlier.response
              : {
                  status: 409,
                  body: {
                    statusCode: 409,
                    name: "invalid_idempotent_request",
                    message: "Same idempotency key with a different request body",
                  },
                };
          record(response.status);
          return send(res, response.status, response.body);
        }
      }

      const created = emails.map((email) => {
        const delivery: StubDelivery = {
          id: randomUUID(),
          from: String(email.from),
          to: toList(email.to),
          subject: String(email.subject),
          html: typeof email.html === "string" ? email.html : "",
          text: typeof email.text === "string" ? email.text : "",
          headers: headerRecord(email.headers),
          idempotencyKey,
          receivedAt: new Date().toISOString(),
        };
        deliveries.push(delivery);
        return delivery;
      });
      const response = {
        status: 200,
        body: path === "/emails/batch" ? { data: created.map(({ id }) => ({ id })) } : { id: created[0]!.id },
      };
      if (idempotencyKey) idempotent.set(idempotencyKey, { bodyJson, response });
      record(200);
      return send(res, response.status, response.body);
    }

    send(res, 404, { statusCode: 404, name: "not_found", message: `No stub route for ${req.method} ${path}` });
  }

  function clear() {
    deliveries.length = 0;
    requests.length = 0;
    idempotent.clear();
    failures = { count: 0, status: 500 };
    delayMs = 0;
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://${options.host ?? "127.0.0.1"}:${port}`,
        port,
        deliveries: () => [...deliveries],
        requests: () => [...requests],
        failNext: (count, status = 500) => {
          failures = { count, status };
        },
        delay: (ms) => {
          delayMs = ms;
        },
        pending: () => pending,
        clear,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function headerRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function toList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("request body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      if (!raw) return resolve(null);
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(null);
      }
    });
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

// CLI for Playwright's webServer: tsx tests/support/mail-stub.ts --port 3211
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portFlag = process.argv.indexOf("--port");
  const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.MAIL_STUB_PORT ?? 3211);
  const stub = await startMailStub({ port });
  console.log(`Mail stub (Resend API) listening on ${stub.url}`);
  const stop = () => void stub.close().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
