import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import { can } from '@extranet/domain/access';
import { type Observable, catchError, map, of } from 'rxjs';
import { type CurrentUser, Session, toActor } from './session';

function signInPage(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/connexion'], {
    queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
  });
}

/** Lets signed-in users through; sends everyone else to /connexion, remembering where they wanted to go. */
export const authGuard: CanActivateFn = (_route, state): Observable<boolean | UrlTree> => {
  const router = inject(Router);
  return inject(Session)
    .load()
    .pipe(
      map((user) => (user ? true : signInPage(router, state.url))),
      catchError(() => of(signInPage(router, state.url))),
    );
};

/** Office staff only (those the shared policy lets list every partner); partners go back home. */
export const staffGuard: CanActivateFn = (_route, state): Observable<boolean | UrlTree> => {
  const router = inject(Router);
  return inject(Session)
    .load()
    .pipe(
      map((user) => {
        if (!user) {
          return signInPage(router, state.url);
        }
        return can(toActor(user), 'organisation.list') ? true : router.createUrlTree(['/']);
      }),
      catchError(() => of(signInPage(router, state.url))),
    );
};

/** Staff without an organisation of their own have no partner home: they work from the directory. */
export const homeGuard: CanActivateFn = (): Observable<boolean | UrlTree> => {
  const router = inject(Router);
  return inject(Session)
    .load()
    .pipe(
      map((user) =>
        user && user.memberships.length === 0 && can(toActor(user), 'organisation.list')
          ? router.createUrlTree(['/partenaires'])
          : true,
      ),
      catchError(() => of(true)),
    );
};

/** Where a user lands after signing in when no page was asked for: staff work from the partner directory. */
export function landingPath(user: CurrentUser): string {
  return can(toActor(user), 'organisation.list') ? '/partenaires' : '/';
}

/** Accepts only same-site paths as a return address (no `//evil.example`, no absolute URLs). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}
