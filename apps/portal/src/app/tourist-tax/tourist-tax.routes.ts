import type { Routes } from '@angular/router';

/** `/taxe-de-sejour` — the tourist tax: guidance, calculator, declarations; follow-up for the office. */
export const TOURIST_TAX_ROUTES: Routes = [];
