import type { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { importProvidersFrom, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { MeDocument } from '../app/auth/auth.generated';
import type { CurrentUser } from '../app/auth/session';
import { createCache } from '../app/graphql/apollo';
import { PRELOADED_APOLLO } from '../app/graphql/graphql-client';

/**
 * Apollo backed by ApolloTestingController, with the portal's real cache configuration, given to
 * `GraphQLClient` as already loaded (the app loads its own lazily).
 */
export function provideApolloTesting(): (Provider | EnvironmentProviders)[] {
  return [
    importProvidersFrom(ApolloTestingModule),
    { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
    { provide: PRELOADED_APOLLO, useFactory: () => inject(Apollo) },
  ];
}

export function apolloController(): ApolloTestingController {
  return TestBed.inject(ApolloTestingController);
}

interface UserOptions {
  id?: string;
  name?: string;
  email?: string;
  globalRoles?: CurrentUser['globalRoles'];
  memberships?: { role: 'OWNER' | 'MEMBER'; organisationId: string; organisationName?: string }[];
}

/** A `me` payload shaped like the API's answer (with __typename, as Apollo asks for it). */
export function userPayload(options: UserOptions = {}) {
  return {
    __typename: 'CurrentUser' as const,
    id: options.id ?? 'user-1',
    name: options.name ?? 'Claire Martin',
    email: options.email ?? 'claire@hotel-du-jura.fr',
    globalRoles: options.globalRoles ?? [],
    memberships: (options.memberships ?? []).map((m) => ({
      __typename: 'Membership' as const,
      role: m.role,
      organisation: {
        __typename: 'Organisation' as const,
        id: m.organisationId,
        name: m.organisationName ?? 'Hôtel du Jura',
        category: 'HOTEL' as const,
      },
    })),
  };
}

export const partnerOwner = () =>
  userPayload({ memberships: [{ role: 'OWNER', organisationId: 'org-1' }] });
export const partnerMember = () =>
  userPayload({ id: 'user-2', memberships: [{ role: 'MEMBER', organisationId: 'org-1' }] });
export const staffUser = () =>
  userPayload({ id: 'staff-1', name: 'Julie Agent', email: 'julie@paysdegex-tourisme.fr', globalRoles: ['STAFF'] });

/** Puts a signed-in user in the cache, as the auth guard would have done. */
export function signInAs(user: ReturnType<typeof userPayload> | null): void {
  TestBed.inject(Apollo).client.writeQuery({ query: MeDocument, data: { me: user } });
}

/** Lets Apollo's promise chains and Angular's rendering settle. */
export async function settle(fixture?: { whenStable(): Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture?.whenStable();
  }
}

/**
 * Renders and lets queued work run without waiting for stability: while a resource waits for a
 * response that the test has not flushed yet, `whenStable()` would never resolve.
 */
export async function render(fixture: { detectChanges(): void }): Promise<void> {
  fixture.detectChanges();
  await new Promise((resolve) => setTimeout(resolve, 0));
  fixture.detectChanges();
}
