// What other features may use of partners on the server (decision 0013). Browser-safe parts: index.ts.
export { countPendingInvitations, organisationMemberRecipients, releaseOrganisationsOf } from "./organisation.server.ts";
export {
  exportPartnerData,
  getOwnPartnerProfileId,
  getPartnerOptionsForUser,
  listPublicPartnerStamps,
  retirePersonalProfile,
  type PartnerOption,
} from "./partner.server.ts";
export { FORMER_PARTNER_NAME, shownPartnerName } from "./former-partner.server.ts";
