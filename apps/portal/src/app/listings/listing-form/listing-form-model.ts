import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidatorFn,
} from '@angular/forms';
import {
  LANGUAGES,
  LISTING_LIMITS,
  type ListingContent,
  type ListingType,
  type OpeningPeriod,
  type PaymentMethod,
  type Price,
  fieldsFor,
  listingField,
  validateListing,
} from '@extranet/domain/listings';
import type { Result } from '@extranet/domain/shared';

// The typed reactive form of a listing, and its conversions. The form group is named `content`
// like the mutation's input, so the API's field paths (`content.prices.0.min`) are form paths.

const text = (value = '') => new FormControl(value, { nonNullable: true });
const numberOrNull = (value: number | null = null) => new FormControl<number | null>(value);

function translatedGroup(value: { fr: string; en: string; de: string }) {
  return new FormGroup({ fr: text(value.fr), en: text(value.en), de: text(value.de) });
}

export function hoursGroup(value: { opens: string; closes: string } = { opens: '', closes: '' }) {
  return new FormGroup({ opens: text(value.opens), closes: text(value.closes) });
}

export function periodGroup(value?: OpeningPeriod) {
  return new FormGroup({
    from: text(value?.from),
    to: text(value?.to),
    weekdays: new FormControl<number[]>(value?.weekdays ?? [], { nonNullable: true }),
    hours: new FormArray((value?.hours ?? []).map((h) => hoursGroup(h))),
    note: text(value?.note),
  });
}

/** Amounts are typed in euros (« 85 », « 12,50 ») and sent in cents. */
export function priceGroup(value?: Price) {
  return new FormGroup({
    label: text(value?.label),
    min: text(value ? euros(value.min) : ''),
    max: text(value && value.max !== null ? euros(value.max) : ''),
    period: text(value?.period),
  });
}

export function photoGroup(value: { id: string; caption: string; credit: string }) {
  return new FormGroup({ id: text(value.id), caption: text(value.caption), credit: text(value.credit) });
}

export type PeriodGroup = ReturnType<typeof periodGroup>;
export type PriceGroup = ReturnType<typeof priceGroup>;
export type PhotoGroup = ReturnType<typeof photoGroup>;
export type HoursGroup = ReturnType<typeof hoursGroup>;

export function contentGroup(content: ListingContent) {
  return new FormGroup({
    name: text(content.name),
    shortDescription: translatedGroup(content.shortDescription),
    longDescription: translatedGroup(content.longDescription),
    address: new FormGroup({
      street: text(content.address.street),
      communeCode: text(content.address.communeCode),
    }),
    position: new FormGroup({ lat: numberOrNull(content.position?.lat), lng: numberOrNull(content.position?.lng) }),
    contact: new FormGroup({
      phone: text(content.contact.phone ?? ''),
      email: text(content.contact.email ?? ''),
      website: text(content.contact.website ?? ''),
    }),
    openingPeriods: new FormArray(content.openingPeriods.map((p) => periodGroup(p))),
    closures: new FormArray(content.closures.map((day) => text(day))),
    prices: new FormArray(content.prices.map((p) => priceGroup(p))),
    paymentMethods: new FormControl<PaymentMethod[]>(content.paymentMethods, { nonNullable: true }),
    capacity: new FormGroup({
      rooms: numberOrNull(content.capacity.rooms),
      persons: numberOrNull(content.capacity.persons),
      pitches: numberOrNull(content.capacity.pitches),
    }),
    classification: new FormGroup({
      stars: numberOrNull(content.classification.stars),
      /** Comma-separated in the form. */
      labels: text(content.classification.labels.join(', ')),
      registrationNumber: text(content.classification.registrationNumber ?? ''),
    }),
    eventDates: new FormGroup({ start: text(content.eventDates?.start), end: text(content.eventDates?.end) }),
    photos: new FormArray(content.photos.map((p) => photoGroup(p))),
  });
}

export type ContentGroup = ReturnType<typeof contentGroup>;
export type ListingFormGroup = FormGroup<{ content: ContentGroup }>;
export type ContentValue = ReturnType<ContentGroup['getRawValue']>;

/**
 * What the form holds, as the content the domain validates: the paths of the fields the type does
 * not have are left out (the rules empty them), euros become cents, « 12,5 » or « abc » become
 * amounts the rules refuse with their own message. Staff-only criteria are carried over unchanged.
 */
export function toContent(type: ListingType, value: ContentValue, internalCriteria: readonly string[]): ListingContent {
  const has = new Set(fieldsFor(type).map((f) => f.path));
  const { lat, lng } = value.position;
  return {
    name: value.name,
    shortDescription: { ...value.shortDescription },
    longDescription: { ...value.longDescription },
    address: { street: value.address.street, communeCode: value.address.communeCode, postalCode: '' },
    position: lat === null && lng === null ? null : { lat: lat ?? Number.NaN, lng: lng ?? Number.NaN },
    contact: {
      phone: value.contact.phone || null,
      email: value.contact.email || null,
      website: value.contact.website || null,
    },
    openingPeriods: value.openingPeriods.map((p) => ({ ...p, weekdays: [...p.weekdays], hours: p.hours.map((h) => ({ ...h })) })),
    closures: value.closures.filter((day) => day.trim() !== ''),
    prices: value.prices.map((p) => ({
      label: p.label,
      min: cents(p.min),
      max: p.max.trim() === '' ? null : cents(p.max),
      period: p.period,
    })),
    paymentMethods: [...value.paymentMethods],
    capacity: {
      rooms: has.has('capacity.rooms') ? value.capacity.rooms : null,
      persons: has.has('capacity.persons') ? value.capacity.persons : null,
      pitches: has.has('capacity.pitches') ? value.capacity.pitches : null,
    },
    classification: {
      stars: has.has('classification.stars') ? value.classification.stars : null,
      labels: value.classification.labels
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean),
      registrationNumber: value.classification.registrationNumber || null,
    },
    eventDates: has.has('eventDates') ? { start: value.eventDates.start, end: value.eventDates.end } : null,
    photos: value.photos.map((p) => ({ ...p })),
    internalCriteria: [...internalCriteria],
  };
}

/** « 85 » → 8500, « 12,50 » → 1250; anything else is not an amount (NaN, refused by the rules). */
export function cents(euros: string): number {
  const normalised = euros.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normalised) ? Math.round(Number(normalised) * 100) : Number.NaN;
}

export function euros(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}

/**
 * The control that shows a rule's message. Most paths name a control; a few name a group whose
 * message belongs on one of its fields (the commune of an address, the start of event dates…).
 * Lists (`openingPeriods`, `photos.0`) keep theirs: the template shows it beside them.
 */
export function controlFor(form: AbstractControl, path: string): AbstractControl | null {
  const control = form.get(path);
  if (!control || control instanceof FormControl) {
    return control;
  }
  const inner = path.replace(/^content\./, '');
  if (inner === 'address') {
    const street = form.get('content.address.street') as FormControl<string> | null;
    // The address's one message is about the commune, unless the street is what is too long.
    return street && [...street.value.trim()].length > LISTING_LIMITS.street ? street : form.get('content.address.communeCode');
  }
  if (inner === 'eventDates') return form.get('content.eventDates.start');
  if (inner === 'position') return form.get('content.position.lat');
  if (/^openingPeriods\.\d+\.hours\.\d+$/.test(inner)) return form.get(`${path}.opens`);
  return control;
}

/**
 * The shared listing rules as one validator on the whole form, run once per change: each message
 * goes on its control as `{ domain: message }` (beside the control's own errors, as the profile
 * form does), and `checked` receives the verdict, whose value is the normalised content to send.
 */
export function listingValidator(type: () => ListingType, internalCriteria: () => readonly string[], checked: (result: Result<ListingContent>) => void): ValidatorFn {
  let marked: AbstractControl[] = [];
  return (form: AbstractControl) => {
    const content = form.get('content') as ContentGroup;
    const result = validateListing(type(), toContent(type(), content.getRawValue(), internalCriteria()));
    const messages = new Map<AbstractControl, string>();
    if (!result.ok) {
      for (const error of result.errors) {
        const control = controlFor(form, `content.${error.field}`);
        if (control && !messages.has(control)) {
          messages.set(control, error.message);
        }
      }
    }
    for (const control of new Set([...marked, ...messages.keys()])) {
      showRuleMessage(control, messages.get(control));
    }
    marked = [...messages.keys()];
    checked(result);
    return null;
  };
}

function showRuleMessage(control: AbstractControl, message: string | undefined): void {
  const { domain: previous, ...others } = control.errors ?? {};
  if (message === previous) {
    return;
  }
  const errors = message ? { ...others, domain: message } : others;
  control.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
}

/** The label of a field path for the error summary (`content.prices.1.min` → « Tarif 2 : prix »). */
export function fieldLabel(path: string): string {
  const inner = path.replace(/^content\./, '');
  const known = listingField(inner);
  if (known) return known.label;
  const [list, index, part, subIndex] = inner.split('.');
  const n = Number(index) + 1;
  switch (list) {
    case 'openingPeriods':
      return `Période ${n}${part ? `\u00a0: ${PERIOD_PARTS[part] ?? part}${subIndex !== undefined ? ` ${Number(subIndex) + 1}` : ''}` : ''}`;
    case 'prices':
      return `Tarif ${n}${part ? `\u00a0: ${PRICE_PARTS[part] ?? part}` : ''}`;
    case 'closures':
      return `Fermeture exceptionnelle ${n}`;
    case 'photos':
      return `Photo ${n}${part ? `\u00a0: ${part === 'credit' ? 'crédit' : 'légende'}` : ''}`;
    case 'address':
      return 'Adresse';
    default:
      return inner;
  }
}

const PERIOD_PARTS: Readonly<Record<string, string>> = { from: 'début', to: 'fin', weekdays: 'jours', hours: 'horaire', note: 'précision' };
const PRICE_PARTS: Readonly<Record<string, string>> = { label: 'libellé', min: 'prix', max: 'prix maximum', period: 'unité' };

/** The tab each language's texts are in, for taking the user to a message in a hidden tab. */
export function languageOf(path: string): number | null {
  const match = /^(?:content\.)?(?:shortDescription|longDescription)\.(fr|en|de)$/.exec(path);
  return match ? LANGUAGES.indexOf(match[1] as (typeof LANGUAGES)[number]) : null;
}
