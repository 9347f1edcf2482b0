// What other features may use of initiatives on the server (decision 0013). Browser-safe parts: index.ts.
export { deleteUnusedImages, getChallengeCoverId, IMAGE_LIMITS, type PreparedImage, prepareImage, storeImage } from "./image.server.ts";
export { loadMatchInitiativePanel, loadMatchParticipation, matchInitiativeAction } from "./initiative-pages.server.ts";
export { listInitiativeNumbersForSitemap, listInitiativesFor } from "./initiative-queries.server.ts";
