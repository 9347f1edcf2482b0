// What other features may use of accounts on the server (decision 0013). Browser-safe parts: index.ts.
export { getAccount, setAccountLanguage } from "./account.server.ts";
