import type { Routes } from '@angular/router';

/** `/actualites` — news and sector information for partners. */
export const NEWS_ROUTES: Routes = [];
/** `/actions` — promotion actions partners can join. */
export const ACTIONS_ROUTES: Routes = [];
/** `/rendez-vous` — individual meetings with the office. */
export const MEETINGS_ROUTES: Routes = [];
