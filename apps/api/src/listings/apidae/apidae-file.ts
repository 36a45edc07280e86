// Reads an Apidae file from disk: JSON (one object, an array, a search answer) or the zip of an
// export. Whether the file is Apidae's at all is decided before anything is saved; a broken part
// of a zip is reported beside the others instead of stopping the import.
import {
  APIDAE_FILE_ERRORS,
  apidaeObjectsIn,
  DomainError,
  isApidaeCommunesEntry,
  isApidaeObjectsEntry,
  parseApidaeCommunes,
  type ApidaeCommuneIndex,
} from '@extranet/domain';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { readFile } from 'node:fs/promises';

/** Objects of one part of the file, or why the part could not be read. */
export type ApidaePart = { label: string; objects: unknown[] } | { label: string; error: string };

export interface ApidaeFile {
  /** From the export's `communes.json`; empty for a JSON file. */
  communes: ApidaeCommuneIndex;
  /** The parts in order, decompressed lazily: a zip is never expanded whole in memory. */
  parts(): Iterable<ApidaePart>;
}

/** Entries decompressed together: bounded so that memory stays flat on a 170,000-object export. */
const ZIP_BATCH = { bytes: 32 * 1024 * 1024, entries: 500 };
/** One entry larger than this is refused rather than expanded (a zip bomb, or not an export). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

export async function openApidaeFile(path: string): Promise<ApidaeFile> {
  const bytes = new Uint8Array(await readFile(path));
  return isZip(bytes) ? openZip(bytes) : openJson(bytes);
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function openJson(bytes: Uint8Array): ApidaeFile {
  const json = parseJson(bytes);
  if (json === undefined) throw refused(APIDAE_FILE_ERRORS.notJson);
  const found = apidaeObjectsIn(json);
  if (!found.ok) throw refused(found.message);
  return { communes: new Map(), parts: () => [{ label: 'fichier', objects: found.objects }] };
}

function openZip(bytes: Uint8Array): ApidaeFile {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false; // only listed here; expanded later, a batch at a time
      },
    });
  } catch {
    throw refused(APIDAE_FILE_ERRORS.brokenZip);
  }
  const objectEntries = entries.filter((e) => isApidaeObjectsEntry(e.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (objectEntries.length === 0) throw refused(APIDAE_FILE_ERRORS.emptyZip);
  const communesEntry = entries.find((e) => isApidaeCommunesEntry(e.name));
  const communesJson = communesEntry && communesEntry.originalSize <= MAX_ENTRY_BYTES ? parseJson(expand(bytes, [communesEntry.name]).get(communesEntry.name)) : undefined;

  return {
    communes: parseApidaeCommunes(communesJson),
    *parts() {
      for (const batch of batches(objectEntries)) {
        const expanded = expand(bytes, batch.filter((e) => e.originalSize <= MAX_ENTRY_BYTES).map((e) => e.name));
        for (const entry of batch) {
          if (entry.originalSize > MAX_ENTRY_BYTES) {
            yield { label: entry.name, error: `Fichier ${entry.name} trop volumineux pour un fichier d’objets Apidae.` };
            continue;
          }
          const json = parseJson(expanded.get(entry.name));
          if (json === undefined) {
            yield { label: entry.name, error: `Fichier ${entry.name} illisible : ce n’est pas du JSON.` };
            continue;
          }
          const found = apidaeObjectsIn(json);
          yield found.ok ? { label: entry.name, objects: found.objects } : { label: entry.name, error: `Fichier ${entry.name} : ${found.message}` };
        }
      }
    },
  };
}

function* batches(entries: readonly UnzipFileInfo[]): Iterable<UnzipFileInfo[]> {
  let batch: UnzipFileInfo[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length && (bytes + entry.originalSize > ZIP_BATCH.bytes || batch.length >= ZIP_BATCH.entries)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += entry.originalSize;
  }
  if (batch.length) yield batch;
}

/** The named entries, decompressed; an entry that fails to decompress is missing from the map. */
function expand(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  const wanted = new Set(names);
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: (entry) => wanted.has(entry.name) })));
  } catch {
    // One damaged entry must not hide the others: retry them one by one.
    return new Map(
      names.flatMap((name) => {
        try {
          return Object.entries(unzipSync(bytes, { filter: (entry) => entry.name === name }));
        } catch {
          return [];
        }
      }),
    );
  }
}

/** UTF-8 JSON (the decoder drops a byte-order mark), or undefined. */
function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function refused(message: string): DomainError {
  return DomainError.badInput([{ field: 'file', message }], message);
}
