import type { Routes } from '@angular/router';

/** Under `/partenaires` (staff only): the partner directory and each partner's page. */
export const PARTNER_DIRECTORY_ROUTES: Routes = [
  {
    path: '',
    title: 'Partenaires',
    loadComponent: () => import('./partner-list/partner-list').then((m) => m.PartnerList),
  },
  {
    path: ':id',
    title: 'Fiche partenaire',
    loadComponent: () => import('./partner-detail/partner-detail').then((m) => m.PartnerDetail),
  },
];

/** Under `/courriels` (staff only): the outbox. */
export const OUTBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'Courriels envoyés',
    loadComponent: () => import('./outbox/outbox').then((m) => m.Outbox),
  },
];
