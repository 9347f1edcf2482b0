// `npm run check:dev-quiet`: starts `npm run dev` as a terminal would (its own process group, embedded PostgreSQL
// unless DATABASE_URL is set), loads a few pages at once, presses Ctrl-C (SIGINT to the whole group) while they are
// in flight, and fails if anything but the launcher's own lines was printed: a warning, a deprecation, an error, a
// stack trace, a "terminating connection". Not part of `npm test`: a first start seeds the demo data (~40 s).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const port = process.env.PORT ?? "4300";
const noise = /warn|deprecat|error|terminating|unavailable|exception|^\s+at\s/i;

const dev = spawn("npm", ["run", "dev"], { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: port } });
const lines: string[] = [];
const collect = (stream: NodeJS.ReadableStream, name: string) =>
  stream.on("data", (chunk: Buffer) =>
    lines.push(
      ...chunk
        .toString()
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => `${name}: ${line}`),
    ),
  );
collect(dev.stdout!, "out");
collect(dev.stderr!, "err");
const exited = new Promise<string>((resolve) => dev.once("exit", (code, signal) => resolve(signal ?? String(code))));

const started = Date.now();
while (!lines.some((line) => line.includes("listening on"))) {
  if (Date.now() - started > 180_000) throw new Error(`npm run dev did not start:\n${lines.join("\n")}`);
  await sleep(250);
}
const url = lines.find((line) => line.includes("listening on"))!.replace(/.*listening on /, "");
const inFlight = ["/", "/challenges", "/partners", "/initiatives", "/dashboard", "/challenges?q=空き家"].map((path) =>
  fetch(new URL(path, url)).then(
    (response) => response.status,
    () => "closed",
  ),
);
await sleep(150);
process.kill(-dev.pid!, "SIGINT");
const answers = await Promise.all(inFlight);
const code = await exited;
// npm itself ends by the Ctrl-C it was sent (SIGINT); the hub behind it exits 0.
await sleep(500);

const noisy = lines.filter((line) => noise.test(line));
console.log(lines.join("\n"));
console.log(`\nanswers while stopping: ${answers.join(", ")}; ended with ${code}`);
if (noisy.length > 0 || !["0", "SIGINT"].includes(code)) {
  console.error(`\n${noisy.length} noisy line(s):\n${noisy.join("\n")}`);
  process.exit(1);
}
console.log("clean start and clean stop");
