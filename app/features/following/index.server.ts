// What other features may use of following on the server (decision 0013). Browser-safe parts: index.ts.
export { dispatchActivities, recordActivity } from "./activity.server.ts";
export { autoFollow, exportFollows, followStateFor } from "./follow.server.ts";
export { exportNotifications } from "./notification-inbox.server.ts";
