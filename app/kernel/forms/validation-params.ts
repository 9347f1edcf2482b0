// The limits the shared validation messages (validation.* in app/locales) name, and the values passed to t() with
// every message key. The form kit needs them to word any form's errors, so they live in the kernel; the account
// schemas enforce the same numbers (app/features/accounts/schemas.ts).
export const PASSWORD_MIN_LENGTH = 12;
// Long passphrases are welcome; the cap only keeps argon2 from hashing megabytes.
export const PASSWORD_MAX_LENGTH = 128;
export const DISPLAY_NAME_MAX_LENGTH = 50;
export const EMAIL_MAX_LENGTH = 254;

/** The numbers the validation messages mention, passed to t() with every message key. */
export const validationParams = {
  passwordMin: PASSWORD_MIN_LENGTH,
  passwordMax: PASSWORD_MAX_LENGTH,
  nameMax: DISPLAY_NAME_MAX_LENGTH,
  emailMax: EMAIL_MAX_LENGTH,
};
