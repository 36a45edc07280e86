import { HttpHeaders } from '@angular/common/http';
import { type EnvironmentInjector, Injector, createEnvironmentInjector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { ApolloLink, type FieldMergeFunction, InMemoryCache, type StoreObject } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { Apollo, provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { Session } from '../auth/session';
import { Flash, SESSION_EXPIRED_KEEP_MESSAGE, SESSION_EXPIRED_MESSAGE, hasUnsavedForm } from '../shared/flash';

/** Operations that may legitimately answer UNAUTHENTICATED without meaning « your session ended ». */
const SIGNED_OUT_OPERATIONS = new Set([
  'Me',
  'SignIn',
  'SignOut',
  'RequestPasswordReset',
  'ResetPassword',
  'InvitationPreview',
  'AcceptInvitation',
  'ChangePassword',
]);

/** The normalised cache is the portal's only store of server data. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Members and memberships have no id of their own: keep them inside their parent list.
      Member: { keyFields: false },
      Membership: { keyFields: false },
      Address: { keyFields: false },
      InvitationPreview: { keyFields: false },
      // A listing's content has no id: a list row's few fields merge into the full content the
      // listing page read, instead of replacing it (and each page asking the server again).
      ListingContent: { merge: true },
      ListingAddress: { merge: true },
      TranslatedText: { merge: true },
      ChangeRequest: {
        fields: {
          // The queue reads each change's label, the review page its values: merge them by path.
          changes: { merge: mergeChangesByPath },
        },
      },
    },
  });
}

type ChangeRef = StoreObject & { path: string };

/** Changes of one request, as the server last listed them, each keeping what an earlier read knew. */
const mergeChangesByPath: FieldMergeFunction<ChangeRef[], ChangeRef[]> = (existing, incoming, { mergeObjects }) => {
  const known = new Map((existing ?? []).map((change) => [change.path, change]));
  return incoming.map((change) => {
    const before = known.get(change.path);
    return before ? (mergeObjects(before, change) as ChangeRef) : change;
  });
};

/**
 * Builds the portal's Apollo client, in an injector of its own under `parent` (the root). Only
 * `GraphQLClient.load()` calls this, once: this module and Apollo are a lazy chunk.
 */
export function createApollo(parent: EnvironmentInjector): Apollo {
  const injector = createEnvironmentInjector(
    [
      provideApollo(() => {
        const router = inject(Router);
        const injector = inject(Injector);
        const cache = createCache();
        const http = inject(HttpLink).create({
          uri: '/graphql',
          withCredentials: true,
          // The API's CSRF prevention refuses requests without a non-simple header.
          headers: new HttpHeaders({ 'apollo-require-preflight': 'true' }),
        });
        // When the session cookie expires mid-visit, forget everything the user had loaded (the next
        // person to sign in on this browser must not see it) and ask them to sign in again.
        const sessionExpired = new ErrorLink(({ error, operation }) => {
          if (
            CombinedGraphQLErrors.is(error) &&
            !SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '') &&
            error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
          ) {
            const flash = injector.get(Flash);
            if (hasUnsavedForm()) {
              // Leaving would lose what the user typed: keep the page, say so, and let them sign in
              // again in another tab (the session cookie is shared), then save again here.
              flash.now(SESSION_EXPIRED_KEEP_MESSAGE, { label: 'Se reconnecter dans un nouvel onglet', href: '/connexion' });
              return;
            }
            // Looked up only now: the session waits for the client this factory is building.
            void injector
              .get(Session)
              .signedOut()
              .then(() => {
                if (!router.url.startsWith('/connexion')) {
                  flash.next(SESSION_EXPIRED_MESSAGE);
                  void router.navigate(['/connexion'], { queryParams: { returnUrl: router.url } });
                }
              });
          }
        });
        return { link: ApolloLink.from([sessionExpired, http]), cache };
      }),
    ],
    parent,
    'Apollo',
  );
  return injector.get(Apollo);
}
