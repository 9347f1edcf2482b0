// /images/<id>: an uploaded picture (a challenge's or initiative's cover, an update's photos). The route module
// only calls this.
import { getImage } from "~/features/initiatives/image.server.ts";
import { getUser } from "~/kernel/auth/guards.server.ts";
import { hasPermission } from "~/kernel/auth/permissions.ts";
import { isUuid } from "~/kernel/params.server.ts";

/**
 * An uploaded picture. Its bytes never change (a new upload gets a new id), so browsers and proxies may keep a public
 * one for a year. A picture nothing public shows (a draft's cover, an upload not saved yet) is as private as the draft:
 * only staff who may edit challenges and whoever uploaded it get it, never from a shared cache; anyone else gets the
 * same 404 as for an address that does not exist. It is served as an image only: nosniff stops content sniffing,
 * and the sandboxing CSP keeps the response inert even if someone opens it directly as a page. `id` is the
 * address's text; a 404 is plain text.
 */
export async function imageResponse(request: Request, id: string) {
  const image = isUuid(id) ? await getImage(id) : null;
  const visible = image && (image.isPublic || (await mayPreview(request, image.uploadedById)));
  if (!image || !visible) {
    return new Response("Not Found / 見つかりません", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    });
  }
  return new Response(image.bytes, {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.byteSize),
      "Cache-Control": image.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

async function mayPreview(request: Request, uploadedById: string | null) {
  const user = await getUser(request);
  return Boolean(user && (hasPermission(user.roles, "challenge:edit") || user.id === uploadedById));
}
