import { isValidEmail, normaliseEmail } from '../accounts/email.js';
import { findCommune } from '../organisations/communes.js';
import { INVALID_PHONE_MESSAGE, normalisePhone } from '../organisations/phone.js';
import { MAX_WEBSITE_LENGTH, normaliseWebsite } from '../organisations/website.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';
import { LANGUAGES, PAYMENT_METHODS, type ListingContent, type OpeningPeriod, type PaymentMethod, type Price } from './listing.js';
import { fieldsFor } from './listing-fields.js';
import { REQUIRED_CAPACITY, STAR_RATED_TYPES, type ListingType } from './listing-types.js';

export const LISTING_LIMITS = {
  name: { min: 2, max: 120 },
  shortDescription: 255,
  longDescription: 5000,
  street: 200,
  priceLabel: 80,
  pricePeriod: 40,
  periodNote: 200,
  label: 60,
  photoCaption: 200,
  photoCredit: 120,
  /** 1,000,000 € in cents: above, it is a typo. */
  maxPriceCents: 100_000_000,
  openingPeriods: 20,
  prices: 30,
  closures: 100,
  labels: 20,
  photos: 30,
  capacity: 10_000,
} as const;

/** Pays de Gex with a margin: a GPS point outside is a typo (or a swapped latitude and longitude). */
export const PAYS_DE_GEX_BOUNDS = { lat: { min: 46.1, max: 46.5 }, lng: { min: 5.75, max: 6.25 } } as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const REGISTRATION_NUMBER = /^\d{5}[0-9A-Z]{6}[0-9A-Z]{2}$/;

export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Trims and checks a listing for its type, and returns every problem at once with the path of the
 * field (`openingPeriods.0.to`), the same rules in the portal's form and in the API. Fields the
 * type does not have are emptied, so a hotel never carries event dates.
 */
export function validateListing(type: ListingType, input: ListingContent): Result<ListingContent> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field, message });
  const has = new Set(fieldsFor(type).map((f) => f.path));

  const name = line(input?.name);
  const nameProblem = singleLineProblem(text(input?.name).trim());
  if (nameProblem) reject('name', nameProblem);
  else if (length(name) < LISTING_LIMITS.name.min || length(name) > LISTING_LIMITS.name.max) {
    reject('name', `Le nom doit comporter entre ${LISTING_LIMITS.name.min} et ${LISTING_LIMITS.name.max} caractères.`);
  }

  const shortDescription = translated(input?.shortDescription, line);
  const longDescription = translated(input?.longDescription, (v) => text(v).trim());
  for (const language of LANGUAGES) {
    if (length(shortDescription[language]) > LISTING_LIMITS.shortDescription) {
      reject(`shortDescription.${language}`, `La description courte ne doit pas dépasser ${LISTING_LIMITS.shortDescription} caractères.`);
    }
    if (length(longDescription[language]) > LISTING_LIMITS.longDescription) {
      reject(`longDescription.${language}`, `La description détaillée ne doit pas dépasser ${LISTING_LIMITS.longDescription} caractères.`);
    }
  }
  if (!shortDescription.fr) reject('shortDescription.fr', 'Saisissez une description courte en français.');

  const street = line(input?.address?.street);
  const communeCode = text(input?.address?.communeCode).trim();
  const commune = findCommune(communeCode);
  if (!commune) reject('address', 'Choisissez une commune du Pays de Gex.');
  else if (length(street) > LISTING_LIMITS.street) reject('address', `L’adresse ne doit pas dépasser ${LISTING_LIMITS.street} caractères.`);
  const address = { street, communeCode, postalCode: commune?.postalCode ?? '' };

  let position: ListingContent['position'] = null;
  if (input?.position != null) {
    const { lat, lng } = input.position;
    const inside =
      Number.isFinite(lat) && Number.isFinite(lng) &&
      lat >= PAYS_DE_GEX_BOUNDS.lat.min && lat <= PAYS_DE_GEX_BOUNDS.lat.max &&
      lng >= PAYS_DE_GEX_BOUNDS.lng.min && lng <= PAYS_DE_GEX_BOUNDS.lng.max;
    if (!inside) reject('position', 'La position GPS doit se trouver dans le Pays de Gex (latitude vers 46,3, longitude vers 6,0).');
    else position = { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
  }

  const rawPhone = text(input?.contact?.phone).trim();
  const phone = rawPhone ? normalisePhone(rawPhone) : null;
  if (rawPhone && !phone) reject('contact.phone', INVALID_PHONE_MESSAGE);
  const email = normaliseEmail(text(input?.contact?.email)) || null;
  if (email !== null && !isValidEmail(email)) reject('contact.email', 'L’adresse e-mail n’est pas valide.');
  const rawWebsite = text(input?.contact?.website).trim();
  const website = rawWebsite ? normaliseWebsite(rawWebsite) : null;
  if (rawWebsite && !website) reject('contact.website', `L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-gite.fr, ${MAX_WEBSITE_LENGTH} caractères au plus).`);

  const openingPeriods = list(input?.openingPeriods).map((period, i) => checkPeriod(period as OpeningPeriod, `openingPeriods.${i}`, reject));
  if (openingPeriods.length > LISTING_LIMITS.openingPeriods) reject('openingPeriods', `${LISTING_LIMITS.openingPeriods} périodes au plus.`);

  const closures = [...new Set(list(input?.closures).map((d) => text(d).trim()))].sort();
  closures.forEach((day, i) => {
    if (!isCalendarDay(day)) reject(`closures.${i}`, 'Date de fermeture invalide (AAAA-MM-JJ).');
  });
  if (closures.length > LISTING_LIMITS.closures) reject('closures', `${LISTING_LIMITS.closures} fermetures au plus.`);

  const prices = list(input?.prices).map((price, i) => checkPrice(price as Price, `prices.${i}`, reject));
  if (prices.length > LISTING_LIMITS.prices) reject('prices', `${LISTING_LIMITS.prices} tarifs au plus.`);

  const paymentMethods = [...new Set(list(input?.paymentMethods).map((m) => text(m)))] as PaymentMethod[];
  if (paymentMethods.some((m) => !(PAYMENT_METHODS as readonly string[]).includes(m))) reject('paymentMethods', 'Choisissez les moyens de paiement dans la liste.');

  const capacity = { rooms: null as number | null, persons: null as number | null, pitches: null as number | null };
  for (const key of ['rooms', 'persons', 'pitches'] as const) {
    if (!has.has(`capacity.${key}`)) continue;
    const value = input?.capacity?.[key];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0 || value > LISTING_LIMITS.capacity) reject(`capacity.${key}`, `Saisissez un nombre entier entre 0 et ${LISTING_LIMITS.capacity}.`);
    else capacity[key] = value;
  }
  const required = REQUIRED_CAPACITY[type];
  if (required && !capacity[required] && !errors.some((e) => e.field === `capacity.${required}`)) {
    const what = { rooms: 'le nombre de chambres', persons: 'la capacité en personnes', pitches: 'le nombre d’emplacements' }[required];
    reject(`capacity.${required}`, `Un hébergement de ce type doit indiquer ${what}.`);
  }

  const stars = STAR_RATED_TYPES.includes(type) ? (input?.classification?.stars ?? null) : null;
  if (stars !== null && (!Number.isInteger(stars) || stars < 1 || stars > 5)) reject('classification.stars', 'Le classement va de 1 à 5 étoiles.');
  const labels = [...new Set(list(input?.classification?.labels).map(line).filter(Boolean))];
  if (labels.length > LISTING_LIMITS.labels || labels.some((l) => length(l) > LISTING_LIMITS.label)) reject('classification.labels', `${LISTING_LIMITS.labels} labels au plus, de ${LISTING_LIMITS.label} caractères chacun.`);
  let registrationNumber: string | null = null;
  if (has.has('classification.registrationNumber')) {
    registrationNumber = text(input?.classification?.registrationNumber).replace(/\s+/g, '').toUpperCase() || null;
    if (registrationNumber !== null && (!REGISTRATION_NUMBER.test(registrationNumber) || (commune && !registrationNumber.startsWith(commune.code)))) {
      reject('classification.registrationNumber', `Le numéro d’enregistrement comporte 13 caractères et commence par le code INSEE de la commune${commune ? ` (${commune.code})` : ''}.`);
    }
  }

  let eventDates: ListingContent['eventDates'] = null;
  if (has.has('eventDates')) {
    const start = text(input?.eventDates?.start).trim();
    const end = text(input?.eventDates?.end).trim() || start;
    if (!isCalendarDay(start) || !isCalendarDay(end)) reject('eventDates', 'Indiquez les dates de l’événement (début et fin).');
    else if (end < start) reject('eventDates', 'La fin de l’événement doit suivre son début.');
    else eventDates = { start, end };
  }

  const photos = list(input?.photos).map((photo, i) => {
    const p = photo as ListingContent['photos'][number];
    const caption = line(p?.caption);
    const credit = line(p?.credit);
    if (!text(p?.id)) reject(`photos.${i}`, 'Photo inconnue.');
    if (!credit) reject(`photos.${i}.credit`, 'Indiquez le crédit de la photo (son auteur).');
    else if (length(credit) > LISTING_LIMITS.photoCredit) reject(`photos.${i}.credit`, `Le crédit ne doit pas dépasser ${LISTING_LIMITS.photoCredit} caractères.`);
    if (length(caption) > LISTING_LIMITS.photoCaption) reject(`photos.${i}.caption`, `La légende ne doit pas dépasser ${LISTING_LIMITS.photoCaption} caractères.`);
    return { id: text(p?.id), caption, credit };
  });
  if (photos.length > LISTING_LIMITS.photos) reject('photos', `${LISTING_LIMITS.photos} photos au plus.`);

  const internalCriteria = [...new Set(list(input?.internalCriteria).map(line).filter(Boolean))];

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name, shortDescription, longDescription, address, position,
      contact: { phone, email, website },
      openingPeriods, closures, prices, paymentMethods, capacity,
      classification: { stars, labels, registrationNumber },
      eventDates, photos, internalCriteria,
    },
  };
}

function checkPeriod(period: OpeningPeriod, at: string, reject: (field: string, message: string) => void): OpeningPeriod {
  const from = text(period?.from).trim();
  const to = text(period?.to).trim();
  if (!isCalendarDay(from)) reject(`${at}.from`, 'Date de début invalide.');
  if (!isCalendarDay(to)) reject(`${at}.to`, 'Date de fin invalide.');
  else if (isCalendarDay(from) && to < from) reject(`${at}.to`, 'La fin de la période doit suivre son début.');
  const weekdays = [...new Set(list(period?.weekdays))].sort() as number[];
  if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) reject(`${at}.weekdays`, 'Jours de la semaine invalides.');
  const hours = list(period?.hours).map((h, j) => {
    const { opens, closes } = (h ?? {}) as OpeningPeriod['hours'][number];
    if (!TIME.test(text(opens)) || !TIME.test(text(closes))) reject(`${at}.hours.${j}`, 'Horaire invalide (HH:MM).');
    else if (closes <= opens) reject(`${at}.hours.${j}`, 'L’heure de fermeture doit suivre l’heure d’ouverture.');
    return { opens: text(opens), closes: text(closes) };
  });
  const note = line(period?.note);
  if (length(note) > LISTING_LIMITS.periodNote) reject(`${at}.note`, `${LISTING_LIMITS.periodNote} caractères au plus.`);
  return { from, to, weekdays, hours, note };
}

function checkPrice(price: Price, at: string, reject: (field: string, message: string) => void): Price {
  const label = line(price?.label);
  const period = line(price?.period);
  if (!label) reject(`${at}.label`, 'Nommez ce tarif (exemple\u00a0: chambre double).');
  else if (length(label) > LISTING_LIMITS.priceLabel) reject(`${at}.label`, `${LISTING_LIMITS.priceLabel} caractères au plus.`);
  if (length(period) > LISTING_LIMITS.pricePeriod) reject(`${at}.period`, `${LISTING_LIMITS.pricePeriod} caractères au plus.`);
  const min = price?.min;
  const max = price?.max ?? null;
  const cents = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= LISTING_LIMITS.maxPriceCents;
  if (!cents(min)) reject(`${at}.min`, 'Le prix doit être un montant positif ou nul.');
  if (max !== null && !cents(max)) reject(`${at}.max`, 'Le prix maximum doit être un montant positif ou nul.');
  else if (max !== null && cents(min) && max < min) reject(`${at}.max`, 'Le prix maximum doit être supérieur au prix minimum.');
  return { label, min, max, period };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** One line of text: trimmed, inner whitespace (line breaks included) collapsed. */
function line(value: unknown): string {
  return text(value).trim().replace(/\s+/g, ' ');
}

function translated(value: unknown, clean: (v: unknown) => string): ListingContent['shortDescription'] {
  const v = (value ?? {}) as Record<string, unknown>;
  return { fr: clean(v['fr']), en: clean(v['en']), de: clean(v['de']) };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function length(value: string): number {
  return [...value].length;
}
