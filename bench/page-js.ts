// JavaScript a first visit downloads per page type: the entry, the root route and the page's route module with
// every chunk they import, gzip-compressed as the server sends them. Reads the production build's Remix manifest,
// so run `npm run build` first. `npx tsx bench/page-js.ts [buildDir]`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type ManifestEntry = { module: string; imports?: string[]; parentId?: string };
type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, ManifestEntry> };

const buildDir = process.argv[2] ?? process.env.BUILD_DIR ?? "build";
const clientDir = path.join(buildDir, "client");
const assets = path.join(clientDir, "assets");
const manifestFile = readdirSync(assets).find((name) => name.startsWith("manifest-") && name.endsWith(".js"));
if (!manifestFile) throw new Error(`no Remix manifest in ${assets}: run npm run build first`);
const manifestSource = readFileSync(path.join(assets, manifestFile), "utf8");
const manifest = JSON.parse(manifestSource.slice(manifestSource.indexOf("{"), manifestSource.lastIndexOf("}") + 1)) as Manifest;

const gzipped = new Map<string, number>();
function size(url: string): number {
  let bytes = gzipped.get(url);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(path.join(clientDir, url))).length;
    gzipped.set(url, bytes);
  }
  return bytes;
}

const pages = [
  "routes/_index",
  "routes/challenges._index",
  "routes/challenges.$number",
  "routes/initiatives._index",
  "routes/initiatives.$number",
  "routes/partners._index",
  "routes/dashboard",
  "routes/login",
  "routes/proposals.new",
  "routes/coordinate.challenges.$number.edit",
];
const common = [manifest.entry.module, ...manifest.entry.imports];
let total = 0;
for (const id of pages) {
  const chain: ManifestEntry[] = [];
  for (let route = manifest.routes[id]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined!) chain.push(route);
  if (chain.length === 0) continue;
  const urls = new Set([...common, ...chain.flatMap((route) => [route.module, ...(route.imports ?? [])])]);
  const kib = [...urls].reduce((sum, url) => sum + size(url), 0) / 1024;
  total += kib;
  console.log(`${id.padEnd(44)} ${kib.toFixed(1).padStart(7)} KiB gzip`);
}
console.log(`${"sum".padEnd(44)} ${total.toFixed(1).padStart(7)} KiB gzip`);
