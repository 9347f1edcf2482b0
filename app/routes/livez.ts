import { livenessResponse } from "~/features/site/service-pages.server.ts";

/** Liveness: the process answers. No database, no rendering; also the bare baseline for load tests. */
export const loader = () => livenessResponse();
