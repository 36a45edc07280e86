import { inject } from '@angular/core';
import type { CanActivateFn, Routes, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import { can } from '@extranet/domain/access';
import { type Observable, catchError, map, of } from 'rxjs';
import { allowGuard } from '../auth/auth.guards';
import { Session, toActor } from '../auth/session';

/** `/packs`: the office goes to the subscriptions, a partner to its first organisation's packs. */
const landing: CanActivateFn = (): Observable<UrlTree> => {
  const router = inject(Router);
  return inject(Session)
    .load()
    .pipe(
      catchError(() => of(null)),
      map((user) => {
        if (user && can(toActor(user), 'subscription.list')) return router.createUrlTree(['/packs', 'souscriptions']);
        const organisationId = user?.memberships[0]?.organisation.id;
        return organisationId ? router.createUrlTree(['/packs', 'organisation', organisationId]) : router.createUrlTree(['/']);
      }),
    );
};

/** `/packs` — service packs: choose, subscribe, pay, invoices; catalogue and subscriptions for the office. */
export const PACKS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', canActivate: [landing], children: [] },
  {
    path: 'organisation/:id',
    title: 'Packs de services',
    canActivate: [allowGuard('subscription.read')],
    loadComponent: () => import('./partner-packs').then((m) => m.PartnerPacks),
  },
  {
    path: 'souscriptions',
    title: 'Souscriptions aux packs',
    canActivate: [allowGuard('subscription.list')],
    loadComponent: () => import('./staff-subscriptions').then((m) => m.StaffSubscriptions),
  },
  {
    path: 'suivi',
    title: 'Suivi des packs',
    canActivate: [allowGuard('subscription.list')],
    loadComponent: () => import('./staff-follow-up').then((m) => m.StaffFollowUp),
  },
  {
    path: 'catalogue',
    title: 'Catalogue des packs',
    canActivate: [allowGuard('catalogue.manage')],
    loadComponent: () => import('./staff-catalogue').then((m) => m.StaffCatalogue),
  },
];
