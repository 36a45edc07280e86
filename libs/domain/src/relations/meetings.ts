import type { FieldError, Result } from '../shared/domain-error.js';
import { isCalendarDay } from '../listings/validate-listing.js';
import { parisDay } from './calendar.js';

export const MEETING_PLACES = ['OFFICE', 'PARTNER', 'VIDEO'] as const;
export type MeetingPlace = (typeof MEETING_PLACES)[number];
export const MEETING_PLACE_LABELS: Readonly<Record<MeetingPlace, string>> = {
  OFFICE: 'À l’office de tourisme',
  PARTNER: 'Chez le partenaire',
  VIDEO: 'En visioconférence',
};

export const MEETING_STATUSES = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  REQUESTED: 'Demandé',
  CONFIRMED: 'Confirmé',
  DECLINED: 'Décliné',
  CANCELLED: 'Annulé',
};

/** Every meeting lasts an hour: a slot is its start. */
export const MEETING_MINUTES = 60;
const MEETING_MS = MEETING_MINUTES * 60_000;
export const MAX_PREFERRED_SLOTS = 3;
const YEAR_MS = 365 * 86_400_000;

/** A period when the office's partner-relations officer can meet partners, published by staff. */
export interface AvailabilityWindow {
  startsAt: Date;
  endsAt: Date;
}

/** Whether an hour starting at `slot` fits inside one published window. */
export function slotWithinAvailability(slot: Date, windows: readonly AvailabilityWindow[]): boolean {
  const end = slot.getTime() + MEETING_MS;
  return windows.some((w) => slot.getTime() >= w.startsAt.getTime() && end <= w.endsAt.getTime());
}

/** The hours a partner may pick in a window: every half hour from its start while an hour still fits. */
export function slotsOf(window: AvailabilityWindow, now: Date): Date[] {
  const slots: Date[] = [];
  for (let t = window.startsAt.getTime(); t + MEETING_MS <= window.endsAt.getTime(); t += 30 * 60_000) {
    if (t > now.getTime()) slots.push(new Date(t));
  }
  return slots;
}

export interface MeetingRequestDraft {
  subject: string;
  place: string;
  /** ISO instants, the partner's preferred starts, best first. */
  preferredSlots: readonly string[];
}

export interface ValidMeetingRequest {
  subject: string;
  place: MeetingPlace;
  preferredSlots: Date[];
}

function parseInstant(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Checks a partner's request against the office's published availability. */
export function validateMeetingRequest(draft: MeetingRequestDraft, availability: readonly AvailabilityWindow[], now: Date): Result<ValidMeetingRequest> {
  const errors: FieldError[] = [];
  const subject = draft.subject.trim();
  if (!subject) errors.push({ field: 'subject', message: 'Indiquez l’objet du rendez-vous.' });
  else if (subject.length > 300) errors.push({ field: 'subject', message: 'L’objet ne peut dépasser 300 caractères.' });
  if (!(MEETING_PLACES as readonly string[]).includes(draft.place)) errors.push({ field: 'place', message: 'Choisissez le lieu du rendez-vous.' });
  const slots: Date[] = [];
  if (draft.preferredSlots.length === 0) errors.push({ field: 'preferredSlots', message: 'Choisissez au moins un créneau.' });
  else if (draft.preferredSlots.length > MAX_PREFERRED_SLOTS) errors.push({ field: 'preferredSlots', message: `Choisissez au plus ${MAX_PREFERRED_SLOTS} créneaux.` });
  else {
    draft.preferredSlots.forEach((value, index) => {
      const field = `preferredSlots.${index}`;
      const slot = parseInstant(value);
      if (!slot) errors.push({ field, message: 'Créneau invalide.' });
      else if (slot <= now) errors.push({ field, message: 'Ce créneau est passé\u00a0: choisissez-en un à venir.' });
      else if (!slotWithinAvailability(slot, availability)) errors.push({ field, message: 'Ce créneau n’est pas dans les disponibilités publiées par l’office.' });
      else if (slots.some((s) => s.getTime() === slot.getTime())) errors.push({ field, message: 'Ce créneau est déjà choisi.' });
      else slots.push(slot);
    });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { subject, place: draft.place as MeetingPlace, preferredSlots: slots } };
}

/** Checks a window of availability staff publish: in the future, ending after it starts, one day at most. */
export function validateAvailability(window: { startsAt: string; endsAt: string }, now: Date): Result<AvailabilityWindow> {
  const errors: FieldError[] = [];
  const startsAt = parseInstant(window.startsAt);
  const endsAt = parseInstant(window.endsAt);
  if (!startsAt) errors.push({ field: 'startsAt', message: 'Début invalide.' });
  else if (startsAt <= now) errors.push({ field: 'startsAt', message: 'Le début doit être dans le futur.' });
  if (!endsAt) errors.push({ field: 'endsAt', message: 'Fin invalide.' });
  if (startsAt && endsAt) {
    if (endsAt.getTime() - startsAt.getTime() < MEETING_MS) errors.push({ field: 'endsAt', message: 'La plage doit durer au moins une heure.' });
    else if (parisDay(startsAt) !== parisDay(new Date(endsAt.getTime() - 1))) errors.push({ field: 'endsAt', message: 'La plage doit tenir dans une journée.' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { startsAt: startsAt!, endsAt: endsAt! } };
}

/** Why staff cannot confirm or move a meeting to `startsAt`, or null (staff may go outside the published hours). */
export function meetingTimeProblem(startsAt: Date, now: Date): FieldError | null {
  if (Number.isNaN(startsAt.getTime())) return { field: 'startsAt', message: 'Date invalide.' };
  if (startsAt <= now) return { field: 'startsAt', message: 'Le rendez-vous doit être dans le futur.' };
  return null;
}

/** Which answers staff may give a meeting in this state. */
export function meetingDecisionProblem(status: MeetingStatus, decision: 'CONFIRM' | 'MOVE' | 'DECLINE'): string | null {
  if (decision === 'CONFIRM' && status === 'REQUESTED') return null;
  if (decision === 'MOVE' && status === 'CONFIRMED') return null;
  if (decision === 'DECLINE' && (status === 'REQUESTED' || status === 'CONFIRMED')) return null;
  return `Ce rendez-vous est «\u00a0${MEETING_STATUS_LABELS[status].toLowerCase()}\u00a0»\u00a0: cette réponse n’est plus possible.`;
}

export interface FollowUpDraft {
  text: string;
  nextSteps: string;
  reminderOn: string | null;
}

/** Checks a staff follow-up note. */
export function validateFollowUp(draft: FollowUpDraft): Result<FollowUpDraft> {
  const errors: FieldError[] = [];
  const text = draft.text.trim();
  const nextSteps = draft.nextSteps.trim();
  if (!text) errors.push({ field: 'text', message: 'La note est obligatoire.' });
  else if (text.length > 4000) errors.push({ field: 'text', message: 'La note ne peut dépasser 4000 caractères.' });
  if (nextSteps.length > 2000) errors.push({ field: 'nextSteps', message: 'Les prochaines étapes ne peuvent dépasser 2000 caractères.' });
  if (draft.reminderOn !== null && draft.reminderOn !== '' && !isCalendarDay(draft.reminderOn)) errors.push({ field: 'reminderOn', message: 'Date de rappel invalide.' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { text, nextSteps, reminderOn: draft.reminderOn || null } };
}

/** Partners last met more than a year ago (or never) are the office's to call. */
export function notMetForAYear(lastMetAt: Date | null, now: Date): boolean {
  return lastMetAt === null || now.getTime() - lastMetAt.getTime() > YEAR_MS;
}
