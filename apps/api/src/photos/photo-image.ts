// What a listing photo must be, checked on its content: the first bytes name its format (never the
// client's file name or declared type), then sharp (libvips) must decode it. The stored copy is
// re-encoded, which drops EXIF, GPS and other metadata (privacy) after turning the pixels upright,
// and a small WebP thumbnail is made beside it.
import { UnsupportedMediaTypeException } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { open } from 'node:fs/promises';
import sharp from 'sharp';

/** Each request works on its own file once: libvips' operation cache would only hold memory. */
sharp.cache(false);

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Past this, decoding costs too much memory (a small PNG can declare a huge image). 60 MP ≈ 9500 × 6300. */
export const PHOTO_MAX_PIXELS = 60_000_000;
export const THUMBNAIL_WIDTH = 400;
export const THUMBNAIL_CONTENT_TYPE = 'image/webp';

export type PhotoFormat = 'jpeg' | 'png' | 'webp';
export const PHOTO_CONTENT_TYPES: Readonly<Record<PhotoFormat, string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

const SIGNATURES: readonly { format: PhotoFormat; matches: (head: Uint8Array) => boolean }[] = [
  { format: 'jpeg', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { format: 'png', matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  // RIFF <size> WEBP
  { format: 'webp', matches: (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WEBP' },
];

/** The format its first bytes announce, or null for anything else (an executable, a PDF, an SVG…). */
export function detectPhotoFormat(head: Uint8Array): PhotoFormat | null {
  return SIGNATURES.find((signature) => signature.matches(head))?.format ?? null;
}

export interface PreparedPhoto {
  format: PhotoFormat;
  width: number;
  height: number;
}

/**
 * Checks the uploaded file at `input` and writes the copy to keep to `image` and its thumbnail to
 * `thumbnail`. Refusals are DomainErrors naming the field `file`: 415 for a file that is not a
 * JPEG, PNG or WebP, 400 for one that says it is but cannot be decoded, or is too large to.
 */
export async function preparePhoto(input: string, out: { image: string; thumbnail: string }): Promise<PreparedPhoto> {
  const format = detectPhotoFormat(await readHead(input, 12));
  if (!format) {
    throw new UnsupportedMediaTypeException(undefined, {
      cause: DomainError.badInput([{ field: 'file', message: 'Envoyez une photo au format JPEG, PNG ou WebP.' }], 'Ce type de fichier n’est pas accepté.'),
    });
  }
  // The header alone: cheap, and tells the size before anything is decoded.
  const metadata = await sharp(input, { limitInputPixels: false }).metadata().catch(() => unreadable());
  if (metadata.format !== format || !metadata.width || !metadata.height) unreadable();
  if (metadata.width * metadata.height > PHOTO_MAX_PIXELS) {
    const megapixels = PHOTO_MAX_PIXELS / 1_000_000;
    throw DomainError.badInput([{ field: 'file', message: `L’image est trop grande (${megapixels} mégapixels au plus) : réduisez-la avant de l’envoyer.` }]);
  }
  const decode = () => sharp(input, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error', autoOrient: true });
  try {
    // No withMetadata()/keepMetadata(): sharp writes no EXIF, XMP or IPTC, so no GPS position.
    const keep = decode();
    if (format === 'jpeg') keep.jpeg({ quality: 90 });
    else if (format === 'png') keep.png({ palette: Boolean(metadata.isPalette) });
    else keep.webp({ quality: 90 });
    const kept = await keep.toFile(out.image);
    await decode().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toFile(out.thumbnail);
    return { format, width: kept.width, height: kept.height };
  } catch {
    return unreadable();
  }
}

function unreadable(): never {
  throw DomainError.badInput([{ field: 'file', message: 'Cette image est illisible ou abîmée : enregistrez-la de nouveau en JPEG, PNG ou WebP.' }]);
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => head[i] === byte);
}

function ascii(head: Uint8Array, from: number, to: number): string {
  return Buffer.from(head.subarray(from, to)).toString('latin1');
}
