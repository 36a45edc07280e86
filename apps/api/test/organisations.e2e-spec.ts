import { randomUUID } from 'node:crypto';
import { INVALID_PHONE_MESSAGE, STALE_VERSION_MESSAGE } from '@extranet/domain';
import { createOrganisation, createPartner, createStaff, PASSWORD, profileInput, validSiret } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const FIELDS = 'id name category legalForm siret address { street postalCode communeCode communeName } phone email website version updatedAt';
const ORGANISATION = `query($id: ID!) { organisation(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: OrganisationFilter, $page: PageInput) {
  organisations(filter: $filter, page: $page) { total offset limit items { id name category address { communeCode } } }
}`;

/** A complete, valid profile in Gex, as the portal's form sends it (an empty SIRET arrives as ''). */
const profile = profileInput;

let t: TestApp;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

const row = (id: string) => t.prisma.organisation.findUniqueOrThrow({ where: { id } });

/** The input as the portal sends it: with the version of the organisation it was loaded from. */
const saved = async (id: string, input: Record<string, unknown>) => ({ ...profile(), ...input, version: (await row(id)).version });

/** A partner whose owner (and member) are signed in. */
async function signedInPartner(overrides: Parameters<typeof createPartner>[1] = {}) {
  const partner = await createPartner(t.prisma, overrides);
  return {
    ...partner,
    asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD),
    asMember: await signedInClient(t.baseUrl, partner.member.email, PASSWORD),
  };
}

describe('reading and updating its own organisation', () => {
  it('lets an owner read its organisation', async () => {
    const { organisation, asOwner } = await signedInPartner({ name: 'Camping des Tilleuls' });
    const { organisation: read } = await asOwner.ok(ORGANISATION, { id: organisation.id });
    expect(read).toMatchObject({
      id: organisation.id,
      name: 'Camping des Tilleuls',
      category: 'HOTEL',
      address: { postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
      version: 1,
    });
  });

  it('normalises and stores a valid profile, and bumps the version', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const siret = validSiret();
    const spacedSiret = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
    const input = profile({
      name: '  Hôtel   du   Jura  ',
      legalForm: 'SAS',
      siret: spacedSiret,
      address: { street: ' 12  rue de Genève ', postalCode: '01 220', communeCode: '01143' },
      phone: '04 50 41 53 85',
      email: '  Contact@Hotel-Jura.FR ',
      website: 'www.Hotel-Jura.fr/chambres',
    });
    const { updateOrganisation: updated } = await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, input) });
    const expected = {
      id: organisation.id,
      name: 'Hôtel du Jura',
      category: 'HOTEL',
      legalForm: 'SAS',
      siret,
      address: { street: '12 rue de Genève', postalCode: '01220', communeCode: '01143', communeName: 'Divonne-les-Bains' },
      phone: '+33 4 50 41 53 85',
      email: 'contact@hotel-jura.fr',
      website: 'https://www.hotel-jura.fr/chambres',
      version: organisation.version + 1,
    };
    expect(updated).toMatchObject(expected);
    // What comes back is what was stored, and a second read agrees.
    expect((await asOwner.ok(ORGANISATION, { id: organisation.id })).organisation).toEqual(updated);
    expect(await row(organisation.id)).toMatchObject({ siret, phone: '+33 4 50 41 53 85', postalCode: '01220', version: 2 });
  });

  it.each([
    ['a Swiss phone number', { phone: '0041 22 345 67 89' }, { phone: '+41 22 345 67 89' }],
    ['a French number with +33 (0)', { phone: '+33 (0)4.50.41.53.85' }, { phone: '+33 4 50 41 53 85' }],
    ['emptied optional fields', { phone: '', email: '   ', website: '', siret: ' ' }, { phone: null, email: null, website: null, siret: null }],
    ['an http website kept as http', { website: 'http://camping.example.fr' }, { website: 'http://camping.example.fr' }],
    ['an Italian mobile', { phone: '+39 347 123 4567' }, { phone: '+39 347 123 4567' }],
    ['a Belgian mobile typed with 0032', { phone: '0032 470 12 34 56' }, { phone: '+32 470 12 34 56' }],
    ['an apostrophe in the e-mail', { email: "O'Brien@hotel.fr" }, { email: "o'brien@hotel.fr" }],
  ])('accepts %s', async (_case, overrides, expected) => {
    const { organisation, asOwner } = await signedInPartner();
    const { updateOrganisation } = await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile(overrides)) });
    expect(updateOrganisation).toMatchObject(expected);
  });

  it.each([
    ['null', { siret: null, phone: null, email: null, website: null }],
    ['omitted', { siret: undefined, phone: undefined, email: undefined, website: undefined }],
  ])('accepts a profile whose optional fields are %s, as the schema allows', async (_case, optional) => {
    const { organisation, asOwner } = await signedInPartner();
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile(optional)) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateOrganisation).toMatchObject({ siret: null, phone: null, email: null, website: null, version: 2 });
  });

  it('increments the version at every update', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const versions: number[] = [];
    for (const name of ['Premier nom', 'Deuxième nom', 'Troisième nom']) {
      versions.push((await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ name })) })).updateOrganisation.version);
    }
    expect(versions).toEqual([2, 3, 4]);
  });

  it('writes an organisation.update audit row with the actor and the request id', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ name: 'Audité' })) });
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'organisation.update', objectId: organisation.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      outcome: 'SUCCESS',
      actorUserId: owner.id,
      actorEmail: owner.email,
      organisationId: organisation.id,
      objectType: 'organisation',
    });
    expect(audit[0]!.requestId).toEqual(expect.any(String));
  });
});

describe('invalid profiles', () => {
  it.each([
    ['a SIRET with a wrong key', { siret: '12345678901234' }, 'siret', 'Ce numéro SIRET n’existe pas\u00a0: vérifiez les chiffres saisis.'],
    ['a SIRET of the wrong length', { siret: '1234 5678' }, 'siret', 'Le SIRET doit comporter 14 chiffres.'],
    ['a malformed e-mail', { email: 'contact@hotel' }, 'email', 'L’adresse e-mail n’est pas valide.'],
    ['an e-mail with a space', { email: 'contact @hotel.fr' }, 'email', 'L’adresse e-mail n’est pas valide.'],
    ['an e-mail that would add a recipient', { email: 'contact@hotel.fr,autre@pirate.example' }, 'email', 'L’adresse e-mail n’est pas valide.'],
    ['an e-mail with a display name', { email: 'Hôtel <contact@hotel.fr>' }, 'email', 'L’adresse e-mail n’est pas valide.'],
    ['an e-mail with a quoted local part', { email: '"contact"@hotel.fr' }, 'email', 'L’adresse e-mail n’est pas valide.'],
    ['a website carrying a quote', { website: 'https://hotel.fr/"onmouseover="alert(1)' }, 'website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).'],
    ['a website with angle brackets', { website: 'https://hotel.fr/<script>' }, 'website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).'],
    ['a phone number in letters', { phone: '04 50 AB 53 85' }, 'phone', INVALID_PHONE_MESSAGE],
    ['a phone number with no such country code', { phone: '+999 30 1234567' }, 'phone', INVALID_PHONE_MESSAGE],
    ['a phone number too short', { phone: '04 50 41' }, 'phone', INVALID_PHONE_MESSAGE],
    [
      'a postal code of another commune',
      { address: { street: '12 rue de Genève', postalCode: '01220', communeCode: '01173' } },
      'address.postalCode',
      'Le code postal de Gex est 01170.',
    ],
    [
      'a commune outside the Pays de Gex',
      { address: { street: '1 place de la Comédie', postalCode: '69001', communeCode: '69381' } },
      'address.communeCode',
      'Choisissez une commune du Pays de Gex.',
    ],
    ['a one-letter name', { name: ' A ' }, 'name', 'Le nom doit comporter entre 2 et 120 caractères.'],
    ['a website without a domain', { website: 'localhost' }, 'website', 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-hotel.fr).'],
  ])('refuses %s, names the field in French and changes nothing', async (_case, overrides, field, message) => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await row(organisation.id);
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile(overrides)) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
    expect(fieldErrors(result)).toEqual({ [field]: message });
    expect(await row(organisation.id)).toEqual(before);
  });

  it('reports every invalid field at once', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await row(organisation.id);
    const result = await asOwner.request(UPDATE, {
      id: organisation.id,
      input: await saved(organisation.id, {
        name: '',
        siret: '12345678901234',
        email: 'pas-une-adresse',
        phone: '123',
        website: 'ftp//nope',
        address: { street: 'x', postalCode: '1170', communeCode: '99999' },
      }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(
      ['address.communeCode', 'address.postalCode', 'address.street', 'email', 'name', 'phone', 'siret', 'website'].sort(),
    );
    expect(await row(organisation.id)).toEqual(before);
  });

  it('refuses the SIRET of another organisation on the siret field', async () => {
    const siret = validSiret();
    const other = await createOrganisation(t.prisma);
    await t.prisma.organisation.update({ where: { id: other.id }, data: { siret } });
    const { organisation, asOwner } = await signedInPartner();
    const before = await row(organisation.id);
    const spaced = `${siret.slice(0, 9)} ${siret.slice(9)}`; // the same number once normalised
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ siret: spaced })) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ siret: 'Ce SIRET est déjà utilisé par une autre organisation.' });
    expect(await row(organisation.id)).toEqual(before);
    expect(await t.prisma.auditEvent.count({ where: { action: 'organisation.update', objectId: organisation.id } })).toBe(0);
  });

  it('lets an organisation keep its own SIRET', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const siret = validSiret();
    await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ siret })) });
    const { updateOrganisation } = await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ siret, name: 'Nouveau nom' })) });
    expect(updateOrganisation).toMatchObject({ siret, name: 'Nouveau nom', version: 3 });
  });
});

describe('saves made from a stale form (optimistic versions)', () => {
  const CONFLICT_MESSAGE = STALE_VERSION_MESSAGE;

  it('refuses a save made from an older version with CONFLICT, and changes nothing', async () => {
    const { organisation, asOwner } = await signedInPartner();
    await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ name: 'Enregistré en premier' })) });
    const before = await row(organisation.id);
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: { ...profile({ name: 'Depuis un vieil onglet' }), version: before.version - 1 } });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe(CONFLICT_MESSAGE);
    expect(result.data).toBeNull();
    expect(await row(organisation.id)).toEqual(before);
  });

  it('lets exactly one of two concurrent saves of the same version win; the other gets CONFLICT', async () => {
    const { organisation, owner, asOwner } = await signedInPartner();
    const otherTab = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    const { version } = await row(organisation.id);
    const names = ['Version de l’onglet A', 'Version de l’onglet B'];
    const results = await Promise.all(
      [asOwner, otherTab].map((client, i) => client.request(UPDATE, { id: organisation.id, input: { ...profile({ name: names[i] }), version } })),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.updateOrganisation as { name: string; version: number };
    const stored = await row(organisation.id);
    expect(stored).toMatchObject({ name: winner.name, version: version + 1 });
    expect(await t.prisma.auditEvent.count({ where: { action: 'organisation.update', objectId: organisation.id } })).toBe(1);
  });

  it('refuses an update that does not say which version it was made from', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await row(organisation.id);
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: profile({ name: 'Sans version' }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await row(organisation.id)).toEqual(before);
  });
});

describe('nested inputs', () => {
  it('validates the address like a top-level input and names the nested field', async () => {
    const { organisation, asOwner } = await signedInPartner();
    const before = await row(organisation.id);
    const address = { street: 'x'.repeat(301), postalCode: '01170', communeCode: '01173' };
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, { address }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual({ 'address.street': 'Texte trop long.' });
    expect(await row(organisation.id)).toEqual(before);
  });
});

describe('who may change what', () => {
  it('refuses an update by a member who is not the owner', async () => {
    const { organisation, asMember } = await signedInPartner();
    const before = await row(organisation.id);
    const result = await asMember.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ name: 'Pris par un membre' })) });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await row(organisation.id)).toEqual(before);
  });

  it('still lets a member read the organisation', async () => {
    const { organisation, asMember } = await signedInPartner();
    expect((await asMember.ok(ORGANISATION, { id: organisation.id })).organisation.id).toBe(organisation.id);
  });

  it('refuses a category change by the owner and changes nothing', async () => {
    const { organisation, asOwner } = await signedInPartner({ category: 'HOTEL' });
    const before = await row(organisation.id);
    const result = await asOwner.request(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ category: 'RESTAURANT', name: 'Autre nom' })) });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await row(organisation.id)).toEqual(before);
  });

  it('lets staff change the category', async () => {
    const { organisation, owner } = await createPartner(t.prisma, { category: 'HOTEL' });
    const { updateOrganisation } = await staff.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ category: 'RESTAURANT' })) });
    expect(updateOrganisation).toMatchObject({ category: 'RESTAURANT', version: 2 });
    expect((await row(organisation.id)).category).toBe('RESTAURANT');
    // The owner may then save the profile as long as it keeps the new category.
    const asOwner = await signedInClient(t.baseUrl, owner.email, PASSWORD);
    expect((await asOwner.ok(UPDATE, { id: organisation.id, input: await saved(organisation.id, profile({ category: 'RESTAURANT', name: 'Chez nous' })) })).updateOrganisation.version).toBe(3);
  });
});

describe('staff list of organisations', () => {
  // A word only this block's organisations contain keeps the other tests' rows out of the counts.
  const tag = `Zorglub${randomUUID().slice(0, 6)}`;
  let ids: Record<string, string>;

  beforeAll(async () => {
    const make = async (name: string, category: 'HOTEL' | 'RESTAURANT' | 'CAMPSITE', communeCode: string) =>
      [name, (await createOrganisation(t.prisma, { name, category, communeCode })).id] as const;
    ids = Object.fromEntries([
      await make(`Auberge ${tag} du Col`, 'RESTAURANT', '01173'),
      await make(`Bistrot ${tag.toUpperCase()}`, 'RESTAURANT', '01143'),
      await make(`Camping ${tag.toLowerCase()} des Pins`, 'CAMPSITE', '01143'),
      await make(`Domaine ${tag}`, 'HOTEL', '01173'),
      await make(`Étape ${tag}`, 'HOTEL', '01173'),
    ]);
  });

  const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

  it('searches by name whatever the case, sorted by name', async () => {
    const { organisations } = await staff.ok(LIST, { filter: { search: `  ${tag.toLowerCase()} ` } });
    expect(organisations.total).toBe(5);
    expect(names(organisations)).toEqual(Object.keys(ids).sort((a, b) => a.localeCompare(b, 'en')));
  });

  it.each([
    ['category', { category: 'RESTAURANT' }, [`Auberge ${tag} du Col`, `Bistrot ${tag.toUpperCase()}`]],
    ['commune', { communeCode: '01143' }, [`Bistrot ${tag.toUpperCase()}`, `Camping ${tag.toLowerCase()} des Pins`]],
    ['category and commune', { category: 'HOTEL', communeCode: '01173' }, [`Domaine ${tag}`, `Étape ${tag}`]],
    ['a category nobody here has', { category: 'SHOP' }, []],
  ])('filters by %s', async (_case, filter, expected) => {
    const { organisations } = await staff.ok(LIST, { filter: { search: tag, ...filter } });
    expect(organisations.total).toBe(expected.length);
    expect(names(organisations).sort()).toEqual([...expected].sort());
    for (const item of organisations.items) {
      if ('category' in filter) expect(item.category).toBe(filter.category);
      if ('communeCode' in filter) expect(item.address.communeCode).toBe(filter.communeCode);
    }
  });

  it('pages with offset and limit in a stable order', async () => {
    const all = (await staff.ok(LIST, { filter: { search: tag }, page: { offset: 0, limit: 100 } })).organisations;
    const pages = [];
    for (const offset of [0, 2, 4]) {
      pages.push((await staff.ok(LIST, { filter: { search: tag }, page: { offset, limit: 2 } })).organisations);
    }
    expect(pages.map((p) => [p.offset, p.limit, p.total, p.items.length])).toEqual([[0, 2, 5, 2], [2, 2, 5, 2], [4, 2, 5, 1]]);
    expect(pages.flatMap(names)).toEqual(names(all));
    // Past the end: an empty page, the total still right.
    const beyond = (await staff.ok(LIST, { filter: { search: tag }, page: { offset: 10, limit: 2 } })).organisations;
    expect(beyond).toMatchObject({ total: 5, items: [] });
    // Same query twice, same order.
    expect(names((await staff.ok(LIST, { filter: { search: tag } })).organisations)).toEqual(names(all));
  });

  it('uses 20 per page by default', async () => {
    const { organisations } = await staff.ok(LIST);
    expect(organisations).toMatchObject({ offset: 0, limit: 20 });
    expect(organisations.items.length).toBeLessThanOrEqual(20);
  });

  it.each([
    ['a page of 101', { offset: 0, limit: 101 }, 'page.limit'],
    ['a page of 0', { offset: 0, limit: 0 }, 'page.limit'],
    ['a negative limit', { offset: 0, limit: -5 }, 'page.limit'],
    ['a negative offset', { offset: -1, limit: 10 }, 'page.offset'],
  ])('refuses %s', async (_case, page, field) => {
    const result = await staff.request(LIST, { page });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual([field]);
    expect(result.data).toBeNull();
  });

  it.each([
    ['%', '100%', '1000'],
    ['_', 'Le_', 'Lex'],
  ])('treats %s in the search as plain text', async (_wildcard, literal, lookalike) => {
    const word = `Joker${randomUUID().slice(0, 6)}`;
    const wanted = await createOrganisation(t.prisma, { name: `${literal}${word}` });
    await createOrganisation(t.prisma, { name: `${lookalike}${word}` });
    const { organisations } = await staff.ok(LIST, { filter: { search: `${literal}${word}` } });
    expect(organisations.items.map((o: { id: string }) => o.id)).toEqual([wanted.id]);
  });
});
