import type { Routes } from '@angular/router';
import { allowGuard } from '../auth/auth.guards';

/** `/comite` — the technical committee: sessions, documents, minutes, recommendations. Members and staff. */
export const COMMITTEE_ROUTES: Routes = [
  {
    path: '',
    canActivate: [allowGuard('committee.read')],
    children: [
      { path: '', title: 'Comité Technique', loadComponent: () => import('./sessions/sessions').then((m) => m.CommitteeSessions) },
      { path: 'recommandations', title: 'Recommandations du Comité Technique', loadComponent: () => import('./recommendations/recommendations').then((m) => m.CommitteeRecommendations) },
      { path: 'recherche', title: 'Rechercher — Comité Technique', loadComponent: () => import('./search/search').then((m) => m.CommitteeSearch) },
      {
        path: 'membres',
        title: 'Membres du Comité Technique',
        canActivate: [allowGuard('committee.manage')],
        loadComponent: () => import('./members/members').then((m) => m.CommitteeMembers),
      },
      {
        path: 'seances/nouvelle',
        title: 'Nouvelle séance',
        canActivate: [allowGuard('committee.manage')],
        loadComponent: () => import('./session-form/session-form').then((m) => m.CommitteeSessionForm),
      },
      { path: 'seances/:sessionId', title: 'Séance du Comité Technique', loadComponent: () => import('./session-page/session-page').then((m) => m.CommitteeSessionPage) },
      {
        path: 'seances/:sessionId/modifier',
        title: 'Modifier la séance',
        canActivate: [allowGuard('committee.manage')],
        loadComponent: () => import('./session-form/session-form').then((m) => m.CommitteeSessionForm),
      },
    ],
  },
];
