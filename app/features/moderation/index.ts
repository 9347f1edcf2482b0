// What other features may use of moderation in the browser (decision 0013). Server parts: index.server.ts.
export { ReportLink } from "./report-link.tsx";
