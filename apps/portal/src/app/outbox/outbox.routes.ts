import type { Routes } from '@angular/router';

/** Under `/courriels` (staff): every e-mail the extranet has queued. */
export const OUTBOX_ROUTES: Routes = [
  {
    path: '',
    title: 'Courriels envoyés',
    loadComponent: () => import('./outbox').then((m) => m.Outbox),
  },
];
