// The production server (server.js over a build) as a child process on loopback, for tests of what happens
// around it: a database outage, a shutdown. `npm test` builds before Vitest runs; on its own, build once first:
//   NODE_ENV=production npx remix vite:build
// (BUILD_DIR, or SERVER_TEST_BUILD_DIR for these tests only, names another build folder.)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "../../scripts/lib/ports.ts";

export const testBuildDirectory = process.env.SERVER_TEST_BUILD_DIR ?? process.env.BUILD_DIR ?? "build";

export type ServerProcess = {
  child: ChildProcess;
  origin: string;
  port: number;
  output: () => string;
  alive: () => boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

export function hasTestBuild() {
  return existsSync(path.resolve(testBuildDirectory, "server/index.js"));
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  if (!hasTestBuild()) {
    throw new Error(`No build in ${testBuildDirectory}: run BUILD_DIR=${testBuildDirectory} NODE_ENV=production npx remix vite:build`);
  }
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, ["server.js"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      BUILD_DIR: testBuildDirectory,
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_ORIGIN: origin,
      RESEND_API_KEY: "re_test_key",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const alive = () => child.exitCode === null && child.signalCode === null;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!alive()) throw new Error(`server.js exited while starting:\n${output}`);
    if (output.includes("listening on")) break;
    if (Date.now() > deadline) throw new Error(`server.js did not start within 30 s:\n${output}`);
    await sleep(100);
  }
  return {
    child,
    origin,
    port,
    output: () => output,
    alive,
    exited,
    async stop() {
      if (!alive()) return;
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (alive()) child.kill("SIGKILL");
    },
  };
}
