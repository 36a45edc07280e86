import type { Routes } from '@angular/router';

/** Under `/organisation/:id/equipe`: who works on an organisation's account. */
export const TEAM_ROUTES: Routes = [
  {
    path: '',
    title: 'Équipe',
    loadComponent: () => import('./team').then((m) => m.Team),
  },
];
