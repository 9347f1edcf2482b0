// Requests as a signed-in browser sends them, for calling loaders and actions directly: a real session's cookie,
// GETs and urlencoded POSTs, and `settle` to treat a thrown Response (404, redirect) like a returned one.
import { createSession } from "../../app/kernel/auth/session.server.ts";

/**
 * The session cookie of a fresh session for the user (Remix stores a cookie value as base64 of its JSON). It counts as
 * having passed the second factor, as a staff member's real sign-in would (tests of that step pass
 * `{ secondFactor: false }`), and as just authenticated.
 */
export async function sessionCookie(userId: string, options: { secondFactor?: boolean } = {}): Promise<string> {
  const { token } = await createSession(userId, "vitest", { secondFactor: options.secondFactor ?? true });
  return `session=${encodeURIComponent(Buffer.from(JSON.stringify(token)).toString("base64"))}`;
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`http://hub.test${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(path: string, cookie: string, values: Record<string, string | string[]>): Request {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return new Request(`http://hub.test${path}`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

/** Runs a loader or action; a Response it throws (redirect, 404, 403) comes back instead of failing the test. */
export async function settle<T>(work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
