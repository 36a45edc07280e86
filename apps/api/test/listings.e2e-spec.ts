// Listings: partners propose changes, staff review them field by field, freshness.
import { validListingContent, type ListingContent } from '@extranet/domain';
import { createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { createListing } from './utils/listing-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const CONTENT = `name shortDescription { fr en de } longDescription { fr en de } address { street postalCode communeCode }
  position { lat lng } contact { phone email website } openingPeriods { from to weekdays hours { opens closes } note }
  closures prices { label min max period } paymentMethods capacity { rooms persons pitches }
  classification { stars labels registrationNumber } eventDates { start end } photos { id caption credit } internalCriteria`;
const LISTING = `query($id: ID!) { listing(id: $id) { id organisationId type version freshness lastConfirmedAt content { ${CONTENT} } } }`;
const REQUEST_FIELDS = 'id listingId status version listingName organisationName communeName submittedByName comment changes { path label kind before after } decisions { path decision correctedValue }';
const SUBMIT = `mutation($input: SubmitListingChangeInput!) { submitListingChange(input: $input) { ${REQUEST_FIELDS} } }`;
const PROPOSE = `mutation($input: ProposeListingInput!) { proposeListing(input: $input) { ${REQUEST_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewChangeRequestInput!) { reviewChangeRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawChangeRequest(id: $id) { id status } }`;
const CONFIRM = `mutation($id: ID!) { confirmListingUnchanged(id: $id) { id freshness lastConfirmedAt version } }`;
const QUEUE = `query($filter: ReviewQueueFilter, $page: PageInput) { reviewQueue(filter: $filter, page: $page) { total items { id listingName organisationName } } }`;

let t: TestApp;
let staff: GraphQLClient;
beforeAll(async () => {
  t = await startTestApp();
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(() => t.close());

/** A partner with one published hotel listing, its owner signed in. */
async function partnerWithListing(content: ListingContent = validListingContent('HOTELLERIE')) {
  const partner = await createPartner(t.prisma);
  const listing = await createListing(t.prisma, partner.organisation.id, { content });
  return { ...partner, listing, asOwner: await signedInClient(t.baseUrl, partner.owner.email, PASSWORD) };
}

const listingRow = (id: string) => t.prisma.listing.findUniqueOrThrow({ where: { id } });
const contentOf = async (client: GraphQLClient, id: string): Promise<ListingContent> => (await client.ok(LISTING, { id })).listing.content;

describe('a partner proposing a change', () => {
  it('creates a request holding only the changed fields and leaves the published listing untouched', async () => {
    const { listing, asOwner } = await partnerWithListing();
    const before = await listingRow(listing.id);
    const content = await contentOf(asOwner, listing.id);
    const proposed = { ...content, shortDescription: { ...content.shortDescription, en: 'A quiet hotel.' }, openingPeriods: [{ from: '2026-04-01', to: '2026-10-31', weekdays: [2, 3, 4, 5, 6], hours: [{ opens: '08:00', closes: '22:00' }], note: '' }] };
    const { submitListingChange: request } = await asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: proposed } });
    expect(request).toMatchObject({ status: 'OPEN', listingId: listing.id, listingName: 'Hôtel du Jura', communeName: 'Gex' });
    expect(request.changes.map((c: { path: string }) => c.path)).toEqual(['shortDescription.en', 'openingPeriods']);
    expect(request.changes[0]).toEqual({ path: 'shortDescription.en', label: 'Description courte (anglais)', kind: 'text', before: '', after: 'A quiet hotel.' });
    expect(await listingRow(listing.id)).toEqual(before);
  });

  it('keeps one open request per listing: a second save replaces its changes', async () => {
    const { listing, asOwner } = await partnerWithListing();
    const content = await contentOf(asOwner, listing.id);
    const first = await asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'Premier nom' } } });
    const second = await asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'Second nom' } } });
    expect(second.submitListingChange.id).toBe(first.submitListingChange.id);
    expect(second.submitListingChange.changes).toEqual([expect.objectContaining({ path: 'name', after: 'Second nom' })]);
    expect(await t.prisma.changeRequest.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it('shows the open request on the listing and in the list, and no longer once it is withdrawn', async () => {
    const { listing, organisation, asOwner } = await partnerWithListing();
    const other = await createListing(t.prisma, organisation.id, { content: validListingContent('HOTELLERIE', { name: 'Autre hôtel' }) });
    const content = await contentOf(asOwner, listing.id);
    const { submitListingChange: request } = await asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'Nouveau nom' } } });
    const LIST = 'query($id: ID!) { listings(organisationId: $id) { items { id openRequest { id status } } } }';
    const { listings } = await asOwner.ok(LIST, { id: organisation.id });
    expect(listings.items).toEqual(expect.arrayContaining([
      { id: listing.id, openRequest: { id: request.id, status: 'OPEN' } },
      { id: other.id, openRequest: null },
    ]));
    await asOwner.ok(WITHDRAW, { id: request.id });
    const after = await asOwner.ok('query($id: ID!) { listing(id: $id) { openRequest { id } } }', { id: listing.id });
    expect(after.listing.openRequest).toBeNull();
  });

  it.each<[string, (c: ListingContent) => ListingContent, Record<string, string>]>([
    ['a negative price', (c) => ({ ...c, prices: [{ label: 'Chambre', min: -100, max: null, period: 'nuit' }] }), { 'content.prices.0.min': 'Le prix doit être un montant positif ou nul.' }],
    ['an unknown commune', (c) => ({ ...c, address: { ...c.address, communeCode: '75056' } }), { 'content.address': 'Choisissez une commune du Pays de Gex.' }],
    ['a malformed website', (c) => ({ ...c, contact: { ...c.contact, website: 'http://' } }), { 'content.contact.website': 'L’adresse du site n’est pas valide (exemple\u00a0: https://www.mon-gite.fr, 200 caractères au plus).' }],
    ['a period ending before it starts', (c) => ({ ...c, openingPeriods: [{ from: '2026-10-01', to: '2026-04-01', weekdays: [], hours: [], note: '' }] }), { 'content.openingPeriods.0.to': 'La fin de la période doit suivre son début.' }],
  ])('refuses %s with the field named in French, and saves nothing', async (_case, change, expected) => {
    const { listing, asOwner } = await partnerWithListing();
    const content = await contentOf(asOwner, listing.id);
    const result = await asOwner.request(SUBMIT, { input: { listingId: listing.id, version: 1, content: change(content) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(expected);
    expect(await t.prisma.changeRequest.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('refuses a save without any change', async () => {
    const { listing, asOwner } = await partnerWithListing();
    const result = await asOwner.request(SUBMIT, { input: { listingId: listing.id, version: 1, content: await contentOf(asOwner, listing.id) } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Aucune modification : la fiche publiée est identique.');
  });

  it('refuses a save from a form loaded before the listing changed (CONFLICT)', async () => {
    const { listing, asOwner } = await partnerWithListing();
    const content = await contentOf(asOwner, listing.id);
    await t.prisma.listing.update({ where: { id: listing.id }, data: { version: 2 } });
    const result = await asOwner.request(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'Trop tard' } } });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await t.prisma.changeRequest.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('lets the partner withdraw an open request, not a decided one', async () => {
    const { listing, asOwner } = await partnerWithListing();
    const content = await contentOf(asOwner, listing.id);
    const { submitListingChange: request } = await asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'À retirer' } } });
    expect((await asOwner.ok(WITHDRAW, { id: request.id })).withdrawChangeRequest.status).toBe('WITHDRAWN');
    const again = await asOwner.request(WITHDRAW, { id: request.id });
    expect(errorCode(again)).toBe('CONFLICT');
  });
});

describe('staff reviewing', () => {
  async function openRequest() {
    const setup = await partnerWithListing();
    const content = await contentOf(setup.asOwner, setup.listing.id);
    const proposed = {
      ...content,
      shortDescription: { ...content.shortDescription, en: 'A quiet hotel below the Jura.' },
      openingPeriods: [{ from: '2026-04-01', to: '2026-10-31', weekdays: [], hours: [], note: '' }],
    };
    const { submitListingChange: request } = await setup.asOwner.ok(SUBMIT, { input: { listingId: setup.listing.id, version: 1, content: proposed } });
    return { ...setup, request, proposed };
  }

  it('approves one field, rejects the other with a comment, publishes only the approved one and tells the partner', async () => {
    const { listing, owner, request, asOwner } = await openRequest();
    const { reviewChangeRequest: reviewed } = await staff.ok(REVIEW, {
      input: {
        id: request.id,
        version: request.version,
        decisions: [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'REJECT' }],
        comment: 'Les dates d’ouverture 2026 ne sont pas encore confirmées.',
      },
    });
    expect(reviewed.status).toBe('PARTIALLY_APPROVED');
    const published = await asOwner.ok(LISTING, { id: listing.id });
    expect(published.listing).toMatchObject({ version: 2, freshness: 'FRESH' });
    expect(published.listing.content.shortDescription.en).toBe('A quiet hotel below the Jura.');
    expect(published.listing.content.openingPeriods).toEqual([]);
    const mail = await t.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: owner.email, template: 'listing-decision' } });
    expect(mail.text).toContain('validée en partie');
    expect(mail.subject).toBe('Votre demande de modification\u00a0: Hôtel du Jura — validée en partie');
    expect(mail.text).toContain('Les dates d’ouverture 2026 ne sont pas encore confirmées.');
    expect(mail.text).toContain('Non retenu\u00a0: Périodes d’ouverture.');
    const history = await asOwner.ok('query($id: ID!) { listingHistory(listingId: $id) { id status reviewedByName comment } }', { id: listing.id });
    expect(history.listingHistory).toEqual([expect.objectContaining({ id: request.id, status: 'PARTIALLY_APPROVED', reviewedByName: expect.any(String) })]);
  });

  it('publishes a value corrected by staff instead of the proposed one', async () => {
    const { listing, request, asOwner } = await openRequest();
    await staff.ok(REVIEW, {
      input: {
        id: request.id,
        version: request.version,
        decisions: [{ path: 'shortDescription.en', decision: 'APPROVE', correctedValue: 'A quiet hotel at the foot of the Jura.' }, { path: 'openingPeriods', decision: 'APPROVE' }],
      },
    });
    expect((await contentOf(asOwner, listing.id)).shortDescription.en).toBe('A quiet hotel at the foot of the Jura.');
  });

  it('refuses a rejection without a reason and a correction that breaks the listing, changing nothing', async () => {
    const { listing, request } = await openRequest();
    const before = await listingRow(listing.id);
    const noReason = await staff.request(REVIEW, { input: { id: request.id, version: request.version, decisions: [{ path: 'shortDescription.en', decision: 'REJECT' }, { path: 'openingPeriods', decision: 'APPROVE' }] } });
    expect(fieldErrors(noReason)).toEqual({ comment: 'Expliquez au partenaire pourquoi un champ est refusé.' });
    const broken = await staff.request(REVIEW, {
      input: { id: request.id, version: request.version, decisions: [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'APPROVE', correctedValue: [{ from: '2026-13-01', to: '2026-10-31', weekdays: [], hours: [], note: '' }] }] },
    });
    expect(errorCode(broken)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(broken)).toEqual({ 'openingPeriods.0.from': 'Date de début invalide.' });
    expect(await listingRow(listing.id)).toEqual(before);
    expect((await t.prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('OPEN');
  });

  it('lets exactly one of two staff approving the same request at once succeed', async () => {
    const { listing, request } = await openRequest();
    const other = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
    const input = { id: request.id, version: request.version, decisions: [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'APPROVE' }] };
    const results = await Promise.all([staff.request(REVIEW, { input }), other.request(REVIEW, { input })]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await listingRow(listing.id)).version).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { action: 'changeRequest.review', objectId: request.id } })).toBe(1);
  });

  it('shows the conflict instead of overwriting a listing that changed since the request', async () => {
    const { listing, request } = await openRequest();
    await t.prisma.listing.update({ where: { id: listing.id }, data: { version: 5 } });
    const before = await listingRow(listing.id);
    const result = await staff.request(REVIEW, { input: { id: request.id, version: request.version, decisions: [{ path: 'shortDescription.en', decision: 'APPROVE' }, { path: 'openingPeriods', decision: 'APPROVE' }] } });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await listingRow(listing.id)).toEqual(before);
  });

  it('sends a request back with a comment; the partner’s home lists it', async () => {
    const { organisation, request, asOwner } = await openRequest();
    const noComment = await staff.request(REVIEW, { input: { id: request.id, version: request.version, sendBack: true } });
    expect(fieldErrors(noComment)).toEqual({ comment: 'Dites au partenaire ce qu’il doit compléter.' });
    await staff.ok(REVIEW, { input: { id: request.id, version: request.version, sendBack: true, comment: 'Ajoutez les horaires.' } });
    const todo = await asOwner.ok('query($id: ID!) { listingTodo(organisationId: $id) { sentBack { id comment } } }', { id: organisation.id });
    expect(todo.listingTodo.sentBack).toEqual([{ id: request.id, comment: 'Ajoutez les horaires.' }]);
  });

  it('lists the queue oldest first, filters it, and summarises it for the staff home', async () => {
    const a = await openRequest();
    const b = await openRequest();
    const { reviewQueue } = await staff.ok(QUEUE, { filter: { organisationId: b.organisation.id } });
    expect(reviewQueue).toEqual({ total: 1, items: [expect.objectContaining({ id: b.request.id })] });
    const all = (await staff.ok(QUEUE, { page: { limit: 100 } })).reviewQueue.items.map((i: { id: string }) => i.id);
    expect(all.indexOf(a.request.id)).toBeLessThan(all.indexOf(b.request.id));
    const { reviewQueueSummary } = await staff.ok('{ reviewQueueSummary { open oldestSubmittedAt } }');
    expect(reviewQueueSummary.open).toBeGreaterThanOrEqual(2);
  });

  it('refuses every review operation to partners', async () => {
    const { request, asOwner } = await openRequest();
    for (const [query, variables] of [
      [REVIEW, { input: { id: request.id, version: request.version, decisions: [] } }],
      [QUEUE, {}],
      ['{ reviewQueueSummary { open } }', {}],
    ] as const) {
      expect(errorCode(await asOwner.request(query, variables))).toBe('FORBIDDEN');
    }
  });
});

describe('new listings and freshness', () => {
  it('turns an approved proposal into a listing of the organisation', async () => {
    const partner = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const content = validListingContent('FETE_ET_MANIFESTATION', { name: 'Fête du Mont-Blanc', eventDates: { start: '2026-08-15', end: '2026-08-16' } });
    const { proposeListing: request } = await asOwner.ok(PROPOSE, { input: { organisationId: partner.organisation.id, type: 'FETE_ET_MANIFESTATION', content } });
    expect(request).toMatchObject({ listingId: null, status: 'OPEN' });
    const decisions = request.changes.map((c: { path: string }) => ({ path: c.path, decision: 'APPROVE' }));
    const { reviewChangeRequest } = await staff.ok(REVIEW, { input: { id: request.id, version: request.version, decisions } });
    expect(reviewChangeRequest).toMatchObject({ status: 'APPROVED', listingId: expect.any(String) });
    const { listing } = await asOwner.ok(LISTING, { id: reviewChangeRequest.listingId });
    expect(listing).toMatchObject({ organisationId: partner.organisation.id, type: 'FETE_ET_MANIFESTATION', content: { name: 'Fête du Mont-Blanc', eventDates: { start: '2026-08-15', end: '2026-08-16' } } });
  });

  it('refuses an event proposed without dates', async () => {
    const partner = await createPartner(t.prisma);
    const asOwner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const result = await asOwner.request(PROPOSE, { input: { organisationId: partner.organisation.id, type: 'FETE_ET_MANIFESTATION', content: validListingContent('FETE_ET_MANIFESTATION', { eventDates: null }) } });
    expect(fieldErrors(result)).toEqual({ 'content.eventDates': 'Indiquez les dates de l’événement (début et fin).' });
    expect(await t.prisma.changeRequest.count({ where: { organisationId: partner.organisation.id } })).toBe(0);
  });

  it('confirms a stale listing unchanged in one call: it becomes fresh, its content and version untouched', async () => {
    const partner = await createPartner(t.prisma);
    const listing = await createListing(t.prisma, partner.organisation.id, { type: 'RESTAURATION', content: validListingContent('RESTAURATION', { name: 'Le Bistrot' }), lastConfirmedAt: new Date(Date.now() - 40 * 86_400_000) });
    const asMember = await signedInClient(t.baseUrl, partner.member.email, PASSWORD);
    expect((await asMember.ok(LISTING, { id: listing.id })).listing.freshness).toBe('STALE');
    const todo = await asMember.ok('query($id: ID!) { listingTodo(organisationId: $id) { listings { id freshness } } }', { id: partner.organisation.id });
    expect(todo.listingTodo.listings).toEqual([{ id: listing.id, freshness: 'STALE' }]);
    const { confirmListingUnchanged } = await asMember.ok(CONFIRM, { id: listing.id });
    expect(confirmListingUnchanged).toMatchObject({ freshness: 'FRESH', version: 1 });
    const stale = await asMember.ok('query($id: ID!) { listings(organisationId: $id, filter: { freshness: STALE }) { total } }', { id: partner.organisation.id });
    expect(stale.listings.total).toBe(0);
  });
});
