// Tariffs are yearly data (staff edit them), validated against that year's national bounds.
import type { FieldError, Result } from '../shared/domain-error.js';
import { CLASSIFIED_CATEGORIES, TAX_CATEGORY_SHORT_LABELS, type ClassifiedCategory } from './categories.js';
import { formatTaxEuros } from './money.js';

/** An additional tax levied on top of the communal tariff (Ain's departmental 10 %, Île-de-France's…). */
export interface AdditionalRate {
  code: string;
  label: string;
  /** In basis points of the communal amount: 1000 = 10 %. */
  basisPoints: number;
}

/** One collectivity's tariffs for one calendar year. Every amount is in cents. */
export interface TouristTaxTariffs {
  year: number;
  /** Communal (here: agglomeration) share per person per night, before additional taxes. */
  rates: Record<ClassifiedCategory, number>;
  /** Proportional rate for unclassified accommodation, in basis points (500 = 5 %). */
  proportionalBasisPoints: number;
  /** Cap of the proportional amount per person per night, communal share. */
  proportionalCapCents: number;
  additionalRates: AdditionalRate[];
  /** Occupants of premises whose nightly rent is below this are exempt (L2333-31 4°); null = no threshold. */
  rentThresholdCents: number | null;
  /** Allowance on the flat-rate basis voted by the council (0, or 10–80 %, L2333-42). */
  flatRateAllowancePercent: number;
}

export interface NationalBounds {
  /** [min, max] per person per night in cents, per grid line. */
  rates: Record<ClassifiedCategory, readonly [number, number]>;
  proportionalBasisPoints: readonly [number, number];
}

/** L2333-30 as indexed each year (the maxima follow inflation; the minima do not). */
export const NATIONAL_BOUNDS: Readonly<Record<number, NationalBounds>> = {
  2025: {
    rates: {
      PALACE: [70, 480],
      STARS_5: [70, 350],
      STARS_4: [70, 260],
      STARS_3: [50, 170],
      STARS_2: [30, 100],
      STARS_1: [20, 80],
      CAMPSITE_HIGH: [20, 60],
      CAMPSITE_LOW: [20, 20],
    },
    proportionalBasisPoints: [100, 500],
  },
  2026: {
    rates: {
      PALACE: [70, 490],
      STARS_5: [70, 360],
      STARS_4: [70, 260],
      STARS_3: [50, 170],
      STARS_2: [30, 100],
      STARS_1: [20, 80],
      CAMPSITE_HIGH: [20, 60],
      CAMPSITE_LOW: [20, 20],
    },
    proportionalBasisPoints: [100, 500],
  },
};

/**
 * The national bounds a year's tariffs are checked against: the year's own once they are in the
 * table above; for a later year whose indexed bounds are not there yet, the last known ones. That
 * check is safe: the minima do not move and the maxima only rise with inflation, so a rate within
 * the last known bounds is within the year's. Undefined before the first known year.
 */
export function nationalBoundsFor(year: number): { bounds: NationalBounds; year: number } | undefined {
  if (!Number.isInteger(year) || year > 2100) return undefined;
  const known = Object.keys(NATIONAL_BOUNDS).map(Number).filter((y) => y <= year);
  if (known.length === 0) return undefined;
  const from = Math.max(...known);
  return { bounds: NATIONAL_BOUNDS[from]!, year: from };
}

/** « 2026 », or « 2026 (dernières limites connues) » when a later year is checked against them. */
export function nationalBoundsLabel(year: number): string {
  const found = nationalBoundsFor(year);
  if (!found) return String(year);
  return found.year === year ? String(year) : `${found.year} (dernières limites connues)`;
}

const AIN: AdditionalRate = { code: 'DEPARTEMENT_01', label: 'Taxe additionnelle départementale de l’Ain (10 %)', basisPoints: 1000 };

/**
 * Pays de Gex Agglo, from the DGFiP deliberation data (2026): 1★ 0.64, 2★ 0.73, 3★ 1.18, 4★ 1.82,
 * 5★ 2.36, unclassified 5 % capped at 3.18, plus Ain's 10 % (0.70 / 0.80 / 1.30 / 2.00 / 2.60, cap
 * 3.50 for the guest). Palace and campsite lines are not in that data: plausible values inside the
 * bounds (palace 3.18, the cap's value; campsites at their maximum) that staff can correct. The
 * 2025 figures are taken equal: the deliberation has not changed since.
 */
function paysDeGex(year: number): TouristTaxTariffs {
  return {
    year,
    rates: {
      PALACE: 318,
      STARS_5: 236,
      STARS_4: 182,
      STARS_3: 118,
      STARS_2: 73,
      STARS_1: 64,
      CAMPSITE_HIGH: 55,
      CAMPSITE_LOW: 20,
    },
    proportionalBasisPoints: 500,
    proportionalCapCents: 318,
    additionalRates: [AIN],
    rentThresholdCents: null,
    flatRateAllowancePercent: 0,
  };
}

export const PAYS_DE_GEX_TARIFFS: readonly TouristTaxTariffs[] = [paysDeGex(2025), paysDeGex(2026)];

const MAX_ADDITIONAL_BASIS_POINTS = 20_000; // Île-de-France's +200 % is the highest in force

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Checks a year's tariffs against that year's national bounds; every refusal names the bound. */
export function validateTariffs(input: TouristTaxTariffs): Result<TouristTaxTariffs> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field, message });
  const found = nationalBoundsFor(input?.year);
  if (!found) {
    const first = Math.min(...Object.keys(NATIONAL_BOUNDS).map(Number));
    reject('year', `Les limites nationales de l’année ${input?.year} ne sont pas connues\u00a0: saisissez une année à partir de ${first}.`);
    return { ok: false, errors };
  }
  const { bounds } = found;
  const boundsYear = nationalBoundsLabel(input.year);
  let highest = 0;
  for (const category of CLASSIFIED_CATEGORIES) {
    const value = input.rates?.[category];
    const [min, max] = bounds.rates[category];
    const label = TAX_CATEGORY_SHORT_LABELS[category];
    if (!isCents(value)) reject(`rates.${category}`, `Le tarif «\u00a0${label}\u00a0» doit être un montant en centimes, positif ou nul.`);
    else if (value < min) reject(`rates.${category}`, `Le tarif «\u00a0${label}\u00a0» (${formatTaxEuros(value)}) est inférieur au plancher national ${boundsYear} de ${formatTaxEuros(min)}.`);
    else if (value > max) reject(`rates.${category}`, `Le tarif «\u00a0${label}\u00a0» (${formatTaxEuros(value)}) dépasse le plafond national ${boundsYear} de ${formatTaxEuros(max)}.`);
    else highest = Math.max(highest, value);
  }
  const [minRate, maxRate] = bounds.proportionalBasisPoints;
  if (!Number.isInteger(input.proportionalBasisPoints) || input.proportionalBasisPoints < minRate || input.proportionalBasisPoints > maxRate) {
    reject('proportionalBasisPoints', `Le taux des hébergements non classés doit être compris entre ${minRate / 100} % et ${maxRate / 100} % (limites nationales ${boundsYear}).`);
  }
  const palaceMax = bounds.rates.PALACE[1];
  if (!isCents(input.proportionalCapCents) || input.proportionalCapCents === 0) {
    reject('proportionalCapCents', 'Le plafond des hébergements non classés doit être un montant en centimes supérieur à zéro.');
  } else if (input.proportionalCapCents > palaceMax) {
    reject('proportionalCapCents', `Le plafond des hébergements non classés (${formatTaxEuros(input.proportionalCapCents)}) dépasse le plafond national ${boundsYear} des palaces de ${formatTaxEuros(palaceMax)}.`);
  } else if (highest > 0 && input.proportionalCapCents > highest) {
    reject('proportionalCapCents', `Le plafond des hébergements non classés (${formatTaxEuros(input.proportionalCapCents)}) dépasse le tarif le plus élevé adopté, ${formatTaxEuros(highest)}.`);
  }
  (input.additionalRates ?? []).forEach((rate, i) => {
    if (!rate?.label?.trim()) reject(`additionalRates.${i}.label`, 'Donnez un nom à la taxe additionnelle.');
    if (!Number.isInteger(rate?.basisPoints) || rate.basisPoints <= 0 || rate.basisPoints > MAX_ADDITIONAL_BASIS_POINTS) {
      reject(`additionalRates.${i}.basisPoints`, `Le taux d’une taxe additionnelle doit être compris entre 0,01 % et ${MAX_ADDITIONAL_BASIS_POINTS / 100} %.`);
    }
  });
  if (input.rentThresholdCents !== null && (!isCents(input.rentThresholdCents) || input.rentThresholdCents === 0)) {
    reject('rentThresholdCents', 'Le loyer plancher d’exonération doit être un montant en centimes supérieur à zéro, ou vide.');
  }
  const allowance = input.flatRateAllowancePercent;
  if (!Number.isInteger(allowance) || (allowance !== 0 && (allowance < 10 || allowance > 80))) {
    reject('flatRateAllowancePercent', 'L’abattement de la taxe forfaitaire est de 0 % ou compris entre 10 % et 80 %.');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input };
}

/** The tariffs in force for a year, or undefined. */
export function tariffsForYear(all: readonly TouristTaxTariffs[], year: number): TouristTaxTariffs | undefined {
  return all.find((t) => t.year === year);
}
