// docs/double-submits.md lists every mutating form with its guard against being sent twice. A route module that
// gains an action without a row there would be a form nobody has asked "what if it is sent twice?" about: this
// test finds every route in app/routes exporting an action and fails if its address is missing from the table.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const routesDir = path.join(root, "app/routes");

/** The address a Remix flat-route file name serves: `organisations.$id_.profile.tsx` → `/organisations/$id/profile`. */
function routeAddress(fileName: string): string {
  const name = fileName.replace(/\.(tsx|ts)$/, "");
  // Dots inside [ ] are literal (`calendar[.]ics`); every other dot separates segments.
  const segments = name.split(/\.(?![^[]*\])/).map((segment) => segment.replace(/\[(.*?)\]/g, "$1"));
  const parts = segments.filter((segment) => segment !== "_index" && !segment.startsWith("_")).map((segment) => segment.replace(/_$/, ""));
  return `/${parts.join("/")}`;
}

const exportsAction = /export\s+(?:const|let|async\s+function|function)\s+action\b|export\s*\{[^}]*\baction\b[^}]*\}/;

function routesWithActions() {
  return readdirSync(routesDir)
    .filter((file) => /\.(tsx|ts)$/.test(file))
    .filter((file) => exportsAction.test(readFileSync(path.join(routesDir, file), "utf8")))
    .map((file) => ({ file, address: routeAddress(file) }));
}

/** Every address named (in backticks) in the first column of the table. */
function addressesInTable() {
  const doc = readFileSync(path.join(root, "docs/double-submits.md"), "utf8");
  const addresses = new Set<string>();
  for (const line of doc.split("\n")) {
    if (!line.startsWith("| `/")) continue;
    const firstCell = line.split("|")[1] ?? "";
    for (const match of firstCell.matchAll(/`(\/[^`]*)`/g)) addresses.add(match[1]!);
  }
  return addresses;
}

describe("docs/double-submits.md", () => {
  it("reads flat-route file names as addresses", () => {
    expect(routeAddress("organisations.$id_.profile.tsx")).toBe("/organisations/$id/profile");
    expect(routeAddress("account._index.tsx")).toBe("/account");
    expect(routeAddress("admin.users_.$id.tsx")).toBe("/admin/users/$id");
    expect(routeAddress("calendar[.]ics.ts")).toBe("/calendar.ics");
    expect(routeAddress("follow.ts")).toBe("/follow");
  });

  it("finds the route modules that take a POST", () => {
    const files = routesWithActions().map((route) => route.file);
    expect(files).toContain("proposals.new.tsx");
    expect(files).toContain("follow.ts");
    expect(files).not.toContain("challenges._index.tsx");
  });

  it.each(routesWithActions().map((route) => [route.address, route.file]))(
    "names %s (%s), which has an action, with its guard",
    (address) => {
      expect(addressesInTable()).toContain(address);
    },
  );
});
