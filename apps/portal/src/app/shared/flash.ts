import { Injectable, signal } from '@angular/core';

/**
 * A message for the next page, shown at the top of the content once that page is open (a refused
 * page, an expired session…), then forgotten at the following navigation.
 */
export interface FlashLink {
  label: string;
  href: string;
}

@Injectable({ providedIn: 'root' })
export class Flash {
  private pending: string | null = null;
  private readonly shown = signal<string | null>(null);
  private readonly shownLink = signal<FlashLink | null>(null);
  private readonly urgentNow = signal(false);

  /** The message on screen now, or null. */
  readonly message = this.shown.asReadonly();
  /** A link that goes with the message (opened in a new tab), or null. */
  readonly link = this.shownLink.asReadonly();
  /** True when the message must take the focus (the user was in the middle of something). */
  readonly urgent = this.urgentNow.asReadonly();

  /** Shows `message` on the page the current navigation leads to. */
  next(message: string): void {
    this.pending = message;
  }

  /** Shows `message` on the current page at once, with the focus. */
  now(message: string, link: FlashLink | null = null): void {
    this.shown.set(message);
    this.shownLink.set(link);
    this.urgentNow.set(true);
  }

  /** Called by the shell at the end of each navigation. */
  navigated(): void {
    this.shown.set(this.pending);
    this.shownLink.set(null);
    this.urgentNow.set(false);
    this.pending = null;
  }

  dismiss(): void {
    this.shown.set(null);
    this.shownLink.set(null);
    this.urgentNow.set(false);
  }
}

export const PAGE_REFUSED_MESSAGE = 'Cette page n’est pas accessible avec votre compte. Vous êtes revenu à l’accueil.';

export const SESSION_EXPIRED_MESSAGE = 'Votre session a expiré. Reconnectez-vous pour continuer.';
export const SESSION_EXPIRED_KEEP_MESSAGE =
  'Votre session a expiré. Ce que vous avez saisi est conservé sur cette page\u00a0: reconnectez-vous dans un nouvel onglet, revenez ici, puis enregistrez à nouveau.';

/** True when the page holds a form the user has changed and not saved. */
export function hasUnsavedForm(root: ParentNode = document): boolean {
  return root.querySelector('main form.ng-dirty') !== null;
}

/** The error of a lazy page whose code could not be downloaded (network cut, or a new version deployed meanwhile). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /ChunkLoadError|Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Loading chunk [\w-]+ failed/i.test(message);
}
