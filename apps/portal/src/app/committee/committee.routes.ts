import type { Routes } from '@angular/router';

/** `/comite` — the technical committee: sessions, documents, minutes, recommendations. */
export const COMMITTEE_ROUTES: Routes = [];
