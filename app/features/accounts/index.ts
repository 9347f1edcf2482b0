// What other features may use of accounts in code that can reach the browser (decision 0013). Server code: index.server.ts.
export { emailRequestSchema, roleChangeSchema } from "./schemas.ts";
