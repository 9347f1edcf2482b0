const formContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads a submitted form. Anything that is not a form (JSON, garbage, a truncated body) gets 400/415
 * instead of surfacing as a 500 from the body parser.
 */
export async function readFormData(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!formContentTypes.includes(contentType)) {
    throw new Response("Unsupported Media Type: send a form", { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request: the form could not be read", { status: 400 });
  }
}
