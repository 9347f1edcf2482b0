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
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    throw new Response("Bad Request: the form could not be read", { status: 400 });
  }
  refuseNulCharacters(formData);
  return formData;
}

/**
 * PostgreSQL text cannot hold U+0000, so a field carrying one failed in the database as a 500. Nobody types
 * it; a form with one is refused like a broken one.
 */
export function refuseNulCharacters(formData: FormData) {
  for (const value of formData.values()) {
    if (typeof value === "string" && value.includes("\u0000")) {
      throw new Response("Bad Request: the form contains a NUL character / 送信内容に使えない文字が含まれています", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
  }
}
