// What other features may use of moderation on the server (decision 0013). Browser-safe parts: index.ts.
export { followPartnerRole } from "./suspension.server.ts";
