// The per-account lockout (8 failed sign-ins per 15 minutes) must hold against guesses sent all at once. The
// count used to be read before the password check (~30 ms of argon2) and written after it, so twenty to thirty
// simultaneous wrong passwords all saw "7 or fewer so far" and got 16–17 checks. Every checked wrong password
// writes a `user.sign_in_failed` audit entry, which is what counts the checks here.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "../../app/features/accounts/account.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts } from "../support/accounts.ts";

const ns = accountNamespace("sign-in-lockout.test");
const password = "the right passphrase for lockout 4";
const accountLimit = 8;

afterAll(async () => {
  await cleanUpAccounts(ns);
});

async function account() {
  return createUser(prisma, { email: ns.email("target"), displayName: `Lockout ${randomUUID().slice(0, 6)}`, password, language: "en" });
}

const passwordChecks = (userId: string) =>
  prisma.auditLog.count({ where: { action: "user.sign_in_failed", targetType: "user", targetId: userId } });

describe("the per-account lockout", () => {
  it("allows no more than 8 password checks when 30 wrong passwords arrive at once from 30 addresses", async () => {
    const user = await account();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) => signInWithPassword({ email: user.email, password: `guess number ${index}` }, ns.context())),
    );
    expect(await passwordChecks(user.id)).toBeLessThanOrEqual(accountLimit);
    const refusedUnchecked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "auth.tooManyAttempts");
    expect(refusedUnchecked.length).toBeGreaterThanOrEqual(30 - accountLimit);
    // Locked: even the right password is not checked now.
    expect(await signInWithPassword({ email: user.email, password }, ns.context())).toMatchObject({
      ok: false,
      reason: "auth.tooManyAttempts",
    });
  });

  it("still lets the owner in when the right password arrives together with wrong ones below the limit", async () => {
    const user = await account();
    const outcomes = await Promise.all([
      ...Array.from({ length: 5 }, (_, index) => signInWithPassword({ email: user.email, password: `typo ${index}` }, ns.context())),
      signInWithPassword({ email: user.email, password }, ns.context()),
    ]);
    expect(outcomes.at(-1)).toMatchObject({ ok: true, user: { id: user.id } });
    // A success clears the account's count: eight more mistakes are allowed before the lockout.
    for (let attempt = 1; attempt <= accountLimit; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: `later typo ${attempt}` }, ns.context())).toMatchObject({
        ok: false,
        reason: "auth.wrongCredentials",
      });
    }
    expect(await signInWithPassword({ email: user.email, password }, ns.context())).toMatchObject({ reason: "auth.tooManyAttempts" });
  });

  it("counts failures for an address nobody registered the same way (no hint that it is unknown)", async () => {
    const email = ns.email("nobody");
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) => signInWithPassword({ email, password: `guess ${index}` }, ns.context())),
    );
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "auth.wrongCredentials").length).toBeLessThanOrEqual(
      accountLimit,
    );
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "auth.tooManyAttempts").length).toBeGreaterThanOrEqual(
      20 - accountLimit,
    );
  });
});
