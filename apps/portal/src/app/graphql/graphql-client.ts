import { EnvironmentInjector, Injectable, InjectionToken, inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import type { Apollo } from 'apollo-angular';

/** An Apollo built beforehand (the unit tests' ApolloTestingModule), used instead of loading one. */
export const PRELOADED_APOLLO = new InjectionToken<Apollo>('PRELOADED_APOLLO');

/**
 * Apollo Client and graphql-js weigh about 38 kB (brotli), a fifth of what the portal needs before
 * any page: they are not in the initial download, so the first page paints without them. The client
 * is loaded once, on the first request (the shell asks who is signed in as soon as it starts, so in
 * practice while the first page renders).
 *
 * Code that may run before it is there (the session, the signed-out pages) awaits `load()`. Pages
 * behind the auth guard inject `APOLLO`: the guard has loaded it, by asking who is signed in.
 */
@Injectable({ providedIn: 'root' })
export class GraphQLClient {
  private readonly injector = inject(EnvironmentInjector);
  private apollo: Apollo | null = inject(PRELOADED_APOLLO, { optional: true });
  private loading: Promise<Apollo> | null = null;
  private readonly waiting: ((apollo: Apollo) => void)[] = [];

  /** The client, loading it the first time. A failed load (network lost) is tried again next call. */
  load(): Promise<Apollo> {
    if (this.apollo) {
      return Promise.resolve(this.apollo);
    }
    this.loading ??= import('./apollo').then(
      ({ createApollo }) => {
        const apollo = createApollo(this.injector);
        this.apollo = apollo;
        for (const callback of this.waiting.splice(0)) {
          callback(apollo);
        }
        return apollo;
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  /** Runs `callback` with the client once it is loaded (now, if it already is). */
  whenLoaded(callback: (apollo: Apollo) => void): void {
    if (this.apollo) {
      callback(this.apollo);
    } else {
      this.waiting.push(callback);
    }
  }

  /** The loaded client; only for code that runs behind the auth guard. */
  loaded(): Apollo {
    if (!this.apollo) {
      throw new Error('The GraphQL client is used before it was loaded: put the page behind the auth guard, or await load().');
    }
    return this.apollo;
  }
}

/** Apollo, for the pages and services behind the auth guard (which loaded it). */
export const APOLLO = new InjectionToken<Apollo>('APOLLO', {
  providedIn: 'root',
  factory: () => inject(GraphQLClient).loaded(),
});

/** For a signed-out page whose services inject `APOLLO`: opens it once the client is loaded. */
export const graphqlLoaded: CanActivateFn = () => inject(GraphQLClient).load().then(() => true);
