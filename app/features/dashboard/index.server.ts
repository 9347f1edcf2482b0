// What other features may use of dashboard on the server (decision 0013). Browser-safe parts: index.ts.
export { listPlanIndicators } from "./indicator.server.ts";
