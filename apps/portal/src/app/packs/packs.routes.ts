import type { Routes } from '@angular/router';

/** `/packs` — service packs: choose, subscribe, pay, invoices; catalogue and revenue for the office. */
export const PACKS_ROUTES: Routes = [];
