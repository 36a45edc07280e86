import type { Routes } from '@angular/router';

/** Public pages linked from the footer, each its own lazy chunk. */
export const LEGAL_ROUTES: Routes = [
  {
    path: 'mentions-legales',
    title: 'Mentions légales',
    loadComponent: () => import('./legal-notice').then((m) => m.LegalNotice),
  },
  {
    path: 'accessibilite',
    title: 'Déclaration d’accessibilité',
    loadComponent: () => import('./accessibility-statement').then((m) => m.AccessibilityStatement),
  },
];
