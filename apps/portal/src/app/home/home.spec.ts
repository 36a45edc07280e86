import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, partnerOwner, provideApolloTesting, render, settle, signInAs, staffUser, userPayload } from '../../testing/apollo';
import { Home } from './home';

function todoListing(id: string, name: string, freshness: 'STALE' | 'DUE_SOON') {
  return {
    __typename: 'Listing',
    id,
    organisationId: 'org-1',
    type: 'HOTELLERIE',
    version: 1,
    freshness,
    lastConfirmedAt: '2025-01-01T00:00:00.000Z',
    dueAt: '2025-10-20T00:00:00.000Z',
    staleAt: '2026-01-01T00:00:00.000Z',
    content: { __typename: 'ListingContent', name, address: { __typename: 'ListingAddress', communeCode: '01173' } },
    openRequest: null,
  };
}

const EMPTY_TAX_TODO = { taxTodo: { __typename: 'TaxTodo', due: [], late: [], balance: { __typename: 'TaxBalance', declaredCents: 0, paidCents: 0, outstandingCents: 0 } } };

async function setUp(user: ReturnType<typeof partnerOwner>) {
  TestBed.configureTestingModule({ providers: [provideApolloTesting(), provideRouter([])] });
  signInAs(user);
  const fixture = TestBed.createComponent(Home);
  await render(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

/** The relations to-do's queries (relations-todo.ts): nothing unread, no meeting, no request. */
function flushRelationsTodo(role: 'partner' | 'staff') {
  if (role === 'partner') {
    apolloController().expectOne('NewsFeed').flushData({ newsFeed: { __typename: 'NewsFeed', total: 0, unread: 0, items: [] } });
    apolloController().expectOne('OrganisationMeetings').flushData({ organisationMeetings: [] });
  } else {
    apolloController().expectOne('ManagedMeetings').flushData({ managedMeetings: [] });
    apolloController().expectOne('DueNoteReminders').flushData({ dueNoteReminders: [] });
  }
}

describe('Home', () => {
  afterEach(() => apolloController().verify());

  it('gives a committee member without a partner organisation a committee home, not a partner home', async () => {
    const { fixture, element } = await setUp(userPayload({ id: 'member-1', name: 'Louis Comité', globalRoles: ['COMMITTEE_MEMBER'] }));
    apolloController()
      .expectOne('CommitteeTodo')
      .flushData({ committeeTodo: { __typename: 'CommitteeTodo', nextSession: null, unreadMinutes: [], unconfirmed: [] } });
    // The committee's news are theirs to read too; meetings are an organisation's, so not asked.
    apolloController().expectOne('NewsFeed').flushData({ newsFeed: { __typename: 'NewsFeed', total: 0, unread: 0, items: [] } });
    await settle(fixture);

    const area = element.querySelector('section[aria-labelledby="committee-area-heading"]')!;
    expect(area.querySelector('h2')?.textContent).toBe('Votre espace Comité technique');
    expect([...area.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/comite', '/comite/recommandations', '/comite/recherche']);
    expect(element.textContent).not.toContain('Contactez l’office de tourisme pour être rattaché');
  });

  it('lists the partner’s listings to confirm, and « Rien n’a changé » confirms one in a click', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    apolloController().expectOne('TaxTodo').flushData(EMPTY_TAX_TODO);
    apolloController()
      .expectOne('PackStatus')
      .flushData({ packStatus: { __typename: 'PackStatus', year: 2026, status: 'TO_RENEW', subscription: null } });
    flushRelationsTodo('partner');
    const todo = apolloController().expectOne('ListingTodo');
    expect(todo.operation.variables).toEqual({ organisationId: 'org-1' });
    todo.flushData({
      listingTodo: {
        __typename: 'ListingTodo',
        listings: [todoListing('listing-1', 'Hôtel du Jura', 'STALE'), todoListing('listing-2', 'Appartements du Jura', 'DUE_SOON')],
        sentBack: [],
      },
    });
    await settle(fixture);
    expect(element.querySelector('app-pack-todo')?.textContent).toContain('À renouveler');
    expect(element.querySelector('app-pack-todo a')?.getAttribute('href')).toBe('/packs/organisation/org-1');

    const items = [...element.querySelectorAll('app-listing-todo li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items[0]).toContain('Hôtel du Jura');
    expect(items[0]).toContain('À mettre à jour');
    expect(items[1]).toContain('À confirmer bientôt');

    [...element.querySelectorAll('app-listing-todo button')].find((b) => b.textContent?.includes('Hôtel du Jura'))!.dispatchEvent(new Event('click'));
    await settle(fixture);
    const confirm = apolloController().expectOne('ConfirmListingUnchanged');
    expect(confirm.operation.variables).toEqual({ id: 'listing-1' });
    confirm.flushData({
      confirmListingUnchanged: {
        __typename: 'Listing',
        id: 'listing-1',
        version: 1,
        freshness: 'FRESH',
        lastConfirmedAt: '2026-11-29T10:00:00.000Z',
        dueAt: '2027-09-20T10:00:00.000Z',
        staleAt: '2027-11-29T10:00:00.000Z',
      },
    });
    await settle(fixture);
    const left = [...element.querySelectorAll('app-listing-todo li')].map((li) => li.textContent);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('Appartements du Jura');
  });

  it('shows staff how many requests wait and for how long the oldest, with a link to the queue', async () => {
    const { fixture, element } = await setUp(staffUser());
    apolloController().expectOne('TaxStaffTodo').flushData({ taxStaffTodo: { __typename: 'TaxStaffTodo', lateDeclarations: 31, anomalies: 0, outstandingCents: 123456, correctionRequests: 2 } });
    apolloController()
      .expectOne('PacksSummary')
      .flushData({ packsSummary: { __typename: 'PacksSummary', year: 2026, awaitingCount: 7, awaitingCents: 215_050, paidCount: 30, revenueCents: 812_400 } });
    flushRelationsTodo('staff');
    apolloController()
      .expectOne('ReviewQueueSummary')
      .flushData({
        reviewQueueSummary: {
          __typename: 'ReviewQueueSummary',
          open: 12,
          oldestSubmittedAt: new Date(Date.now() - 9 * 86_400_000 - 60_000).toISOString(),
        },
      });
    // Staff also read the committee: nothing to confirm here.
    apolloController().expectOne('CommitteeTodo').flushData({ committeeTodo: { __typename: 'CommitteeTodo', nextSession: null, unreadMinutes: [], unconfirmed: [] } });
    apolloController().expectOne('OutboxTrouble').flushData({ outboxTrouble: { __typename: 'OutboxTrouble', failing: 1, failed: 2, smtpConfigured: true } });
    await settle(fixture);

    const mail = element.querySelector('app-mail-todo')!;
    expect(mail.textContent).toContain('2\u00a0courriels en échec d’envoi');
    expect(mail.textContent).toContain('1\u00a0courriel en attente d’un nouvel essai');
    expect(mail.querySelector('a')?.getAttribute('href')).toBe('/courriels?statut=FAILED');
    const summary = element.querySelector('app-review-summary')!;
    expect(summary.textContent?.replace(/\s+/g, ' ')).toContain('12 demandes en attente, la plus ancienne depuis 9 jours.');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('/demandes');
    const tax = element.querySelector('app-tax-staff-summary')!.textContent?.replace(/\s+/g, ' ');
    expect(tax).toContain('31 déclarations en retard');
    expect(tax).toContain('1 234,56 € restant à recouvrer');
    expect(element.querySelector('app-tax-staff-summary a[href="/taxe-de-sejour/demandes"]')?.textContent).toContain('2 demandes de correction d’hébergeur à traiter');
    const packs = element.querySelector('app-packs-summary-card')!.textContent!.replace(/\s+/g, ' ');
    expect(packs).toContain('8 124,00 € encaissés cette année');
    expect(packs).toContain('7 en attente de paiement (2 150,50 € à recevoir)');
  });

  it('shows the host its late tourist-tax declaration and the next one due, each one click from its form', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    apolloController().expectOne('ListingTodo').flushData({ listingTodo: { __typename: 'ListingTodo', listings: [], sentBack: [] } });
    apolloController()
      .expectOne('PackStatus')
      .flushData({ packStatus: { __typename: 'PackStatus', year: 2026, status: 'TO_RENEW', subscription: null } });
    const item = (year: number, quarter: number, periodLabel: string, deadline: string) => ({
      __typename: 'TaxTodoItem', accommodationId: 'acc-1', accommodationName: 'Hôtel du Jura', year, quarter, periodLabel, deadline,
    });
    apolloController()
      .expectOne('TaxTodo')
      .flushData({
        taxTodo: {
          __typename: 'TaxTodo',
          due: [{ ...item(2026, 4, '4e trimestre (octobre à décembre) 2026', '2027-01-20'), draftId: null }],
          late: [{ ...item(2026, 3, '3e trimestre (juillet à septembre) 2026', '2026-10-20'), daysLate: 40 }],
          balance: { __typename: 'TaxBalance', declaredCents: 1000, paidCents: 0, outstandingCents: 1000 },
        },
      });
    flushRelationsTodo('partner');
    await settle(fixture);
    const text = element.querySelector('app-tax-todo')!.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('Hôtel du Jura — 3e trimestre (juillet à septembre) 2026, attendue le 20 octobre 2026 (40 jours de retard)');
    expect(text).toContain('au plus tard le 20 janvier 2027');
    const links = [...element.querySelectorAll('app-tax-todo a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/taxe-de-sejour/acc-1/declarer/2026/3', '/taxe-de-sejour/acc-1/declarer/2026/4', '/taxe-de-sejour']);
  });

  it('shows a partner its latest unread news and its confirmed meetings', async () => {
    const { fixture, element } = await setUp(partnerOwner());
    apolloController().expectOne('ListingTodo').flushData({ listingTodo: { __typename: 'ListingTodo', listings: [], sentBack: [] } });
    const feed = apolloController().expectOne('NewsFeed');
    expect(feed.operation.variables).toEqual({ unreadOnly: true, page: { offset: 0, limit: 3 } });
    feed.flushData({
      newsFeed: {
        __typename: 'NewsFeed', total: 1, unread: 5,
        items: [{ __typename: 'NewsItem', id: 'n1', title: 'Chiffres de l’été', summary: 'x', category: 'CLIENTELE_FIGURES', status: 'PUBLISHED', publishAt: '2026-11-20T09:00:00.000Z', readAt: null }],
      },
    });
    apolloController().expectOne('OrganisationMeetings').flushData({
      organisationMeetings: [{
        __typename: 'Meeting', id: 'm1', organisationId: 'org-1', organisationName: 'Hôtel du Jura', subject: 'Préparer la saison', place: 'OFFICE',
        preferredSlots: [], status: 'CONFIRMED', startsAt: new Date(Date.now() + 86_400_000).toISOString(), staffMessage: null, version: 2, createdAt: '2026-11-20T09:00:00.000Z',
      }],
    });
    apolloController().expectOne('TaxTodo').flushData(EMPTY_TAX_TODO);
    apolloController()
      .expectOne('PackStatus')
      .flushData({ packStatus: { __typename: 'PackStatus', year: 2026, status: 'TO_RENEW', subscription: null } });
    await settle(fixture);
    const todo = element.querySelector('app-relations-todo')!;
    expect(todo.querySelector('a[href="/actualites/n1"]')?.textContent).toBe('Chiffres de l’été');
    expect(todo.textContent).toContain('Voir les 5 actualités non lues');
    expect(todo.textContent).toContain('Préparer la saison — confirmé pour le');
  });
});
