import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  apolloController,
  partnerOwner,
  provideApolloTesting,
  settle,
  signInAs,
  staffUser,
} from '../../testing/apollo';
import { authGuard, homeGuard, safeReturnUrl, staffGuard } from './auth.guards';

@Component({ template: '' })
class Blank {}

function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideApolloTesting(),
      provideRouter([
        { path: 'connexion', component: Blank },
        { path: '', pathMatch: 'full', canActivate: [authGuard, homeGuard], component: Blank },
        { path: 'organisation/:id', canActivate: [authGuard], component: Blank },
        { path: 'partenaires', canActivate: [staffGuard], component: Blank },
      ]),
    ],
  });
  return TestBed.inject(Router);
}

describe('authGuard', () => {
  afterEach(() => apolloController().verify());

  it('asks the API who is signed in and sends a visitor to /connexion with the return address', async () => {
    const router = setUp();
    const navigation = router.navigateByUrl('/organisation/org-1');
    await settle();

    apolloController().expectOne('Me').flushData({ me: null });
    await navigation;

    expect(router.url).toBe('/connexion?returnUrl=%2Forganisation%2Forg-1');
  });

  it('lets a signed-in user through', async () => {
    const router = setUp();
    const navigation = router.navigateByUrl('/organisation/org-1');
    await settle();

    apolloController().expectOne('Me').flushData({ me: partnerOwner() });
    expect(await navigation).toBe(true);

    expect(router.url).toBe('/organisation/org-1');
  });

  it('answers from the cache once the user is known', async () => {
    const router = setUp();
    signInAs(partnerOwner());

    await router.navigateByUrl('/organisation/org-1');

    apolloController().expectNone('Me');
    expect(router.url).toBe('/organisation/org-1');
  });

  it('treats an unreachable API as signed out', async () => {
    const router = setUp();
    const navigation = router.navigateByUrl('/organisation/org-1');
    await settle();

    apolloController().expectOne('Me').networkError(new Error('Http failure response for /graphql: 0 Unknown Error'));
    await navigation;

    expect(router.url).toBe('/connexion?returnUrl=%2Forganisation%2Forg-1');
  });
});

describe('staffGuard', () => {
  afterEach(() => apolloController().verify());

  it('lets office staff in', async () => {
    const router = setUp();
    signInAs(staffUser());

    await router.navigateByUrl('/partenaires');

    expect(router.url).toBe('/partenaires');
  });

  it('sends a partner back home', async () => {
    const router = setUp();
    signInAs(partnerOwner());

    await router.navigateByUrl('/partenaires');

    expect(router.url).toBe('/');
  });

  it('sends a visitor to /connexion', async () => {
    const router = setUp();
    signInAs(null);

    await router.navigateByUrl('/partenaires');

    expect(router.url).toBe('/connexion?returnUrl=%2Fpartenaires');
  });
});

describe('homeGuard', () => {
  afterEach(() => apolloController().verify());

  it('sends staff without an organisation to the partner directory', async () => {
    const router = setUp();
    signInAs(staffUser());

    await router.navigateByUrl('/');

    expect(router.url).toBe('/partenaires');
  });

  it('keeps partners on their home page', async () => {
    const router = setUp();
    signInAs(partnerOwner());

    await router.navigateByUrl('/');

    expect(router.url).toBe('/');
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/organisation/org-1', '/organisation/org-1'],
    ['/partenaires?page=2', '/partenaires?page=2'],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['', null],
    [undefined, null],
  ])('%p → %p', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
