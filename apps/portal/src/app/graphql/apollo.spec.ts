import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { partnerOwner, settle, userPayload } from '../../testing/apollo';
import { Session } from '../auth/session';
import { OrganisationDocument } from '../organisation/organisation.generated';
import { InvitationsDocument } from '../team/team.generated';
import { Flash, SESSION_EXPIRED_KEEP_MESSAGE, SESSION_EXPIRED_MESSAGE } from '../shared/flash';
import { GraphQLClient } from './graphql-client';

@Component({ template: '' })
class Blank {}

const organisationOfA = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Hôtel du Jura',
  category: 'HOTEL',
  legalForm: 'SARL',
  siret: '73282932000074',
  address: { __typename: 'Address', street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
  phone: '04 50 41 53 85',
  email: 'contact@hotel-du-jura.fr',
  website: null,
  version: 3,
  updatedAt: '2026-11-20T10:00:00.000Z',
};

/** The one pending POST /graphql for `operationName`. */
function request(operationName: string) {
  return TestBed.inject(HttpTestingController).expectOne(
    (req) => req.url === '/graphql' && (req.body as { operationName?: string }).operationName === operationName,
  );
}

describe('the GraphQL client', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('is loaded on first use, once, however many ask at the same time', async () => {
    const graphql = TestBed.inject(GraphQLClient);
    expect(() => graphql.loaded()).toThrow(/before it was loaded/);
    let early: unknown = null;
    graphql.whenLoaded((apollo) => (early = apollo));

    const [first, second] = await Promise.all([graphql.load(), graphql.load()]);

    expect(first).toBe(second);
    expect(graphql.loaded()).toBe(first);
    expect(early).toBe(first);
    expect(await graphql.load()).toBe(first);
  });

  it("forgets the expired user's data, so the next user on this browser asks the API again", async () => {
    const apollo = await TestBed.inject(GraphQLClient).load();
    const session = TestBed.inject(Session);
    const router = TestBed.inject(Router);

    // User A is on their organisation's page; the organisation is now in the cache.
    await session.signedIn(partnerOwner());
    await router.navigateByUrl('/organisation/org-1');
    const loaded = firstValueFrom(apollo.query({ query: OrganisationDocument, variables: { id: 'org-1' } }));
    request('Organisation').flush({ data: { organisation: organisationOfA } });
    expect((await loaded).data?.organisation.name).toBe('Hôtel du Jura');

    // A's session cookie expires: the next request answers UNAUTHENTICATED.
    const refused = firstValueFrom(apollo.query({ query: InvitationsDocument, variables: { organisationId: 'org-1' } }));
    request('Invitations').flush({
      data: null,
      errors: [{ message: 'Veuillez vous connecter.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(refused).rejects.toBeDefined();
    await settle();

    expect(router.url).toBe('/connexion?returnUrl=%2Forganisation%2Forg-1');
    const flash = TestBed.inject(Flash);
    flash.navigated(); // as the shell does: the sign-in page says why
    expect(flash.message()).toBe(SESSION_EXPIRED_MESSAGE);
    expect(session.user()).toBeNull();
    expect(apollo.client.readQuery({ query: OrganisationDocument, variables: { id: 'org-1' } })).toBeNull();

    // User B signs in on the same browser and is sent back to A's address: the API decides, not the cache.
    const userB = userPayload({
      id: 'user-9',
      name: 'Marc Durand',
      email: 'marc@camping-des-lacs.fr',
      memberships: [{ role: 'OWNER', organisationId: 'org-2', organisationName: 'Camping des Lacs' }],
    });
    await session.signedIn(userB);
    const asB = firstValueFrom(apollo.query({ query: OrganisationDocument, variables: { id: 'org-1' } }));
    request('Organisation').flush({
      data: null,
      errors: [{ message: 'Organisation introuvable.', extensions: { code: 'NOT_FOUND' } }],
    });
    await expect(asB).rejects.toBeDefined();
    expect(session.user()?.name).toBe('Marc Durand');
  });

  it('keeps a page with unsaved changes when the session expires, and says how to save them', async () => {
    const apollo = await TestBed.inject(GraphQLClient).load();
    const session = TestBed.inject(Session);
    const router = TestBed.inject(Router);
    await session.signedIn(partnerOwner());
    await router.navigateByUrl('/organisation/org-1/modifier');
    // A form the user has typed in.
    const main = document.createElement('main');
    main.innerHTML = '<form class="ng-dirty"><input value="Hôtel du Jura rénové"></form>';
    document.body.append(main);

    const refused = firstValueFrom(apollo.query({ query: InvitationsDocument, variables: { organisationId: 'org-1' } }));
    request('Invitations').flush({ data: null, errors: [{ message: 'Veuillez vous connecter.', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(refused).rejects.toBeDefined();
    await settle();

    expect(router.url).toBe('/organisation/org-1/modifier');
    const flash = TestBed.inject(Flash);
    expect(flash.message()).toBe(SESSION_EXPIRED_KEEP_MESSAGE);
    expect(flash.message()).toContain('Votre session a expiré');
    expect(flash.link()).toEqual({ label: 'Se reconnecter dans un nouvel onglet', href: '/connexion' });
    expect(flash.urgent()).toBe(true);
    main.remove();
  });
});
