// `npm run check:copies`: the copy-paste detector (jscpd, configured in .jscpd.json) over app/ and emails/.
// Every clone it finds must be listed in .jscpd-accepted.json with the reason it stays (page markup, explicit
// Prisma selects kept apart on purpose...); a copied helper is extracted instead. Fails on a clone that is not
// accepted, and on an accepted entry that no longer matches any clone, so the list stays true.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./lib/run.ts";

type Accepted = { files: [string, string]; snippet?: string; reason: string };
type CloneSide = { name: string; start: number; end: number };
type Clone = { firstFile: CloneSide; secondFile: CloneSide; fragment: string };

const root = process.cwd();
const accepted = JSON.parse(readFileSync(path.join(root, ".jscpd-accepted.json"), "utf8")) as Accepted[];
for (const entry of accepted) {
  if (!Array.isArray(entry.files) || entry.files.length !== 2 || !entry.reason?.trim()) {
    console.error(`✖ .jscpd-accepted.json: every entry needs two files and a reason: ${JSON.stringify(entry)}`);
    process.exit(1);
  }
}

const outputDir = mkdtempSync(path.join(os.tmpdir(), "check-copies-"));
let clones: Clone[];
try {
  const code = await run("node_modules/.bin/jscpd", [
    "--config",
    ".jscpd.json",
    "--reporters",
    "json",
    "--output",
    outputDir,
    "--absolute",
  ]);
  if (code !== 0) throw new Error(`jscpd exited with ${code}`);
  clones = (JSON.parse(readFileSync(path.join(outputDir, "jscpd-report.json"), "utf8")) as { duplicates: Clone[] }).duplicates;
} finally {
  rmSync(outputDir, { recursive: true, force: true });
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
const samePair = (entry: Accepted, clone: Clone) => {
  const pair = [relative(clone.firstFile.name), relative(clone.secondFile.name)].sort().join("\n");
  return [...entry.files].sort().join("\n") === pair;
};
const covers = (entry: Accepted, clone: Clone) => samePair(entry, clone) && (!entry.snippet || clone.fragment.includes(entry.snippet));

const where = (side: CloneSide) => `${relative(side.name)}:${side.start}-${side.end}`;
const unaccepted = clones.filter((clone) => !accepted.some((entry) => covers(entry, clone)));
const stale = accepted.filter((entry) => !clones.some((clone) => covers(entry, clone)));

for (const clone of unaccepted) console.error(`✖ copied code: ${where(clone.firstFile)} ↔ ${where(clone.secondFile)}`);
for (const entry of stale) {
  const snippet = entry.snippet ? ` (${JSON.stringify(entry.snippet)})` : "";
  console.error(`✖ accepted clone no longer found, remove it from .jscpd-accepted.json: ${entry.files.join(" ↔ ")}${snippet}`);
}
if (unaccepted.length > 0) {
  console.error("Extract the copied code into one shared function or component, or, when the likeness is on purpose,");
  console.error("list the pair in .jscpd-accepted.json with the reason.");
}
console.log(`check:copies: ${clones.length} clones, ${clones.length - unaccepted.length} accepted, ${unaccepted.length} not accepted`);
process.exit(unaccepted.length > 0 || stale.length > 0 ? 1 : 0);
