// Accounts for end-to-end tests, written straight into the run's database: the same rows sign-up and an
// admin's grant would leave, without sending the e-mails those flows are tested for elsewhere.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

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
  await testDatabase().query(`INSERT INTO "Session" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '30 days')`, [
    sessionId,
    userId,
  ]);
  // Remix's createCookie stores a value as base64 of its JSON.
  const cookieValue = Buffer.from(JSON.stringify(token)).toString("base64");
  return { userId, email, cookie: `${sessionCookieName}=${encodeURIComponent(cookieValue)}` };
}

/** An account that can sign in with a password, as if it had signed up and confirmed (or not) its address. */
export async function createAccount(input: {
  label: string;
  password: string;
  role?: TestRole;
  confirmed?: boolean;
  language?: "ja" | "en";
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
  return { userId, email, displayName: `E2E ${input.label}` };
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
