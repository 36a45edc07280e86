import { DEFAULT_UPDATE_FREQUENCY_DAYS, type ListingType } from './listing-types.js';

export type Freshness = 'FRESH' | 'DUE_SOON' | 'STALE';

export const FRESHNESS_LABELS: Readonly<Record<Freshness, string>> = {
  FRESH: 'À jour',
  DUE_SOON: 'À confirmer bientôt',
  STALE: 'À mettre à jour',
};

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FreshnessState {
  freshness: Freshness;
  /** From this moment the listing is due soon: the first reminder. */
  dueAt: Date;
  /** From this moment it is stale: the second reminder. */
  staleAt: Date;
}

/**
 * A listing is fresh after each confirmed update, due soon over the last fifth of its period
 * (at least one day: two days before for a weekly event, six before a monthly restaurant,
 * 73 before a yearly hotel), and stale once the period is over.
 */
export function freshnessOf(lastConfirmedAt: Date, frequencyDays: number, now: Date): FreshnessState {
  const period = frequencyDays * DAY_MS;
  const margin = Math.max(DAY_MS, Math.round(period / 5 / DAY_MS) * DAY_MS);
  const staleAt = new Date(lastConfirmedAt.getTime() + period);
  const dueAt = new Date(staleAt.getTime() - margin);
  const freshness: Freshness = now >= staleAt ? 'STALE' : now >= dueAt ? 'DUE_SOON' : 'FRESH';
  return { freshness, dueAt, staleAt };
}

/** The frequency of a type, the office's setting when it has one. */
export function updateFrequencyDays(type: ListingType, settings: Partial<Record<ListingType, number>> = {}): number {
  return settings[type] ?? DEFAULT_UPDATE_FREQUENCY_DAYS[type];
}

/** Bounds staff may set a frequency to: from a day to two years. */
export const UPDATE_FREQUENCY_BOUNDS = { min: 1, max: 730 } as const;
