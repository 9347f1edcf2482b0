// Uploaded pictures (challenge covers). Nothing a visitor sent is ever served as it came: the bytes must start
// like a JPEG, PNG or WebP *and* decode as that format, and what is stored is a fresh WebP that sharp encodes
// from the pixels alone, so EXIF (GPS position, camera serial), XMP, ICC profiles and anything smuggled after
// the image data are gone. Served from /images/<id> (app/routes/images.$id.ts).
import sharp from "sharp";
import { prisma } from "~/kernel/db.server.ts";
import { IMAGE_UPLOAD_LIMITS } from "~/features/initiatives/images.ts";
import { publicChallengeStatuses } from "~/features/challenges/index.ts";
import { invalid, type InvalidFailure, type Result } from "~/kernel/result.ts";

export const IMAGE_LIMITS = {
  /** What the editor accepts as a file; the server's body cap for the editor routes is a little above this. */
  maxUploadBytes: IMAGE_UPLOAD_LIMITS.maxBytes,
  /** Larger pictures are refused, not scaled: 4000 × 4000 RGBA is already 64 MB of pixels to decode. */
  maxDimension: IMAGE_UPLOAD_LIMITS.maxDimension,
  /** Covers are shown at most ~1200 px wide; 1600 leaves room for high-density screens. */
  outputMaxWidth: 1600,
  webpQuality: 80,
} as const;

export type ImageRefusal =
  "challengeForm.coverTooLarge" | "challengeForm.coverType" | "challengeForm.coverUnreadable" | "challengeForm.coverDimensions";

export type PreparedImage = { bytes: Buffer; width: number; height: number; contentType: "image/webp" };

type AcceptedFormat = "jpeg" | "png" | "webp";

/**
 * The format the file's first bytes announce. Checked before sharp sees the file, so formats sharp could also
 * read (SVG with its scripts and external references, TIFF, HEIF, GIF) are never even parsed.
 */
function sniffFormat(bytes: Uint8Array): AcceptedFormat | null {
  const startsWith = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // "RIFF" <length> "WEBP"
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/** Checks an uploaded file and turns it into the WebP that will be stored; a refusal names the reason as a translation key. */
export async function prepareImage(bytes: Uint8Array): Promise<Result<{ image: PreparedImage }, InvalidFailure<ImageRefusal>>> {
  if (bytes.byteLength > IMAGE_LIMITS.maxUploadBytes) return invalid("challengeForm.coverTooLarge");
  const format = sniffFormat(bytes);
  if (!format) return invalid("challengeForm.coverType");
  // The pixel limit also stops decompression bombs whose header lies about nothing sharp checks below.
  const options = { limitInputPixels: IMAGE_LIMITS.maxDimension * IMAGE_LIMITS.maxDimension, failOn: "warning" as const };
  let metadata: sharp.Metadata;
  try {
    // Reading the header decodes no pixels: size is checked before any real work is done.
    metadata = await sharp(bytes, options).metadata();
  } catch {
    return invalid("challengeForm.coverUnreadable");
  }
  if (metadata.format !== format) return invalid("challengeForm.coverType");
  if (!metadata.width || !metadata.height) return invalid("challengeForm.coverUnreadable");
  if (metadata.width > IMAGE_LIMITS.maxDimension || metadata.height > IMAGE_LIMITS.maxDimension) {
    return invalid("challengeForm.coverDimensions");
  }
  try {
    const { data, info } = await sharp(bytes, options)
      // Applies the EXIF orientation to the pixels first: the tag itself is dropped with the rest of the metadata.
      .rotate()
      .resize({ width: IMAGE_LIMITS.outputMaxWidth, withoutEnlargement: true })
      // sharp writes no metadata unless asked (no keepMetadata/withMetadata here), and converts to sRGB.
      .webp({ quality: IMAGE_LIMITS.webpQuality })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, image: { bytes: data, width: info.width, height: info.height, contentType: "image/webp" } };
  } catch {
    // Truncated or corrupt data fails here, when the pixels are decoded (failOn: "warning" is strict).
    return invalid("challengeForm.coverUnreadable");
  }
}

/** Stores a prepared image and returns its id. */
export async function storeImage(uploadedById: string, image: PreparedImage): Promise<string> {
  const created = await prisma.image.create({
    data: {
      contentType: image.contentType,
      width: image.width,
      height: image.height,
      byteSize: image.bytes.byteLength,
      bytes: new Uint8Array(image.bytes),
      uploadedById,
    },
    select: { id: true },
  });
  return created.id;
}

/** Checks, re-encodes and stores an upload in one step. */
export async function saveUploadedImage(
  uploadedById: string,
  bytes: Uint8Array,
): Promise<Result<{ id: string }, InvalidFailure<ImageRefusal>>> {
  const prepared = await prepareImage(bytes);
  if (!prepared.ok) return prepared;
  return { ok: true, id: await storeImage(uploadedById, prepared.image) };
}

/**
 * The stored bytes for the image route, and whether anyone may see them: a picture is public while something public
 * shows it (a challenge in a public status, an initiative's cover, an update's photo). A draft's or archived
 * challenge's cover, or an upload nothing uses yet, is not.
 */
export async function getImage(id: string) {
  const image = await prisma.image.findUnique({
    where: { id },
    select: {
      bytes: true,
      contentType: true,
      byteSize: true,
      uploadedById: true,
      challenges: { where: { status: { in: [...publicChallengeStatuses] } }, select: { id: true }, take: 1 },
      _count: { select: { initiatives: true, updateImages: true } },
    },
  });
  if (!image) return null;
  const { challenges, _count, ...rest } = image;
  return { ...rest, isPublic: challenges.length > 0 || _count.initiatives > 0 || _count.updateImages > 0 };
}

/** The cover a challenge shows now, to know what a replacement or removal leaves behind. */
export async function getChallengeCoverId(number: number): Promise<string | null> {
  const row = await prisma.challenge.findUnique({ where: { number }, select: { coverImageId: true } });
  return row?.coverImageId ?? null;
}

/**
 * Deletes images that no challenge shows (a replaced or removed cover, an upload whose save failed). The
 * "unused" condition is part of the DELETE, so an image another save has just started to use is kept.
 */
export async function deleteUnusedImages(ids: readonly (string | null | undefined)[]): Promise<number> {
  const candidates = ids.filter((id): id is string => typeof id === "string");
  if (!candidates.length) return 0;
  const { count } = await prisma.image.deleteMany({ where: { id: { in: candidates }, challenges: { none: {} } } });
  return count;
}
