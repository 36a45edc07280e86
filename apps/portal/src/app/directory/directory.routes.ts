import type { Routes } from '@angular/router';

/** Under `/partenaires` (staff): the partner directory and each partner's page. */
export const DIRECTORY_ROUTES: Routes = [
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
