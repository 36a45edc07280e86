// A host's declaration for one accommodation and one period: its validation (French messages naming
// the field), its amount (computed with the engine, the same in the API and the portal) and the
// anomalies shown to staff.
import type { FieldError, Result } from '../shared/domain-error.js';
import type { TaxCategory } from './categories.js';
import { EXEMPTION_REASONS, computeStay, validateStay, type ExemptionCounts, type ExemptionReason, type TaxBreakdown } from './calculate.js';
import { addDays, formatTaxDay, isTaxDay } from './days.js';
import { formatTaxEuros } from './money.js';
import type { TaxPeriod } from './periods.js';
import type { TouristTaxTariffs } from './tariffs.js';

/** One stay, or `stays` identical stays (totals per tariff). */
export interface DeclarationLine {
  stays: number;
  /** Arrival day, when the host declares stay by stay. */
  arrival?: string | null;
  nights: number;
  persons: number;
  exempted?: Partial<ExemptionCounts>;
  nightlyPriceCents?: number | null;
  /** Sold through a platform that collected and paid the tax itself: declared, not charged again. */
  platformCollected?: boolean;
}

export interface DeclarationContent {
  noRental: boolean;
  lines: DeclarationLine[];
}

/** What a declaration needs to know about its accommodation. */
export interface DeclarationContext {
  category: TaxCategory;
  /** Beds, or pitches. */
  capacity: number;
  pitches: boolean;
  period: TaxPeriod;
}

export const DECLARATION_LIMITS = { lines: 500, stays: 10_000 } as const;

/** Checks a declaration; every problem at once, `lines.2.persons`-style field paths. */
export function validateDeclaration(input: DeclarationContent, context: DeclarationContext): Result<DeclarationContent> {
  const errors: FieldError[] = [];
  const reject = (field: string, message: string) => errors.push({ field, message });
  const lines = Array.isArray(input?.lines) ? input.lines : [];
  const { period } = context;
  if (input?.noRental && lines.length > 0) {
    reject('noRental', 'Vous avez indiqué «\u00a0aucune location sur la période\u00a0»\u00a0: retirez les séjours ou décochez la case.');
  }
  if (!input?.noRental && lines.length === 0) {
    reject('lines', 'Ajoutez au moins un séjour, ou indiquez «\u00a0aucune location sur la période\u00a0».');
  }
  if (lines.length > DECLARATION_LIMITS.lines) {
    reject('lines', `Une déclaration compte au plus ${DECLARATION_LIMITS.lines} lignes\u00a0: regroupez les séjours identiques.`);
  }
  lines.slice(0, DECLARATION_LIMITS.lines).forEach((line, i) => {
    const prefix = `lines.${i}.`;
    if (!Number.isInteger(line?.stays) || line.stays < 1 || line.stays > DECLARATION_LIMITS.stays) {
      reject(`${prefix}stays`, `Le nombre de séjours doit être un entier entre 1 et ${DECLARATION_LIMITS.stays}.`);
    }
    const stayErrors = validateStay({ ...line, category: context.category }, prefix);
    errors.push(...stayErrors);
    if (!stayErrors.some((e) => e.field === `${prefix}nights`)) {
      if (line.nights < 1) reject(`${prefix}nights`, 'Un séjour compte au moins une nuitée.');
      else if (line.nights > period.days) reject(`${prefix}nights`, `Un séjour de la période compte au plus ${period.days} nuitées.`);
    }
    if (!stayErrors.some((e) => e.field === `${prefix}persons`) && line.persons < 1) {
      reject(`${prefix}persons`, 'Un séjour compte au moins une personne.');
    }
    if (line?.arrival !== null && line?.arrival !== undefined && line.arrival !== '') {
      if (!isTaxDay(line.arrival)) reject(`${prefix}arrival`, 'La date d’arrivée n’est pas une date valide.');
      else if (line.arrival < period.from || line.arrival > period.to) {
        reject(`${prefix}arrival`, `La date d’arrivée doit être comprise dans la période, du ${formatTaxDay(period.from)} au ${formatTaxDay(period.to)}.`);
      } else if (Number.isInteger(line.nights) && line.nights >= 1 && addDays(line.arrival, line.nights - 1) > period.to) {
        reject(`${prefix}nights`, `Le séjour dépasse le ${formatTaxDay(period.to)}\u00a0: déclarez les nuitées suivantes sur la période suivante.`);
      }
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      noRental: !!input.noRental,
      lines: lines.map((line) => ({
        stays: line.stays,
        arrival: line.arrival || null,
        nights: line.nights,
        persons: line.persons,
        exempted: Object.fromEntries(EXEMPTION_REASONS.map((r) => [r, line.exempted?.[r] ?? 0])) as ExemptionCounts,
        nightlyPriceCents: context.category === 'UNCLASSIFIED' ? (line.nightlyPriceCents ?? null) : null,
        platformCollected: !!line.platformCollected,
      })),
    },
  };
}

export interface DeclarationLineResult {
  breakdown: TaxBreakdown;
  stays: number;
  platformCollected: boolean;
  /** breakdown.totalCents × stays, or 0 when a platform collected it. */
  dueCents: number;
}

export interface DeclarationTotals {
  dueCents: number;
  /** Communal share of what is due. */
  baseCents: number;
  additional: { code: string; label: string; amountCents: number }[];
  nights: number;
  personNights: number;
  taxablePersonNights: number;
  exemptedPersonNights: ExemptionCounts;
  /** Nights and tax collected by platforms (declared, not charged). */
  platformNights: number;
  platformPersonNights: number;
  platformCollectedCents: number;
  lines: DeclarationLineResult[];
}

/** The amount of a valid declaration, line by line; the server stores this and the portal shows it. */
export function computeDeclaration(content: DeclarationContent, category: TaxCategory, tariffs: TouristTaxTariffs): DeclarationTotals {
  const exemptedPersonNights: ExemptionCounts = { MINOR: 0, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0 };
  const additional = new Map(tariffs.additionalRates.map((r) => [r.code, { code: r.code, label: r.label, amountCents: 0 }]));
  const totals: DeclarationTotals = {
    dueCents: 0, baseCents: 0, additional: [], nights: 0, personNights: 0, taxablePersonNights: 0, exemptedPersonNights,
    platformNights: 0, platformPersonNights: 0, platformCollectedCents: 0, lines: [],
  };
  if (content.noRental) {
    totals.additional = [...additional.values()];
    return totals;
  }
  for (const line of content.lines) {
    const breakdown = computeStay({ ...line, category }, tariffs);
    const n = line.stays;
    const platform = !!line.platformCollected;
    totals.nights += n * line.nights;
    totals.personNights += n * line.nights * line.persons;
    if (platform) {
      totals.platformNights += n * line.nights;
      totals.platformPersonNights += n * line.nights * line.persons;
      totals.platformCollectedCents += n * breakdown.totalCents;
    } else {
      totals.taxablePersonNights += n * line.nights * breakdown.taxablePersons;
      for (const r of EXEMPTION_REASONS) exemptedPersonNights[r as ExemptionReason] += n * line.nights * breakdown.exempted[r];
      totals.baseCents += n * breakdown.baseCents;
      totals.dueCents += n * breakdown.totalCents;
      for (const a of breakdown.additional) additional.get(a.code)!.amountCents += n * a.amountCents;
    }
    totals.lines.push({ breakdown, stays: n, platformCollected: platform, dueCents: platform ? 0 : n * breakdown.totalCents });
  }
  totals.additional = [...additional.values()];
  return totals;
}

export const ANOMALY_CODES = ['ABOVE_CAPACITY', 'PRICE_LOOKS_TOTAL'] as const;
export type DeclarationAnomalyCode = (typeof ANOMALY_CODES)[number] | 'MISSING_AFTER_DEADLINE';

export interface DeclarationAnomaly {
  code: DeclarationAnomalyCode;
  message: string;
}

/** Above this price per occupant per night, an unclassified « nightly » price is probably the stay's total. */
export const PRICE_LOOKS_TOTAL_CENTS = 25_000;

/** What staff must look at; never a reason to refuse the declaration. */
export function declarationAnomalies(content: DeclarationContent, context: DeclarationContext): DeclarationAnomaly[] {
  const anomalies: DeclarationAnomaly[] = [];
  if (content.noRental) return anomalies;
  const capacityPersons = context.pitches ? context.capacity * 3 : context.capacity;
  const maximum = capacityPersons * context.period.days;
  const personNights = content.lines.reduce((s, l) => s + l.stays * l.nights * l.persons, 0);
  if (personNights > maximum) {
    anomalies.push({
      code: 'ABOVE_CAPACITY',
      message: `${personNights} nuitées déclarées pour une capacité de ${capacityPersons} personnes sur ${context.period.days} jours (au plus ${maximum}).`,
    });
  }
  if (context.category === 'UNCLASSIFIED') {
    content.lines.forEach((line, i) => {
      const price = line.nightlyPriceCents ?? 0;
      if (line.persons > 0 && price / line.persons > PRICE_LOOKS_TOTAL_CENTS) {
        anomalies.push({
          code: 'PRICE_LOOKS_TOTAL',
          message: `Ligne ${i + 1}\u00a0: ${formatTaxEuros(price)} la nuitée pour ${line.persons} ${line.persons > 1 ? 'personnes' : 'personne'}, soit plus de ${formatTaxEuros(PRICE_LOOKS_TOTAL_CENTS)} par personne\u00a0: est-ce le prix total du séjour\u00a0?`,
        });
      }
    });
  }
  return anomalies;
}
