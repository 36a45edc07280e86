import type { Owned } from '../access/policy.js';
import type { ListingType } from './listing-types.js';

export const LANGUAGES = ['fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS: Readonly<Record<Language, string>> = { fr: 'Français', en: 'Anglais', de: 'Allemand' };

export type Translated = Record<Language, string>;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const; // ISO: 1 = Monday
export const WEEKDAY_LABELS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

export interface OpeningHours {
  /** `HH:MM`, 24-hour clock. */
  opens: string;
  closes: string;
}

export interface OpeningPeriod {
  /** Calendar days `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** ISO week days open in the period; empty means every day. */
  weekdays: number[];
  /** Empty means open all day (or hours not given). */
  hours: OpeningHours[];
  note: string;
}

export interface Price {
  label: string;
  /** Integer cents; `max` null for a single amount. */
  min: number;
  max: number | null;
  /** Per night, per person, per hour… free text kept short. */
  period: string;
}

export const PAYMENT_METHODS = ['CARTE_BANCAIRE', 'ESPECES', 'CHEQUE', 'CHEQUE_VACANCES', 'VIREMENT', 'FRANCS_SUISSES'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  CARTE_BANCAIRE: 'Carte bancaire',
  ESPECES: 'Espèces',
  CHEQUE: 'Chèque',
  CHEQUE_VACANCES: 'Chèques-Vacances',
  VIREMENT: 'Virement',
  FRANCS_SUISSES: 'Francs suisses',
};

export interface ListingPhoto {
  /** Generated storage name; the file itself lives behind the storage interface. */
  id: string;
  caption: string;
  credit: string;
}

/** What a partner edits and staff review: every field a listing shows. */
export interface ListingContent {
  name: string;
  shortDescription: Translated;
  longDescription: Translated;
  address: { street: string; postalCode: string; communeCode: string };
  position: { lat: number; lng: number } | null;
  contact: { phone: string | null; email: string | null; website: string | null };
  openingPeriods: OpeningPeriod[];
  /** Exceptional closures, `YYYY-MM-DD`. */
  closures: string[];
  prices: Price[];
  paymentMethods: PaymentMethod[];
  capacity: { rooms: number | null; persons: number | null; pitches: number | null };
  classification: { stars: number | null; labels: string[]; registrationNumber: string | null };
  /** Events only. */
  eventDates: { start: string; end: string } | null;
  photos: ListingPhoto[];
  /** Staff-only criteria for print and web; partners never change them. */
  internalCriteria: string[];
}

export interface Listing extends Owned {
  id: string;
  type: ListingType;
  content: ListingContent;
  version: number;
  /** When the content was last published or confirmed unchanged: the start of its freshness. */
  lastConfirmedAt: Date;
  apidaeId: number | null;
  updatedAt: Date;
}

const emptyTranslated = (): Translated => ({ fr: '', en: '', de: '' });

/** A blank listing for the « Proposer une fiche » form. */
export function emptyListingContent(): ListingContent {
  return {
    name: '',
    shortDescription: emptyTranslated(),
    longDescription: emptyTranslated(),
    address: { street: '', postalCode: '', communeCode: '' },
    position: null,
    contact: { phone: null, email: null, website: null },
    openingPeriods: [],
    closures: [],
    prices: [],
    paymentMethods: [],
    capacity: { rooms: null, persons: null, pitches: null },
    classification: { stars: null, labels: [], registrationNumber: null },
    eventDates: null,
    photos: [],
    internalCriteria: [],
  };
}

/** The languages whose short description is still empty: the form's missing-translation cue. */
export function missingTranslations(content: Pick<ListingContent, 'shortDescription'>): Language[] {
  return LANGUAGES.filter((language) => !content.shortDescription[language].trim());
}
