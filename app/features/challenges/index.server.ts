// What other features may use of challenges on the server (decision 0013). Browser-safe parts: index.ts.
export { listPublicChallengeStamps } from "./challenge-export.server.ts";
export { atomResponse, challengeFeedResponse, hubFeed } from "./challenge-feed.server.ts";
export {
  type ChallengeFilters,
  getChallengeForPage,
  listOpenChallengesFor,
  listPublicChallenges,
  withCountdown,
} from "./challenge.server.ts";
export { loadEditorOptions } from "./editor-pages.server.ts";
export { apiError, escapeXml, notFoundText, xmlSafe } from "./open-data.server.ts";
