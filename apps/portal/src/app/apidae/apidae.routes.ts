import { provideHttpClient } from '@angular/common/http';
import type { Routes } from '@angular/router';
import { ApidaeData } from './apidae-data';

/**
 * Under `/apidae` (staff): import a file from Apidae, export every listing. The feature has its own
 * HttpClient on XMLHttpRequest: the app's fetch backend cannot report upload progress.
 */
export const APIDAE_ROUTES: Routes = [
  {
    path: '',
    title: 'Import et export Apidae',
    providers: [provideHttpClient(), ApidaeData],
    loadComponent: () => import('./apidae-import').then((m) => m.ApidaeImport),
  },
];
