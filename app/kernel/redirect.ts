const sameSiteBase = "http://same-site.invalid";

/**
 * Only same-site absolute paths. The target is read the way a browser reads a Location header (which drops
 * tabs and line breaks, turns "\" into "/" and resolves "/./"), so "/\t/evil.example" or "/.//evil.example"
 * cannot become the protocol-relative "//evil.example"; what comes back is that normalised path.
 */
export function safeRedirectPath(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, sameSiteBase);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  if (url.origin !== sameSiteBase || path.startsWith("//")) return fallback;
  return path;
}
