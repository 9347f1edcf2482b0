// What other features may use of admin on the server (decision 0013). Browser-safe parts: index.ts.
export { grantRoleWithin } from "./user-admin.server.ts";
