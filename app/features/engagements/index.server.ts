// What other features may use of engagements on the server (decision 0013).
export { retireEngagementRecords } from "./contribution.server.ts";
export { startEngagementJobs } from "./engagement-jobs.server.ts";
