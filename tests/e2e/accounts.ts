// Accounts for end-to-end tests, written straight into the run's database: the same rows sign-up and an
// admin's grant would leave, without sending the e-mails those flows are tested for elsewhere.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { isStaff } from "../../app/kernel/auth/permissions.ts";

export type TestRole = "RESIDENT" | "PARTNER" | "COORDINATOR" | "MODERATOR" | "ADMIN";

let pool: pg.Pool | undefined;
/**
 * The test database, opened on first use. Specs close it in afterAll, which runs once per group of a file's tests
 * a worker is given (fullyParallel), so a later group in the same worker opens it again.
 */
export function testDatabase() {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

/** The production build under test sets Secure cookies, which take the __Host- prefix. */
export const sessionCookieName = "__Host-session";

function base32Token() {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return Array.from(randomBytes(32), (byte) => alphabet[byte % 32]).join("");
}

/** A confirmed account with the given role and a signed-in session; returns the cookie that carries it. */
export async function signedInAs(role: TestRole, label = role.toLowerCase()) {
  const userId = randomUUID();
  const email = `${label}-${userId.slice(0, 8)}@e2e.example`;
  await testDatabase().query(
    `INSERT INTO "User" (id, email, "emailVerifiedAt", "displayName", language, "updatedAt") VALUES ($1, $2, now(), $3, 'ja', now())`,
    [userId, email, `E2E ${role}`],
  );
  if (role !== "RESIDENT") await testDatabase().query(`INSERT INTO "UserRole" ("userId", role) VALUES ($1, $2)`, [userId, role]);
  const token = base32Token();
  const sessionId = createHash("sha256").update(token).digest("hex");
  // As a sign-in that passed the second factor: staff pages need it (decision 0017).
  await testDatabase().query(
    `INSERT INTO "Session" (id, "userId", "expiresAt", "secondFactorAt") VALUES ($1, $2, now() + interval '30 days', now())`,
    [sessionId, userId],
  );
  // Remix's createCookie stores a value as base64 of its JSON.
  const cookieValue = Buffer.from(JSON.stringify(token)).toString("base64");
  return { userId, email, cookie: `${sessionCookieName}=${encodeURIComponent(cookieValue)}` };
}

/** The authenticator secret staff accounts made here are enrolled with (decision 0017), base32. */
export const e2eTotpSecret = "E2ESTAFFSECRETFORPLAYWRIGHT23456";

/**
 * An account that can sign in with a password, as if it had signed up and confirmed (or not) its address. Staff
 * (coordinators, admins) have an authenticator enrolled with `totpSecret` (e2eTotpSecret unless null is given, which
 * leaves them to enrol at their first sign-in); enterSecondFactorIfAsked types its code.
 */
export async function createAccount(input: {
  label: string;
  password: string;
  role?: TestRole;
  confirmed?: boolean;
  language?: "ja" | "en";
  totpSecret?: string | null;
}) {
  const userId = randomUUID();
  const email = `${input.label}-${userId.slice(0, 8)}@e2e.example`;
  const passwordHash = await hash(input.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 });
  await testDatabase().query(
    `INSERT INTO "User" (id, email, "passwordHash", "emailVerifiedAt", "displayName", language, "updatedAt")
     VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, $5, $6, now())`,
    [userId, email, passwordHash, input.confirmed !== false, `E2E ${input.label}`, input.language ?? "ja"],
  );
  if (input.role && input.role !== "RESIDENT")
    await testDatabase().query(`INSERT INTO "UserRole" ("userId", role) VALUES ($1, $2)`, [userId, input.role]);
  const staff = input.role !== undefined && isStaff([input.role]);
  const totpSecret = input.totpSecret === undefined ? (staff ? e2eTotpSecret : null) : input.totpSecret;
  if (totpSecret)
    await testDatabase().query(`INSERT INTO "TotpCredential" ("userId", secret, "confirmedAt") VALUES ($1, $2, now())`, [
      userId,
      totpSecret,
    ]);
  return { userId, email, displayName: `E2E ${input.label}` };
}

/**
 * The code an authenticator app would show for the account now; a code for the next 30 seconds when the current one
 * was used already (each is accepted once), waiting for the clock when even that one was.
 */
async function authenticatorCode(email: string, secret = e2eTotpSecret): Promise<string> {
  const { rows } = await testDatabase().query(
    `SELECT t."lastUsedStep"::text AS step FROM "TotpCredential" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1`,
    [email],
  );
  const lastUsed = BigInt((rows[0] as { step: string } | undefined)?.step ?? "0");
  for (;;) {
    const now = BigInt(Math.floor(Date.now() / 30_000));
    const step = lastUsed >= now ? lastUsed + 1n : now;
    if (step <= now + 1n) return generateHOTP(decodeBase32IgnorePadding(secret), step, 6);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * After the sign-in form was sent: when the hub asks for the second factor (/login/two-factor), types the account's
 * current code there, in either language. Accounts without one pass straight through.
 */
export async function enterSecondFactorIfAsked(page: Page, email: string) {
  await page.waitForURL((url) => url.pathname !== "/login");
  if (new URL(page.url()).pathname !== "/login/two-factor") return;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/2段階認証|Two-step verification/);
  await page.getByRole("textbox", { name: /認証コード|Authentication code/ }).fill(await authenticatorCode(email));
  await page
    .getByRole("main")
    .getByRole("button", { name: /確認してログイン|Verify and sign in/ })
    .click();
  await page.waitForURL((url) => url.pathname !== "/login/two-factor");
}

/** A distinct client address per test, so one test's rate limits never touch another's (TRUST_PROXY=1 in e2e). */
export function uniqueClientIp() {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export async function closeTestDatabase() {
  await pool?.end();
  pool = undefined;
}
