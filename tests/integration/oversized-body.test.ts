// A body over the limit is refused with 413 before it is read. The connection cannot carry another request then
// (its next bytes would be the rest of the body), so the answer must say `Connection: close` and the server must
// close cleanly: the client reads the whole answer and then an orderly end, never a reset. Against the production
// server on a raw keep-alive socket, as a scanner or a browser uploading a too-large picture sends it.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailStub, type MailStub } from "../support/mail-stub.ts";
import { startServer, type ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;
let stub: MailStub;

beforeAll(async () => {
  stub = await startMailStub({ apiKey: "re_test_key" });
  server = await startServer({ DATABASE_URL: process.env.DATABASE_URL ?? "", RESEND_BASE_URL: stub.url });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await stub?.close();
});

type Connection = { socket: net.Socket; received: () => string; ended: () => boolean; closed: () => boolean; error: () => string | null };

async function connect(port: number): Promise<Connection> {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let received = "";
  let ended = false;
  let closed = false;
  let error: string | null = null;
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
  socket.on("end", () => (ended = true));
  socket.on("close", () => (closed = true));
  socket.on("error", (failure: NodeJS.ErrnoException) => (error = failure.code ?? failure.message));
  return { socket, received: () => received, ended: () => ended, closed: () => closed, error: () => error };
}

async function until(check: () => boolean, timeoutMs: number) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(25)) if (check()) return true;
  return check();
}

const declaredBytes = 2 * 1024 * 1024;

function head(origin: string, path = "/login") {
  return [
    `POST ${path} HTTP/1.1`,
    `Host: ${new URL(origin).host}`,
    `Origin: ${origin}`,
    "Content-Type: application/x-www-form-urlencoded",
    `Content-Length: ${declaredBytes}`,
    "Connection: keep-alive",
    "",
    "",
  ].join("\r\n");
}

const nextRequest = (origin: string) => `GET /healthz HTTP/1.1\r\nHost: ${new URL(origin).host}\r\nConnection: keep-alive\r\n\r\n`;

describe("a body over the limit", () => {
  it("is answered 413 with Connection: close, and the connection ends cleanly while the body is still on its way", async () => {
    const connection = await connect(server.port);
    connection.socket.write(head(server.origin) + "a".repeat(64 * 1024));
    expect(await until(() => connection.received().includes("送信内容が大きすぎます"), 5_000)).toBe(true);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(connection.received().toLowerCase()).toContain("\r\nconnection: close\r\n");
    // The server shuts its side: the client knows at once not to send anything more on this connection.
    expect(await until(connection.ended, 3_000)).toBe(true);
    connection.socket.end();
    expect(await until(connection.closed, 3_000)).toBe(true);
    expect(connection.error()).toBeNull();
  });

  it("is answered whole and closed without a reset when the client sends all of it and another request after it", async () => {
    const connection = await connect(server.port);
    connection.socket.write(head(server.origin));
    // The whole declared body in 64 KiB pieces as fast as the socket takes them, then a second request.
    const piece = "b".repeat(64 * 1024);
    for (let sent = 0; sent < declaredBytes && !connection.closed(); sent += piece.length) {
      if (!connection.socket.write(piece)) await new Promise((resolve) => connection.socket.once("drain", resolve).once("close", resolve));
    }
    if (!connection.closed()) connection.socket.write(nextRequest(server.origin));
    expect(await until(connection.ended, 5_000)).toBe(true);
    connection.socket.end();
    expect(await until(connection.closed, 5_000)).toBe(true);
    expect(connection.error()).toBeNull();
    expect(connection.received()).toMatch(/^HTTP\/1\.1 413 [\s\S]*送信内容が大きすぎます$/);
    // Nothing more was answered on the connection: the second request was not read as one.
    expect(connection.received().match(/HTTP\/1\.1 /g)).toHaveLength(1);
  });

  it("a chunked body (no length) is answered 411 and closed the same way", async () => {
    const connection = await connect(server.port);
    const host = new URL(server.origin).host;
    connection.socket.write(
      `POST /login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n${"c".repeat(16)}\r\n`,
    );
    expect(await until(() => connection.received().includes("送信内容の長さが必要です"), 5_000)).toBe(true);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 411 /);
    expect(connection.received().toLowerCase()).toContain("\r\nconnection: close\r\n");
    expect(await until(connection.ended, 3_000)).toBe(true);
    connection.socket.end();
    expect(await until(connection.closed, 3_000)).toBe(true);
    expect(connection.error()).toBeNull();
  });

  it("a body within the limit still keeps the connection alive for the next request", async () => {
    const connection = await connect(server.port);
    const host = new URL(server.origin).host;
    const body = "language=en&returnTo=%2F";
    connection.socket.write(
      `POST /language HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`,
    );
    await until(() => /^HTTP\/1\.1 302 [\s\S]*\r\n\r\n/.test(connection.received()), 5_000);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 302 /);
    connection.socket.write(nextRequest(server.origin));
    await until(() => /HTTP\/1\.1 200 /.test(connection.received()), 5_000);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 302 [\s\S]*HTTP\/1\.1 200 /);
    expect(connection.ended()).toBe(false);
    connection.socket.destroy();
  });
});
