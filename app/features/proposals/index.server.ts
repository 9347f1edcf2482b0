// What other features may use of proposals on the server (decision 0013). Browser-safe parts: index.ts.
export { actsForPartner } from "./proposal-status.server.ts";
export { countProposalsForChallenges } from "./proposal.server.ts";
export { getChallengeProposalSummary, listReviewers } from "./review.server.ts";
export { leadRecipients } from "./response-deadlines.server.ts";
