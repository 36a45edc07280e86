import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apolloController, partnerOwner, provideApolloTesting, render, settle, signInAs, staffUser } from '../../testing/apollo';
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
  }
}

describe('Home', () => {
  afterEach(() => apolloController().verify());

  it('lists the partner’s listings to confirm, and « Rien n’a changé » confirms one in a click', async () => {
    const { fixture, element } = await setUp(partnerOwner());
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
    await settle(fixture);

    const summary = element.querySelector('app-review-summary')!;
    expect(summary.textContent?.replace(/\s+/g, ' ')).toContain('12 demandes en attente, la plus ancienne depuis 9 jours.');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('/demandes');
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
    await settle(fixture);
    const todo = element.querySelector('app-relations-todo')!;
    expect(todo.querySelector('a[href="/actualites/n1"]')?.textContent).toBe('Chiffres de l’été');
    expect(todo.textContent).toContain('Voir les 5 actualités non lues');
    expect(todo.textContent).toContain('Préparer la saison — confirmé pour le');
  });
});
