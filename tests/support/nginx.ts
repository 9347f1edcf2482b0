// Debian's nginx as the reverse proxy in front of a test server, run as the current user from a temporary
// directory (its own pid file, logs and temp paths, `daemon off`, one process) on a free loopback port.
// `npm test` installs nginx when it is missing (scripts/test-setup.ts), so tests never skip for want of it.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findFreePort } from "../../scripts/lib/ports.ts";

export const nginxPath = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export type ReverseProxy = { port: number; stop: () => Promise<void>; errorLog: () => string };

/**
 * nginx forwarding everything to `upstreamPort`. `proxySettings` are extra directives in the location block:
 * none is nginx's default `proxy_pass` (Host becomes the upstream's address), or e.g. `proxy_set_header Host $host;`.
 */
export async function startNginx(upstreamPort: number, options: { proxySettings?: string; port?: number } = {}): Promise<ReverseProxy> {
  const directory = mkdtempSync(path.join(tmpdir(), "hub-nginx-"));
  const port = options.port ?? (await findFreePort());
  const proxySettings = options.proxySettings ?? "";
  const file = (name: string) => path.join(directory, name);
  writeFileSync(
    file("nginx.conf"),
    `daemon off;
master_process off;
pid ${file("nginx.pid")};
error_log ${file("error.log")} warn;
events { worker_connections 256; }
http {
  access_log ${file("access.log")};
  client_body_temp_path ${file("client_body")};
  proxy_temp_path ${file("proxy")};
  fastcgi_temp_path ${file("fastcgi")};
  uwsgi_temp_path ${file("uwsgi")};
  scgi_temp_path ${file("scgi")};
  client_max_body_size 30m;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      ${proxySettings}
    }
  }
}
`,
  );
  const check = spawnSync(nginxPath, ["-t", "-p", directory, "-e", file("error.log"), "-c", file("nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(nginxPath, ["-p", directory, "-e", file("error.log"), "-c", file("nginx.conf")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const errorLog = () => {
    try {
      return readFileSync(file("error.log"), "utf8");
    } catch {
      return "";
    }
  };
  // Listening once a TCP connection is accepted.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited while starting:\n${stderr}\n${errorLog()}`);
    const connected = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => true,
      () => false,
    );
    if (connected) break;
    if (Date.now() > deadline) throw new Error(`nginx did not start within 10 s:\n${stderr}\n${errorLog()}`);
    await sleep(100);
  }
  return {
    port,
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        await Promise.race([exited, sleep(5_000)]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
