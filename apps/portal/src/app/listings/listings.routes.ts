import { inject } from '@angular/core';
import type { CanActivateFn, Routes, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import { type Observable, catchError, map, of } from 'rxjs';
import { allowCallGuard, allowGuard } from '../auth/auth.guards';
import { Session } from '../auth/session';

/** Under `/organisation/:id/fiches`: « Mes fiches » of an organisation, and a new one proposed. */
export const ORGANISATION_LISTINGS_ROUTES: Routes = [
  {
    path: '',
    title: 'Mes fiches',
    loadComponent: () => import('./listing-list/listing-list').then((m) => m.ListingList),
  },
  {
    path: 'nouvelle',
    title: 'Proposer une fiche',
    canActivate: [allowGuard('listing.submitChange')],
    loadComponent: () => import('./listing-propose/listing-propose').then((m) => m.ListingPropose),
  },
];

/**
 * `/fiches` (the link of the decision e-mail about a proposal) shows the listings of the user's
 * organisation, the first one as the navigation does; without one, the home page.
 */
const currentOrganisationListings: CanActivateFn = (): Observable<UrlTree> => {
  const router = inject(Router);
  return inject(Session)
    .load()
    .pipe(
      catchError(() => of(null)),
      map((user) => {
        const organisationId = user?.memberships[0]?.organisation.id;
        return organisationId ? router.createUrlTree(['/organisation', organisationId, 'fiches']) : router.createUrlTree(['/']);
      }),
    );
};

/** Under `/fiches`: one listing (the decision e-mails link here) and the partner's change to it. */
export const LISTING_ROUTES: Routes = [
  { path: '', pathMatch: 'full', canActivate: [currentOrganisationListings], children: [] },
  {
    path: ':id',
    title: 'Fiche',
    canActivate: [allowCallGuard('listing.read')],
    loadComponent: () => import('./listing-page/listing-page').then((m) => m.ListingPage),
  },
  {
    path: ':id/modifier',
    title: 'Modifier la fiche',
    canActivate: [allowCallGuard('listing.submitChange')],
    loadComponent: () => import('./listing-edit/listing-edit').then((m) => m.ListingEdit),
  },
];

/** `/fraicheur`: the office's view of listings' freshness, and the confirmation frequencies. */
export const FRESHNESS_ROUTES: Routes = [
  {
    path: '',
    title: 'Fraîcheur des fiches',
    loadComponent: () => import('./freshness/freshness-page').then((m) => m.FreshnessPage),
  },
];
