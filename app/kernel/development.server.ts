import { getEnv } from "./env.server.ts";

/** Development-only pages answer 404 elsewhere, as if they did not exist (they show other people's mail). */
export function requireDevelopment() {
  if (getEnv().NODE_ENV !== "development") throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}
