import { INVALID_PHONE_MESSAGE } from '../organisations/phone.js';
import {
  APIDAE_SKIP,
  apidaeBaseline,
  fromApidae,
  mergeApidaeImport,
  resolveApidaeCommune,
  toApidae,
  type ApidaeCommuneIndex,
  type ApidaeObject,
} from './apidae.js';
import { getField } from './listing-fields.js';
import type { ListingContent } from './listing.js';
import type { ListingType } from './listing-types.js';

/** An hotel of Divonne-les-Bains as the API v002 answers it, with fields the extranet does not map. */
function hotel(): ApidaeObject {
  return {
    type: 'HOTELLERIE',
    id: 5012345,
    identifier: 'sitraHOT123456',
    nom: { libelleFr: 'Hôtel du Lac', libelleEn: 'Lake Hotel', libelleDe: 'Hotel am See' },
    presentation: {
      descriptifCourt: { libelleFr: 'Un hôtel au bord du lac de Divonne.', libelleEn: 'A hotel by the lake.', libelleIt: 'Un albergo sul lago.' },
      descriptifDetaille: { libelleFr: 'Vingt chambres face au lac.\r\nParking gratuit.' },
      typologiesPromoSitra: [{ elementReferenceType: 'TypologiePromoSitra', id: 1593, libelleFr: 'Bien-être' }],
    },
    localisation: {
      adresse: {
        adresse1: '12 avenue des Thermes',
        adresse3: 'Bord du lac',
        codePostal: '01220',
        commune: { id: 14327, code: '01143', nom: 'Divonne-les-Bains', pays: { elementReferenceType: 'Pays', id: 532, libelleFr: 'France' } },
      },
      geolocalisation: { valide: true, altitude: 470, geoJson: { type: 'Point', coordinates: [6.142137, 46.357842] } },
    },
    informations: {
      moyensCommunication: [
        { identifiant: 20180007, type: { elementReferenceType: 'MoyenCommunicationType', id: 201, libelleFr: 'Téléphone', ordre: 1 }, coordonnees: { fr: '04 50 20 00 01' } },
        { identifiant: 20180008, type: { elementReferenceType: 'MoyenCommunicationType', id: 202, libelleFr: 'Fax', ordre: 5 }, coordonnees: { fr: '04 50 20 00 02' } },
        { identifiant: 20180009, type: { elementReferenceType: 'MoyenCommunicationType', id: 204, libelleFr: 'Mél', ordre: 2 }, coordonnees: { fr: 'contact@hotel-du-lac.fr' } },
        { identifiant: 20180010, type: { elementReferenceType: 'MoyenCommunicationType', id: 205, libelleFr: 'Site web (URL)', ordre: 3 }, coordonnees: { fr: 'https://www.hotel-du-lac.fr' } },
        { identifiant: 20180011, type: { elementReferenceType: 'MoyenCommunicationType', id: 207, libelleFr: 'Page facebook', ordre: 7 }, coordonnees: { fr: 'https://facebook.com/hoteldulac' } },
      ],
    },
    ouverture: {
      periodeEnClair: { libelleFr: 'Du 1er avril au 31 octobre, du mardi au samedi.' },
      periodesOuvertures: [
        {
          identifiant: 34492032, dateDebut: '2026-04-01', dateFin: '2026-10-31', horaireOuverture: '08:00:00', horaireFermeture: '22:00:00',
          type: 'OUVERTURE_SEMAINE', ouverturesJournalieres: [{ jour: 'MARDI' }, { jour: 'MERCREDI' }, { jour: 'JEUDI' }, { jour: 'VENDREDI' }, { jour: 'SAMEDI' }],
          tousLesAns: false, identifiantTechnique: 34492032, complementHoraire: { libelleFr: 'Réception jusqu’à 21 h' },
        },
        { identifiant: 34492033, dateDebut: '2026-11-01', dateFin: '2026-12-31', type: 'OUVERTURE_MOIS', ouverturesJourDuMois: [{ jour: 'LUNDI', jourDuMois: 'D_1ER' }], tousLesAns: false },
      ],
      fermeturesExceptionnelles: [{ dateSpeciale: 'PREMIER_MAI' }, { dateFermeture: '2026-08-15' }],
    },
    descriptionTarif: {
      devise: 'EUR',
      indicationTarif: 'PAYANT',
      periodes: [{
        identifiant: 771, dateDebut: '2026-01-01', dateFin: '2026-12-31',
        tarifs: [
          { type: { elementReferenceType: 'TarifType', id: 1465, libelleFr: 'Chambre double', ordre: 2 }, minimum: 95, maximum: 140, devise: 'EUR' },
          { type: { elementReferenceType: 'TarifType', id: 1470, libelleFr: 'Petit-déjeuner', ordre: 9 }, minimum: 14.5, maximum: 14.5, devise: 'EUR', precisionTarif: { libelleFr: 'par personne' } },
        ],
      }],
      modesPaiement: [
        { elementReferenceType: 'ModePaiement', id: 1268, libelleFr: 'Carte bancaire/crédit', ordre: 4 },
        { elementReferenceType: 'ModePaiement', id: 1277, libelleFr: 'Espèces', ordre: 18 },
        { elementReferenceType: 'ModePaiement', id: 1290, libelleFr: 'Paypal', ordre: 30 },
      ],
    },
    informationsHotellerie: {
      hotellerieType: { elementReferenceType: 'HotellerieType', id: 2734, libelleFr: 'Hôtel' },
      classement: { elementReferenceType: 'HotellerieClassement', id: 1362, libelleFr: '3 étoiles', ordre: 4 },
      capacite: { nombreChambresClassees: 20, nombreChambresDeclareesHotelier: 20, nombreTotalPersonnes: 44, nombreSuites: 2 },
      labels: [{ elementReferenceType: 'HotellerieLabel', id: 1412, libelleFr: 'Logis' }],
    },
    illustrations: [{ identifiant: 1609636, type: 'IMAGE', nom: { libelleFr: 'Façade' }, copyright: { libelleFr: 'OT Pays de Gex' }, traductionFichiers: [{ locale: 'fr', url: 'https://static.apidae-tourisme.com/1.jpg' }] }],
    criteresInternes: [{ id: 9001, libelle: 'Guide 2026' }],
    gestion: { dateModification: '2026-02-10T09:30:00.000+0100', membreProprietaire: { nom: 'Office de Tourisme du Pays de Gex' } },
  };
}

const imported = (o: unknown, communes?: ApidaeCommuneIndex) => {
  const result = fromApidae(o, communes);
  if (!result.ok) throw new Error(`not imported: ${result.reason}`);
  return result;
};

/** A copy of the hotel with `path` set (undefined removes it). */
function withField(path: string, value: unknown): ApidaeObject {
  const o = hotel();
  const keys = path.split('.');
  let cursor = o as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) cursor = (cursor[key] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete cursor[keys[keys.length - 1]!];
  else cursor[keys[keys.length - 1]!] = value;
  return o;
}

describe('fromApidae: each mapped field', () => {
  it.each<[string, ApidaeObject, string, unknown]>([
    ['the name', hotel(), 'name', 'Hôtel du Lac'],
    ['the short description in French', hotel(), 'shortDescription.fr', 'Un hôtel au bord du lac de Divonne.'],
    ['the short description in English', hotel(), 'shortDescription.en', 'A hotel by the lake.'],
    ['a missing German text as empty', hotel(), 'shortDescription.de', ''],
    ['the long description, line breaks kept', hotel(), 'longDescription.fr', 'Vingt chambres face au lac.\r\nParking gratuit.'],
    ['the street (adresse1)', hotel(), 'address.street', '12 avenue des Thermes'],
    ['the commune and its postal code', hotel(), 'address', { street: '12 avenue des Thermes', postalCode: '01220', communeCode: '01143' }],
    ['the GeoJSON point, longitude first', hotel(), 'position', { lat: 46.357842, lng: 6.142137 }],
    ['no position when Apidae marks it invalid', withField('localisation.geolocalisation.valide', false), 'position', null],
    ['the phone (201), normalised', hotel(), 'contact.phone', '+33 4 50 20 00 01'],
    ['the e-mail (204)', hotel(), 'contact.email', 'contact@hotel-du-lac.fr'],
    ['the website (205)', hotel(), 'contact.website', 'https://www.hotel-du-lac.fr'],
    ['no phone when there is no 201 entry', withField('informations.moyensCommunication', []), 'contact.phone', null],
    ['a period with week days, hours and remark', hotel(), 'openingPeriods.0', { from: '2026-04-01', to: '2026-10-31', weekdays: [2, 3, 4, 5, 6], hours: [{ opens: '08:00', closes: '22:00' }], note: 'Réception jusqu’à 21 h' }],
    ['a monthly pattern as every day (it stays in extra)', hotel(), 'openingPeriods.1', { from: '2026-11-01', to: '2026-12-31', weekdays: [], hours: [], note: '' }],
    ['« open except Sunday » as Monday to Saturday', withField('ouverture.periodesOuvertures', [{ dateDebut: '2026-01-01', dateFin: '2026-12-31', type: 'OUVERTURE_SAUF', ouverturesJournalieres: [{ jour: 'DIMANCHE' }] }]), 'openingPeriods.0.weekdays', [1, 2, 3, 4, 5, 6]],
    ['a closing after midnight as no hours', withField('ouverture.periodesOuvertures', [{ dateDebut: '2026-01-01', dateFin: '2026-12-31', type: 'OUVERTURE_TOUS_LES_JOURS', horaireOuverture: '19:00:00', horaireFermeture: '01:00:00' }]), 'openingPeriods.0.hours', []],
    ['dated closures only', hotel(), 'closures', ['2026-08-15']],
    ['a price range in cents', hotel(), 'prices.0', { label: 'Chambre double', min: 9500, max: 14000, period: '' }],
    ['a single price with its precision', hotel(), 'prices.1', { label: 'Petit-déjeuner', min: 1450, max: null, period: 'par personne' }],
    ['« up to » as from 0', withField('descriptionTarif.periodes', [{ tarifs: [{ type: { libelleFr: 'Menu' }, maximum: 30 }] }]), 'prices', [{ label: 'Menu', min: 0, max: 3000, period: '' }]],
    ['known payment methods (Paypal stays in extra)', hotel(), 'paymentMethods', ['CARTE_BANCAIRE', 'ESPECES']],
    ['payment methods by label when the id is unknown', withField('descriptionTarif.modesPaiement', [{ libelleFr: 'Chèques Vacances' }, { libelleFr: 'Virement bancaire' }]), 'paymentMethods', ['CHEQUE_VACANCES', 'VIREMENT']],
    ['the hotel rooms', hotel(), 'capacity.rooms', 20],
    ['the hotel persons', hotel(), 'capacity.persons', 44],
    ['the stars from « 3 étoiles »', hotel(), 'classification.stars', 3],
    ['no stars for « Non classé »', withField('informationsHotellerie.classement', { id: 1, libelleFr: 'Non classé' }), 'classification.stars', null],
    ['no photos: illustrations stay in extra', hotel(), 'photos', []],
  ])('reads %s', (_case, object, path, expected) => {
    expect(getField(imported(object).content, path)).toEqual(expected);
  });

  it.each<[ListingType, ApidaeObject, Partial<ListingContent['capacity']>, number | null]>([
    ['HEBERGEMENT_LOCATIF', { informationsHebergementLocatif: { capacite: { capaciteHebergement: 6, nombreChambres: 3 }, classementPrefectoral: { libelleFr: '4 étoiles' } } }, { persons: 6, rooms: 3 }, 4],
    ['HEBERGEMENT_COLLECTIF', { informationsHebergementCollectif: { capacite: { capaciteTotale: 48 } } }, { persons: 48 }, null],
    ['HOTELLERIE_PLEIN_AIR', { informationsHotelleriePleinAir: { capacite: { nombreEmplacementsClasses: 80 }, classement: { libelleFr: '2 étoiles' } } }, { pitches: 80 }, 2],
  ])('reads the capacity and classification of a %s', (type, specific, capacity, stars) => {
    const { informationsHotellerie: _hotel, ...rest } = hotel();
    const result = imported({ ...rest, ...specific, type });
    expect(result.content.capacity).toMatchObject(capacity);
    expect(result.content.classification.stars).toBe(stars);
  });

  it('reads an event’s dates from its periods', () => {
    const event: Record<string, unknown> = { ...withField('informationsHotellerie', undefined), type: 'FETE_ET_MANIFESTATION' };
    event['ouverture'] = { periodesOuvertures: [{ dateDebut: '2026-07-14', dateFin: '2026-07-14' }, { dateDebut: '2026-07-12', dateFin: '2026-07-13' }] };
    expect(imported(event).content.eventDates).toEqual({ start: '2026-07-12', end: '2026-07-14' });
  });

  it('gives the id, type, when Apidae last changed it, and keeps the object without id and type', () => {
    const result = imported(hotel());
    expect(result).toMatchObject({ apidaeId: 5012345, type: 'HOTELLERIE', name: 'Hôtel du Lac', modifiedAt: new Date('2026-02-10T08:30:00.000Z') });
    const { id: _id, type: _type, ...rest } = hotel();
    expect(result.extra).toEqual(rest);
  });
});

describe('commune resolution', () => {
  const communesJson: ApidaeCommuneIndex = new Map([
    [14327, { id: 14327, code: '01143', nom: 'Divonne-les-Bains', codePostal: '01220' }],
    [28100, { id: 28100, code: '74010', nom: 'Annecy', codePostal: '74000' }],
  ]);
  it.each<[string, unknown, string]>([
    ['the INSEE code of an API answer', { commune: { id: 1, code: '01173', nom: 'Gex' } }, '01173'],
    ['an export’s commune id through communes.json', { codePostal: '01220', commune: { id: 14327 } }, '01143'],
    ['postal code and name', { codePostal: '01210', commune: { id: 999, nom: 'Ferney-Voltaire' } }, '01160'],
    ['a name written differently', { codePostal: '01630', commune: { nom: 'ST GENIS POUILLY' } }, '01354'],
    ['an accent left out', { codePostal: '01170', commune: { nom: 'Echenevex' } }, '01153'],
    ['a postal code that only one commune has', { codePostal: '01710', commune: {} }, '01419'],
  ])('finds %s', (_case, adresse, code) => {
    expect(resolveApidaeCommune(adresse, communesJson)).toEqual({ ok: true, commune: expect.objectContaining({ code }) });
  });

  it.each<[string, unknown, string]>([
    ['an INSEE code outside the 27 communes', { commune: { code: '74010', nom: 'Annecy' } }, APIDAE_SKIP.outside('Annecy (74010)')],
    ['a communes.json id outside them', { commune: { id: 28100 } }, APIDAE_SKIP.outside('Annecy (74010)')],
    ['a name outside them', { codePostal: '01200', commune: { nom: 'Bellegarde-sur-Valserine' } }, APIDAE_SKIP.outside('Bellegarde-sur-Valserine (01200)')],
    ['a known name with another postal code', { codePostal: '74000', commune: { nom: 'Gex' } }, APIDAE_SKIP.outside('Gex (74000)')],
    ['an id alone without communes.json entry', { commune: { id: 55555 } }, APIDAE_SKIP.noCommune],
    ['a postal code shared by several communes', { codePostal: '01170', commune: {} }, APIDAE_SKIP.noCommune],
    ['no address at all', undefined, APIDAE_SKIP.noCommune],
  ])('refuses %s', (_case, adresse, reason) => {
    expect(resolveApidaeCommune(adresse, communesJson)).toEqual({ ok: false, reason });
  });

  it('keeps the INSEE code in extra when communes.json gave it, for the export', () => {
    const o = withField('localisation.adresse.commune', { id: 14327 });
    const result = imported(o, communesJson);
    expect(result.content.address.communeCode).toBe('01143');
    expect((result.extra['localisation'] as any).adresse.commune).toEqual({ id: 14327, code: '01143' });
  });
});

describe('fromApidae: objects it skips, with the reason', () => {
  it.each<[string, unknown, number | null, string]>([
    ['a value that is not an object', 42, null, APIDAE_SKIP.notAnObject],
    ['an object without id', withField('id', undefined), null, APIDAE_SKIP.noId],
    ['an object without type', withField('type', undefined), 5012345, APIDAE_SKIP.noType],
    ['a type the extranet has no listing for', withField('type', 'STRUCTURE'), 5012345, 'Type Apidae non repris par l’extranet\u00a0: STRUCTURE.'],
    ['a commune outside the Pays de Gex', withField('localisation.adresse.commune', { id: 1, code: '74010', nom: 'Annecy' }), 5012345, 'Commune hors du Pays de Gex\u00a0: Annecy (74010).'],
    ['a malformed e-mail', withField('informations.moyensCommunication', [{ type: { id: 204 }, coordonnees: { fr: 'contact@' } }]), 5012345, 'E-mail (contact.email)\u00a0: L’adresse e-mail n’est pas valide.'],
    ['a hotel without rooms', withField('informationsHotellerie.capacite', {}), 5012345, 'Nombre de chambres (capacity.rooms)\u00a0: Un hébergement de ce type doit indiquer le nombre de chambres.'],
    ['a period ending before it starts', withField('ouverture.periodesOuvertures', [{ dateDebut: '2026-10-01', dateFin: '2026-04-01', type: 'OUVERTURE_TOUS_LES_JOURS' }]), 5012345, 'Périodes d’ouverture (openingPeriods.0.to)\u00a0: La fin de la période doit suivre son début.'],
    ['a negative price', withField('descriptionTarif.periodes', [{ tarifs: [{ type: { libelleFr: 'Adulte' }, minimum: -5 }] }]), 5012345, 'Tarifs (prices.0.min)\u00a0: Le prix doit être un montant positif ou nul.'],
    ['a position outside the Pays de Gex', withField('localisation.geolocalisation.geoJson.coordinates', [2.35, 48.85]), 5012345, 'Position GPS (position)\u00a0: La position GPS doit se trouver dans le Pays de Gex (latitude vers 46,3, longitude vers 6,0).'],
    ['no French short description', withField('presentation', {}), 5012345, 'Description courte (français) (shortDescription.fr)\u00a0: Saisissez une description courte en français.'],
  ])('skips %s', (_case, object, apidaeId, reason) => {
    expect(fromApidae(object)).toEqual({ ok: false, apidaeId, name: typeof object === 'object' ? 'Hôtel du Lac' : '', reason });
  });

  it('lists every problem of an object in one reason', () => {
    const o = withField('nom', { libelleFr: 'X' });
    (o['informations'] as any).moyensCommunication[0].coordonnees.fr = '12';
    const result = fromApidae(o);
    expect(result).toMatchObject({ ok: false, name: 'X' });
    expect(!result.ok && result.reason.split('\u00a0; ')).toEqual([
      'Nom (name)\u00a0: Le nom doit comporter entre 2 et 120 caractères.',
      `Téléphone (contact.phone)\u00a0: ${INVALID_PHONE_MESSAGE}`,
    ]);
  });
});

describe('toApidae', () => {
  const exported = (o: ApidaeObject, change: (c: ListingContent) => ListingContent = (c) => c) => {
    const { apidaeId, type, content, extra } = imported(o);
    return toApidae({ apidaeId, type, content: change(content), extra });
  };

  it('gives back the object exactly when nothing changed: every field the extranet does not understand included', () => {
    expect(exported(hotel())).toEqual(hotel());
  });

  it.each(['informationsHebergementLocatif', 'FETE_ET_MANIFESTATION'])('round-trips other shapes too (%s)', (kind) => {
    const { informationsHotellerie: _h, ...rest } = hotel();
    const o: ApidaeObject =
      kind === 'FETE_ET_MANIFESTATION'
        ? { ...rest, type: 'FETE_ET_MANIFESTATION', informationsFeteEtManifestation: { portee: { id: 2354 }, nomLieu: 'Esplanade du lac' } }
        : { ...rest, type: 'HEBERGEMENT_LOCATIF', informationsHebergementLocatif: { capacite: { capaciteHebergement: 6, nombreChambres: 3 }, classementPrefectoral: { id: 1, libelleFr: '3 étoiles' } } };
    expect(exported(o)).toEqual(o);
  });

  it.each<[string, (c: ListingContent) => ListingContent, string, unknown]>([
    ['the name', (c) => ({ ...c, name: 'Hôtel du Lac et des Thermes' }), 'nom', { libelleFr: 'Hôtel du Lac et des Thermes', libelleEn: 'Lake Hotel', libelleDe: 'Hotel am See' }],
    ['a German description added', (c) => ({ ...c, shortDescription: { ...c.shortDescription, de: 'Ein Hotel am See.' } }), 'presentation.descriptifCourt', { libelleFr: 'Un hôtel au bord du lac de Divonne.', libelleEn: 'A hotel by the lake.', libelleIt: 'Un albergo sul lago.', libelleDe: 'Ein Hotel am See.' }],
    ['an English description removed', (c) => ({ ...c, shortDescription: { ...c.shortDescription, en: '' } }), 'presentation.descriptifCourt', { libelleFr: 'Un hôtel au bord du lac de Divonne.', libelleIt: 'Un albergo sul lago.' }],
    ['the street', (c) => ({ ...c, address: { ...c.address, street: '14 avenue des Thermes' } }), 'localisation.adresse.adresse1', '14 avenue des Thermes'],
    ['another commune, without Apidae’s id', (c) => ({ ...c, address: { street: '1 rue de Gex', postalCode: '01170', communeCode: '01173' } }), 'localisation.adresse', { adresse1: '1 rue de Gex', adresse3: 'Bord du lac', codePostal: '01170', commune: { code: '01173', nom: 'Gex' } }],
    ['the position', (c) => ({ ...c, position: { lat: 46.36, lng: 6.14 } }), 'localisation.geolocalisation', { valide: true, altitude: 470, geoJson: { type: 'Point', coordinates: [6.14, 46.36] } }],
    ['the phone, in the same entry', (c) => ({ ...c, contact: { ...c.contact, phone: '+33 4 50 20 00 09' } }), 'informations.moyensCommunication.0', { identifiant: 20180007, type: { elementReferenceType: 'MoyenCommunicationType', id: 201, libelleFr: 'Téléphone', ordre: 1 }, coordonnees: { fr: '+33 4 50 20 00 09' } }],
    ['the e-mail removed, the fax kept', (c) => ({ ...c, contact: { ...c.contact, email: null } }), 'informations.moyensCommunication.length', 4],
    ['hours of the first period, the rest of it kept', (c) => ({ ...c, openingPeriods: [{ ...c.openingPeriods[0]!, hours: [{ opens: '07:30', closes: '23:00' }] }, c.openingPeriods[1]!] }), 'ouverture.periodesOuvertures.0', { ...(hotel() as any).ouverture.periodesOuvertures[0], horaireOuverture: '07:30:00', horaireFermeture: '23:00:00' }],
    ['week days of a period', (c) => ({ ...c, openingPeriods: [{ ...c.openingPeriods[0]!, weekdays: [6, 7] }, c.openingPeriods[1]!] }), 'ouverture.periodesOuvertures.0.ouverturesJournalieres', [{ jour: 'SAMEDI' }, { jour: 'DIMANCHE' }]],
    ['a period removed (the monthly one)', (c) => ({ ...c, openingPeriods: [c.openingPeriods[0]!] }), 'ouverture.periodesOuvertures.length', 1],
    ['a closure added, the special day kept', (c) => ({ ...c, closures: ['2026-08-15', '2026-12-25'] }), 'ouverture.fermeturesExceptionnelles', [{ dateSpeciale: 'PREMIER_MAI' }, { dateFermeture: '2026-08-15' }, { dateFermeture: '2026-12-25' }]],
    ['a price changed, its type reference kept', (c) => ({ ...c, prices: [{ ...c.prices[0]!, max: 150_00 }, c.prices[1]!] }), 'descriptionTarif.periodes.0.tarifs', [
      (hotel() as any).descriptionTarif.periodes[0].tarifs[1],
      { type: { elementReferenceType: 'TarifType', id: 1465, libelleFr: 'Chambre double', ordre: 2 }, minimum: 95, maximum: 150, devise: 'EUR' },
    ]],
    ['a new price of a new kind, by its label', (c) => ({ ...c, prices: [...c.prices, { label: 'Demi-pension', min: 45_00, max: null, period: 'par personne' }] }), 'descriptionTarif.periodes.0.tarifs.2', { type: { elementReferenceType: 'TarifType', libelleFr: 'Demi-pension' }, minimum: 45, maximum: 45, devise: 'EUR', precisionTarif: { libelleFr: 'par personne' } }],
    ['a payment method added, Paypal kept', (c) => ({ ...c, paymentMethods: ['CARTE_BANCAIRE', 'CHEQUE_VACANCES'] }), 'descriptionTarif.modesPaiement', [
      { elementReferenceType: 'ModePaiement', id: 1268, libelleFr: 'Carte bancaire/crédit', ordre: 4 },
      { elementReferenceType: 'ModePaiement', id: 1290, libelleFr: 'Paypal', ordre: 30 },
      { elementReferenceType: 'ModePaiement', id: 1274, libelleFr: 'Chèque Vacances' },
    ]],
    ['the rooms, where Apidae keeps them', (c) => ({ ...c, capacity: { ...c.capacity, rooms: 22 } }), 'informationsHotellerie.capacite', { nombreChambresClassees: 20, nombreChambresDeclareesHotelier: 22, nombreTotalPersonnes: 44, nombreSuites: 2 }],
    ['the stars, by label', (c) => ({ ...c, classification: { ...c.classification, stars: 4 } }), 'informationsHotellerie.classement', { libelleFr: '4 étoiles' }],
  ])('writes %s at the same path', (_case, change, path, expected) => {
    const out = exported(hotel(), change);
    const value = path.split('.').reduce<any>((v, key) => v?.[key], out);
    expect(value).toEqual(expected);
    // Everything the extranet does not map is still there.
    expect(out).toMatchObject({ id: 5012345, illustrations: (hotel() as any).illustrations, criteresInternes: [{ id: 9001, libelle: 'Guide 2026' }] });
  });

  it('writes a listing created in the extranet whole, without an Apidae id', () => {
    const { content } = imported(hotel());
    const out = toApidae({ apidaeId: null, type: 'HOTELLERIE', content, extra: null });
    expect(out).not.toHaveProperty('id');
    expect(out).toMatchObject({
      type: 'HOTELLERIE',
      nom: { libelleFr: 'Hôtel du Lac' },
      localisation: { adresse: { adresse1: '12 avenue des Thermes', codePostal: '01220', commune: { code: '01143', nom: 'Divonne-les-Bains' } }, geolocalisation: { geoJson: { type: 'Point', coordinates: [6.142137, 46.357842] } } },
      informations: { moyensCommunication: [
        { type: { id: 201 }, coordonnees: { fr: '+33 4 50 20 00 01' } },
        { type: { id: 204 }, coordonnees: { fr: 'contact@hotel-du-lac.fr' } },
        { type: { id: 205 }, coordonnees: { fr: 'https://www.hotel-du-lac.fr' } },
      ] },
      ouverture: { periodesOuvertures: [{ dateDebut: '2026-04-01', dateFin: '2026-10-31', type: 'OUVERTURE_SEMAINE', horaireOuverture: '08:00:00', horaireFermeture: '22:00:00' }, { type: 'OUVERTURE_TOUS_LES_JOURS' }] },
      informationsHotellerie: { capacite: { nombreChambresDeclareesHotelier: 20, nombreTotalPersonnes: 44 }, classement: { libelleFr: '3 étoiles' } },
    });
    // …and imported again, it is the same listing.
    expect(imported({ ...out, id: 1 }).content).toEqual(content);
  });
});

describe('mergeApidaeImport: a re-import', () => {
  const first = imported(hotel());
  const current = { type: first.type, content: first.content, extra: first.extra };

  it('takes a field Apidae changed since the last import', () => {
    const incoming = imported(withField('nom.libelleFr', 'Grand Hôtel du Lac'));
    expect(mergeApidaeImport(current, incoming).name).toBe('Grand Hôtel du Lac');
  });

  it('keeps a field changed in the extranet since, when Apidae still has the old value', () => {
    const here = { ...current, content: { ...first.content, contact: { ...first.content.contact, phone: '+33 4 50 99 99 99' } } };
    const merged = mergeApidaeImport(here, imported(withField('nom.libelleFr', 'Grand Hôtel du Lac')));
    expect(merged.contact.phone).toBe('+33 4 50 99 99 99');
    expect(merged.name).toBe('Grand Hôtel du Lac');
  });

  it('keeps what Apidae does not carry (photos, internal criteria)', () => {
    const here = { ...current, content: { ...first.content, photos: [{ id: 'p1', caption: '', credit: 'OT' }], internalCriteria: ['Guide'] } };
    const merged = mergeApidaeImport(here, imported(hotel()));
    expect(merged).toMatchObject({ photos: [{ id: 'p1' }], internalCriteria: ['Guide'] });
  });

  it('takes everything from Apidae when there is no earlier import to compare with', () => {
    const here = { ...current, content: { ...first.content, name: 'Nom local' }, extra: null };
    expect(mergeApidaeImport(here, imported(hotel())).name).toBe('Hôtel du Lac');
  });

  it('reads the object kept in extra back as the listing it was', () => {
    expect(apidaeBaseline(first.extra, 'HOTELLERIE')).toEqual(first.content);
  });
});
