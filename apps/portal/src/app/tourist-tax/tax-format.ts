import { formatTaxDay, formatTaxEuros } from '@extranet/domain/tourist-tax';

// Tourist-tax values in French, for every page of the area.

export const euros = formatTaxEuros;
export const day = formatTaxDay;

export const PERIOD_STATE_LABELS: Record<string, string> = {
  NOT_DUE: 'À venir',
  DUE: 'À déclarer',
  LATE: 'En retard',
  DRAFT: 'Brouillon',
  SUBMITTED: 'Déclarée',
  INACTIVE: 'Hors activité',
};

export const DECLARATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'Déposée',
  SUPERSEDED: 'Remplacée par une correction',
};

/** « 1,30 € » per person and per night. */
export function perNight(cents: number): string {
  return `${euros(cents)} par personne et par nuit`;
}
