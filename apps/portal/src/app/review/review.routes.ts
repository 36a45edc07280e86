import type { Routes } from '@angular/router';

/** Under `/demandes` (staff): the review queue and the review of one request. */
export const REVIEW_ROUTES: Routes = [
  {
    path: '',
    title: 'Demandes à valider',
    loadComponent: () => import('./review-queue/review-queue').then((m) => m.ReviewQueue),
  },
  {
    path: ':id',
    title: 'Demande de modification',
    loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
  },
];
