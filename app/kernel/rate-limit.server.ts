// Rate limits on sign-in, sign-up, password reset and e-mail sending, per IP and per account, counted in
// PostgreSQL (table rate_limits) so they hold across every server process.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { connectionLimits } from "./db.server.ts";
import { getEnv } from "./env.server.ts";

type Global = typeof globalThis & { __rateLimitPool?: pg.Pool };

function getPool() {
  const global = globalThis as Global;
  if (!global.__rateLimitPool) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 4, ...connectionLimits });
    // An idle connection closed by the server (a PostgreSQL restart) emits "error" on the pool: without this
    // listener that event ended the whole process. The pool drops the connection and opens a new one when needed.
    pool.on("error", (error) => console.error(`[rate-limit] pooled connection lost: ${error.message}`));
    global.__rateLimitPool = pool;
  }
  return global.__rateLimitPool;
}

function createLimiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: getPool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points,
    duration: durationSeconds,
    clearExpiredByTimeout: false,
  });
}

const minutes = (count: number) => count * 60;

export const rateLimits = {
  /**
   * Failed sign-ins from one address. Only failures count: a whole city hall signs in from one address, and thirty
   * of its staff signing in must not lock the thirty-first out.
   */
  signInFailuresByIp: createLimiter("signin_fail_ip", 30, minutes(15)),
  /** Failed sign-ins to one account, from anywhere: stops password guessing spread over many addresses. */
  signInFailuresByAccount: createLimiter("signin_account", 8, minutes(15)),
  signUpByIp: createLimiter("signup_ip", 10, minutes(60)),
  passwordResetByIp: createLimiter("reset_ip", 10, minutes(60)),
  /** Sign-in links and repeated confirmation mails asked for from one address. */
  emailRequestsByIp: createLimiter("email_request_ip", 10, minutes(60)),
  /** Guesses at one account's 6-digit confirmation code. */
  codeAttemptsByAddress: createLimiter("code_address", 5, minutes(15)),
  /**
   * Wrong authenticator or recovery codes for one account, from anywhere (decision 0017): five per 15 minutes makes
   * guessing a 6-digit code (three valid at a time) a matter of years, and a real person mistyping waits briefly.
   */
  secondFactorFailuresByAccount: createLimiter("second_factor_account", 5, minutes(15)),
  /** Content-Security-Policy reports from one address: a page in a loop must not fill the table. */
  cspReportsByIp: createLimiter("csp_report_ip", 20, minutes(1)),
  /** Mail the hub sends to one address for account flows (confirmations, links, resets). */
  authEmailByAddress: createLimiter("email_address", 5, minutes(60)),
  /** Invitations one organisation sends (each is a mail to an address the hub has not heard from). */
  invitationsByOrganisation: createLimiter("invite_org", 20, minutes(60)),
  /** Invitations one account sends across all its organisations (creating organisations is free). */
  invitationsByInviter: createLimiter("invite_user", 40, minutes(60 * 24)),
  /** New reports one account files (each lands in the moderators' queue); reporting the same thing again is free. */
  reportsByReporter: createLimiter("report_user", 10, minutes(60)),
};

export type RateLimitName = keyof typeof rateLimits;

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeRateLimit(name: RateLimitName, key: string, points = 1): Promise<RateLimitOutcome> {
  try {
    await rateLimits[name].consume(key.toLowerCase(), points);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    throw rejection;
  }
}

/** Hands back points consumed for an attempt that turned out not to count (one atomic update, like consume). */
export async function refundRateLimit(name: RateLimitName, key: string, points = 1) {
  await rateLimits[name].reward(key.toLowerCase(), points);
}

export async function resetRateLimit(name: RateLimitName, key: string) {
  await rateLimits[name].delete(key.toLowerCase());
}
