import type { Routes } from '@angular/router';

/** Under `/organisation/:id`: a partner's own organisation (staff reach any of them too). */
export const ORGANISATION_ROUTES: Routes = [
  {
    path: '',
    title: 'Profil de l’organisation',
    loadComponent: () => import('./organisation-edit').then((m) => m.OrganisationEdit),
  },
];
