import { Injectable, computed, inject, signal } from '@angular/core';
import type { Actor } from '@extranet/domain/access';
import type { Apollo } from 'apollo-angular';
import { type Observable, from, map, switchMap } from 'rxjs';
import { GraphQLClient } from '../graphql/graphql-client';
import { type CurrentUserFieldsFragment, MeDocument, SignOutDocument } from './auth.generated';

export type CurrentUser = CurrentUserFieldsFragment;

const CURRENT_ORGANISATION_KEY = 'extranet.organisation';

function readChosenOrganisation(): string | null {
  try {
    return localStorage.getItem(CURRENT_ORGANISATION_KEY);
  } catch {
    return null;
  }
}

/** The policy's view of a user, as `can()` expects it. */
export function toActor(user: CurrentUser): Actor {
  return {
    userId: user.id,
    globalRoles: [...user.globalRoles],
    memberships: user.memberships.map((m) => ({ organisationId: m.organisation.id, role: m.role })),
  };
}

/**
 * The signed-in user, read from the Apollo cache (`me`). Guards load it; `signedIn` and `signedOut`
 * are the only writers, and each empties the cache first so no user ever sees another's data.
 * Apollo itself is loaded on the first call (see `GraphQLClient`).
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly graphql = inject(GraphQLClient);
  private readonly current = signal<CurrentUser | null>(null);
  private stopWatching: (() => void) | null = null;

  /** The current user, or null when signed out or not known yet. */
  readonly user = this.current.asReadonly();

  readonly actor = computed<Actor | null>(() => {
    const user = this.current();
    return user ? toActor(user) : null;
  });

  private readonly chosenOrganisationId = signal<string | null>(readChosenOrganisation());

  /**
   * The organisation the header's links point to: the one chosen in the header's switcher when the
   * user still belongs to it, otherwise their first membership (what the app always used).
   */
  readonly currentOrganisationId = computed<string | null>(() => {
    const memberships = this.current()?.memberships ?? [];
    const chosen = this.chosenOrganisationId();
    return memberships.find((m) => m.organisation.id === chosen)?.organisation.id ?? memberships[0]?.organisation.id ?? null;
  });

  /** Remembers the organisation picked in the header (for this browser, across reloads). */
  chooseOrganisation(organisationId: string): void {
    this.chosenOrganisationId.set(organisationId);
    try {
      localStorage.setItem(CURRENT_ORGANISATION_KEY, organisationId);
    } catch {
      // Private browsing without storage: the choice lasts until the page is reloaded.
    }
  }

  constructor() {
    this.graphql.whenLoaded((apollo) => {
      this.watchCache(apollo);
      // clearStore() drops every cache watcher: follow the emptied cache again afterwards.
      apollo.client.onClearStore(async () => this.watchCache(apollo));
    });
  }

  /** Asks the API once per page load (then the cache answers) who is signed in. */
  load(): Observable<CurrentUser | null> {
    return from(this.graphql.load()).pipe(
      switchMap((apollo) => apollo.query({ query: MeDocument, fetchPolicy: 'cache-first' })),
      map((result) => (result.data?.me ?? null) as CurrentUser | null),
    );
  }

  /**
   * Records the user returned by signIn / acceptInvitation. Whatever the previous user left in the
   * cache goes first: cache-first queries would otherwise show their data to the new user.
   */
  signedIn(user: CurrentUser): Promise<void> {
    return this.startOver(user);
  }

  /** The session has ended (signed out, or the API answered UNAUTHENTICATED): forget everything. */
  signedOut(): Promise<void> {
    return this.startOver(null);
  }

  /** Ends the session on the server, then forgets every cached server datum. */
  signOut(): Observable<void> {
    return from(this.graphql.load()).pipe(
      switchMap((apollo) => apollo.mutate({ mutation: SignOutDocument })),
      switchMap(() => this.signedOut()),
    );
  }

  /** Every change of user goes through here: empty the cache, then record who is signed in now. */
  private async startOver(me: CurrentUser | null): Promise<void> {
    // clearStore(), not resetStore(): resetStore() would refetch the open pages with the old user's variables.
    const apollo = await this.graphql.load();
    await apollo.client.clearStore();
    apollo.client.writeQuery({ query: MeDocument, data: { me } });
  }

  private watchCache(apollo: Apollo): void {
    this.stopWatching?.();
    this.stopWatching = apollo.client.cache.watch({
      query: MeDocument,
      optimistic: true,
      immediate: true,
      callback: (diff) => {
        this.current.set(diff.complete ? ((diff.result?.me ?? null) as CurrentUser | null) : null);
      },
    });
  }
}
