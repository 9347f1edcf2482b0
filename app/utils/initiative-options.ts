// An initiative's statuses without zod: the public list filters by them and the badge names them, and importing
// them from the forms' schema sent zod to every visitor of /initiatives.
export const initiativeStatuses = ["ACTIVE", "PAUSED", "COMPLETED"] as const;
export type InitiativeStatusName = (typeof initiativeStatuses)[number];
