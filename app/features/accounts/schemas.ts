// One zod schema per account form, used by Conform in the browser and by the action on the server. Messages
// are translation keys (validation.*): the form shows them in the visitor's language.
import { z } from "zod";
import { supportedLanguages } from "~/kernel/i18n/config.ts";
import { grantableRoles } from "~/kernel/auth/permissions.ts";
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/kernel/forms/validation-params.ts";

// The limits are the kernel's, beside the validation messages that name them; pages and schemas that show or
// share them keep reading them here.
export { EMAIL_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/** Missing (Conform turns an empty field into undefined) reads "required"; anything else reads `otherwise`. */
function requiredOr(otherwise: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "validation.required" : otherwise);
}

const email = z
  .string({ error: requiredOr("validation.emailInvalid") })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH, "validation.emailTooLong")
  .email("validation.emailInvalid");

const newPassword = z
  .string({ error: requiredOr("validation.required") })
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "validation.passwordTooLong");

// Signing in checks only that something was typed: the policy is for new passwords.
const existingPassword = z.string({ error: requiredOr("validation.required") }).max(1024, "validation.passwordTooLong");

const displayName = z
  .string({ error: requiredOr("validation.required") })
  .trim()
  .min(1, "validation.required")
  .max(DISPLAY_NAME_MAX_LENGTH, "validation.nameTooLong");

const language = z.enum(supportedLanguages, { error: "validation.invalidChoice" });
const redirectTo = z.string().max(2048).optional();
const token = z.string({ error: "validation.required" }).max(200);

export const signUpSchema = z.object({
  displayName,
  email,
  password: newPassword,
  language,
  acceptPrivacy: z.literal("on", { error: "validation.acceptPrivacy" }),
  redirectTo,
});

export const signInSchema = z.object({ email, password: existingPassword, redirectTo });

/** Forms that only ask for an address: a sign-in link, a password reset, another confirmation mail. */
export const emailRequestSchema = z.object({ email, redirectTo });

export const verifyCodeSchema = z.object({
  email,
  code: z
    .string({ error: requiredOr("validation.codeInvalid") })
    .trim()
    .regex(/^\d{6}$/, "validation.codeInvalid"),
  redirectTo,
});

export const tokenSchema = z.object({ token, redirectTo });

function passwordsMatch(value: { password: string; confirmPassword: string }, context: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordsDiffer" });
  }
}

export const resetPasswordSchema = z
  .object({ token, password: newPassword, confirmPassword: z.string({ error: requiredOr("validation.required") }) })
  .superRefine(passwordsMatch);

export const changePasswordSchema = z
  .object({
    currentPassword: existingPassword,
    password: newPassword,
    confirmPassword: z.string({ error: requiredOr("validation.required") }),
  })
  .superRefine(passwordsMatch);

export const changeEmailSchema = z.object({ email, currentPassword: existingPassword });

// The notification e-mail frequency has its own form on /account/notifications (app/features/following/schemas.ts).
export const preferencesSchema = z.object({
  displayName,
  language,
});

export const deleteAccountSchema = z.object({
  currentPassword: existingPassword,
  confirm: z.literal("on", { error: "validation.confirmDeletion" }),
});

export const roleChangeSchema = z.object({
  intent: z.enum(["grant", "revoke"], { error: "validation.invalidChoice" }),
  role: z.enum(grantableRoles, { error: "validation.invalidChoice" }),
});

const authenticatorCode = z
  .string({ error: requiredOr("validation.required") })
  .trim()
  .regex(/^\d{6}$/, "twoFactor.codeFormat");

/** Confirming enrolment: the first code the app shows. */
export const enrolTwoFactorSchema = z.object({ code: authenticatorCode, redirectTo });

/** Signing in or re-authenticating with the second factor: the app's 6 digits or a recovery code (xxxxx-xxxxx). */
export const secondFactorSchema = z.object({
  code: z
    .string({ error: requiredOr("validation.required") })
    .trim()
    .regex(/^(\d{6}|[A-Za-z2-7]{5}-?[A-Za-z2-7]{5})$/, "twoFactor.codeOrRecoveryFormat"),
  redirectTo,
});

export const reauthenticatePasswordSchema = z.object({ currentPassword: existingPassword, redirectTo });
