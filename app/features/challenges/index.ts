// What other features may use of challenges in code that can reach the browser (decision 0013). Server code: index.server.ts.
export { cacheSeconds, FEED_ENTRY_LIMIT, hubOpenedAt, openDataLicence } from "./open-data.ts";
export { engagementTypes, publicChallengeStatuses, workStyles } from "./schemas.ts";
export { parseSearchQuery } from "./search-text.ts";
