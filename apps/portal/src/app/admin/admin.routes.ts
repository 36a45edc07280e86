import type { Routes } from '@angular/router';
import { allowGuard } from '../auth/auth.guards';

/** `/administration` — administrators: users and their global roles, the audit trail. */
export const ADMIN_ROUTES: Routes = [
  {
    path: 'utilisateurs',
    title: 'Utilisateurs et rôles',
    canActivate: [allowGuard('role.assign')],
    loadComponent: () => import('./admin-users').then((m) => m.AdminUsers),
  },
  {
    path: 'journal',
    title: 'Journal d’audit',
    canActivate: [allowGuard('audit.read')],
    loadComponent: () => import('./audit-trail').then((m) => m.AuditTrail),
  },
];
