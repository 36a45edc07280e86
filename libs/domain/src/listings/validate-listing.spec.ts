import { INVALID_PHONE_MESSAGE } from '../organisations/phone.js';
import { LISTING_TYPES, type ListingType } from './listing-types.js';
import type { ListingContent } from './listing.js';
import { validListingContent } from './testing.js';
import { validateListing } from './validate-listing.js';

const errorsOf = (type: ListingType, overrides: Partial<ListingContent>) => {
  const result = validateListing(type, validListingContent(type, overrides));
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('validateListing', () => {
  it.each(LISTING_TYPES)('accepts a complete %s', (type) => {
    expect(validateListing(type, validListingContent(type))).toMatchObject({ ok: true });
  });

  it('normalises what it keeps: trimmed one-line texts, phone, website, postal code from the commune', () => {
    const result = validateListing('HOTELLERIE', validListingContent('HOTELLERIE', {
      name: '  Hôtel   du  Jura ',
      address: { street: ' 12  rue de Genève ', postalCode: '', communeCode: '01143' },
      contact: { phone: '0450415385', email: ' Contact@Hotel.FR ', website: 'www.Hotel.fr' },
      eventDates: { start: '2026-01-01', end: '2026-01-02' },
    }));
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'Hôtel du Jura',
        address: { street: '12 rue de Genève', postalCode: '01220', communeCode: '01143' },
        contact: { phone: '+33 4 50 41 53 85', email: 'contact@hotel.fr', website: 'https://www.hotel.fr' },
        eventDates: null, // a hotel has no event dates
      },
    });
  });

  it.each<[string, ListingType, Partial<ListingContent>, string, string]>([
    ['an event without dates', 'FETE_ET_MANIFESTATION', { eventDates: null }, 'eventDates', 'Indiquez les dates de l’événement (début et fin).'],
    ['an event ending before it starts', 'FETE_ET_MANIFESTATION', { eventDates: { start: '2026-07-15', end: '2026-07-14' } }, 'eventDates', 'La fin de l’événement doit suivre son début.'],
    ['a hotel without rooms', 'HOTELLERIE', { capacity: { rooms: null, persons: 30, pitches: null } }, 'capacity.rooms', 'Un hébergement de ce type doit indiquer le nombre de chambres.'],
    ['a gîte without capacity', 'HEBERGEMENT_LOCATIF', { capacity: { rooms: 2, persons: null, pitches: null } }, 'capacity.persons', 'Un hébergement de ce type doit indiquer la capacité en personnes.'],
    ['a campsite without pitches', 'HOTELLERIE_PLEIN_AIR', { capacity: { rooms: null, persons: null, pitches: 0 } }, 'capacity.pitches', 'Un hébergement de ce type doit indiquer le nombre d’emplacements.'],
    ['a negative capacity', 'HOTELLERIE', { capacity: { rooms: -3, persons: null, pitches: null } }, 'capacity.rooms', 'Saisissez un nombre entier entre 0 et 10000.'],
    ['an unknown commune', 'RESTAURATION', { address: { street: '1 place Bellecour', postalCode: '69002', communeCode: '69382' } }, 'address', 'Choisissez une commune du Pays de Gex.'],
    ['a one-letter name', 'ACTIVITE', { name: 'A' }, 'name', 'Le nom doit comporter entre 2 et 120 caractères.'],
    ['a name on two lines', 'ACTIVITE', { name: 'Rando\nCliquez ici' }, 'name', 'Ce nom doit tenir sur une seule ligne.'],
    ['no French short description', 'ACTIVITE', { shortDescription: { fr: ' ', en: 'Hiking', de: '' } }, 'shortDescription.fr', 'Saisissez une description courte en français.'],
    ['a short description of 256 characters', 'ACTIVITE', { shortDescription: { fr: 'é'.repeat(256), en: '', de: '' } }, 'shortDescription.fr', 'La description courte ne doit pas dépasser 255 caractères.'],
    ['a malformed website', 'EQUIPEMENT', { contact: { phone: null, email: null, website: 'javascript:alert(1)' } }, 'contact.website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-gite.fr, 200 caractères au plus).'],
    ['a malformed e-mail', 'EQUIPEMENT', { contact: { phone: null, email: 'a@b', website: null } }, 'contact.email', 'L’adresse e-mail n’est pas valide.'],
    ['a malformed phone', 'EQUIPEMENT', { contact: { phone: '12', email: null, website: null } }, 'contact.phone', INVALID_PHONE_MESSAGE],
    ['a period ending before it starts', 'RESTAURATION', { openingPeriods: [{ from: '2026-09-30', to: '2026-04-01', weekdays: [], hours: [], note: '' }] }, 'openingPeriods.0.to', 'La fin de la période doit suivre son début.'],
    ['a period on 31 April', 'RESTAURATION', { openingPeriods: [{ from: '2026-04-31', to: '2026-05-01', weekdays: [], hours: [], note: '' }] }, 'openingPeriods.0.from', 'Date de début invalide.'],
    ['hours closing before opening', 'RESTAURATION', { openingPeriods: [{ from: '2026-04-01', to: '2026-09-30', weekdays: [2, 3], hours: [{ opens: '19:00', closes: '12:00' }], note: '' }] }, 'openingPeriods.0.hours.0', 'L’heure de fermeture doit suivre l’heure d’ouverture.'],
    ['a weekday 8', 'RESTAURATION', { openingPeriods: [{ from: '2026-04-01', to: '2026-09-30', weekdays: [8], hours: [], note: '' }] }, 'openingPeriods.0.weekdays', 'Jours de la semaine invalides.'],
    ['a negative price', 'ACTIVITE', { prices: [{ label: 'Adulte', min: -500, max: null, period: '' }] }, 'prices.0.min', 'Le prix doit être un montant positif ou nul.'],
    ['a price range upside down', 'ACTIVITE', { prices: [{ label: 'Adulte', min: 1500, max: 1000, period: '' }] }, 'prices.0.max', 'Le prix maximum doit être supérieur au prix minimum.'],
    ['a price without a label', 'ACTIVITE', { prices: [{ label: ' ', min: 1500, max: null, period: '' }] }, 'prices.0.label', 'Nommez ce tarif (exemple\u00a0: chambre double).'],
    ['six stars', 'HOTELLERIE', { classification: { stars: 6, labels: [], registrationNumber: null } }, 'classification.stars', 'Le classement va de 1 à 5 étoiles.'],
    ['a registration number of another commune', 'HEBERGEMENT_LOCATIF', { classification: { stars: null, labels: [], registrationNumber: '01143000001AB' } }, 'classification.registrationNumber', 'Le numéro d’enregistrement comporte 13 caractères et commence par le code INSEE de la commune (01173).'],
    ['a GPS point in Paris', 'PATRIMOINE_NATUREL', { position: { lat: 48.85, lng: 2.35 } }, 'position', 'La position GPS doit se trouver dans le Pays de Gex (latitude vers 46,3, longitude vers 6,0).'],
    ['a photo without credit', 'PATRIMOINE_CULTUREL', { photos: [{ id: 'abc.jpg', caption: 'Le château', credit: '' }] }, 'photos.0.credit', 'Indiquez le crédit de la photo (son auteur).'],
    ['an unknown payment method', 'COMMERCE_ET_SERVICE', { paymentMethods: ['BITCOIN' as never] }, 'paymentMethods', 'Choisissez les moyens de paiement dans la liste.'],
  ])('refuses %s', (_case, type, overrides, field, message) => {
    expect(errorsOf(type, overrides)).toEqual({ [field]: message });
  });

  it('accepts a registration number of the commune, spaced and in lower case', () => {
    const result = validateListing('HEBERGEMENT_LOCATIF', validListingContent('HEBERGEMENT_LOCATIF', { classification: { stars: 3, labels: [], registrationNumber: '01173 000001 ab' } }));
    expect(result).toMatchObject({ ok: true, value: { classification: { registrationNumber: '01173000001AB', stars: 3 } } });
  });

  it('reports every problem at once', () => {
    const errors = errorsOf('FETE_ET_MANIFESTATION', { name: '', eventDates: null, prices: [{ label: '', min: -1, max: null, period: '' }] });
    expect(Object.keys(errors).sort()).toEqual(['eventDates', 'name', 'prices.0.label', 'prices.0.min']);
  });

  it('survives input that is not a listing at all', () => {
    const result = validateListing('HOTELLERIE', { name: 42, address: 'x', openingPeriods: 'tous les jours' } as unknown as ListingContent);
    expect(result.ok).toBe(false);
  });
});
