// /images/<id>: an uploaded picture (a challenge's or initiative's cover, an update's photos). The route module
// only calls this.
import { getImage } from "~/features/initiatives/image.server.ts";
import { isUuid } from "~/kernel/params.server.ts";

/**
 * An uploaded picture. Its bytes never change (a new upload gets a new id), so browsers and proxies may keep it
 * for a year. It is served as an image only: nosniff stops content sniffing, and the sandboxing CSP keeps the
 * response inert even if someone opens it directly as a page. `id` is the address's text; a 404 is plain text.
 */
export async function imageResponse(id: string) {
  const image = isUuid(id) ? await getImage(id) : null;
  if (!image) {
    return new Response("Not Found / 見つかりません", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
  return new Response(image.bytes, {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.byteSize),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
