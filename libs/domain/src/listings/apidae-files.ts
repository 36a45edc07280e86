// What an Apidae file holds, before any object is read: one object, an array of objects, a search
// answer of the API, or (in a zip export) one file of `objets_modifies/` and the `communes.json`
// reference file. The API reads the bytes; these functions judge the parsed JSON.
import type { ApidaeCommune, ApidaeCommuneIndex, ApidaeObject } from './apidae.js';

/** What an import did; `unchanged` objects were already in the extranet as they are. */
export interface ApidaeImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: ApidaeSkipped[];
}

export interface ApidaeSkipped {
  apidaeId: number | null;
  name: string;
  reason: string;
}

export const APIDAE_FILE_ERRORS = {
  notJson: 'Ce fichier n’est ni du JSON ni un zip\u00a0: exportez les objets depuis Apidae au format JSON, ou envoyez le zip de l’export.',
  notApidae:
    'Ce fichier n’est pas un export Apidae\u00a0: il faut un objet touristique (avec «\u00a0id\u00a0» et «\u00a0type\u00a0»), une liste d’objets, une réponse de recherche («\u00a0objetsTouristiques\u00a0») ou le zip d’un export (dossier «\u00a0objets_modifies\u00a0»).',
  emptyZip: 'Ce zip n’est pas un export Apidae\u00a0: il ne contient aucun fichier «\u00a0objets_modifies/*.json\u00a0».',
  brokenZip: 'Ce zip est illisible ou endommagé.',
} as const;

/** The objects a parsed JSON document holds, or why it is not Apidae's. */
export function apidaeObjectsIn(json: unknown): { ok: true; objects: unknown[] } | { ok: false; message: string } {
  if (Array.isArray(json)) {
    // Every element is looked at by the import; a list of nothing but non-objects is not Apidae's.
    return json.length === 0 || json.some(looksLikeObject) ? { ok: true, objects: json } : { ok: false, message: APIDAE_FILE_ERRORS.notApidae };
  }
  if (isRecord(json)) {
    if (Array.isArray(json['objetsTouristiques'])) return { ok: true, objects: json['objetsTouristiques'] };
    if (typeof json['numFound'] === 'number' && json['numFound'] === 0) return { ok: true, objects: [] };
    if (looksLikeObject(json)) return { ok: true, objects: [json] };
  }
  return { ok: false, message: APIDAE_FILE_ERRORS.notApidae };
}

function looksLikeObject(value: unknown): boolean {
  return isRecord(value) && 'id' in value && typeof value['type'] === 'string';
}

/** `communes.json` of an export: an array of communes with Apidae's id, INSEE code, name and postal code. */
export function parseApidaeCommunes(json: unknown): ApidaeCommuneIndex {
  const index = new Map<number, ApidaeCommune>();
  for (const entry of Array.isArray(json) ? json : []) {
    if (!isRecord(entry) || typeof entry['id'] !== 'number') continue;
    const string = (key: string) => (typeof entry[key] === 'string' && entry[key] ? (entry[key] as string) : null);
    index.set(entry['id'], { id: entry['id'], code: string('code'), nom: string('nom'), codePostal: string('codePostal') });
  }
  return index;
}

function isRecord(value: unknown): value is ApidaeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which entries of an export zip hold objects: `objets_modifies/*.json`, in any folder depth of the zip. */
export function isApidaeObjectsEntry(path: string): boolean {
  return /(^|\/)objets_modifies\/[^/]+\.json$/i.test(path);
}

export function isApidaeCommunesEntry(path: string): boolean {
  return /(^|\/)communes\.json$/i.test(path);
}
