// The fixed lists of a challenge's status, work style and engagement, without zod: the public challenge list
// shows them as filters, and importing them from the editor's schema sent zod (26 kB) to every visitor.
export const challengeStatuses = ["DRAFT", "OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED", "ARCHIVED"] as const;
export type ChallengeStatusName = (typeof challengeStatuses)[number];

/** What visitors may see; drafts and archived challenges are for coordinators only. */
export const publicChallengeStatuses = ["OPEN", "MATCHING", "IN_PROGRESS", "COMPLETED"] as const satisfies readonly ChallengeStatusName[];

export const workStyles = ["REMOTE", "ON_SITE", "HYBRID"] as const;
export const engagementTypes = ["VOLUNTEER", "PAID_SIDE_JOB", "COMPANY_PARTNERSHIP", "RESEARCH"] as const;
