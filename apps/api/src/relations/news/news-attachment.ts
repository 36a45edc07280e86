import { open } from 'node:fs/promises';

/** What a news item may have attached: documents and pictures partners open anywhere. */
const SIGNATURES: readonly { type: string; extension: string; matches: (h: Uint8Array) => boolean }[] = [
  { type: 'application/pdf', extension: 'pdf', matches: (h) => ascii(h, 0, 5) === '%PDF-' },
  { type: 'image/png', extension: 'png', matches: (h) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => h[i] === b) },
  { type: 'image/jpeg', extension: 'jpg', matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
];

function ascii(h: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...h.subarray(from, to));
}

/** The type its first bytes announce (PDF, PNG or JPEG), or null. */
export async function detectAttachmentType(path: string): Promise<{ type: string; extension: string } | null> {
  const file = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    await file.read(head, 0, 16, 0);
    return SIGNATURES.find((s) => s.matches(head)) ?? null;
  } finally {
    await file.close();
  }
}

/** Multer hands file names over as Latin-1; browsers send UTF-8: decode it back when it is one. */
export function uploadedName(originalname: string): string {
  const utf8 = Buffer.from(originalname, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? originalname : utf8;
}

/** A download name built from the client's: letters, digits, dashes and dots only, with the real extension. */
export function safeAttachmentName(original: string, extension: string): string {
  const base = original.replace(/\.[^.]*$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${base || 'piece-jointe'}.${extension}`;
}
