import type { FieldError, Result } from '../shared/domain-error.js';
import { isOrganisationCategory, PARTNER_CATEGORIES, type OrganisationCategory } from '../organisations/categories.js';
import { singleLineProblem } from '../shared/text.js';
import { isCalendarDay } from '../listings/validate-listing.js';
import { parisDay } from './calendar.js';
import { markdownProblem } from './markdown-safety.js';

export const ACTION_KINDS = ['TRADE_SHOW', 'EVENT', 'CAMPAIGN', 'ADVERT'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  TRADE_SHOW: 'Salon',
  EVENT: 'Événement',
  CAMPAIGN: 'Campagne',
  ADVERT: 'Publicité cofinancée',
};

export const ACTION_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = { DRAFT: 'Brouillon', OPEN: 'Ouverte', CLOSED: 'Close' };

export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITING', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = {
  REGISTERED: 'Inscrit',
  WAITING: 'En liste d’attente',
  CANCELLED: 'Annulée',
};

export interface ActionDraft {
  title: string;
  kind: string;
  description: string;
  place: string;
  /** Calendar days `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
  registrationDeadline: string;
  places: number;
  /** The partner's share of the cost, in cents; null when free. */
  partnerCostCents: number | null;
  /** Empty: open to every partner category. */
  categories: readonly string[];
}

export interface ValidAction extends Omit<ActionDraft, 'kind' | 'categories'> {
  kind: ActionKind;
  categories: OrganisationCategory[];
}

export const ACTION_LIMITS = { title: 150, description: 10_000, place: 200, places: 10_000, costCents: 100_000_000 } as const;

/** Checks an action as staff write it; every problem at once. */
export function validateAction(draft: ActionDraft): Result<ValidAction> {
  const errors: FieldError[] = [];
  const title = draft.title.trim();
  const description = draft.description.trim();
  const place = draft.place.trim();
  if (!title) errors.push({ field: 'title', message: 'Le titre est obligatoire.' });
  else if (title.length > ACTION_LIMITS.title) errors.push({ field: 'title', message: `Le titre ne peut dépasser ${ACTION_LIMITS.title} caractères.` });
  else if (singleLineProblem(title)) errors.push({ field: 'title', message: 'Le titre doit tenir sur une seule ligne, sans caractères invisibles.' });
  if (!(ACTION_KINDS as readonly string[]).includes(draft.kind)) errors.push({ field: 'kind', message: 'Choisissez le type d’action.' });
  if (!description) errors.push({ field: 'description', message: 'La description est obligatoire.' });
  else if (description.length > ACTION_LIMITS.description) errors.push({ field: 'description', message: 'La description est trop longue.' });
  else {
    const problem = markdownProblem(description);
    if (problem) errors.push({ field: 'description', message: problem });
  }
  if (!place) errors.push({ field: 'place', message: 'Le lieu est obligatoire.' });
  else if (place.length > ACTION_LIMITS.place) errors.push({ field: 'place', message: 'Le lieu est trop long.' });
  const days = (['startsOn', 'endsOn', 'registrationDeadline'] as const).filter((f) => {
    if (isCalendarDay(draft[f])) return true;
    errors.push({ field: f, message: 'Date invalide (jj/mm/aaaa).' });
    return false;
  });
  if (days.length === 3) {
    if (draft.endsOn < draft.startsOn) errors.push({ field: 'endsOn', message: 'La fin doit être le jour du début ou après.' });
    if (draft.registrationDeadline >= draft.startsOn) errors.push({ field: 'registrationDeadline', message: 'La date limite d’inscription doit précéder le début de l’action.' });
  }
  if (!Number.isInteger(draft.places) || draft.places < 1) errors.push({ field: 'places', message: 'Il faut au moins une place.' });
  else if (draft.places > ACTION_LIMITS.places) errors.push({ field: 'places', message: `Au plus ${ACTION_LIMITS.places} places.` });
  if (draft.partnerCostCents !== null && (!Number.isInteger(draft.partnerCostCents) || draft.partnerCostCents < 0 || draft.partnerCostCents > ACTION_LIMITS.costCents)) {
    errors.push({ field: 'partnerCostCents', message: 'La participation doit être un montant positif ou nul.' });
  }
  const categories = [...new Set(draft.categories)];
  if (categories.some((c) => !isOrganisationCategory(c) || !PARTNER_CATEGORIES.includes(c))) errors.push({ field: 'categories', message: 'Catégorie de partenaires inconnue.' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, title, description, place, kind: draft.kind as ActionKind, categories: categories as OrganisationCategory[] } };
}

/** Whether an action is open to an organisation of this category (no category: all partners). */
export function actionOpenTo(categories: readonly OrganisationCategory[], category: OrganisationCategory): boolean {
  if (category === 'TOURISM_OFFICE') return false;
  return categories.length === 0 || categories.includes(category);
}

export interface ActionState {
  status: ActionStatus;
  registrationDeadline: string;
  places: number;
}

/** Why an organisation cannot register now, or null. */
export function registrationProblem(action: ActionState & { categories: readonly OrganisationCategory[] }, category: OrganisationCategory, now: Date): string | null {
  if (action.status !== 'OPEN') return 'Les inscriptions à cette action ne sont pas ouvertes.';
  if (parisDay(now) > action.registrationDeadline) return 'La date limite d’inscription est passée.';
  if (!actionOpenTo(action.categories, category)) return 'Cette action n’est pas ouverte à votre catégorie de partenaire.';
  return null;
}

/** A new registration takes a place while one is free, else joins the waiting list. */
export function registrationOutcome(places: number, taken: number): Exclude<RegistrationStatus, 'CANCELLED'> {
  return taken < places ? 'REGISTERED' : 'WAITING';
}

/** Why a registration cannot be cancelled now, or null: up to the deadline day included. */
export function cancellationProblem(action: ActionState, status: RegistrationStatus, now: Date): string | null {
  if (status === 'CANCELLED') return 'Cette inscription est déjà annulée.';
  if (action.status === 'CLOSED') return 'Cette action est close\u00a0: contactez l’office pour annuler.';
  if (parisDay(now) > action.registrationDeadline) return 'La date limite est passée\u00a0: contactez l’office pour annuler.';
  return null;
}

/** Places still free. */
export function placesLeft(places: number, taken: number): number {
  return Math.max(0, places - taken);
}
