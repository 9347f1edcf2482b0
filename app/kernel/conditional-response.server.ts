// Feeds and calendars are polled by readers and calendar apps every few minutes, most of the time for nothing
// new: a validator (ETag, Last-Modified) lets them ask "changed?" and get an empty 304 instead of the document.
import { createHash } from "node:crypto";

export type ConditionalOptions = {
  contentType: string;
  maxAgeSeconds: number;
  /** The newest change in the document; omitted when it holds nothing. */
  lastModified?: Date | null;
  /** Extra headers (Content-Disposition, Vary…) sent with both the 200 and the 304. */
  headers?: Record<string, string>;
};

/** Weak: the same document may be sent compressed or not by the proxy in front. */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => {
    const value = candidate.trim();
    return value === "*" || value.replace(/^W\//, "") === opaque;
  });
}

/**
 * A 200 with the body and its validators, or a 304 when the request's If-None-Match (or, only without it,
 * If-Modified-Since) shows the client already has this document (RFC 9110 §13.2.2).
 */
export function conditionalResponse(request: Request, body: string, options: ConditionalOptions): Response {
  const etag = weakEtag(body);
  const headers: Record<string, string> = {
    "Cache-Control": `public, max-age=${options.maxAgeSeconds}`,
    ETag: etag,
    ...options.headers,
  };
  // HTTP dates have whole seconds: the stored milliseconds would make every If-Modified-Since look older.
  const lastModified = options.lastModified ? new Date(Math.floor(options.lastModified.getTime() / 1000) * 1000) : null;
  if (lastModified) headers["Last-Modified"] = lastModified.toUTCString();

  const ifNoneMatch = request.headers.get("If-None-Match");
  let notModified = false;
  if (ifNoneMatch !== null) {
    notModified = etagMatches(ifNoneMatch, etag);
  } else if (lastModified) {
    const since = Date.parse(request.headers.get("If-Modified-Since") ?? "");
    notModified = Number.isFinite(since) && lastModified.getTime() <= since;
  }
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": options.contentType } });
}
