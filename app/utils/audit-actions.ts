// What the audit log records, shared by the writers on the server and the filter on the audit page.
export const auditActions = [
  "user.signed_up",
  "user.email_verified",
  "user.signed_in",
  "user.sign_in_failed",
  "user.signed_out_everywhere",
  "user.password_reset",
  "user.password_changed",
  "user.email_changed",
  "user.deleted",
  "user.data_exported",
  "role.granted",
  "role.revoked",
  "email.retried",
  "challenge.created",
  "challenge.updated",
  "challenge.status_changed",
] as const;

export type AuditAction = (typeof auditActions)[number];
