import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  apolloController,
  partnerMember,
  partnerOwner,
  provideApolloTesting,
  settle,
  signInAs,
  staffUser,
} from '../../testing/apollo';
import { Flash, PAGE_REFUSED_MESSAGE } from '../shared/flash';
import { allowGuard, authGuard, homeGuard, safeReturnUrl } from './auth.guards';

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
        { path: 'organisation/:id/equipe/invitations', canActivate: [allowGuard('invitations.read')], component: Blank },
        { path: 'partenaires', canActivate: [allowGuard('organisation.list')], component: Blank },
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

describe('allowGuard', () => {
  afterEach(() => apolloController().verify());

  describe('for a global action (organisation.list)', () => {
    it('lets office staff in', async () => {
      const router = setUp();
      signInAs(staffUser());

      await router.navigateByUrl('/partenaires');

      expect(router.url).toBe('/partenaires');
    });

    it('sends a partner back home, saying why on the home page', async () => {
      const router = setUp();
      signInAs(partnerOwner());
      const flash = TestBed.inject(Flash);

      await router.navigateByUrl('/partenaires');
      flash.navigated(); // as the shell does at the end of each navigation

      expect(router.url).toBe('/');
      expect(flash.message()).toBe(PAGE_REFUSED_MESSAGE);
      flash.navigated();
      expect(flash.message()).toBeNull();
    });

    it('sends a visitor to /connexion', async () => {
      const router = setUp();
      signInAs(null);

      await router.navigateByUrl('/partenaires');

      expect(router.url).toBe('/connexion?returnUrl=%2Fpartenaires');
    });
  });

  describe('for a tenant action (invitations.read), on the organisation of the route’s :id', () => {
    it.each([
      ['an owner of that organisation', '/organisation/org-1/equipe/invitations', partnerOwner(), 'org-1'],
      ['staff, on any organisation', '/organisation/org-9/equipe/invitations', staffUser(), 'org-9'],
      ['a plain member of that organisation', '/', partnerMember(), 'org-1'],
      ['an owner of another organisation', '/', partnerOwner(), 'org-2'],
    ])('%s ends on %s', async (_who, expected, user, organisationId) => {
      const router = setUp();
      signInAs(user);

      await router.navigateByUrl(`/organisation/${organisationId}/equipe/invitations`);

      expect(router.url).toBe(expected);
    });
  });
});

describe('homeGuard', () => {
  afterEach(() => apolloController().verify());

  it('keeps staff on their home page, where the review queue is summed up', async () => {
    const router = setUp();
    signInAs(staffUser());

    await router.navigateByUrl('/');

    expect(router.url).toBe('/');
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
