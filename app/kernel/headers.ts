import type { HeadersFunction } from "@remix-run/node";

/**
 * A route's own headers survive only through its `headers` export on document requests (Remix keeps just
 * the cookies otherwise): forms that can be rate-limited export this so `Retry-After` reaches the client.
 */
export const forwardRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
