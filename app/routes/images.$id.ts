import type { LoaderFunctionArgs } from "@remix-run/node";
import { getImage } from "~/features/initiatives/image.server.ts";

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An uploaded picture. Its bytes never change (a new upload gets a new id), so browsers and proxies may keep it
 * for a year. It is served as an image only: nosniff stops content sniffing, and the sandboxing CSP keeps the
 * response inert even if someone opens it directly as a page.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const image = uuidShape.test(params.id ?? "") ? await getImage(params.id!) : null;
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
