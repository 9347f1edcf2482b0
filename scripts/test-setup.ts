// First step of `npm test`: the end-to-end tests need Debian's Chromium (and CJK fonts, so Japanese pages render
// as people see them), and the reverse-proxy tests Debian's nginx in front of the server. When one is missing,
// install it with apt-get if this user may (root, or sudo without a password), otherwise stop at once with the one
// command to run — before minutes of typecheck, lint and build.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const cjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
// The same default as tests/support/nginx.ts.
const nginxPath = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

function executable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function succeeds(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.status === 0;
}

function stop(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const chromiumReady = executable(chromiumPath);
const fontsReady = existsSync(cjkFont);
const nginxReady = executable(nginxPath);
const packages = [...(chromiumReady && fontsReady ? [] : ["chromium", "fonts-noto-cjk"]), ...(nginxReady ? [] : ["nginx-light"])];

if (packages.length > 0) {
  const missing = [
    !chromiumReady && `Chromium (${chromiumPath})`,
    !fontsReady && "CJK fonts (fonts-noto-cjk)",
    !nginxReady && `nginx (${nginxPath})`,
  ]
    .filter(Boolean)
    .join(" and ");
  if (process.env.CHROMIUM_PATH && !chromiumReady) {
    stop(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file. Point it at a Chromium binary, or unset it and run:\n  sudo apt-get install -y ${packages.join(" ")}`,
    );
  }
  if (process.env.NGINX_PATH && !nginxReady) {
    stop(
      `NGINX_PATH=${process.env.NGINX_PATH} is not an executable file. Point it at nginx, or unset it and run:\n  sudo apt-get install -y ${packages.join(" ")}`,
    );
  }
  if (!existsSync("/usr/bin/apt-get")) {
    stop(`The tests need ${missing}, and this machine has no apt-get. Install them and set CHROMIUM_PATH and NGINX_PATH to the programs.`);
  }
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && succeeds("sudo", ["-n", "true"]);
  if (!isRoot && !canSudo) {
    stop(`The tests need ${missing}. Run this once, then npm test again:\n  sudo apt-get install -y ${packages.join(" ")}`);
  }
  console.log(`▶ installing ${packages.join(" ")} (apt-get) for the end-to-end and reverse-proxy tests`);
  const prefix = isRoot ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["apt-get", "update"],
    ["apt-get", "install", "-y", "--no-install-recommends", ...packages],
  ]) {
    const [command = "", ...rest] = [...prefix, ...args];
    const result = spawnSync(command, rest, { stdio: "inherit", env });
    if (result.status !== 0) stop(`${[...prefix, ...args].join(" ")} failed (exit ${result.status ?? result.signal}).`);
  }
  if (!executable(chromiumPath)) stop(`apt-get installed ${packages.join(" ")}, but ${chromiumPath} is still missing.`);
  if (!executable(nginxPath)) stop(`apt-get installed ${packages.join(" ")}, but ${nginxPath} is still missing.`);
}
