import { getEnv } from "./env.server.ts";

/**
 * Secure cookies in production, unless the configured public origin is plain http (a local production build
 * under test). Browsers drop Secure cookies set over http, which would make signing in impossible there.
 */
export function shouldUseSecureCookies(): boolean {
  const env = getEnv();
  if (env.NODE_ENV !== "production") return false;
  return !env.APP_ORIGIN?.startsWith("http://");
}
