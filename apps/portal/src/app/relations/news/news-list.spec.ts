import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apolloController, partnerOwner, provideApolloTesting, render, signInAs, staffUser } from '../../../testing/apollo';
import { NewsArticle } from './news-article';
import { NewsList } from './news-list';

const item = (id: string, title: string, readAt: string | null) => ({
  __typename: 'NewsItem', id, title, summary: `Résumé de ${title}`, category: 'CLIENTELE_FIGURES', status: 'PUBLISHED',
  publishAt: '2026-11-20T09:00:00.000Z', readAt,
});

async function open(url: string, user = partnerOwner()) {
  TestBed.configureTestingModule({
    providers: [provideApolloTesting(), provideRouter([{ path: 'actualites', component: NewsList }, { path: 'actualites/:id', component: NewsArticle }], withComponentInputBinding())],
  });
  signInAs(user);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await render(harness.fixture);
  return { fixture: harness.fixture, element: harness.fixture.nativeElement as HTMLElement };
}

describe('NewsList', () => {
  afterEach(() => apolloController().verify());

  it('marks unread items and says how many are left', async () => {
    const { fixture, element } = await open('/actualites');
    apolloController().expectOne('NewsFeed').flushData({
      newsFeed: { __typename: 'NewsFeed', total: 2, unread: 1, items: [item('n1', 'Chiffres de l’été', null), item('n2', 'Formation', '2026-11-21T09:00:00.000Z')] },
    });
    await render(fixture);
    const items = [...element.querySelectorAll('.news > li')];
    expect(items.map((li) => li.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Chiffres de l’été, Non lue', 'Formation']);
    expect(element.textContent).toContain('1 actualité non lue.');
    expect(element.querySelector('a[href="/actualites/preferences"]')).not.toBeNull();
    expect(element.querySelector('a[href="/actualites/gestion"]')).toBeNull();
  });

  it('offers staff the management page', async () => {
    const { fixture, element } = await open('/actualites', staffUser());
    apolloController().expectOne('NewsFeed').flushData({ newsFeed: { __typename: 'NewsFeed', total: 0, unread: 0, items: [] } });
    await render(fixture);
    expect(element.querySelector('a[href="/actualites/gestion"]')).not.toBeNull();
  });
});

describe('NewsArticle', () => {
  afterEach(() => apolloController().verify());

  it('shows the rendered body and marks an unread item read, once', async () => {
    const { fixture, element } = await open('/actualites/n1');
    apolloController().expectOne('NewsItem').flushData({
      newsItem: {
        ...item('n1', 'Chiffres de l’été', null), body: '**+8 %**', bodyHtml: '<p><strong>+8 %</strong></p>', openCount: null, attachmentName: null, version: 2,
        target: { __typename: 'NewsTarget', audience: 'ALL_PARTNERS', categories: [], communes: [] },
      },
    });
    await render(fixture);
    expect(element.querySelector('h1')?.textContent).toBe('Chiffres de l’été');
    expect(element.querySelector('.body strong')?.textContent).toBe('+8 %');
    const mark = apolloController().expectOne('MarkNewsRead');
    expect(mark.operation.variables).toEqual({ id: 'n1' });
    mark.flushData({ markNewsRead: { __typename: 'NewsItem', id: 'n1', readAt: '2026-11-29T10:00:00.000Z' } });
  });
});
