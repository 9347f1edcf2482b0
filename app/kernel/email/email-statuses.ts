// Shared by the outbox model and the admin page (which the browser bundle also loads, so not a .server file).
export const emailStatuses = ["QUEUED", "SENDING", "SENT", "DEAD"] as const;
export type EmailStatusName = (typeof emailStatuses)[number];
