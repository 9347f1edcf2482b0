/** A Request as Remix hands it to a loader, with the headers a browser would send. */
export function pageRequest(path: string, headers: Record<string, string> = {}) {
  return new Request(new URL(path, "http://localhost"), { headers });
}

export function loaderArgs(path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  return { request: pageRequest(path, headers), params, context: {} };
}
