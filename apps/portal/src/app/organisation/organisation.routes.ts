import type { Routes } from '@angular/router';

/** Under `/organisation`: a partner's own organisation (staff reach any of them too). */
export const ORGANISATION_ROUTES: Routes = [
  {
    path: ':id',
    title: "Profil de l'organisation",
    loadComponent: () => import('./organisation-edit').then((m) => m.OrganisationEdit),
  },
];
