// An owner's request to correct its accommodation's register data (capacity, classification,
// address, registration number, dates…): the message, the fields it thinks are wrong and, for each,
// the value it proposes. Staff accept it (the change goes through their edit of the account) or
// decline it with a reason. The proposed values are checked with the register's own rule.
import { findCommune } from '../organisations/communes.js';
import type { FieldError, Result } from '../shared/domain-error.js';
import { validateAccommodation, type AccommodationInput } from './accommodation.js';
import { ACCOMMODATION_KIND_LABELS, type AccommodationKind } from './categories.js';
import { formatTaxDay } from './days.js';
import { formatOpeningPeriods, type AccommodationOpening } from './opening.js';

export const CORRECTABLE_FIELDS = ['name', 'street', 'communeCode', 'kind', 'stars', 'capacity', 'registrationNumber', 'activeFrom', 'activeTo', 'openingPeriods'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, string> = {
  name: 'Nom de l’hébergement', street: 'Adresse', communeCode: 'Commune', kind: 'Nature', stars: 'Classement', capacity: 'Capacité',
  registrationNumber: 'Numéro d’enregistrement', activeFrom: 'En activité depuis le', activeTo: 'Fermé le', openingPeriods: 'Périodes d’ouverture',
};

export const CORRECTION_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type CorrectionRequestStatus = (typeof CORRECTION_REQUEST_STATUSES)[number];
export const CORRECTION_REQUEST_STATUS_LABELS: Record<CorrectionRequestStatus, string> = { PENDING: 'En attente de l’office', ACCEPTED: 'Acceptée', DECLINED: 'Refusée' };

export const CORRECTION_REQUEST_LIMITS = { message: { min: 10, max: 2000 }, reason: { min: 5, max: 1000 } } as const;

/** The proposed value of each field the owner thinks is wrong (only those fields are read). */
export type CorrectionProposal = Partial<Pick<AccommodationInput, CorrectableField>>;

export interface CorrectionRequestInput {
  message: string;
  fields: readonly string[];
  proposed: CorrectionProposal;
}

export interface ValidCorrectionRequest {
  message: string;
  fields: CorrectableField[];
  proposed: CorrectionProposal;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function text(value: unknown): string {
  return String(value ?? '').replace(/\r\n?/g, '\n').trim();
}

/** A free text of `limits` characters (several lines allowed), or the French problem with it. */
function textProblem(value: string, limits: { min: number; max: number }, what: string): string | null {
  if (CONTROL.test(value)) return `${what} contient des caractères invisibles ou de contrôle\u00a0: retapez-le.`;
  if (value.length < limits.min || value.length > limits.max) return `${what} doit comporter entre ${limits.min} et ${limits.max} caractères.`;
  return null;
}

/**
 * Checks a correction request against the accommodation as it is: the message, the fields (known,
 * no duplicate), and the register with the proposed values applied (every rule of
 * `validateAccommodation`, errors named `proposed.<field>`); a proposed value equal to the current
 * one is refused. Returns the proposal tidied, for the listed fields only.
 */
export function validateCorrectionRequest(input: CorrectionRequestInput, current: AccommodationInput): Result<ValidCorrectionRequest> {
  const errors: FieldError[] = [];
  const message = text(input?.message);
  const messageProblem = textProblem(message, CORRECTION_REQUEST_LIMITS.message, 'Le message');
  if (messageProblem) errors.push({ field: 'message', message: messageProblem });
  const raw = Array.isArray(input?.fields) ? input.fields : [];
  const fields = raw.filter((f): f is CorrectableField => (CORRECTABLE_FIELDS as readonly string[]).includes(f));
  if (fields.length !== raw.length) errors.push({ field: 'fields', message: 'Choisissez les informations à corriger dans la liste.' });
  else if (new Set(fields).size !== fields.length) errors.push({ field: 'fields', message: 'Chaque information ne se corrige qu’une fois par demande.' });
  const proposal = (input?.proposed ?? {}) as Record<string, unknown>;
  const picked = Object.fromEntries(fields.map((f) => [f, proposal[f] ?? null]));
  const merged = { ...current, ...picked } as AccommodationInput;
  const checked = validateAccommodation(merged);
  const proposed: CorrectionProposal = {};
  if (!checked.ok) {
    for (const e of checked.errors) {
      const field = (fields as string[]).includes(e.field) ? e.field : fields[0];
      if (field) errors.push({ field: `proposed.${field}`, message: e.message });
    }
  } else {
    const before = validateAccommodation(current);
    for (const f of fields) {
      const value = checked.value[f];
      if (before.ok && JSON.stringify(before.value[f] ?? []) === JSON.stringify(value ?? [])) errors.push({ field: `proposed.${f}`, message: 'C’est déjà la valeur du registre\u00a0: indiquez la bonne valeur.' });
      (proposed as Record<string, unknown>)[f] = value;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { message, fields, proposed } };
}

/** The reason staff give for declining a request. */
export function validateDeclineReason(reason: unknown): Result<string> {
  const value = text(reason);
  const problem = textProblem(value, CORRECTION_REQUEST_LIMITS.reason, 'La raison du refus');
  return problem ? { ok: false, errors: [{ field: 'reason', message: problem }] } : { ok: true, value };
}

/** A register value as the owner and staff read it. */
export function formatCorrectableValue(field: CorrectableField, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return { stars: 'non classé', openingPeriods: formatOpeningPeriods([]), activeTo: 'en activité', registrationNumber: 'aucun' }[field as string] ?? '—';
  }
  switch (field) {
    case 'communeCode': return findCommune(String(value))?.name ?? String(value);
    case 'kind': return ACCOMMODATION_KIND_LABELS[value as AccommodationKind] ?? String(value);
    case 'stars': return `${value} étoile${Number(value) > 1 ? 's' : ''}`;
    case 'openingPeriods': return formatOpeningPeriods(value as AccommodationOpening[]);
    case 'activeFrom':
    case 'activeTo': return formatTaxDay(String(value));
    default: return String(value);
  }
}

/** The request's lines: each field, its current value and the one proposed, in French. */
export function describeCorrection(fields: readonly CorrectableField[], proposed: CorrectionProposal, current: AccommodationInput) {
  return fields.map((field) => ({
    field,
    label: CORRECTABLE_FIELD_LABELS[field],
    current: formatCorrectableValue(field, current[field]),
    proposed: formatCorrectableValue(field, proposed[field]),
  }));
}
