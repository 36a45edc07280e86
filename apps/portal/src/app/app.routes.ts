import type { Routes } from '@angular/router';
import { AUTH_ROUTES } from './auth/auth.routes';
import { allowGuard, authGuard, homeGuard } from './auth/auth.guards';
import { LEGAL_ROUTES } from './legal/legal.routes';

/**
 * Each feature is its own lazy chunk, behind a guard asking the shared policy for the action the page
 * serves (the API asks the same question of every request).
 */
export const routes: Routes = [
  ...AUTH_ROUTES,
  ...LEGAL_ROUTES,
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
        canActivate: [allowGuard('members.read')],
        loadChildren: () => import('./team/team.routes').then((m) => m.TEAM_ROUTES),
      },
      {
        path: 'organisation/:id/fiches',
        canActivate: [allowGuard('listing.read')],
        loadChildren: () => import('./listings/listings.routes').then((m) => m.ORGANISATION_LISTINGS_ROUTES),
      },
      {
        path: 'fiches',
        loadChildren: () => import('./listings/listings.routes').then((m) => m.LISTING_ROUTES),
      },
      {
        path: 'fraicheur',
        canActivate: [allowGuard('dashboard.read')],
        loadChildren: () => import('./listings/listings.routes').then((m) => m.FRESHNESS_ROUTES),
      },
      {
        path: 'demandes',
        canActivate: [allowGuard('changeRequest.review')],
        loadChildren: () => import('./review/review.routes').then((m) => m.REVIEW_ROUTES),
      },
      {
        path: 'organisation/:id',
        canActivate: [allowGuard('organisation.read')],
        loadChildren: () => import('./organisation/organisation.routes').then((m) => m.ORGANISATION_ROUTES),
      },
      {
        path: 'compte',
        loadChildren: () => import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
      },
      {
        path: 'partenaires',
        canActivate: [allowGuard('organisation.list')],
        loadChildren: () => import('./directory/directory.routes').then((m) => m.DIRECTORY_ROUTES),
      },
      {
        path: 'courriels',
        canActivate: [allowGuard('outbox.read')],
        loadChildren: () => import('./outbox/outbox.routes').then((m) => m.OUTBOX_ROUTES),
      },
      {
        path: 'taxe-de-sejour',
        loadChildren: () => import('./tourist-tax/tourist-tax.routes').then((m) => m.TOURIST_TAX_ROUTES),
      },
      {
        path: 'packs',
        loadChildren: () => import('./packs/packs.routes').then((m) => m.PACKS_ROUTES),
      },
      {
        path: 'comite',
        loadChildren: () => import('./committee/committee.routes').then((m) => m.COMMITTEE_ROUTES),
      },
      {
        path: 'administration',
        loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'actualites',
        loadChildren: () => import('./relations/relations.routes').then((m) => m.NEWS_ROUTES),
      },
      {
        path: 'actions',
        loadChildren: () => import('./relations/relations.routes').then((m) => m.ACTIONS_ROUTES),
      },
      {
        path: 'rendez-vous',
        loadChildren: () => import('./relations/relations.routes').then((m) => m.MEETINGS_ROUTES),
      },
      {
        path: 'apidae',
        canActivate: [allowGuard('listing.import')],
        loadChildren: () => import('./apidae/apidae.routes').then((m) => m.APIDAE_ROUTES),
      },
    ],
  },
  {
    path: '**',
    title: 'Page introuvable',
    loadComponent: () => import('./not-found/not-found').then((m) => m.NotFound),
  },
];
