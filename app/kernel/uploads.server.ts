// Reading a multipart form (a form with a file input) without ever holding more than a bounded amount in memory.
// The whole body is already capped by server.js; this caps each part.
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { refuseNulCharacters } from "./forms/read-form.server.ts";

export type UploadedFile = {
  filename: string;
  contentType: string;
  /** null when the file was larger than allowed (its bytes were read and dropped, not kept). */
  bytes: Uint8Array | null;
  byteSize: number;
};

/**
 * The form's text fields as FormData, and its files (only the expected fields) on the side. An oversized file
 * does not abort the parse the way Remix's memory handler does (it throws): the rest of the form is still read,
 * so the editor can answer with a field error and everything else the person typed.
 */
export async function readMultipartForm(
  request: Request,
  options: { fileFields: readonly string[]; maxFileBytes: number; maxTextBytes: number },
): Promise<{ formData: FormData; files: Map<string, UploadedFile> }> {
  const files = new Map<string, UploadedFile>();

  const fileHandler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) return undefined; // a text field: the next handler reads it
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      // Past the limit the rest still has to be read for the parser to reach the next part; it is not kept.
      if (size <= options.maxFileBytes) chunks.push(chunk);
    }
    // An empty file input still sends a part, with no name and no bytes: nothing was chosen.
    const expected = options.fileFields.includes(name);
    if (expected && (filename !== "" || size > 0)) {
      files.set(name, { filename, contentType, bytes: size <= options.maxFileBytes ? Buffer.concat(chunks) : null, byteSize: size });
    }
    // Files never go into the FormData: what the form schema sees is text only.
    return undefined;
  };
  const textHandler = createMemoryUploadHandler({ maxPartSize: options.maxTextBytes, filter: ({ filename }) => filename === undefined });

  try {
    const formData = await parseMultipartFormData(request, composeUploadHandlers(fileHandler, textHandler));
    refuseNulCharacters(formData);
    return { formData, files };
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof MaxPartSizeExceededError) {
      throw new Response("Payload Too Large / 送信内容が大きすぎます", {
        status: 413,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    // No boundary, a truncated body, a malformed part: the client's fault, not a 500.
    throw new Response("Bad Request: the form could not be read / 送信内容を読み取れませんでした", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

export function isMultipart(request: Request): boolean {
  return request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() === "multipart/form-data";
}
