// Demo listings and change requests: about 1,700 listings per scale unit (the office's 2018
// count), owned by the 153 partners where their trade matches and by the office otherwise, with a
// share due soon or stale, missing translations, and change requests built with the domain's diff.
// Every listing passes validateListing; every request is a real diffListing of valid contents.
import {
  COMMUNES,
  diffListing,
  emptyListingContent,
  freshnessOf,
  partnerChangeProblems,
  updateFrequencyDays,
  validateListing,
  type ChangeRequestStatus,
  type FieldChange,
  type FieldDecision,
  type ListingContent,
  type ListingType,
  type OpeningPeriod,
  type OrganisationCategory,
  type PaymentMethod,
  type Price,
} from '@extranet/domain';
import type { Prisma, PrismaClient } from '../../apps/api/src/generated/prisma/client.js';
import { CENTRES, CLOSINGS, INTERNAL_CRITERIA, PLACES_BY_COMMUNE, REJECT_COMMENTS, SENT_BACK_COMMENTS, SETTINGS, STREETS, SURNAMES, TEXTS, type Tri } from './listing-texts.js';

const DAY_MS = 86_400_000;

/** Listings per type in one scale unit: the Pays de Gex's mix, 1,700 in all. */
export const LISTINGS_PER_TYPE: Readonly<Record<ListingType, number>> = {
  HOTELLERIE: 60,
  HEBERGEMENT_LOCATIF: 520,
  HEBERGEMENT_COLLECTIF: 30,
  HOTELLERIE_PLEIN_AIR: 12,
  RESTAURATION: 230,
  ACTIVITE: 220,
  FETE_ET_MANIFESTATION: 260,
  EQUIPEMENT: 150,
  COMMERCE_ET_SERVICE: 140,
  PATRIMOINE_CULTUREL: 55,
  PATRIMOINE_NATUREL: 23,
};

/** Change requests per scale unit, by status (OPEN includes proposals of new listings). */
export const REQUESTS_PER_UNIT = { OPEN: 95, PROPOSAL: 5, SENT_BACK: 20, APPROVED: 10, REJECTED: 5 } as const;

/** The share of listings already due soon and already stale when seeded. */
const DUE_SHARE = 0.11;
const STALE_SHARE = 0.16;

export interface SeedPartner {
  id: string;
  name: string;
  category: OrganisationCategory;
  communeCode: string;
  owner: { id: string };
}

export interface ListingRow {
  id: string;
  organisation_id: string;
  type: ListingType;
  name: string;
  commune_code: string;
  content: ListingContent;
  version: number;
  last_confirmed_at: string;
  due_at: string;
  stale_at: string;
  created_at: string;
}

export interface RequestRow {
  id: string;
  listing_id: string | null;
  organisation_id: string;
  type: ListingType;
  listing_name: string;
  commune_code: string;
  changes: FieldChange[];
  base_version: number | null;
  status: ChangeRequestStatus;
  version: number;
  submitted_by_id: string;
  submitted_at: string;
  reviewed_by_id: string | null;
  reviewed_at: string | null;
  decisions: FieldDecision[] | null;
  comment: string | null;
}

export interface ListingsUnit {
  listings: ListingRow[];
  requests: RequestRow[];
  /** Listings whose past reminders count as sent (the demo's history): all due ones but a few. */
  remindedIds: string[];
}

/** Small deterministic generator (mulberry32): the same copy always gives the same listings. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = () => number;
const pickOne = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const day = (date: Date) => date.toISOString().slice(0, 10);

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-+|-+$/g, '') || 'fiche';
}

function phone(rng: Rng): string {
  const pair = () => String(between(rng, 0, 99)).padStart(2, '0');
  return `04 50 ${pair()} ${pair()} ${pair()}`;
}

/** Fills a name template, with French contractions (« de le Reculet » → « du Reculet »). */
const fill = (template: string, ctx: { commune: string; place: string; surname: string }) =>
  template
    .replace('{commune}', ctx.commune)
    .replace('— {place}', `— ${ctx.place.charAt(0).toUpperCase()}${ctx.place.slice(1)}`)
    .replace('{place}', ctx.place)
    .replace('{surname}', ctx.surname)
    .replace(/\bde les /g, 'des ')
    .replace(/\bde le /g, 'du ')
    .replace(/(^|\s)à les /g, '$1aux ')
    .replace(/(^|\s)à le /g, '$1au ');

/** The partner trades that own listings, and which types each one's listings have. */
function partnerTypes(category: OrganisationCategory, j: number): ListingType[] {
  switch (category) {
    case 'HOTEL': return j % 3 === 0 ? ['HOTELLERIE', 'RESTAURATION'] : ['HOTELLERIE'];
    case 'TOURIST_RESIDENCE': return ['HEBERGEMENT_COLLECTIF', 'HEBERGEMENT_LOCATIF'];
    case 'RESTAURANT': return j % 2 === 0 ? ['RESTAURATION', 'FETE_ET_MANIFESTATION'] : ['RESTAURATION'];
    case 'CAMPSITE': return ['HOTELLERIE_PLEIN_AIR', 'ACTIVITE'];
    case 'FURNISHED_LET': return Array.from({ length: 1 + (j % 4) }, () => 'HEBERGEMENT_LOCATIF' as const);
    case 'ACTIVITY_PROVIDER': return Array.from({ length: 2 + (j % 3) }, () => 'ACTIVITE' as const);
    case 'SHOP': return Array.from({ length: 1 + (j % 2) }, () => 'COMMERCE_ET_SERVICE' as const);
    case 'ASSOCIATION': return [...Array.from({ length: 2 + (j % 3) }, () => 'FETE_ET_MANIFESTATION' as const), ...(j % 4 === 0 ? (['PATRIMOINE_CULTUREL'] as const) : [])];
    case 'TOURISM_OFFICE': return [];
  }
}

interface ContentContext {
  name: string;
  communeCode: string;
  year: number;
  now: Date;
}

function openingPeriods(type: ListingType, rng: Rng, year: number): OpeningPeriod[] {
  const all = (weekdays: number[], hours: { opens: string; closes: string }[], note = '') => ({ from: `${year}-01-01`, to: `${year}-12-31`, weekdays, hours, note });
  switch (type) {
    case 'RESTAURATION':
      return [all([2, 3, 4, 5, 6, ...(rng() < 0.5 ? [7] : [])], [{ opens: '12:00', closes: '14:00' }, { opens: '19:00', closes: pickOne(rng, ['21:30', '22:00', '22:30']) }], rng() < 0.5 ? 'Fermé le dimanche soir et le lundi.' : '')];
    case 'COMMERCE_ET_SERVICE':
      return [all([2, 3, 4, 5, 6], [{ opens: pickOne(rng, ['08:30', '09:00']), closes: '12:00' }, { opens: '14:30', closes: pickOne(rng, ['18:30', '19:00']) }])];
    case 'HOTELLERIE':
    case 'HEBERGEMENT_LOCATIF':
    case 'HEBERGEMENT_COLLECTIF':
      return rng() < 0.7 ? [all([], [])] : [{ from: `${year}-05-01`, to: `${year}-10-15`, weekdays: [], hours: [], note: '' }, { from: `${year}-12-15`, to: `${year}-12-31`, weekdays: [], hours: [], note: 'Vacances de Noël.' }];
    case 'HOTELLERIE_PLEIN_AIR':
      return [{ from: `${year}-04-15`, to: `${year}-09-30`, weekdays: [], hours: [{ opens: '08:00', closes: '20:00' }], note: 'Accueil fermé de 12 h à 14 h.' }];
    case 'ACTIVITE':
      return rng() < 0.4
        ? [{ from: `${year}-01-01`, to: `${year}-03-31`, weekdays: [], hours: [{ opens: '09:00', closes: '17:00' }], note: 'Selon l’enneigement.' }, { from: `${year}-12-15`, to: `${year}-12-31`, weekdays: [], hours: [{ opens: '09:00', closes: '17:00' }], note: '' }]
        : [{ from: `${year}-05-01`, to: `${year}-10-15`, weekdays: [3, 6, 7], hours: [{ opens: '09:00', closes: '12:30' }, { opens: '14:00', closes: '18:00' }], note: 'Tous les jours en juillet et août.' }];
    case 'EQUIPEMENT':
      return rng() < 0.5 ? [] : [{ from: `${year}-06-01`, to: `${year}-09-15`, weekdays: [], hours: [{ opens: '10:00', closes: '19:00' }], note: '' }];
    case 'PATRIMOINE_CULTUREL':
      return [{ from: `${year}-04-01`, to: `${year}-10-31`, weekdays: [3, 4, 5, 6, 7], hours: [{ opens: '14:00', closes: '18:00' }], note: 'Visites guidées à 15 h.' }];
    case 'FETE_ET_MANIFESTATION':
    case 'PATRIMOINE_NATUREL':
      return [];
  }
}

function prices(type: ListingType, rng: Rng): Price[] {
  const cents = (min: number, max: number) => between(rng, min / 50, max / 50) * 50;
  switch (type) {
    case 'HOTELLERIE': {
      const low = cents(7_500, 12_000);
      return [{ label: 'Chambre double', min: low, max: low + cents(2_000, 6_000), period: 'nuit' }, { label: 'Petit-déjeuner', min: cents(1_200, 1_900), max: null, period: 'personne' }];
    }
    case 'HEBERGEMENT_LOCATIF': {
      const week = cents(45_000, 110_000);
      return [{ label: 'Semaine', min: week, max: week + cents(10_000, 40_000), period: 'semaine' }, ...(rng() < 0.5 ? [{ label: 'Nuitée', min: cents(7_000, 15_000), max: null, period: 'nuit' }] : [])];
    }
    case 'HEBERGEMENT_COLLECTIF': return [{ label: 'Nuitée en dortoir', min: cents(2_200, 3_500), max: null, period: 'personne' }, { label: 'Demi-pension', min: cents(5_000, 6_500), max: null, period: 'personne' }];
    case 'HOTELLERIE_PLEIN_AIR': {
      const pitch = cents(1_600, 2_600);
      return [{ label: 'Emplacement 2 personnes', min: pitch, max: pitch + cents(500, 1_200), period: 'nuit' }];
    }
    case 'RESTAURATION': return [{ label: 'Menu du jour', min: cents(1_650, 2_400), max: null, period: '' }, { label: 'À la carte', min: cents(1_800, 2_500), max: cents(3_500, 6_500), period: '' }];
    case 'ACTIVITE': return [{ label: 'Adulte', min: cents(2_500, 9_000), max: null, period: 'personne' }, { label: 'Enfant (moins de 12 ans)', min: cents(1_500, 4_000), max: null, period: 'personne' }];
    case 'FETE_ET_MANIFESTATION': return rng() < 0.5 ? [] : [{ label: 'Entrée', min: cents(300, 1_500), max: null, period: '' }];
    case 'EQUIPEMENT': return rng() < 0.6 ? [] : [{ label: 'Entrée adulte', min: cents(300, 700), max: null, period: '' }];
    case 'PATRIMOINE_CULTUREL': return rng() < 0.4 ? [] : [{ label: 'Visite guidée', min: cents(500, 1_200), max: null, period: 'personne' }];
    case 'COMMERCE_ET_SERVICE':
    case 'PATRIMOINE_NATUREL':
      return [];
  }
}

function payments(type: ListingType, rng: Rng): PaymentMethod[] {
  if (type === 'PATRIMOINE_NATUREL' || (type === 'EQUIPEMENT' && rng() < 0.7)) return [];
  const methods: PaymentMethod[] = ['CARTE_BANCAIRE', 'ESPECES'];
  if (rng() < 0.5) methods.push('CHEQUE');
  if (['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HOTELLERIE_PLEIN_AIR', 'RESTAURATION'].includes(type) && rng() < 0.5) methods.push('CHEQUE_VACANCES');
  if (rng() < 0.35) methods.push('FRANCS_SUISSES');
  return methods;
}

function sentences(rng: Rng, pool: readonly Tri[], count: number): Tri[] {
  const start = Math.floor(rng() * pool.length);
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(start + i) % pool.length]!);
}

/** A valid content for a listing of `type`: texts in French, English and German where the office has them. */
function makeContent(type: ListingType, rng: Rng, ctx: ContentContext): ListingContent {
  const texts = TEXTS[type];
  const commune = COMMUNES.find((c) => c.code === ctx.communeCode)!;
  const lead = pickOne(rng, texts.leads);
  const setting = pickOne(rng, SETTINGS);
  const at: Tri = [`à ${commune.name}`, `in ${commune.name}`, `in ${commune.name}`];
  const short = (l: 0 | 1 | 2) => `${lead[l]} ${setting[l]}, ${at[l]}.`;
  const body = [...sentences(rng, texts.details, between(rng, 2, 4)), pickOne(rng, CLOSINGS)];
  const long = (l: 0 | 1 | 2) => body.map((s) => s[l]).join(' ');
  const hasEnglish = rng() < 0.62;
  const hasGerman = hasEnglish && rng() < 0.65;
  const hasLong = rng() < 0.9;
  const [lat, lng] = CENTRES[ctx.communeCode]!;
  const places = PLACES_BY_COMMUNE[ctx.communeCode] ?? [commune.name];
  const isPlace = type === 'PATRIMOINE_NATUREL' || (type === 'EQUIPEMENT' && rng() < 0.5);
  const accommodation = ['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HEBERGEMENT_COLLECTIF', 'HOTELLERIE_PLEIN_AIR'].includes(type);
  const site = slug(ctx.name);
  const publicSite = ['EQUIPEMENT', 'PATRIMOINE_CULTUREL', 'PATRIMOINE_NATUREL', 'FETE_ET_MANIFESTATION'].includes(type);
  const eventStart = new Date(ctx.now.getTime() + between(rng, -3, 150) * DAY_MS);
  const content: ListingContent = {
    ...emptyListingContent(),
    name: ctx.name,
    shortDescription: { fr: short(0), en: hasEnglish ? short(1) : '', de: hasGerman ? short(2) : '' },
    longDescription: { fr: hasLong ? long(0) : '', en: hasLong && hasEnglish && rng() < 0.75 ? long(1) : '', de: hasLong && hasGerman && rng() < 0.6 ? long(2) : '' },
    address: { street: isPlace ? pickOne(rng, places) : `${between(rng, 1, 180)} ${pickOne(rng, STREETS)}`, postalCode: commune.postalCode, communeCode: commune.code },
    position: rng() < 0.85 ? { lat: lat + (rng() - 0.5) * 0.016, lng: lng + (rng() - 0.5) * 0.016 } : null,
    contact: {
      phone: type === 'PATRIMOINE_NATUREL' ? null : phone(rng),
      email: type === 'PATRIMOINE_NATUREL' ? null : publicSite ? `accueil@${slug(commune.name)}.fr` : `contact@${site}.fr`,
      website: rng() < 0.6 ? `https://www.${publicSite ? slug(commune.name) : site}.fr` : null,
    },
    openingPeriods: openingPeriods(type, rng, ctx.year),
    closures: type === 'RESTAURATION' && rng() < 0.3 ? [`${ctx.year}-12-25`, `${ctx.year}-01-01`] : [],
    prices: prices(type, rng),
    paymentMethods: payments(type, rng),
    capacity: {
      rooms: type === 'HOTELLERIE' ? between(rng, 8, 60) : type === 'HEBERGEMENT_LOCATIF' ? between(rng, 1, 5) : type === 'HEBERGEMENT_COLLECTIF' ? between(rng, 8, 30) : null,
      persons: type === 'HEBERGEMENT_LOCATIF' ? between(rng, 2, 12) : type === 'HEBERGEMENT_COLLECTIF' ? between(rng, 20, 120) : type === 'HOTELLERIE' || type === 'HOTELLERIE_PLEIN_AIR' ? between(rng, 20, 240) : null,
      pitches: type === 'HOTELLERIE_PLEIN_AIR' ? between(rng, 30, 180) : null,
    },
    classification: {
      stars: ['HOTELLERIE', 'HEBERGEMENT_LOCATIF', 'HOTELLERIE_PLEIN_AIR'].includes(type) && rng() < 0.75 ? between(rng, type === 'HOTELLERIE' ? 2 : 1, 4) : null,
      labels: rng() < 0.4 ? [pickOne(rng, texts.labels)] : [],
      registrationNumber: type === 'HEBERGEMENT_LOCATIF' && rng() < 0.6 ? `${commune.code}${String(between(rng, 0, 999_999)).padStart(6, '0')}${pickOne(rng, ['AB', 'CD', 'EF', 'GH', 'JK'])}` : null,
    },
    eventDates: type === 'FETE_ET_MANIFESTATION' ? { start: day(eventStart), end: day(new Date(eventStart.getTime() + between(rng, 0, 2) * DAY_MS)) } : null,
    internalCriteria: rng() < 0.3 ? [pickOne(rng, INTERNAL_CRITERIA)] : [],
  };
  if (!accommodation) content.capacity = { rooms: null, persons: null, pitches: null };
  return valid(type, content);
}

/** The seed never writes a listing the API would refuse. */
function valid(type: ListingType, content: ListingContent): ListingContent {
  const result = validateListing(type, content);
  if (!result.ok) throw new Error(`seed: invalid ${type} « ${content.name} »: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Partner edits a change request may hold: one to three of them, always something that differs. */
const EDITS: ((c: ListingContent, rng: Rng, year: number) => ListingContent)[] = [
  (c) => ({ ...c, shortDescription: { ...c.shortDescription, en: c.shortDescription.en ? `${c.shortDescription.en} Renovated this year.` : `A warm welcome ${c.address.communeCode === '01173' ? 'in Gex' : 'in the Pays de Gex'}, at the foot of the Jura.` } }),
  (c, _rng, year) => ({ ...c, openingPeriods: [{ from: `${year}-04-01`, to: `${year}-10-31`, weekdays: [2, 3, 4, 5, 6, 7], hours: [{ opens: '09:30', closes: '12:00' }, { opens: '14:00', closes: '18:30' }], note: 'Ouvert le dimanche matin en juillet et août.' }] }),
  (c, rng) => ({ ...c, contact: { ...c.contact, phone: phone(rng) } }),
  (c) => ({ ...c, prices: c.prices.length ? c.prices.map((p) => ({ ...p, min: Math.round((p.min * 1.05) / 50) * 50, max: p.max === null ? null : Math.round((p.max * 1.05) / 50) * 50 })) : [{ label: 'Tarif unique', min: 1_000, max: null, period: '' }] }),
  (c, rng) => ({ ...c, longDescription: { ...c.longDescription, fr: `${c.longDescription.fr} ${pickOne(rng, ['Nouveauté : une terrasse chauffée ouvre cette saison.', 'Nous proposons désormais des paniers pique-nique à emporter.', 'Les réservations se font maintenant en ligne sur notre site.'])}`.trim() } }),
  (c) => ({ ...c, shortDescription: { ...c.shortDescription, de: c.shortDescription.de ? `${c.shortDescription.de} Neu renoviert.` : 'Herzlich willkommen im Pays de Gex, am Fuße des Juras.' } }),
  (c) => ({ ...c, contact: { ...c.contact, website: `https://www.${slug(c.name)}-paysdegex.fr` } }),
  (c, _rng, year) => ({ ...c, closures: [...new Set([...c.closures, `${year}-11-11`])] }),
];

function edited(type: ListingType, base: ListingContent, rng: Rng, year: number): { proposed: ListingContent; changes: FieldChange[] } {
  let proposed = base;
  const count = between(rng, 1, 3);
  const start = Math.floor(rng() * EDITS.length);
  for (let i = 0; i < count || diffListing(type, base, proposed).length === 0; i++) proposed = valid(type, EDITS[(start + i) % EDITS.length]!(proposed, rng, year));
  const changes = diffListing(type, base, proposed);
  if (partnerChangeProblems(changes).length) throw new Error('seed: a partner request touches a staff-only field');
  return { proposed, changes };
}

export interface UnitOptions {
  copy: number;
  /** This copy's partners, in demoPartners order (the demo partner first in copy 0). */
  partners: readonly SeedPartner[];
  officeId: string;
  staffIds: readonly string[];
  now: Date;
  frequencies: Partial<Record<ListingType, number>>;
  /** Deterministic ids from a name. */
  id: (key: string) => string;
}

/** The listings and change requests of one scale unit (copy): pure, deterministic but for `now`. */
export function demoListingsUnit(options: UnitOptions): ListingsUnit {
  const { copy, partners, officeId, staffIds, now, frequencies, id } = options;
  const rng = random(0x9e3779b9 ^ (copy * 7_919 + 17));
  const year = now.getUTCFullYear();
  const listings: ListingRow[] = [];
  const owners = new Map<string, string>(); // organisation id -> owner user id
  const unreminded = new Set<string>();

  const add = (type: ListingType, organisationId: string, name: string, communeCode: string, ageDays: number | 'random') => {
    const frequency = updateFrequencyDays(type, frequencies);
    const { dueAt: dueOffset } = freshnessOf(new Date(0), frequency, new Date(0));
    const dueDays = dueOffset.getTime() / DAY_MS;
    let age = ageDays;
    if (age === 'random') {
      const r = rng();
      age = r < STALE_SHARE ? frequency * (1 + rng() * 2) : r < STALE_SHARE + DUE_SHARE ? dueDays + (frequency - dueDays) * rng() * 0.98 : dueDays * rng() * 0.98;
    }
    const lastConfirmedAt = new Date(Math.floor((now.getTime() - age * DAY_MS) / 1000) * 1000);
    const { dueAt, staleAt } = freshnessOf(lastConfirmedAt, frequency, now);
    const listingId = id(`listing:${copy}:${listings.length}`);
    const content = makeContent(type, rng, { name, communeCode, year, now });
    listings.push({
      id: listingId, organisation_id: organisationId, type, name: content.name, commune_code: communeCode, content, version: 1,
      last_confirmed_at: lastConfirmedAt.toISOString(), due_at: dueAt.toISOString(), stale_at: staleAt.toISOString(),
      created_at: new Date(lastConfirmedAt.getTime() - between(rng, 0, 900) * DAY_MS).toISOString(),
    });
    return listings[listings.length - 1]!;
  };

  // A name for a listing of `type`, in `communeCode` unless the name is a real place pinned elsewhere.
  const pinnedUsed = new Set<string>();
  const named = (type: ListingType, communeCode: string): { name: string; communeCode: string } => {
    let template = pickOne(rng, TEXTS[type].names);
    for (let tries = 0; template.includes('@') && pinnedUsed.has(template) && tries < 20; tries++) template = pickOne(rng, TEXTS[type].names);
    if (template.includes('@') && pinnedUsed.has(template)) template = TEXTS[type].names.find((n) => !n.includes('@'))!;
    if (template.includes('@')) {
      pinnedUsed.add(template);
      const [name, code] = template.split('@') as [string, string];
      return { name, communeCode: code };
    }
    const commune = COMMUNES.find((c) => c.code === communeCode)!;
    const place = pickOne(rng, PLACES_BY_COMMUNE[communeCode] ?? [commune.name]);
    return { name: fill(template, { commune: commune.name, place, surname: pickOne(rng, SURNAMES) }), communeCode };
  };

  // The demo partner (« Hôtel du Jura », responsable@…): one listing stale, one due soon, one with
  // a request sent back and one with a request waiting, so that its home has something to do.
  const demo = copy === 0 ? partners[0] : undefined;
  const demoListings: Record<'stale' | 'due' | 'sentBack' | 'open', ListingRow> | undefined = demo && {
    stale: add('HOTELLERIE', demo.id, demo.name, demo.communeCode, 400),
    due: add('HEBERGEMENT_LOCATIF', demo.id, 'Appartements de l’Hôtel du Jura', demo.communeCode, 335),
    sentBack: add('RESTAURATION', demo.id, 'Restaurant de l’Hôtel du Jura', demo.communeCode, 5),
    open: add('ACTIVITE', demo.id, 'Location de VTT de l’Hôtel du Jura', demo.communeCode, 20),
  };
  if (demo && demoListings) {
    owners.set(demo.id, demo.owner.id);
    unreminded.add(demoListings.stale.id).add(demoListings.due.id);
  }

  const counts = Object.fromEntries(Object.keys(LISTINGS_PER_TYPE).map((t) => [t, 0])) as Record<ListingType, number>;
  for (const l of listings) counts[l.type] += 1;
  partners.forEach((partner, j) => {
    if (partner === demo) return;
    owners.set(partner.id, partner.owner.id);
    partnerTypes(partner.category, j).forEach((type, k) => {
      const near = k === 0 || rng() < 0.7 ? partner.communeCode : pickOne(rng, COMMUNES).code;
      const { name, communeCode } = k === 0 && partner.category !== 'ASSOCIATION' ? { name: partner.name.replace(/ \(\d+\)$/, ''), communeCode: near } : named(type, near);
      add(type, partner.id, name, communeCode, 'random');
      counts[type] += 1;
    });
  });
  const partnerListings = listings.length;
  for (const [type, target] of Object.entries(LISTINGS_PER_TYPE) as [ListingType, number][]) {
    for (let i = counts[type]; i < target; i++) {
      const { name, communeCode } = named(type, pickOne(rng, COMMUNES).code);
      add(type, officeId, name, communeCode, 'random');
    }
  }

  // Change requests, on partners' listings only (the office edits its own directly).
  const requests: RequestRow[] = [];
  const staff = () => pickOne(rng, staffIds);
  const days = (n: number) => new Date(now.getTime() - n * DAY_MS);
  const request = (listing: ListingRow | null, type: ListingType, organisationId: string, base: ListingContent, status: ChangeRequestStatus, extra: Partial<RequestRow> = {}) => {
    const { proposed, changes } = listing ? edited(type, base, rng, year) : { proposed: base, changes: diffListing(type, emptyListingContent(), base) };
    const submittedAt = days(rng() * 30);
    const row: RequestRow = {
      id: id(`request:${copy}:${requests.length}`), listing_id: listing?.id ?? null, organisation_id: organisationId, type,
      listing_name: proposed.name, commune_code: proposed.address.communeCode, changes, base_version: listing ? listing.version : null,
      status, version: status === 'OPEN' ? 1 : 2, submitted_by_id: owners.get(organisationId)!, submitted_at: submittedAt.toISOString(),
      reviewed_by_id: null, reviewed_at: null, decisions: null, comment: null, ...extra,
    };
    requests.push(row);
    return { row, proposed };
  };
  const reviewed = (submittedAt: string) => new Date(Math.min(now.getTime() - 60_000, new Date(submittedAt).getTime() + between(rng, 1, 72) * 3_600_000)).toISOString();

  if (demo && demoListings) {
    const sentBack = request(demoListings.sentBack, 'RESTAURATION', demo.id, demoListings.sentBack.content, 'SENT_BACK').row;
    Object.assign(sentBack, { reviewed_by_id: staffIds[0], reviewed_at: reviewed(sentBack.submitted_at), comment: SENT_BACK_COMMENTS[0] });
    request(demoListings.open, 'ACTIVITE', demo.id, demoListings.open.content, 'OPEN');
  }

  const candidates = listings.slice(0, partnerListings).filter((l) => l.organisation_id !== demo?.id);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  let next = 0;
  const take = () => {
    const listing = candidates[next++];
    if (!listing) throw new Error('seed: not enough partner listings for the change requests');
    return listing;
  };
  for (let i = 0; i < REQUESTS_PER_UNIT.OPEN; i++) {
    const listing = take();
    request(listing, listing.type, listing.organisation_id, listing.content, 'OPEN');
  }
  for (let i = 0; i < REQUESTS_PER_UNIT.PROPOSAL; i++) {
    const partner = pickOne(rng, partners.filter((p) => p !== demo && partnerTypes(p.category, 0).length > 0));
    const type = partnerTypes(partner.category, 0)[0]!;
    const { name, communeCode } = named(type, partner.communeCode);
    request(null, type, partner.id, makeContent(type, rng, { name, communeCode, year, now }), 'OPEN');
  }
  for (let i = 0; i < REQUESTS_PER_UNIT.SENT_BACK; i++) {
    const listing = take();
    const { row } = request(listing, listing.type, listing.organisation_id, listing.content, 'SENT_BACK');
    Object.assign(row, { reviewed_by_id: staff(), reviewed_at: reviewed(row.submitted_at), comment: pickOne(rng, SENT_BACK_COMMENTS) });
  }
  for (let i = 0; i < REQUESTS_PER_UNIT.REJECTED; i++) {
    const listing = take();
    const { row } = request(listing, listing.type, listing.organisation_id, listing.content, 'REJECTED');
    Object.assign(row, {
      reviewed_by_id: staff(), reviewed_at: reviewed(row.submitted_at), comment: pickOne(rng, REJECT_COMMENTS),
      decisions: row.changes.map((c) => ({ path: c.path, decision: 'REJECT' as const })),
    });
  }
  for (let i = 0; i < REQUESTS_PER_UNIT.APPROVED; i++) {
    // Approved before the listing's last confirmation: the listing now shows the proposed content.
    const listing = take();
    const { row, proposed } = request(listing, listing.type, listing.organisation_id, listing.content, 'APPROVED');
    const approvedAt = new Date(listing.last_confirmed_at);
    Object.assign(row, {
      submitted_at: new Date(approvedAt.getTime() - between(rng, 1, 10) * DAY_MS).toISOString(), reviewed_by_id: staff(), reviewed_at: approvedAt.toISOString(),
      decisions: row.changes.map((c) => ({ path: c.path, decision: 'APPROVE' as const })),
    });
    Object.assign(listing, { content: proposed, name: proposed.name, version: 2 });
  }

  const remindedIds = listings.filter((l) => new Date(l.due_at) <= now && !unreminded.has(l.id)).map((l) => l.id);
  return { listings, requests, remindedIds };
}

/**
 * `INSERT … SELECT FROM jsonb_to_recordset($1)`: one statement and one parameter per batch, fast at
 * any scale. Returns the ids it inserted (a second run skips the listings already there).
 */
async function insertListings(db: PrismaClient | Prisma.TransactionClient, rows: ListingRow[]): Promise<Set<string>> {
  const inserted = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO "listing" ("id", "organisation_id", "type", "name", "commune_code", "content", "version", "last_confirmed_at", "due_at", "stale_at", "created_at", "updated_at")
     SELECT x.id, x.organisation_id, x.type::"ListingType", x.name, x.commune_code, x.content, x.version, x.last_confirmed_at, x.due_at, x.stale_at, x.created_at, x.last_confirmed_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, organisation_id uuid, type text, name text, commune_code text, content jsonb, version int,
       last_confirmed_at timestamptz, due_at timestamptz, stale_at timestamptz, created_at timestamptz)
     ON CONFLICT DO NOTHING
     RETURNING "id"::text AS id`,
    JSON.stringify(rows),
  );
  return new Set(inserted.map((r) => r.id));
}

async function insertRequests(db: PrismaClient | Prisma.TransactionClient, rows: RequestRow[]): Promise<number> {
  // ON CONFLICT without a target also skips a request whose listing got an open one meanwhile.
  return db.$executeRawUnsafe(
    `INSERT INTO "change_request" ("id", "listing_id", "organisation_id", "type", "listing_name", "commune_code", "changes", "base_version", "status", "version",
       "submitted_by_id", "submitted_at", "reviewed_by_id", "reviewed_at", "decisions", "comment")
     SELECT x.id, x.listing_id, x.organisation_id, x.type::"ListingType", x.listing_name, x.commune_code, x.changes, x.base_version, x.status::"ChangeRequestStatus", x.version,
       x.submitted_by_id, x.submitted_at, x.reviewed_by_id, x.reviewed_at, x.decisions, x.comment
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, listing_id uuid, organisation_id uuid, type text, listing_name text, commune_code text, changes jsonb, base_version int,
       status text, version int, submitted_by_id uuid, submitted_at timestamptz, reviewed_by_id uuid, reviewed_at timestamptz, decisions jsonb, comment text)
     ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}

/**
 * The demo is a running office: reminders for listings already due or stale count as sent (at the
 * moment each became due or stale), but for a few — the demo partner's — that the first sweep e-mails.
 * Only for listings this run inserted: those seeded earlier are the sweep's business.
 */
async function markReminded(db: PrismaClient | Prisma.TransactionClient, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return db.$executeRawUnsafe(
    `INSERT INTO "listing_reminder" ("listing_id", "step", "period_start", "sent_at")
     SELECT l."id", s.step, l."last_confirmed_at", CASE s.step WHEN 'STALE' THEN l."stale_at" ELSE l."due_at" END
     FROM "listing" l CROSS JOIN (VALUES ('DUE_SOON'), ('STALE')) AS s(step)
     WHERE l."id" = ANY($1::uuid[]) AND CASE s.step WHEN 'STALE' THEN l."stale_at" ELSE l."due_at" END <= $2::timestamptz
     ON CONFLICT DO NOTHING`,
    ids,
    now.toISOString(),
  );
}

export async function seedListings(
  db: PrismaClient | Prisma.TransactionClient,
  options: Omit<UnitOptions, 'copy' | 'partners' | 'frequencies'> & { scale: number; partners: readonly SeedPartner[]; partnersPerUnit: number; log: (line: string) => void },
): Promise<void> {
  const rows = await db.listingFrequency.findMany({ select: { type: true, days: true } });
  const frequencies = Object.fromEntries(rows.map((r) => [r.type, r.days])) as Partial<Record<ListingType, number>>;
  let listings = 0;
  let open = 0;
  for (let copy = 0; copy < options.scale; copy++) {
    const unit = demoListingsUnit({ ...options, copy, frequencies, partners: options.partners.slice(copy * options.partnersPerUnit, (copy + 1) * options.partnersPerUnit) });
    const inserted = await insertListings(db, unit.listings);
    await insertRequests(db, unit.requests);
    await markReminded(db, unit.remindedIds.filter((id) => inserted.has(id)), options.now);
    listings += unit.listings.length;
    open += unit.requests.filter((r) => r.status === 'OPEN').length;
    if (copy === options.scale - 1 || (copy + 1) % 10 === 0) options.log(`${listings} / ${LISTINGS_TOTAL * options.scale} fiches, ${open} demandes ouvertes`);
  }
}

const LISTINGS_TOTAL = Object.values(LISTINGS_PER_TYPE).reduce((a, b) => a + b, 0);
