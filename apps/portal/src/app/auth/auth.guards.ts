import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import { type Action, can, decideCall, isTenantAction } from '@extranet/domain/access';
import { type Observable, catchError, map, of } from 'rxjs';
import { Flash, PAGE_REFUSED_MESSAGE } from '../shared/flash';
import { type CurrentUser, Session, toActor } from './session';

function signInPage(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/connexion'], {
    queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
  });
}

/** What every guard starts from: who is signed in, or null when nobody is (or the API cannot say). */
function currentUser(): Observable<CurrentUser | null> {
  return inject(Session)
    .load()
    .pipe(catchError(() => of(null)));
}

/** Lets signed-in users through; sends everyone else to /connexion, remembering where they wanted to go. */
export const authGuard: CanActivateFn = (_route, state): Observable<boolean | UrlTree> => {
  const router = inject(Router);
  return currentUser().pipe(map((user) => (user ? true : signInPage(router, state.url))));
};

/**
 * Lets through whoever the shared policy allows to do `action`, as the API will decide: for a tenant
 * action, on the organisation named by the route's `:id`. Others go back home, visitors to /connexion.
 *
 * ```ts
 * { path: 'partenaires', canActivate: [allowGuard('organisation.list')], loadChildren: … }
 * ```
 */
export function allowGuard(action: Action): CanActivateFn {
  return (route, state): Observable<boolean | UrlTree> => {
    const router = inject(Router);
    const flash = inject(Flash);
    const organisationId = route.paramMap.get('id');
    const subject = isTenantAction(action) && organisationId ? { organisationId } : undefined;
    return currentUser().pipe(
      map((user) => {
        if (!user) {
          return signInPage(router, state.url);
        }
        if (can(toActor(user), action, subject)) {
          return true;
        }
        flash.next(PAGE_REFUSED_MESSAGE);
        return router.createUrlTree(['/']);
      }),
    );
  };
}

/**
 * For the page of one object whose organisation is known only once it is loaded (`/fiches/:id`):
 * lets through whoever may call `action` at all, as the API's guard decides (the office, and for
 * a tenant action anyone with a membership). The API then answers NOT_FOUND for an object of
 * another organisation, and the page says so.
 */
export function allowCallGuard(action: Action): CanActivateFn {
  return (_route, state): Observable<boolean | UrlTree> => {
    const router = inject(Router);
    const flash = inject(Flash);
    return currentUser().pipe(
      map((user) => {
        if (!user) {
          return signInPage(router, state.url);
        }
        if (decideCall(toActor(user), action) === 'allow') {
          return true;
        }
        flash.next(PAGE_REFUSED_MESSAGE);
        return router.createUrlTree(['/']);
      }),
    );
  };
}

/**
 * The home page serves partners (their organisations and listings) and reviewers (the review
 * queue at a glance). Someone without an organisation who may only browse partners has nothing
 * there: they work from the directory.
 */
export const homeGuard: CanActivateFn = (): Observable<boolean | UrlTree> => {
  const router = inject(Router);
  return currentUser().pipe(map((user) => (user && worksFromDirectory(user) ? router.createUrlTree(['/partenaires']) : true)));
};

/** Where a user lands after signing in when no page was asked for: their home, or the directory. */
export function landingPath(user: CurrentUser): string {
  return worksFromDirectory(user) ? '/partenaires' : '/';
}

function worksFromDirectory(user: CurrentUser): boolean {
  const actor = toActor(user);
  return user.memberships.length === 0 && can(actor, 'organisation.list') && !can(actor, 'changeRequest.review');
}

/** Accepts only same-site paths as a return address (no `//evil.example`, no absolute URLs). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}
