import { healthResponse } from "~/kernel/health.server.ts";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export const loader = () => healthResponse();
