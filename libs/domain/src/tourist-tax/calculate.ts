// The tax engine (CGCT L2333-29 to L2333-31 for the per-night basis, L2333-40 to L2333-42 for the
// flat rate). Pure, integer cents, one rounding rule:
//
//   ROUNDING RULE. Amounts are computed per person and per night, in cents, and rounded to the
//   nearest cent (halves up) at exactly two points: (1) the proportional amount of an unclassified
//   accommodation, rate × (nightly price excl. VAT ÷ all occupants), before it is capped; (2) each
//   additional tax, rate × communal amount per person per night. The per-person-per-night total is
//   then multiplied by taxable persons and nights without any further rounding. This reproduces the
//   published Pays de Gex totals: 0.64 + 10 % = 0.70, 0.73 → 0.80, 1.18 → 1.30, 1.82 → 2.00,
//   2.36 → 2.60, cap 3.18 → 3.50. The flat rate rounds once after the allowance and once per
//   additional tax, on the period's amount (there is no guest to charge per night).
import type { FieldError, Result } from '../shared/domain-error.js';
import type { TaxCategory } from './categories.js';
import { roundTaxCents } from './money.js';
import type { TouristTaxTariffs } from './tariffs.js';
import { openNightsIn, validateOpeningPeriods, type AccommodationOpening } from './opening.js';

export const EXEMPTION_REASONS = ['MINOR', 'SEASONAL_WORKER', 'EMERGENCY_HOUSING', 'RENT_BELOW_THRESHOLD'] as const;
export type ExemptionReason = (typeof EXEMPTION_REASONS)[number];

export const EXEMPTION_LABELS: Record<ExemptionReason, string> = {
  MINOR: 'Mineurs (moins de 18 ans)',
  SEASONAL_WORKER: 'Titulaires d’un contrat de travail saisonnier employés sur le territoire',
  EMERGENCY_HOUSING: 'Personnes en hébergement d’urgence ou en relogement temporaire',
  RENT_BELOW_THRESHOLD: 'Occupants d’un local dont le loyer est inférieur au seuil voté',
};

export type ExemptionCounts = Record<ExemptionReason, number>;

/** One stay (or a group of identical stays) as the engine reads it. */
export interface TaxStay {
  category: TaxCategory;
  nights: number;
  /** Every occupant, minors and other exempted persons included. */
  persons: number;
  exempted?: Partial<ExemptionCounts>;
  /** Price of the accommodation per night excluding VAT, in cents: required when unclassified. */
  nightlyPriceCents?: number | null;
}

export interface AdditionalAmount {
  code: string;
  label: string;
  perPersonNightCents: number;
  amountCents: number;
}

export interface TaxBreakdown {
  category: TaxCategory;
  nights: number;
  persons: number;
  exempted: ExemptionCounts;
  exemptedPersons: number;
  taxablePersons: number;
  /** Unclassified: price per occupant per night, its proportional amount and whether the cap applied. */
  pricePerPersonCents: number | null;
  proportionalCents: number | null;
  capped: boolean;
  /** Communal amount per person per night (the tariff, or the capped proportional amount). */
  communalPerPersonNightCents: number;
  additional: AdditionalAmount[];
  /** What the guest pays per taxable person per night, additional taxes included. */
  perPersonNightCents: number;
  /** Communal amount: per person per night × taxable persons × nights. */
  baseCents: number;
  totalCents: number;
}

const NO_EXEMPTION: ExemptionCounts = { MINOR: 0, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 };

/** Limits that keep the arithmetic exact and catch typos. */
export const STAY_LIMITS = { nights: 366, persons: 1000, nightlyPriceCents: 10_000_000 } as const;

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** The stay's own rules, French messages naming the field (`prefix` for a declaration's line). */
export function validateStay(stay: TaxStay, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field: prefix + field, message });
  if (!isCount(stay?.nights, STAY_LIMITS.nights)) {
    reject('nights', `Le nombre de nuitées doit être un entier entre 0 et ${STAY_LIMITS.nights}.`);
  }
  if (!isCount(stay?.persons, STAY_LIMITS.persons)) {
    reject('persons', `Le nombre de personnes doit être un entier entre 0 et ${STAY_LIMITS.persons}.`);
  }
  let exempted = 0;
  for (const reason of EXEMPTION_REASONS) {
    const value = stay?.exempted?.[reason] ?? 0;
    if (!isCount(value, STAY_LIMITS.persons)) reject(`exempted.${reason}`, 'Le nombre de personnes exonérées doit être un entier positif ou nul.');
    else exempted += value;
  }
  if (isCount(stay?.persons, STAY_LIMITS.persons) && exempted > stay.persons) {
    reject('exempted', `Plus de personnes exonérées (${exempted}) que de personnes présentes (${stay.persons}).`);
  }
  if (stay?.category === 'UNCLASSIFIED') {
    const price = stay.nightlyPriceCents;
    if (price === null || price === undefined) reject('nightlyPriceCents', 'Indiquez le prix de la nuitée hors taxes\u00a0: il est nécessaire pour un hébergement non classé.');
    else if (!Number.isInteger(price) || price <= 0) reject('nightlyPriceCents', 'Le prix de la nuitée doit être un montant supérieur à zéro.');
    else if (price > STAY_LIMITS.nightlyPriceCents) reject('nightlyPriceCents', 'Le prix de la nuitée dépasse 100 000 €\u00a0: vérifiez le montant.');
  }
  return errors;
}

/**
 * Tax of one stay on the per-night basis. Classified: tariff × taxable persons × nights.
 * Unclassified: rate × (nightly price excl. VAT ÷ all occupants), rounded, capped, × taxable persons
 * × nights. Then each additional tax on the communal amount per person per night.
 */
export function calculateTouristTax(stay: TaxStay, tariffs: TouristTaxTariffs): Result<TaxBreakdown> {
  const errors = validateStay(stay);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: computeStay(stay, tariffs) };
}

/** The engine without validation, for callers that validated (and the benchmark). */
export function computeStay(stay: TaxStay, tariffs: TouristTaxTariffs): TaxBreakdown {
  const exempted: ExemptionCounts = { ...NO_EXEMPTION };
  for (const reason of EXEMPTION_REASONS) exempted[reason] = stay.exempted?.[reason] ?? 0;
  const price = stay.nightlyPriceCents ?? null;
  // L2333-31 4°: premises rented below the council's threshold: every occupant is exempt.
  if (tariffs.rentThresholdCents !== null && price !== null && price < tariffs.rentThresholdCents) {
    exempted.MINOR = 0;
    exempted.SEASONAL_WORKER = 0;
    exempted.EMERGENCY_HOUSING = 0;
    exempted.RENT_BELOW_THRESHOLD = stay.persons;
  }
  const exemptedPersons = exempted.MINOR + exempted.SEASONAL_WORKER + exempted.EMERGENCY_HOUSING + exempted.RENT_BELOW_THRESHOLD;
  const taxablePersons = stay.persons - exemptedPersons;

  let communal: number;
  let pricePerPersonCents: number | null = null;
  let proportionalCents: number | null = null;
  let capped = false;
  if (stay.category === 'UNCLASSIFIED') {
    const p = price ?? 0;
    if (stay.persons > 0) {
      pricePerPersonCents = roundTaxCents(p, stay.persons);
      // rounded once: rate × price ÷ occupants, computed from the exact price (not the rounded share)
      proportionalCents = roundTaxCents(p * tariffs.proportionalBasisPoints, 10_000 * stay.persons);
    } else {
      proportionalCents = 0;
    }
    capped = proportionalCents >= tariffs.proportionalCapCents;
    communal = Math.min(proportionalCents, tariffs.proportionalCapCents);
  } else {
    communal = tariffs.rates[stay.category];
  }
  let perPerson = communal;
  const additional: AdditionalAmount[] = tariffs.additionalRates.map((rate) => {
    const perPersonNightCents = roundTaxCents(communal * rate.basisPoints, 10_000);
    perPerson += perPersonNightCents;
    return { code: rate.code, label: rate.label, perPersonNightCents, amountCents: perPersonNightCents * taxablePersons * stay.nights };
  });
  const baseCents = communal * taxablePersons * stay.nights;
  return {
    category: stay.category,
    nights: stay.nights,
    persons: stay.persons,
    exempted,
    exemptedPersons,
    taxablePersons,
    pricePerPersonCents,
    proportionalCents,
    capped,
    communalPerPersonNightCents: communal,
    additional,
    perPersonNightCents: perPerson,
    baseCents,
    totalCents: perPerson * taxablePersons * stay.nights,
  };
}

/** Flat-rate basis: the host pays on capacity for the nights the accommodation is open in the period. */
export interface FlatRateInput {
  category: TaxCategory;
  /** Beds, or pitches when `pitches` is true (a pitch counts for 3 persons, L2333-41). */
  capacity: number;
  pitches: boolean;
  /** The activity: first and last day (the account's active from/to). */
  openFrom: string;
  openTo: string;
  /** Days open within the activity; none means open every day of it. */
  openingPeriods?: readonly AccommodationOpening[];
  periodFrom: string;
  periodTo: string;
}

export interface FlatRateBreakdown {
  units: number;
  nights: number;
  rateCents: number;
  grossCents: number;
  allowancePercent: number;
  baseCents: number;
  additional: { code: string; label: string; amountCents: number }[];
  totalCents: number;
}

export function calculateFlatRateTax(input: FlatRateInput, tariffs: TouristTaxTariffs): Result<FlatRateBreakdown> {
  const errors: FieldError[] = [];
  if (input.category === 'UNCLASSIFIED') {
    errors.push({ field: 'category', message: 'Un hébergement non classé ne peut être taxé qu’au réel (article L2333-26 du CGCT).' });
  }
  if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 100_000) {
    errors.push({ field: 'capacity', message: 'La capacité doit être un entier positif ou nul.' });
  }
  if (input.openTo < input.openFrom) errors.push({ field: 'openTo', message: 'La fin d’ouverture précède son début.' });
  const opening = validateOpeningPeriods(input.openingPeriods ?? []);
  if (!opening.ok) errors.push(...opening.errors);
  if (errors.length > 0 || !opening.ok) return { ok: false, errors };
  const units = input.pitches ? input.capacity * 3 : input.capacity;
  const nights = openNightsIn(opening.value, { activeFrom: input.openFrom, activeTo: input.openTo }, input.periodFrom, input.periodTo);
  const rateCents = tariffs.rates[input.category as Exclude<TaxCategory, 'UNCLASSIFIED'>];
  const grossCents = rateCents * units * nights;
  const allowancePercent = tariffs.flatRateAllowancePercent;
  const baseCents = roundTaxCents(grossCents * (100 - allowancePercent), 100);
  const additional = tariffs.additionalRates.map((rate) => ({ code: rate.code, label: rate.label, amountCents: roundTaxCents(baseCents * rate.basisPoints, 10_000) }));
  return {
    ok: true,
    value: { units, nights, rateCents, grossCents, allowancePercent, baseCents, additional, totalCents: baseCents + additional.reduce((s, a) => s + a.amountCents, 0) },
  };
}
