// Guards for loaders and actions. Each throws a Response (redirect or 403) so a route cannot forget to stop.
import { createCookie, redirect } from "@remix-run/node";
import type { Language } from "~/kernel/i18n/config.ts";
import { languageCookie } from "~/kernel/i18n/i18next.server.ts";
import {
  createSession,
  invalidateSession,
  SESSION_LIFETIME_MS,
  validateSessionToken,
  type SessionUser,
  type ValidatedSession,
} from "~/kernel/auth/session.server.ts";
import { shouldUseSecureCookies } from "~/kernel/cookies.server.ts";
import { getEnv } from "~/kernel/env.server.ts";
import { hasPermission, type Permission } from "./permissions.ts";

const sessionCookie = createCookie(shouldUseSecureCookies() ? "__Host-session" : "session", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: shouldUseSecureCookies(),
  maxAge: SESSION_LIFETIME_MS / 1000,
});

async function sessionCookieHeader(token: string, expiresAt: Date) {
  return sessionCookie.serialize(token, { expires: expiresAt, maxAge: Math.floor((expiresAt.getTime() - Date.now()) / 1000) });
}

async function clearSessionCookieHeader() {
  return sessionCookie.serialize("", { maxAge: 0, expires: new Date(0) });
}

// Several loaders of one page ask for the session; the database is asked once per request.
const sessionsByRequest = new WeakMap<Request, Promise<ValidatedSession | null>>();

export function getSession(request: Request): Promise<ValidatedSession | null> {
  let pending = sessionsByRequest.get(request);
  if (!pending) {
    pending = sessionCookie
      .parse(request.headers.get("Cookie"))
      .then((token: unknown) => (typeof token === "string" && token ? validateSessionToken(token) : null));
    sessionsByRequest.set(request, pending);
  }
  return pending;
}

/**
 * Starts a fresh session (never reuses one, so a session fixed before sign-in is worthless) and returns the
 * headers that set its cookie and the account's language.
 */
export async function startSession(
  request: Request,
  user: { id: string; language: string },
  options: { secondFactor?: boolean } = {},
): Promise<Headers> {
  const { token, expiresAt } = await createSession(user.id, request.headers.get("User-Agent") ?? "", options);
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookieHeader(token, expiresAt));
  headers.append("Set-Cookie", await languageCookie.serialize(user.language as Language));
  return headers;
}

/** Ends this browser's session and returns the header that deletes its cookie. */
export async function endSession(request: Request): Promise<Headers> {
  const session = await getSession(request);
  if (session) await invalidateSession(session.sessionId);
  return new Headers({ "Set-Cookie": await clearSessionCookieHeader() });
}

/**
 * The cookie to send back on this response: a renewed expiry for a session past half its life (sliding
 * expiry), or a deletion when the browser holds a token that no longer signs anyone in.
 */
export async function sessionRefreshHeader(request: Request): Promise<string | null> {
  const session = await getSession(request);
  if (session?.renewed) return sessionCookieHeader(await sessionCookie.parse(request.headers.get("Cookie")), session.expiresAt);
  if (!session && (await sessionCookie.parse(request.headers.get("Cookie")))) return clearSessionCookieHeader();
  return null;
}

/** The signed-in person; a sign-in still waiting for its second factor is nobody yet. */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const session = await getSession(request);
  return session && !session.awaitingSecondFactor ? session.user : null;
}

/** The session of a sign-in that waits for its authenticator code (/login/two-factor), if that is what this is. */
export async function getSignInAwaitingSecondFactor(request: Request): Promise<ValidatedSession | null> {
  const session = await getSession(request);
  return session?.awaitingSecondFactor ? session : null;
}

function returnAddress(request: Request) {
  const url = new URL(request.url);
  url.searchParams.delete("index");
  return url.pathname + url.search;
}

function redirectWithReturn(path: string, request: Request) {
  return redirect(`${path}?${new URLSearchParams({ redirectTo: returnAddress(request) })}`);
}

// Pages a person who must choose a new password can still reach: the form itself (and signing out, a POST).
const PASSWORD_CHANGE_PATH = "/account/password";

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw redirectWithReturn("/login", request);
  if (user.mustChangePassword && new URL(request.url).pathname !== PASSWORD_CHANGE_PATH) throw redirect(PASSWORD_CHANGE_PATH);
  return user;
}

/**
 * The signed-in person, if their roles allow `permission`; a staff member whose session has not passed a second
 * factor is sent to give one (or to enrol), and comes back here afterwards.
 */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (hasPermission(user.roles, permission)) return user;
  if (hasPermission([...user.roles, ...user.rolesAwaitingSecondFactor], permission))
    throw redirectWithReturn(user.hasSecondFactor ? "/reauthenticate" : "/account/two-factor", request);
  throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

/** How long a sign-in or re-authentication counts as recent for role changes, deletion and data exports. */
const RECENT_AUTHENTICATION_MS = 1000 * 60 * 5;

/**
 * For role changes, account deletion and data exports: the person proved who they are (password or second
 * factor) within RECENT_AUTHENTICATION_MS, or is sent to /reauthenticate and brought back to this address.
 */
export async function requireRecentAuthentication(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  const session = (await getSession(request))!;
  if (Date.now() - session.authenticatedAt.getTime() > RECENT_AUTHENTICATION_MS) throw redirectWithReturn("/reauthenticate", request);
  return user;
}

/** Sign-in and sign-up pages send signed-in visitors on to their account. */
export async function requireAnonymous(request: Request) {
  if (await getUser(request)) throw redirect("/account");
}

/** The origin e-mail links point to: APP_ORIGIN when configured (behind a proxy), else the request's own. */
export function publicOrigin(request: Request): string {
  return getEnv().APP_ORIGIN ?? new URL(request.url).origin;
}

export function clientIp(context: unknown): string {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : "unknown";
}

/** Who asked for a change: the client address for rate limits and the audit log, the origin for e-mailed links. Jobs and
 * scripts have no request, so both may be missing. */
export type RequestContext = { ip?: string | null; origin?: string | null };

/** Who is asking, as the account flows need it: the client address for rate limits, the origin for links. */
export function requestContext(request: Request, context: unknown) {
  return { ip: clientIp(context), origin: publicOrigin(request) };
}

/** The origin e-mailed links point to: the request's public origin, else APP_ORIGIN, else the dev server's. */
export function mailOrigin(context?: RequestContext): string {
  return context?.origin ?? getEnv().APP_ORIGIN ?? "http://localhost:3000";
}
