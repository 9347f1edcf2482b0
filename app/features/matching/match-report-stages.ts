// The report's stages, shared by the server (queries, CSV) and the page.

/** The stages of the funnel, in order. */
export const funnelStages = ["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE", "COMPLETED"] as const;
/** The stages whose time-in-stage has a median (a completed match stays completed). */
export const medianStages = ["SUGGESTED", "INTRODUCED", "AGREED", "ACTIVE"] as const;
