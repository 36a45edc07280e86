import { Injectable, signal } from '@angular/core';

/**
 * A message for the next page, shown at the top of the content once that page is open (a refused
 * page, an expired session…), then forgotten at the following navigation.
 */
@Injectable({ providedIn: 'root' })
export class Flash {
  private pending: string | null = null;
  private readonly shown = signal<string | null>(null);

  /** The message on screen now, or null. */
  readonly message = this.shown.asReadonly();

  /** Shows `message` on the page the current navigation leads to. */
  next(message: string): void {
    this.pending = message;
  }

  /** Called by the shell at the end of each navigation. */
  navigated(): void {
    this.shown.set(this.pending);
    this.pending = null;
  }

  dismiss(): void {
    this.shown.set(null);
  }
}

export const PAGE_REFUSED_MESSAGE = 'Cette page n’est pas accessible avec votre compte. Vous êtes revenu à l’accueil.';
