// Who does something, as the audit log and the mails name them: the account and its display name at the time.
// Features that need more of the account (roles, e-mail) widen it where they use it.
export type Actor = { id: string; displayName: string };
