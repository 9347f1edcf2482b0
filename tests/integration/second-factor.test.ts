// Staff accounts at ASVS level 2 (decision 0017), through the page actions a browser posts to: enrolling an
// authenticator app, signing in with its code or a recovery code, guessing limits, staff session timeouts,
// re-authentication before sensitive actions, and the 12-character password minimum.
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { afterAll, describe, expect, it } from "vitest";
import { changePasswordAction, deleteAccountAction, loadDeleteAccountPage } from "../../app/features/accounts/account-pages.server.ts";
import {
  loadTwoFactorPage,
  reauthenticateAction,
  secondFactorSignInAction,
  twoFactorAction,
} from "../../app/features/accounts/security-pages.server.ts";
import { signInAction, signInLinkAction, signUpAction } from "../../app/features/accounts/sign-in-pages.server.ts";
import { userAdminAction } from "../../app/features/admin/admin-pages.server.ts";
import { getUser, requirePermission, requireRecentAuthentication } from "../../app/kernel/auth/guards.server.ts";
import { hashToken } from "../../app/kernel/auth/session.server.ts";
import { prisma } from "../../app/kernel/db.server.ts";
import { createUser } from "../../prisma/seed/factories.ts";
import { accountNamespace, cleanUpAccounts, lastMail, linkToken } from "../support/accounts.ts";
import { getRequest, sessionCookie, settle } from "../support/signed-in.ts";

const ns = accountNamespace("second-factor.test");
const password = "correct horse battery staple 7";
const minute = 60 * 1000;

afterAll(async () => {
  await cleanUpAccounts(ns);
});

/** A client address of its own per call, as a different visitor would have. */
function visitor() {
  return { clientIp: ns.context().ip };
}

function form(path: string, values: Record<string, string>, cookie?: string) {
  return new Request(`http://hub.test${path}`, {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

/** The `session=…` pair the response sets, as the browser would send it back. */
function cookieFrom(response: Response): string {
  const header = response.headers.getSetCookie().find((value) => value.startsWith("session="));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  return header.split(";")[0]!;
}

function codeFor(secret: string, stepOffset = 0): string {
  const step = BigInt(Math.floor(Date.now() / 30_000) + stepOffset);
  return generateHOTP(decodeBase32IgnorePadding(secret), step, 6);
}

async function signInWithPassword(email: string, typed = password, redirectTo = "") {
  return (await settle(() => signInAction(form("/login", { email, password: typed, redirectTo }), visitor()))) as Response;
}

async function status(work: () => Promise<unknown>): Promise<number> {
  const outcome = await settle(work);
  if (outcome instanceof Response) return outcome.status;
  const init = (outcome as { init?: { status?: number } }).init;
  return init?.status ?? 200;
}

async function secretOf(userId: string) {
  return (await prisma.totpCredential.findUniqueOrThrow({ where: { userId }, select: { secret: true } })).secret;
}

async function enrolledUser(label: string, roles: ("COORDINATOR" | "ADMIN" | "PARTNER")[] = ["COORDINATOR"]) {
  const user = await createUser(prisma, {
    email: ns.email(label),
    displayName: `2FA ${label}`,
    password,
    roles,
    totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
  });
  return user;
}

describe("a coordinator's first sign-in after the role was granted", () => {
  it("is sent to enrol, staff pages refuse the session until then, and the first code turns the second factor on", async () => {
    const coordinator = await createUser(prisma, {
      email: ns.email("new-coordinator"),
      displayName: "新任",
      password,
      roles: ["COORDINATOR"],
    });
    const otherBrowser = await sessionCookie(coordinator.id, { secondFactor: false });

    const signIn = await signInWithPassword(coordinator.email, password, "/coordinate/proposals");
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("Location")).toBe("/account/two-factor?redirectTo=%2Fcoordinate%2Fproposals");
    const cookie = cookieFrom(signIn);

    // Signed in as a resident would be, but the coordinator's pages send the session to enrolment first.
    expect((await getUser(getRequest("/account", cookie)))?.roles).toEqual([]);
    const refused = (await settle(() => requirePermission(getRequest("/coordinate/proposals", cookie), "proposal:review"))) as Response;
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toBe("/account/two-factor?redirectTo=%2Fcoordinate%2Fproposals");

    const page = await loadTwoFactorPage(getRequest("/account/two-factor?redirectTo=%2Fcoordinate%2Fproposals", cookie));
    expect(page.status).toMatchObject({ enabled: false, required: true });
    expect(page.enrolment!.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = page.enrolment!.secretForDisplay.replaceAll(" ", "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Reloading the page keeps the secret the person may already have scanned.
    const again = await loadTwoFactorPage(getRequest("/account/two-factor", cookie));
    expect(again.enrolment!.secretForDisplay).toBe(page.enrolment!.secretForDisplay);

    const wrong = await settle(() =>
      twoFactorAction(form("/account/two-factor", { intent: "confirm", code: "000000" }, cookie), visitor()),
    );
    expect(JSON.stringify(wrong)).toContain("コードが違うか");

    const confirmed = (await twoFactorAction(
      form("/account/two-factor", { intent: "confirm", code: codeFor(secret), redirectTo: "/coordinate/proposals" }, cookie),
      visitor(),
    )) as { recoveryCodes: string[]; continueTo: string };
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    for (const code of confirmed.recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(confirmed.continueTo).toBe("/coordinate/proposals");

    // Stored hashed: no recovery code appears in the table.
    const stored = await prisma.recoveryCode.findMany({ where: { userId: coordinator.id }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    for (const code of confirmed.recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));

    const allowed = await requirePermission(getRequest("/coordinate/proposals", cookie), "proposal:review");
    expect(allowed.roles).toEqual(["COORDINATOR"]);
    // The browser that never gave a code is signed out.
    expect(await getUser(getRequest("/account", otherBrowser))).toBeNull();
    const audit = await prisma.auditLog.findFirst({
      where: { targetId: coordinator.id, action: "user.two_factor_enabled" },
      select: { id: true },
    });
    expect(audit).not.toBeNull();
  });
});

describe("signing in to an enrolled account", () => {
  it("asks for the code after the password, and the half-signed-in session is nobody until it is given", async () => {
    const user = await enrolledUser("code-sign-in");
    const secret = await secretOf(user.id);
    const signIn = await signInWithPassword(user.email, password, "/coordinate/challenges");
    expect(signIn.headers.get("Location")).toBe("/login/two-factor?redirectTo=%2Fcoordinate%2Fchallenges");
    const waiting = cookieFrom(signIn);
    expect(await getUser(getRequest("/account", waiting))).toBeNull();

    const wrong = await settle(() => secondFactorSignInAction(form("/login/two-factor", { code: "123456" }, waiting), visitor()));
    expect(JSON.stringify(wrong)).toContain("コードが違うか");

    const passed = (await secondFactorSignInAction(
      form("/login/two-factor", { code: codeFor(secret), redirectTo: "/coordinate/challenges" }, waiting),
      visitor(),
    )) as Response;
    expect(passed.headers.get("Location")).toBe("/coordinate/challenges");
    const signedIn = cookieFrom(passed);
    expect(signedIn).not.toBe(waiting);
    expect((await getUser(getRequest("/account", signedIn)))?.roles).toEqual(["COORDINATOR"]);
    // The waiting session was replaced, not upgraded.
    expect(await getUser(getRequest("/account", waiting))).toBeNull();
  });

  it("refuses a code that was already used, even in its own 30 seconds", async () => {
    const user = await enrolledUser("replay");
    const secret = await secretOf(user.id);
    const code = codeFor(secret);
    const first = cookieFrom(await signInWithPassword(user.email));
    expect(((await secondFactorSignInAction(form("/login/two-factor", { code }, first), visitor())) as Response).status).toBe(302);

    const second = cookieFrom(await signInWithPassword(user.email));
    const replayed = await settle(() => secondFactorSignInAction(form("/login/two-factor", { code }, second), visitor()));
    expect(replayed).not.toBeInstanceOf(Response);
    expect(JSON.stringify(replayed)).toContain("すでに使われて");
  });

  it("needs the code after a sign-in link too: the mailbox alone does not get past the second factor", async () => {
    const user = await enrolledUser("link");
    const requested = ns.context();
    await signInLinkAction(form("/signin-link", { email: user.email }), { clientIp: requested.ip });
    const token = linkToken((await lastMail(user.email, "sign-in-link")).text);
    const used = (await settle(() => signInLinkAction(form("/signin-link", { intent: "use", token }), visitor()))) as Response;
    expect(used.headers.get("Location")).toBe("/login/two-factor?redirectTo=%2Faccount");
    expect(await getUser(getRequest("/account", cookieFrom(used)))).toBeNull();
  });

  it("takes each recovery code once, in any case and with or without its hyphen", async () => {
    const coordinator = await createUser(prisma, { email: ns.email("recovery"), displayName: "回復", password, roles: ["COORDINATOR"] });
    const cookie = await sessionCookie(coordinator.id, { secondFactor: false });
    const { enrolment } = await loadTwoFactorPage(getRequest("/account/two-factor", cookie));
    const secret = enrolment!.secretForDisplay.replaceAll(" ", "");
    const { recoveryCodes } = (await twoFactorAction(
      form("/account/two-factor", { intent: "confirm", code: codeFor(secret) }, cookie),
      visitor(),
    )) as {
      recoveryCodes: string[];
    };
    const recovery = recoveryCodes[3]!;

    const waiting = cookieFrom(await signInWithPassword(coordinator.email));
    const used = (await secondFactorSignInAction(
      form("/login/two-factor", { code: recovery.toUpperCase().replace("-", "") }, waiting),
      visitor(),
    )) as Response;
    expect(used.status).toBe(302);
    expect(await prisma.recoveryCode.count({ where: { userId: coordinator.id, usedAt: null } })).toBe(9);

    const again = cookieFrom(await signInWithPassword(coordinator.email));
    const reused = await settle(() => secondFactorSignInAction(form("/login/two-factor", { code: recovery }, again), visitor()));
    expect(reused).not.toBeInstanceOf(Response);
  });

  it("locks code guessing after five wrong codes, from any address, even for the right code", async () => {
    const user = await enrolledUser("guessing");
    const secret = await secretOf(user.id);
    const waiting = cookieFrom(await signInWithPassword(user.email));
    const right = codeFor(secret);
    // Wrong for every step a code is accepted in (the one before, now and the one after).
    const accepted = [codeFor(secret, -1), right, codeFor(secret, 1), codeFor(secret, 2)];
    const wrongCodes = ["111111", "222222", "333333", "444444", "555555", "666666", "777777"].filter((code) => !accepted.includes(code));
    for (const code of wrongCodes.slice(0, 5))
      await settle(() => secondFactorSignInAction(form("/login/two-factor", { code }, waiting), visitor()));
    const locked = await settle(() => secondFactorSignInAction(form("/login/two-factor", { code: right }, waiting), visitor()));
    expect(locked).not.toBeInstanceOf(Response);
    expect(JSON.stringify(locked)).toContain("試行回数が上限");
    expect((locked as { init?: { status?: number } }).init?.status).toBe(429);
    expect(await prisma.auditLog.count({ where: { targetId: user.id, action: "user.second_factor_failed" } })).toBe(5);
  });

  it("keeps the second factor of staff: a coordinator cannot turn it off", async () => {
    const user = await enrolledUser("keep");
    const cookie = await sessionCookie(user.id);
    const refused = await settle(() => twoFactorAction(form("/account/two-factor", { intent: "disable" }, cookie), visitor()));
    expect(JSON.stringify(refused)).toContain("twoFactor.requiredForStaff409");
    expect(await prisma.totpCredential.count({ where: { userId: user.id } })).toBe(1);
  });

  it("lets a partner who chose it turn it off again", async () => {
    const user = await enrolledUser("partner-off", ["PARTNER"]);
    const cookie = await sessionCookie(user.id);
    const done = (await settle(() => twoFactorAction(form("/account/two-factor", { intent: "disable" }, cookie), visitor()))) as Response;
    expect(done.headers.get("Location")).toBe("/account/two-factor");
    expect(await prisma.totpCredential.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("staff sessions", () => {
  async function sessionRow(cookie: string) {
    const token = JSON.parse(Buffer.from(decodeURIComponent(cookie.split("=")[1]!), "base64").toString()) as string;
    return hashToken(token);
  }

  it("end after 30 idle minutes, while a resident's session of the same age goes on", async () => {
    const coordinator = await createUser(prisma, { email: ns.email("idle-staff"), displayName: "idle", password, roles: ["COORDINATOR"] });
    const resident = await createUser(prisma, { email: ns.email("idle-resident"), displayName: "idle", password });
    const staffCookie = await sessionCookie(coordinator.id);
    const residentCookie = await sessionCookie(resident.id);
    const idleSince = new Date(Date.now() - 31 * minute);
    for (const cookie of [staffCookie, residentCookie])
      await prisma.session.update({ where: { id: await sessionRow(cookie) }, data: { lastSeenAt: idleSince } });

    expect(await getUser(getRequest("/account", staffCookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: coordinator.id } })).toBe(0);
    expect((await getUser(getRequest("/account", residentCookie)))?.id).toBe(resident.id);
  });

  it("stay alive while used, but end 12 hours after sign-in whatever happens", async () => {
    const coordinator = await createUser(prisma, { email: ns.email("absolute"), displayName: "abs", password, roles: ["COORDINATOR"] });
    const cookie = await sessionCookie(coordinator.id);
    const id = await sessionRow(cookie);
    await prisma.session.update({
      where: { id },
      data: { createdAt: new Date(Date.now() - 11 * 60 * minute), lastSeenAt: new Date(Date.now() - 29 * minute) },
    });
    expect((await getUser(getRequest("/account", cookie)))?.id).toBe(coordinator.id);
    // The request above counted as activity.
    const touched = await prisma.session.findUniqueOrThrow({ where: { id }, select: { lastSeenAt: true } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(minute);

    await prisma.session.update({ where: { id }, data: { createdAt: new Date(Date.now() - 12 * 60 * minute - minute) } });
    expect(await getUser(getRequest("/account", cookie))).toBeNull();
  });
});

describe("re-authentication before sensitive actions", () => {
  async function staleSession(userId: string) {
    const cookie = await sessionCookie(userId);
    await prisma.session.updateMany({ where: { userId }, data: { authenticatedAt: new Date(Date.now() - 6 * minute) } });
    return cookie;
  }

  it("sends a sign-in older than five minutes to /reauthenticate with its return address, and lets it through after the password", async () => {
    const resident = await createUser(prisma, { email: ns.email("reauth"), displayName: "reauth", password });
    const cookie = await staleSession(resident.id);
    const asked = (await settle(() => requireRecentAuthentication(getRequest("/account/delete", cookie)))) as Response;
    expect(asked.status).toBe(302);
    expect(asked.headers.get("Location")).toBe("/reauthenticate?redirectTo=%2Faccount%2Fdelete");
    expect(((await settle(() => loadDeleteAccountPage(getRequest("/account/delete", cookie)))) as Response).status).toBe(302);
    const deletion = (await settle(() =>
      deleteAccountAction(form("/account/delete", { currentPassword: password, confirm: "on" }, cookie), visitor()),
    )) as Response;
    expect(deletion.headers.get("Location")).toBe("/reauthenticate?redirectTo=%2Faccount%2Fdelete");
    expect(await prisma.user.count({ where: { id: resident.id } })).toBe(1);

    const wrong = await settle(() =>
      reauthenticateAction(
        form("/reauthenticate", { intent: "password", currentPassword: "not my password at all", redirectTo: "/account/delete" }, cookie),
        visitor(),
      ),
    );
    expect(JSON.stringify(wrong)).toContain("currentPassword");
    const confirmed = (await reauthenticateAction(
      form("/reauthenticate", { intent: "password", currentPassword: password, redirectTo: "/account/delete" }, cookie),
      visitor(),
    )) as Response;
    expect(confirmed.headers.get("Location")).toBe("/account/delete");
    expect((await requireRecentAuthentication(getRequest("/account/delete", cookie))).id).toBe(resident.id);
  });

  it("asks an admin again before a role change, and the code of the app counts as proof too", async () => {
    const admin = await enrolledUser("reauth-admin", ["ADMIN"]);
    const target = await createUser(prisma, { email: ns.email("target"), displayName: "target", password });
    const cookie = await staleSession(admin.id);
    const asked = (await settle(() =>
      userAdminAction(form(`/admin/users/${target.id}`, { intent: "grant", role: "COORDINATOR" }, cookie), visitor(), target.id),
    )) as Response;
    expect(asked.headers.get("Location")).toBe(`/reauthenticate?redirectTo=${encodeURIComponent(`/admin/users/${target.id}`)}`);
    expect(await prisma.userRole.count({ where: { userId: target.id } })).toBe(0);

    const code = codeFor(await secretOf(admin.id));
    const confirmed = (await reauthenticateAction(
      form("/reauthenticate", { intent: "code", code, redirectTo: `/admin/users/${target.id}` }, cookie),
      visitor(),
    )) as Response;
    expect(confirmed.headers.get("Location")).toBe(`/admin/users/${target.id}`);
    const granted = (await settle(() =>
      userAdminAction(form(`/admin/users/${target.id}`, { intent: "grant", role: "COORDINATOR" }, cookie), visitor(), target.id),
    )) as Response;
    expect(granted.status).toBe(302);
    expect(await prisma.userRole.count({ where: { userId: target.id, role: "COORDINATOR" } })).toBe(1);
  });
});

describe("passwords of at least 12 characters", () => {
  it("refuses 11 characters at sign-up and when changing, and takes 12", async () => {
    const signUp = (values: Record<string, string>) =>
      status(() => signUpAction(form("/signup", { displayName: "新規", language: "ja", acceptPrivacy: "on", ...values }), visitor()));
    expect(await signUp({ email: ns.email("short"), password: "eleven-char" })).toBe(400);
    expect(await signUp({ email: ns.email("long-enough"), password: "twelve-chars" })).toBe(302);

    const user = await createUser(prisma, { email: ns.email("change"), displayName: "change", password });
    const cookie = await sessionCookie(user.id);
    const change = (newPassword: string) =>
      status(() =>
        changePasswordAction(
          form("/account/password", { currentPassword: password, password: newPassword, confirmPassword: newPassword }, cookie),
          visitor(),
        ),
      );
    expect(await change("eleven-char")).toBe(400);
    expect(await change("twelve-chars")).toBe(302);
  });

  it("asks an account whose old password is shorter to choose a new one at its next sign-in, and lets it go once it has", async () => {
    const oldPassword = "ten-chars!";
    const user = await createUser(prisma, { email: ns.email("legacy"), displayName: "legacy", password: oldPassword });
    const signIn = await signInWithPassword(user.email, oldPassword, "/for-you");
    expect(signIn.headers.get("Location")).toBe("/account/password");
    const cookie = cookieFrom(signIn);
    const elsewhere = (await settle(() => requirePermission(getRequest("/account", cookie), "account:manage-own"))) as Response;
    expect(elsewhere.headers.get("Location")).toBe("/account/password");

    const changed = (await changePasswordAction(
      form(
        "/account/password",
        { currentPassword: oldPassword, password: "a much longer passphrase", confirmPassword: "a much longer passphrase" },
        cookie,
      ),
      visitor(),
    )) as Response;
    expect(changed.headers.get("Location")).toBe("/account");
    const fresh = cookieFrom(changed);
    expect((await requirePermission(getRequest("/account", fresh), "account:manage-own")).id).toBe(user.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(
      false,
    );
  });
});
