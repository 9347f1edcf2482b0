// Path parameters come from an address anyone can type: one parser per kind, and anything that does not fit is
// the same 404 as a record that does not exist (never a 500 from the database, never a hint that it is malformed).
import type { Params } from "@remix-run/react";
import { notFound } from "./http.server.ts";

const recordNumber = /^[1-9]\d{0,8}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a well-formed UUID (any version); ids from addresses, forms and signed links are checked with it. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuid.test(value);
}

/** A record's public number (/challenges/<n>, /proposals/<n>, …): 1 to 999,999,999, or a 404. */
export function numberParam(params: Params, name: string): number {
  const value = params[name];
  if (!value || !recordNumber.test(value)) notFound();
  return Number(value);
}

/** The same rule without the 404, for answers that are not the HTML error page (the JSON API): null when malformed. */
export function recordNumberOrNull(value: string | undefined): number | null {
  return value && recordNumber.test(value) ? Number(value) : null;
}

/** A record's UUID (/partners/<id>, /admin/users/<id>, …), or a 404. */
export function uuidParam(params: Params, name: string): string {
  const value = params[name];
  if (!isUuid(value)) notFound();
  return value;
}

/** A short code or slug (/strategies/<code>, /areas/<slug>): what the address holds, looked up as is. */
export function textParam(params: Params, name: string): string {
  return params[name] ?? "";
}
