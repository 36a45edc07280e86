import type { Routes } from '@angular/router';

export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    title: 'Mon compte',
    loadComponent: () => import('./change-password/change-password').then((m) => m.ChangePassword),
  },
];
