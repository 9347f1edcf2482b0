import { getEnv } from "./env.server.ts";

/**
 * Secure cookies in production, unless the configured public origin is plain http on another host than localhost.
 * Browsers drop Secure cookies set over http, except on localhost, which they count as secure (a local production
 * build under test keeps its __Host- cookies).
 */
export function shouldUseSecureCookies(): boolean {
  const env = getEnv();
  if (env.NODE_ENV !== "production") return false;
  const origin = new URL(env.APP_ORIGIN ?? "https://localhost");
  return origin.protocol === "https:" || origin.hostname === "localhost";
}
