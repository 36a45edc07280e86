// Apidae (the regional tourist information system) ⇄ listings. Objects follow Apidae's API v002
// format (`type`, `nom.libelleFr`, `presentation`, `localisation`, `informations`, `ouverture`,
// `descriptionTarif`, `informations<Type>`…), the one its exports and search answers use.
//
// Nothing is lost in either direction. A listing keeps the Apidae object it was imported from
// (`extra`), verbatim; the export starts from it and rewrites only the mapped fields whose value
// in the listing differs from what that object itself says. So every field the extranet does not
// understand (illustrations, criteria, German name, reference ids, rich opening hours…) comes
// back as it came, and a field the extranet reads lossily (a period open « the first Monday of the
// month », a price « up to 30 € ») comes back untouched unless someone changed it here.
import { COMMUNES, findCommune, type Commune } from '../organisations/communes.js';
import type { FieldError } from '../shared/domain-error.js';
import { emptyListingContent, type ListingContent, type OpeningPeriod, type PaymentMethod, type Price } from './listing.js';
import { getField, listingField, sameValue, setField } from './listing-fields.js';
import { isListingType, type ListingType } from './listing-types.js';
import { isCalendarDay, validateListing } from './validate-listing.js';

/** An Apidae object (or any part of one) as parsed JSON. */
export type ApidaeObject = { [key: string]: unknown };

/** One entry of an export's `communes.json`: Apidae's own commune id, the INSEE code, name and postal code. */
export interface ApidaeCommune {
  id: number;
  code: string | null;
  nom: string | null;
  codePostal: string | null;
}

/** Apidae commune id → commune, from `communes.json`; exports often give only the id. */
export type ApidaeCommuneIndex = ReadonlyMap<number, ApidaeCommune>;

export type ApidaeImport =
  | {
      ok: true;
      apidaeId: number;
      type: ListingType;
      name: string;
      /** Validated: ready to publish. */
      content: ListingContent;
      /** The object to keep beside the listing (without `id` and `type`, which are columns). */
      extra: ApidaeObject;
      /** `gestion.dateModification`: when the object last changed in Apidae. */
      modifiedAt: Date | null;
    }
  | { ok: false; apidaeId: number | null; name: string; reason: string };

/** Mapping codes of `informations.moyensCommunication[].type.id`. */
export const APIDAE_COMMUNICATION_TYPES = { phone: 201, email: 204, website: 205 } as const;
const COMMUNICATION_LABELS = { phone: 'Téléphone', email: 'Mél', website: 'Site web (URL)' } as const;

/**
 * The listing fields the mapping reads and writes. The others (photos, labels, the registration
 * number, internal criteria) are the extranet's own: an import never changes them.
 */
export const APIDAE_MAPPED_FIELDS = [
  'name',
  'shortDescription.fr', 'shortDescription.en', 'shortDescription.de',
  'longDescription.fr', 'longDescription.en', 'longDescription.de',
  'address.street', 'address.communeCode',
  'position',
  'contact.phone', 'contact.email', 'contact.website',
  'openingPeriods', 'closures', 'prices', 'paymentMethods',
  'capacity.rooms', 'capacity.persons', 'capacity.pitches',
  'classification.stars',
  'eventDates',
] as const;

const LANGUAGE_SUFFIX = { fr: 'Fr', en: 'En', de: 'De' } as const;
const JOURS = ['LUNDI', 'MARDI', 'MERCREDI', 'JEUDI', 'VENDREDI', 'SAMEDI', 'DIMANCHE'] as const;

/** Where each type keeps its capacity; the first path present is read, and written back. */
const CAPACITY_PATHS: Readonly<Partial<Record<ListingType, Partial<Record<'rooms' | 'persons' | 'pitches', readonly string[]>>>>> = {
  HOTELLERIE: {
    rooms: ['informationsHotellerie.capacite.nombreChambresDeclareesHotelier', 'informationsHotellerie.capacite.nombreChambresClassees'],
    persons: ['informationsHotellerie.capacite.nombreTotalPersonnes'],
  },
  HEBERGEMENT_LOCATIF: {
    rooms: ['informationsHebergementLocatif.capacite.nombreChambres'],
    persons: ['informationsHebergementLocatif.capacite.capaciteHebergement', 'informationsHebergementLocatif.capacite.capaciteMaximumPossible'],
  },
  HEBERGEMENT_COLLECTIF: {
    persons: ['informationsHebergementCollectif.capacite.capaciteTotale'],
  },
  HOTELLERIE_PLEIN_AIR: {
    pitches: ['informationsHotelleriePleinAir.capacite.nombreEmplacementsDeclares', 'informationsHotelleriePleinAir.capacite.nombreEmplacementsClasses'],
  },
};

/** Where star-rated types keep their classification (an element reference labelled « 3 étoiles »). */
const CLASSIFICATION_PATHS: Readonly<Partial<Record<ListingType, string>>> = {
  HOTELLERIE: 'informationsHotellerie.classement',
  HEBERGEMENT_LOCATIF: 'informationsHebergementLocatif.classementPrefectoral',
  HOTELLERIE_PLEIN_AIR: 'informationsHotelleriePleinAir.classement',
};

/** Apidae's `ModePaiement` references: ids seen in its data, and labels for the others. */
const PAYMENT_IDS: Readonly<Partial<Record<PaymentMethod, number>>> = { CARTE_BANCAIRE: 1268, CHEQUE: 1271, CHEQUE_VACANCES: 1274, ESPECES: 1277 };
const PAYMENT_LABELS: Readonly<Record<PaymentMethod, string>> = {
  CARTE_BANCAIRE: 'Carte bancaire/crédit',
  CHEQUE: 'Chèque',
  CHEQUE_VACANCES: 'Chèque Vacances',
  ESPECES: 'Espèces',
  VIREMENT: 'Virement',
  FRANCS_SUISSES: 'Francs suisses',
};

export const APIDAE_SKIP = {
  notAnObject: 'Ce n’est pas un objet touristique Apidae (un objet JSON était attendu).',
  noId: 'Objet sans identifiant Apidae (champ «\u00a0id\u00a0»).',
  noType: 'Objet sans type Apidae (champ «\u00a0type\u00a0»).',
  unknownType: (type: string) => `Type Apidae non repris par l’extranet\u00a0: ${type}.`,
  outside: (what: string) => `Commune hors du Pays de Gex\u00a0: ${what}.`,
  noCommune: 'Commune introuvable\u00a0: ni code INSEE, ni commune de communes.json, ni code postal et nom d’une des 27 communes.',
  pendingRequest: 'demande de modification en attente',
} as const;

// ——— Import ————————————————————————————————————————————————————————————————————————————————

/**
 * Reads one Apidae object: its id, type, commune and the listing it describes, validated by the
 * same rules as a partner's form. An object the extranet cannot take says why, in French.
 */
export function fromApidae(raw: unknown, communes: ApidaeCommuneIndex = new Map()): ApidaeImport {
  if (!isRecord(raw)) return { ok: false, apidaeId: null, name: '', reason: APIDAE_SKIP.notAnObject };
  const apidaeId = typeof raw['id'] === 'number' && Number.isSafeInteger(raw['id']) && raw['id'] > 0 ? raw['id'] : null;
  const name = text(at(raw, 'nom.libelleFr')).trim();
  const skip = (reason: string) => ({ ok: false as const, apidaeId, name, reason });
  if (apidaeId === null) return skip(APIDAE_SKIP.noId);
  const type = text(raw['type']);
  if (!type) return skip(APIDAE_SKIP.noType);
  if (!isListingType(type)) return skip(APIDAE_SKIP.unknownType(type));

  const commune = resolveApidaeCommune(at(raw, 'localisation.adresse'), communes);
  if (!commune.ok) return skip(commune.reason);

  const validated = validateListing(type, readContent(raw, type, commune.commune));
  if (!validated.ok) return skip(describeListingErrors(validated.errors));

  const { id: _id, type: _type, ...extra } = clone(raw);
  // The commune's INSEE code, when only communes.json gave it, so the export can compare without that file.
  const extraCommune = at(extra, 'localisation.adresse.commune');
  if (isRecord(extraCommune) && !text(extraCommune['code'])) extraCommune['code'] = commune.commune.code;
  return { ok: true, apidaeId, type, name: validated.value.name, content: validated.value, extra, modifiedAt: modifiedAt(raw) };
}

/**
 * A re-import over a listing already in the extranet, as a three-way merge: each mapped field
 * takes Apidae's new value only if Apidae changed it since the last import (`previousExtra`);
 * otherwise the listing's value stands, so changes approved here since are not undone by an
 * older Apidae copy. Fields Apidae does not carry (photos, internal criteria…) are kept.
 */
export function mergeApidaeImport(current: { type: ListingType; content: ListingContent; extra: ApidaeObject | null }, incoming: { type: ListingType; content: ListingContent }): ListingContent {
  const previous = current.extra ? apidaeBaseline(current.extra, incoming.type) : null;
  let merged = current.content;
  for (const path of APIDAE_MAPPED_FIELDS) {
    const theirs = getField(incoming.content, path) ?? null;
    if (previous && current.type === incoming.type && sameValue(getField(previous, path) ?? null, theirs)) continue;
    merged = setField(merged, path, theirs);
  }
  return merged;
}

/** The listing an object kept in `extra` describes (after the same normalisation as a form), or null. */
export function apidaeBaseline(extra: ApidaeObject, type: ListingType): ListingContent | null {
  const commune = resolveApidaeCommune(at(extra, 'localisation.adresse'), new Map());
  if (!commune.ok) return null;
  const validated = validateListing(type, readContent(extra, type, commune.commune));
  return validated.ok ? validated.value : null;
}

/**
 * The commune of `localisation.adresse`: its INSEE code (API answers), else the code communes.json
 * gives for its Apidae id (exports), else its postal code and name against the 27 communes.
 */
export function resolveApidaeCommune(adresse: unknown, communes: ApidaeCommuneIndex): { ok: true; commune: Commune } | { ok: false; reason: string } {
  const given = isRecord(adresse) ? adresse : {};
  const commune = isRecord(given['commune']) ? given['commune'] : {};
  const reference = typeof commune['id'] === 'number' ? communes.get(commune['id']) : undefined;
  const code = text(commune['code']).trim() || reference?.code || '';
  const nom = text(commune['nom']).trim() || reference?.nom || '';
  const postalCode = text(given['codePostal']).trim() || text(commune['codePostal']).trim() || reference?.codePostal || '';
  if (code) {
    const found = findCommune(code);
    return found ? { ok: true, commune: found } : { ok: false, reason: APIDAE_SKIP.outside(nom ? `${nom} (${code})` : code) };
  }
  const byName = nom ? COMMUNES.filter((c) => comparableName(c.name) === comparableName(nom)) : [...COMMUNES];
  const matches = postalCode ? byName.filter((c) => c.postalCode === postalCode) : nom ? byName : [];
  if (matches.length === 1) return { ok: true, commune: matches[0]! };
  if (nom && matches.length === 0) return { ok: false, reason: APIDAE_SKIP.outside(postalCode ? `${nom} (${postalCode})` : nom) };
  return { ok: false, reason: APIDAE_SKIP.noCommune };
}

/** `Saint-Genis-Pouilly`, `ST GENIS POUILLY` and `Saint Genis Pouilly` compare equal. */
function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}

/** Validation errors as one reason: « E-mail (contact.email) : L’adresse e-mail n’est pas valide. ». */
export function describeListingErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${fieldLabel(e.field)} (${e.field})\u00a0: ${e.message}`).join('\u00a0; ');
}

function fieldLabel(path: string): string {
  for (let parts = path.split('.'); parts.length; parts = parts.slice(0, -1)) {
    const field = listingField(parts.join('.'));
    if (field) return field.label;
  }
  return path;
}

function readContent(o: ApidaeObject, type: ListingType, commune: Commune): ListingContent {
  const periods = readPeriods(o);
  return {
    ...emptyListingContent(),
    name: text(at(o, 'nom.libelleFr')),
    shortDescription: readTranslated(o, 'presentation.descriptifCourt'),
    longDescription: readTranslated(o, 'presentation.descriptifDetaille'),
    address: { street: text(at(o, 'localisation.adresse.adresse1')), postalCode: commune.postalCode, communeCode: commune.code },
    position: readPosition(o),
    contact: {
      phone: communication(o, 'phone').entry?.fr ?? null,
      email: communication(o, 'email').entry?.fr ?? null,
      website: communication(o, 'website').entry?.fr ?? null,
    },
    openingPeriods: periods,
    closures: readClosures(o),
    prices: readTarifs(o).map((t) => t.price),
    paymentMethods: readPayments(o).flatMap((p) => (p.method ? [p.method] : [])),
    capacity: {
      rooms: readCapacity(o, type, 'rooms'),
      persons: readCapacity(o, type, 'persons'),
      pitches: readCapacity(o, type, 'pitches'),
    },
    classification: { stars: readStars(o, type), labels: [], registrationNumber: null },
    eventDates: type === 'FETE_ET_MANIFESTATION' ? span(periods) : null,
  };
}

function readTranslated(o: ApidaeObject, path: string): ListingContent['shortDescription'] {
  return { fr: text(at(o, `${path}.libelleFr`)), en: text(at(o, `${path}.libelleEn`)), de: text(at(o, `${path}.libelleDe`)) };
}

function readPosition(o: ApidaeObject): ListingContent['position'] {
  if (at(o, 'localisation.geolocalisation.valide') === false) return null;
  const coordinates = at(o, 'localisation.geolocalisation.geoJson.coordinates');
  if (!Array.isArray(coordinates) || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') return null;
  return { lng: coordinates[0], lat: coordinates[1] }; // GeoJSON: longitude first
}

/** The first `moyensCommunication` entry of a kind: the one the listing shows and the export rewrites. */
function communication(o: ApidaeObject, kind: keyof typeof APIDAE_COMMUNICATION_TYPES): { list: unknown[]; index: number; entry: { fr: string | null } | null } {
  const list = asArray(at(o, 'informations.moyensCommunication'));
  const index = list.findIndex((m) => at(m, 'type.id') === APIDAE_COMMUNICATION_TYPES[kind]);
  if (index < 0) return { list, index, entry: null };
  return { list, index, entry: { fr: text(at(list[index], 'coordonnees.fr')).trim() || null } };
}

function readPeriods(o: ApidaeObject): OpeningPeriod[] {
  return asArray(at(o, 'ouverture.periodesOuvertures')).map(readPeriod);
}

function readPeriod(p: unknown): OpeningPeriod {
  const from = text(at(p, 'dateDebut'));
  const opens = time(at(p, 'horaireOuverture'));
  const closes = time(at(p, 'horaireFermeture'));
  const note = oneLine(at(p, 'complementHoraire.libelleFr'));
  return {
    from,
    to: text(at(p, 'dateFin')) || from,
    weekdays: readWeekdays(p),
    // One time range a day (Apidae's classic fields); one closing after midnight is left to `extra`.
    hours: opens && closes && closes > opens ? [{ opens, closes }] : [],
    // A longer remark than the extranet holds stays in `extra` only.
    note: [...note].length <= 200 ? note : '',
  };
}

/** ISO week days of a period; [] for every day, and for patterns the extranet has no words for (by month). */
function readWeekdays(p: unknown): number[] {
  const listed = [...new Set(asArray(at(p, 'ouverturesJournalieres')).map((d) => JOURS.indexOf(text(at(d, 'jour')) as (typeof JOURS)[number]) + 1))]
    .filter((d) => d > 0)
    .sort();
  const kind = text(at(p, 'type'));
  if (kind === 'OUVERTURE_SEMAINE') return listed.length === 7 ? [] : listed;
  if (kind === 'OUVERTURE_SAUF') {
    const open = [1, 2, 3, 4, 5, 6, 7].filter((d) => !listed.includes(d));
    return open.length === 7 || open.length === 0 ? [] : open;
  }
  return [];
}

function readClosures(o: ApidaeObject): string[] {
  return [...new Set(asArray(at(o, 'ouverture.fermeturesExceptionnelles')).map((f) => text(at(f, 'dateFermeture'))).filter(Boolean))].sort();
}

/** Every tariff of every period, flattened: the listing has one list of prices. */
function readTarifs(o: ApidaeObject): { periode: number; tarif: number; price: Price }[] {
  return asArray(at(o, 'descriptionTarif.periodes')).flatMap((periode, i) =>
    asArray(at(periode, 'tarifs')).flatMap((tarif, j) => {
      const price = readPrice(tarif);
      return price ? [{ periode: i, tarif: j, price }] : [];
    }),
  );
}

function readPrice(tarif: unknown): Price | null {
  const minimum = at(tarif, 'minimum');
  const maximum = at(tarif, 'maximum');
  const min = typeof minimum === 'number' ? cents(minimum) : null;
  const max = typeof maximum === 'number' ? cents(maximum) : null;
  if (min === null && max === null) return null;
  return {
    label: oneLine(at(tarif, 'type.libelleFr')) || 'Tarif',
    // « À partir de » has only a minimum, « jusqu'à » only a maximum (from 0 to it).
    min: min ?? 0,
    max: max === null || max === min ? null : max,
    period: oneLine(at(tarif, 'precisionTarif.libelleFr')),
  };
}

function readPayments(o: ApidaeObject): { entry: unknown; method: PaymentMethod | null }[] {
  return asArray(at(o, 'descriptionTarif.modesPaiement')).map((entry) => ({ entry, method: paymentMethodOf(entry) }));
}

function paymentMethodOf(entry: unknown): PaymentMethod | null {
  const id = at(entry, 'id');
  const byId = (Object.entries(PAYMENT_IDS) as [PaymentMethod, number][]).find(([, known]) => known === id);
  if (byId) return byId[0];
  const label = comparableName(text(at(entry, 'libelleFr')));
  if (!label) return null;
  if (label.startsWith('carte')) return 'CARTE_BANCAIRE';
  if (label.startsWith('cheque vacances') || label.startsWith('cheques vacances') || label.startsWith('ancv')) return 'CHEQUE_VACANCES';
  if (label.startsWith('cheque')) return 'CHEQUE';
  if (label.startsWith('especes')) return 'ESPECES';
  if (label.startsWith('virement')) return 'VIREMENT';
  if (label.includes('franc') && label.includes('suisse')) return 'FRANCS_SUISSES';
  return null;
}

function readCapacity(o: ApidaeObject, type: ListingType, kind: 'rooms' | 'persons' | 'pitches'): number | null {
  const path = capacitySource(o, type, kind);
  const value = path ? at(o, path) : null;
  return typeof value === 'number' ? value : null;
}

/** The path a capacity is read from and written back to: the first holding a positive number, else the first present. */
function capacitySource(o: ApidaeObject, type: ListingType, kind: 'rooms' | 'persons' | 'pitches'): string | null {
  const paths = CAPACITY_PATHS[type]?.[kind] ?? [];
  return paths.find((p) => { const v = at(o, p); return typeof v === 'number' && v > 0; }) ?? paths.find((p) => at(o, p) !== undefined) ?? null;
}

function readStars(o: ApidaeObject, type: ListingType): number | null {
  const path = CLASSIFICATION_PATHS[type];
  const match = path ? /([1-5])\s*(?:étoile|etoile|\*)/i.exec(text(at(o, `${path}.libelleFr`))) : null;
  return match ? Number(match[1]) : null;
}

function span(periods: readonly OpeningPeriod[]): ListingContent['eventDates'] {
  const days = periods.flatMap((p) => [p.from, p.to]).filter(isCalendarDay).sort();
  return days.length ? { start: days[0]!, end: days[days.length - 1]! } : null;
}

function modifiedAt(o: ApidaeObject): Date | null {
  const value = text(at(o, 'gestion.dateModification'));
  const date = value ? new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

// ——— Export ————————————————————————————————————————————————————————————————————————————————

/**
 * The listing as an Apidae object, at the same paths as the import read them: the object kept in
 * `extra` with every mapped field the listing changed rewritten. A listing created in the extranet
 * (no `extra`) is written whole, without `id`. Reference ids Apidae needs for new values (a new
 * commune, tariff type or star rating) cannot be invented: those go out with their label only.
 */
export function toApidae(listing: { apidaeId: number | null; type: ListingType; content: ListingContent; extra: ApidaeObject | null }): ApidaeObject {
  const o = clone(listing.extra ?? {});
  delete o['id'];
  delete o['type'];
  const baseline = listing.extra ? apidaeBaseline(listing.extra, listing.type) : null;
  const was = (path: string) => (baseline ? getField(baseline, path) ?? null : undefined);
  const changed = (path: string) => baseline === null || !sameValue(was(path), getField(listing.content, path) ?? null);
  const c = listing.content;

  if (changed('name')) setAt(o, 'nom.libelleFr', c.name);
  for (const [field, node] of [['shortDescription', 'descriptifCourt'], ['longDescription', 'descriptifDetaille']] as const) {
    for (const language of ['fr', 'en', 'de'] as const) {
      if (changed(`${field}.${language}`)) setText(o, `presentation.${node}.libelle${LANGUAGE_SUFFIX[language]}`, c[field][language]);
    }
  }
  if (changed('address.street')) setText(o, 'localisation.adresse.adresse1', c.address.street);
  if (changed('address.communeCode')) writeCommune(o, c.address.communeCode);
  if (changed('position')) writePosition(o, c.position);
  for (const kind of ['phone', 'email', 'website'] as const) {
    if (changed(`contact.${kind}`)) writeCommunication(o, kind, c.contact[kind]);
  }
  if (changed('openingPeriods')) writePeriods(o, c.openingPeriods, baseline?.openingPeriods ?? []);
  if (changed('eventDates') && c.eventDates && c.openingPeriods.length === 0) {
    // An event's dates live in its periods in Apidae; they only need one of their own when it has none.
    setAt(o, 'ouverture.periodesOuvertures', [{ dateDebut: c.eventDates.start, dateFin: c.eventDates.end, type: 'OUVERTURE_TOUS_LES_JOURS' }]);
  }
  if (changed('closures')) writeClosures(o, c.closures);
  if (changed('prices')) writePrices(o, c.prices);
  if (changed('paymentMethods')) writePayments(o, c.paymentMethods);
  for (const kind of ['rooms', 'persons', 'pitches'] as const) {
    if (changed(`capacity.${kind}`)) writeCapacity(o, listing.type, kind, c.capacity[kind]);
  }
  if (changed('classification.stars')) writeStars(o, listing.type, c.classification.stars);

  return { type: listing.type, ...(listing.apidaeId !== null ? { id: listing.apidaeId } : {}), ...o };
}

function writeCommune(o: ApidaeObject, code: string): void {
  const commune = findCommune(code);
  if (!commune) return;
  const adresse = objectAt(o, 'localisation.adresse');
  adresse['commune'] = { code: commune.code, nom: commune.name };
  adresse['codePostal'] = commune.postalCode;
}

function writePosition(o: ApidaeObject, position: ListingContent['position']): void {
  if (!position) {
    deleteAt(o, 'localisation.geolocalisation.geoJson.coordinates');
    return;
  }
  const geolocalisation = objectAt(o, 'localisation.geolocalisation');
  if (geolocalisation['valide'] === false) geolocalisation['valide'] = true;
  const geoJson = objectAt(geolocalisation, 'geoJson');
  geoJson['type'] ??= 'Point';
  geoJson['coordinates'] = [position.lng, position.lat];
}

function writeCommunication(o: ApidaeObject, kind: keyof typeof APIDAE_COMMUNICATION_TYPES, value: string | null): void {
  const { list, index } = communication(o, kind);
  if (value === null) {
    if (index < 0) return;
    const entry = list[index] as ApidaeObject;
    deleteAt(entry, 'coordonnees.fr');
    if (!isRecord(entry['coordonnees'])) list.splice(index, 1);
    if (list.length === 0) deleteAt(o, 'informations.moyensCommunication');
    return;
  }
  if (index >= 0) {
    objectAt(list[index] as ApidaeObject, 'coordonnees')['fr'] = value;
    return;
  }
  const type = { elementReferenceType: 'MoyenCommunicationType', id: APIDAE_COMMUNICATION_TYPES[kind], libelleFr: COMMUNICATION_LABELS[kind] };
  objectAt(o, 'informations')['moyensCommunication'] = [...list, { type, coordonnees: { fr: value } }];
}

/** Period by period: one the listing did not change keeps its Apidae object whole; a changed one is patched. */
function writePeriods(o: ApidaeObject, periods: readonly OpeningPeriod[], before: readonly OpeningPeriod[]): void {
  if (periods.length === 0) {
    deleteAt(o, 'ouverture.periodesOuvertures');
    return;
  }
  const originals = asArray(at(o, 'ouverture.periodesOuvertures'));
  setAt(o, 'ouverture.periodesOuvertures', periods.map((period, i) => {
    const written = isRecord(originals[i]) ? (originals[i] as ApidaeObject) : {};
    const was = isRecord(originals[i]) ? before[i] : undefined;
    if (was && sameValue(was, period)) return written;
    written['dateDebut'] = period.from;
    written['dateFin'] = period.to;
    if (!was || !sameValue(was.hours, period.hours)) {
      // Apidae's classic fields hold one time range a day: the first one.
      const first = period.hours[0];
      if (first) Object.assign(written, { horaireOuverture: `${first.opens}:00`, horaireFermeture: `${first.closes}:00` });
      else for (const key of ['horaireOuverture', 'horaireFermeture']) delete written[key];
    }
    if (!was || !sameValue(was.weekdays, period.weekdays)) {
      written['type'] = period.weekdays.length ? 'OUVERTURE_SEMAINE' : 'OUVERTURE_TOUS_LES_JOURS';
      if (period.weekdays.length) written['ouverturesJournalieres'] = period.weekdays.map((d) => ({ jour: JOURS[d - 1] }));
      else delete written['ouverturesJournalieres'];
    }
    if (!was || was.note !== period.note) setText(written, 'complementHoraire.libelleFr', period.note);
    return written;
  }));
}

function writeClosures(o: ApidaeObject, closures: readonly string[]): void {
  const originals = asArray(at(o, 'ouverture.fermeturesExceptionnelles'));
  const kept = originals.filter((f) => !text(at(f, 'dateFermeture')) || closures.includes(text(at(f, 'dateFermeture'))));
  const added = closures.filter((day) => !kept.some((f) => text(at(f, 'dateFermeture')) === day)).map((day) => ({ dateFermeture: day }));
  if (kept.length + added.length === 0) deleteAt(o, 'ouverture.fermeturesExceptionnelles');
  else setAt(o, 'ouverture.fermeturesExceptionnelles', [...kept, ...added]);
}

/**
 * Tariffs still in the listing keep their Apidae object (type reference, period dates); removed
 * ones go, new ones join the first period, typed by the reference of a tariff with the same label.
 */
function writePrices(o: ApidaeObject, prices: readonly Price[]): void {
  const periodes = asArray(at(o, 'descriptionTarif.periodes')).map((p) => (isRecord(p) ? p : {}));
  const existing = readTarifs(o);
  const typeByLabel = new Map(existing.map((t) => [t.price.label, at(asArray(periodes[t.periode]!['tarifs'])[t.tarif], 'type')]));
  const remaining = [...prices];
  const keep = new Set(
    existing.flatMap((t) => {
      const i = remaining.findIndex((p) => sameValue(p, t.price));
      if (i < 0) return [];
      remaining.splice(i, 1);
      return [`${t.periode}/${t.tarif}`];
    }),
  );
  const rebuilt = periodes.map((periode, i) => ({
    ...periode,
    tarifs: asArray(periode['tarifs']).filter((tarif, j) => keep.has(`${i}/${j}`) || (readPrice(tarif) === null && isRecord(tarif))),
  }));
  const added = remaining.map((price) => ({
    type: typeByLabel.get(price.label) ?? { elementReferenceType: 'TarifType', libelleFr: price.label },
    minimum: price.min / 100,
    maximum: (price.max ?? price.min) / 100,
    devise: 'EUR',
    ...(price.period ? { precisionTarif: { libelleFr: price.period } } : {}),
  }));
  if (added.length) {
    if (rebuilt.length === 0) rebuilt.push({ tarifs: [] });
    rebuilt[0]!.tarifs = [...rebuilt[0]!.tarifs, ...added];
  }
  const nonEmpty = rebuilt.filter((periode) => periode.tarifs.length > 0);
  if (nonEmpty.length === 0) deleteAt(o, 'descriptionTarif.periodes');
  else setAt(o, 'descriptionTarif.periodes', nonEmpty);
}

function writePayments(o: ApidaeObject, methods: readonly PaymentMethod[]): void {
  const existing = readPayments(o);
  const kept = existing.filter((p) => p.method === null || methods.includes(p.method));
  const added = methods
    .filter((m) => !kept.some((p) => p.method === m))
    .map((m) => ({ elementReferenceType: 'ModePaiement', ...(PAYMENT_IDS[m] ? { id: PAYMENT_IDS[m] } : {}), libelleFr: PAYMENT_LABELS[m] }));
  const list = [...kept.map((p) => p.entry), ...added];
  if (list.length) setAt(o, 'descriptionTarif.modesPaiement', list);
  else deleteAt(o, 'descriptionTarif.modesPaiement');
}

function writeCapacity(o: ApidaeObject, type: ListingType, kind: 'rooms' | 'persons' | 'pitches', value: number | null): void {
  const path = capacitySource(o, type, kind) ?? CAPACITY_PATHS[type]?.[kind]?.[0];
  if (!path) return;
  if (value === null) deleteAt(o, path);
  else setAt(o, path, value);
}

function writeStars(o: ApidaeObject, type: ListingType, stars: number | null): void {
  const path = CLASSIFICATION_PATHS[type];
  if (!path) return;
  if (stars === null) deleteAt(o, path);
  else setAt(o, path, { libelleFr: `${stars} étoile${stars > 1 ? 's' : ''}` });
}

// ——— JSON helpers ————————————————————————————————————————————————————————————————————————————

function isRecord(value: unknown): value is ApidaeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** As the listing keeps short texts: trimmed, inner whitespace collapsed. */
function oneLine(value: unknown): string {
  return text(value).trim().replace(/\s+/g, ' ');
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `HH:MM:SS` (Apidae) → `HH:MM`. */
function time(value: unknown): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(text(value));
  return match ? `${match[1]}:${match[2]}` : null;
}

/** Euros (Apidae) → cents, rejecting what is not an amount. */
function cents(euros: number): number | null {
  return Number.isFinite(euros) ? Math.round(euros * 100) : null;
}

/** The object at `path`, created (or replaced if not an object) on the way. */
function objectAt(o: ApidaeObject, path: string): ApidaeObject {
  let cursor = o;
  for (const key of path ? path.split('.') : []) {
    if (!isRecord(cursor[key])) cursor[key] = {};
    cursor = cursor[key] as ApidaeObject;
  }
  return cursor;
}

function setAt(o: ApidaeObject, path: string, value: unknown): void {
  const keys = path.split('.');
  objectAt(o, keys.slice(0, -1).join('.'))[keys[keys.length - 1]!] = value;
}

/** A text: set when not empty, removed otherwise. */
function setText(o: ApidaeObject, path: string, value: string): void {
  if (value) setAt(o, path, value);
  else deleteAt(o, path);
}

/** Removes a value, then the objects on its path that this left empty (and only those). */
function deleteAt(o: ApidaeObject, path: string): void {
  const keys = path.split('.');
  const chain: ApidaeObject[] = [o];
  for (const key of keys.slice(0, -1)) {
    const next = chain[chain.length - 1]![key];
    if (!isRecord(next)) return;
    chain.push(next);
  }
  const last = keys[keys.length - 1]!;
  if (!(last in chain[chain.length - 1]!)) return;
  delete chain[chain.length - 1]![last];
  for (let i = chain.length - 1; i > 0 && Object.keys(chain[i]!).length === 0; i--) delete chain[i - 1]![keys[i - 1]!];
}
