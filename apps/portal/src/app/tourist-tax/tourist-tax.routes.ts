import type { Routes } from '@angular/router';
import { allowCallGuard, allowGuard } from '../auth/auth.guards';

/** `/taxe-de-sejour` — the tourist tax: guidance, calculator, declarations; follow-up for the office. */
export const TOURIST_TAX_ROUTES: Routes = [
  { path: '', title: 'Taxe de séjour', loadComponent: () => import('./tax-home').then((m) => m.TaxHome) },
  {
    path: 'suivi',
    title: 'Suivi de la taxe de séjour',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-follow-up').then((m) => m.TaxFollowUp),
  },
  {
    path: 'tarifs',
    title: 'Tarifs de la taxe de séjour',
    canActivate: [allowGuard('tariff.manage')],
    loadComponent: () => import('./tax-tariffs').then((m) => m.TaxTariffs),
  },
  {
    path: 'statistiques',
    title: 'Statistiques de la taxe de séjour',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-statistics').then((m) => m.TaxStatistics),
  },
  {
    path: 'demandes',
    title: 'Demandes de correction des hébergeurs',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-corrections').then((m) => m.TaxCorrections),
  },
  {
    path: 'ecrire/:organisationId',
    title: 'Écrire à l’hôte',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-write-host').then((m) => m.TaxWriteHost),
  },
  {
    path: 'compte/nouveau',
    title: 'Ouvrir un compte de taxe de séjour',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-account').then((m) => m.TaxAccount),
  },
  {
    path: 'compte/:accountId',
    title: 'Compte de taxe de séjour',
    canActivate: [allowGuard('touristTax.followUp')],
    loadComponent: () => import('./tax-account').then((m) => m.TaxAccount),
  },
  {
    path: ':id',
    title: 'Hébergement — taxe de séjour',
    canActivate: [allowCallGuard('touristTax.read')],
    loadComponent: () => import('./tax-accommodation-page').then((m) => m.TaxAccommodationPage),
  },
  {
    path: ':id/declarer/:year/:quarter',
    title: 'Déclarer la taxe de séjour',
    canActivate: [allowCallGuard('touristTax.declare')],
    loadComponent: () => import('./tax-declare').then((m) => m.TaxDeclare),
  },
  {
    path: ':id/demande-de-correction',
    title: 'Demander une correction de l’hébergement',
    canActivate: [allowCallGuard('touristTax.declare')],
    loadComponent: () => import('./tax-correction-request').then((m) => m.TaxCorrectionRequestPage),
  },
  {
    path: ':id/corriger/:year/:quarter',
    title: 'Corriger une déclaration de taxe de séjour',
    canActivate: [allowCallGuard('touristTax.declare')],
    data: { correction: true },
    loadComponent: () => import('./tax-declare').then((m) => m.TaxDeclare),
  },
  {
    path: ':id/declaration/:declarationId',
    title: 'Déclaration de taxe de séjour',
    canActivate: [allowCallGuard('touristTax.read')],
    loadComponent: () => import('./tax-declaration-page').then((m) => m.TaxDeclarationPage),
  },
];
