import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { apolloController, partnerOwner, provideApolloTesting, settle, staffUser } from '../../testing/apollo';
import { OrganisationDocument } from '../organisation/organisation.generated';
import { Session } from './session';

describe('Session', () => {
  afterEach(() => apolloController().verify());

  it('follows the cache through sign-in, sign-out and a second sign-in', async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
    const session = TestBed.inject(Session);
    expect(session.user()).toBeNull();

    await session.signedIn(partnerOwner());
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
    await session.signedIn(staffUser());
    expect(session.user()?.name).toBe('Julie Agent');
  });

  it("drops the previous user's cached data before recording the next one", async () => {
    TestBed.configureTestingModule({ providers: [provideApolloTesting()] });
    const session = TestBed.inject(Session);
    const client = TestBed.inject(Apollo).client;
    await session.signedIn(partnerOwner());
    const organisation = { query: OrganisationDocument, variables: { id: 'org-1' } };
    client.writeQuery({
      ...organisation,
      data: {
        organisation: {
          id: 'org-1',
          name: 'Hôtel du Jura',
          category: 'HOTEL',
          legalForm: 'SARL',
          siret: null,
          address: { street: '12 rue de Genève', postalCode: '01170', communeCode: '01173', communeName: 'Gex' },
          phone: null,
          email: null,
          website: null,
          version: 3,
          updatedAt: '2026-11-20T10:00:00.000Z',
        },
      },
    });
    expect(client.readQuery(organisation)).not.toBeNull();

    await session.signedIn(staffUser());

    expect(client.readQuery(organisation)).toBeNull();
    expect(session.user()?.name).toBe('Julie Agent');
  });
});
