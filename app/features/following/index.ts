// What other features may use of following in code that can reach the browser (decision 0013). Server code: index.server.ts.
export { challengeFeedHref, challengeFeedLinks, subscribeHrefs, subscribeLinks } from "./feed-links.ts";
