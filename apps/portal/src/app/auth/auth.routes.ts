import type { Routes } from '@angular/router';
import { graphqlLoaded } from '../graphql/graphql-client';

/** Pages reachable while signed out. Each one is its own lazy chunk. */
export const AUTH_ROUTES: Routes = [
  {
    path: 'connexion',
    title: 'Connexion',
    loadComponent: () => import('./sign-in/sign-in').then((m) => m.SignIn),
  },
  {
    path: 'mot-de-passe-oublie',
    title: 'Mot de passe oublié',
    loadComponent: () => import('./forgot-password/forgot-password').then((m) => m.ForgotPassword),
  },
  {
    path: 'reinitialiser',
    title: 'Choisir un nouveau mot de passe',
    loadComponent: () => import('./reset-password/reset-password').then((m) => m.ResetPassword),
  },
  {
    path: 'confirmer-adresse',
    title: 'Confirmer ma nouvelle adresse e-mail',
    // The page sends its request as it opens, with the account's data service (behind the guard elsewhere).
    canActivate: [graphqlLoaded],
    loadComponent: () => import('../account/confirm-email/confirm-email').then((m) => m.ConfirmEmail),
  },
  {
    path: 'invitation',
    title: 'Activer mon compte',
    loadComponent: () => import('./accept-invitation/accept-invitation').then((m) => m.AcceptInvitation),
  },
];
