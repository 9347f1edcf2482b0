// What other features may use of matching on the server (decision 0013). Browser-safe parts: index.ts.
export { loadPartnerChallengeSuggestions } from "./suggestion-pages.server.ts";
export { analyseAfterSave, startTextEvidenceBackfill } from "./engine/text-evidence.server.ts";
