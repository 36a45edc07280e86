import type { Routes } from '@angular/router';
import { AUTH_ROUTES } from './auth/auth.routes';
import { authGuard, homeGuard, staffGuard } from './auth/auth.guards';

export const routes: Routes = [
  ...AUTH_ROUTES,
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Accueil',
        canActivate: [homeGuard],
        loadComponent: () => import('./partner/home/home').then((m) => m.Home),
      },
      {
        path: 'organisation',
        loadChildren: () => import('./partner/partner.routes').then((m) => m.ORGANISATION_ROUTES),
      },
      {
        path: 'compte',
        loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
      },
      {
        path: 'partenaires',
        canActivate: [staffGuard],
        loadChildren: () => import('./staff/staff.routes').then((m) => m.PARTNER_DIRECTORY_ROUTES),
      },
      {
        path: 'courriels',
        canActivate: [staffGuard],
        loadChildren: () => import('./staff/staff.routes').then((m) => m.OUTBOX_ROUTES),
      },
    ],
  },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
