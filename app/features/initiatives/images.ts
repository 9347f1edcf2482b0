// Limits for uploaded pictures, shared by the server (which enforces them) and the editor (which checks a chosen
// file at once, so a picture that would be refused is never sent along with everything else typed).
export const IMAGE_UPLOAD_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxDimension: 4000,
  /** What the file input offers; the server decides by the bytes, never by this declared type. */
  acceptedTypes: ["image/jpeg", "image/png", "image/webp"],
} as const;
