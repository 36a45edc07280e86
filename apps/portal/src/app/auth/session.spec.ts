import { TestBed } from '@angular/core/testing';
import { apolloController, partnerOwner, provideApolloTesting, settle, staffUser } from '../../testing/apollo';
import { Session } from './session';

describe('Session', () => {
  afterEach(() => apolloController().verify());

  it('follows the cache through sign-in, sign-out and a second sign-in', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
    const session = TestBed.inject(Session);
    expect(session.user()).toBeNull();

    session.signedIn(partnerOwner());
    expect(session.user()?.name).toBe('Claire Martin');
    expect(session.actor()).toEqual({
      userId: 'user-1',
      globalRoles: [],
      memberships: [{ organisationId: 'org-1', role: 'OWNER' }],
    });

    const signedOut = new Promise<void>((resolve, reject) => session.signOut().subscribe({ complete: resolve, error: reject }));
    await settle();
    apolloController().expectOne('SignOut').flushData({ signOut: true });
    await signedOut;
    expect(session.user()).toBeNull();

    // Clearing the store drops cache watchers; the session must still see the next user.
    session.signedIn(staffUser());
    expect(session.user()?.name).toBe('Julie Agent');
  });
});
