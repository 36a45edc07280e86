import type { Routes } from '@angular/router';
import { allowCallGuard, allowGuard } from '../auth/auth.guards';

/** `/actualites` — news and sector information for partners. */
export const NEWS_ROUTES: Routes = [
  { path: '', title: 'Actualités', canActivate: [allowCallGuard('news.read')], loadComponent: () => import('./news/news-list').then((m) => m.NewsList) },
  { path: 'preferences', title: 'Actualités par courriel', loadComponent: () => import('./news/news-preferences').then((m) => m.NewsPreferences) },
  { path: 'gestion', title: 'Gérer les actualités', canActivate: [allowGuard('news.manage')], loadComponent: () => import('./news/news-manage').then((m) => m.NewsManage) },
  { path: ':id', title: 'Actualité', canActivate: [allowCallGuard('news.read')], loadComponent: () => import('./news/news-article').then((m) => m.NewsArticle) },
];

/** `/actions` — promotion actions partners can join. */
export const ACTIONS_ROUTES: Routes = [
  { path: '', title: 'Actions de promotion', canActivate: [allowCallGuard('promotionAction.read')], loadComponent: () => import('./actions/action-list').then((m) => m.ActionList) },
  { path: 'gestion', title: 'Gérer les actions de promotion', canActivate: [allowGuard('promotionAction.manage')], loadComponent: () => import('./actions/action-manage').then((m) => m.ActionManage) },
];

/** `/rendez-vous` — individual meetings with the office. */
export const MEETINGS_ROUTES: Routes = [
  { path: '', title: 'Rendez-vous', canActivate: [allowCallGuard('meeting.read')], loadComponent: () => import('./meetings/meeting-request').then((m) => m.MeetingRequest) },
  { path: 'demandes', title: 'Demandes de rendez-vous', canActivate: [allowGuard('meeting.manage')], loadComponent: () => import('./meetings/meeting-desk').then((m) => m.MeetingDesk) },
  { path: 'partenaire/:id', title: 'Relation avec le partenaire', canActivate: [allowGuard('meeting.manage')], loadComponent: () => import('./meetings/partner-history').then((m) => m.PartnerHistory) },
];
