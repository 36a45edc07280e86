import type { Routes } from '@angular/router';
import { AUTH_ROUTES } from './auth/auth.routes';
import { authGuard, homeGuard, staffGuard } from './auth/auth.guards';

/** Each feature is its own lazy chunk; the shell carries only the sign-in pages' routes and the guards. */
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
        loadComponent: () => import('./home/home').then((m) => m.Home),
      },
      {
        path: 'organisation/:id/equipe',
        loadChildren: () => import('./team/team.routes').then((m) => m.TEAM_ROUTES),
      },
      {
        path: 'organisation',
        loadChildren: () => import('./organisation/organisation.routes').then((m) => m.ORGANISATION_ROUTES),
      },
      {
        path: 'compte',
        loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
      },
      {
        path: 'partenaires',
        canActivate: [staffGuard],
        loadChildren: () => import('./directory/directory.routes').then((m) => m.DIRECTORY_ROUTES),
      },
      {
        path: 'courriels',
        canActivate: [staffGuard],
        loadChildren: () => import('./outbox/outbox.routes').then((m) => m.OUTBOX_ROUTES),
      },
    ],
  },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
