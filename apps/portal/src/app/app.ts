import { ChangeDetectionStrategy, Component, type ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { can, decideCall } from '@extranet/domain/access';
import { filter } from 'rxjs';
import { Session } from './auth/session';
import { APP_TITLE } from './shared/page-title-strategy';

interface NavLink {
  label: string;
  path: string[];
  exact: boolean;
}

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, MatProgressBarModule],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly appTitle = APP_TITLE;
  protected readonly user = this.session.user;
  protected readonly navigating = signal(false);
  protected readonly signingOut = signal(false);

  /** Role-aware navigation: the shared policy decides what each user may open. */
  protected readonly links = computed<NavLink[]>(() => {
    const user = this.session.user();
    const actor = this.session.actor();
    if (!user || !actor) {
      return [];
    }
    const links: NavLink[] = [];
    const organisationId = user.memberships[0]?.organisation.id;
    const reviews = can(actor, 'changeRequest.review');
    if (organisationId || reviews) {
      links.push({ label: 'Accueil', path: ['/'], exact: true });
    }
    if (organisationId) {
      const subject = { organisationId };
      if (can(actor, 'organisation.read', subject)) {
        links.push({ label: 'Mon organisation', path: ['/organisation', organisationId], exact: true });
      }
      if (can(actor, 'listing.read', subject)) {
        links.push({ label: 'Mes fiches', path: ['/organisation', organisationId, 'fiches'], exact: false });
      }
      if (can(actor, 'members.read', subject)) {
        links.push({ label: 'Équipe', path: ['/organisation', organisationId, 'equipe'], exact: true });
      }
      if (can(actor, 'subscription.read', subject) && !can(actor, 'subscription.list')) {
        links.push({ label: 'Mes packs', path: ['/packs', 'organisation', organisationId], exact: false });
      }
    }
    if (reviews) {
      links.push({ label: 'Demandes à valider', path: ['/demandes'], exact: false });
    }
    if (can(actor, 'dashboard.read')) {
      links.push({ label: 'Fraîcheur des fiches', path: ['/fraicheur'], exact: false });
    }
    if ((organisationId && can(actor, 'touristTax.read', { organisationId })) || can(actor, 'touristTax.followUp')) {
      links.push({ label: 'Taxe de séjour', path: ['/taxe-de-sejour'], exact: false });
    }
    if (can(actor, 'subscription.list')) {
      links.push({ label: 'Packs', path: ['/packs', 'souscriptions'], exact: false });
    }
    // Partner relations: members read news and join actions; staff manage them.
    if (decideCall(actor, 'news.read') === 'allow') {
      links.push({ label: 'Actualités', path: ['/actualites'], exact: false });
      links.push({ label: 'Actions', path: ['/actions'], exact: false });
      links.push({ label: 'Rendez-vous', path: ['/rendez-vous'], exact: false });
    }
    if (can(actor, 'organisation.list')) {
      links.push({ label: 'Partenaires', path: ['/partenaires'], exact: false });
    }
    if (can(actor, 'outbox.read')) {
      links.push({ label: 'Courriels envoyés', path: ['/courriels'], exact: false });
    }
    if (can(actor, 'listing.import')) {
      links.push({ label: 'Apidae', path: ['/apidae'], exact: false });
    }
    if (can(actor, 'committee.read')) {
      links.push({ label: 'Comité technique', path: ['/comite'], exact: false });
    }
    if (can(actor, 'role.assign')) {
      links.push({ label: 'Utilisateurs', path: ['/administration', 'utilisateurs'], exact: false });
    }
    if (can(actor, 'audit.read')) {
      links.push({ label: 'Journal', path: ['/administration', 'journal'], exact: false });
    }
    return links;
  });

  constructor() {
    // Public pages (404, invitation…) have no guard: still learn who is signed in for the toolbar.
    this.session.load().subscribe({ error: () => undefined });
    let firstNavigation = true;
    this.router.events
      .pipe(
        filter(
          (event) =>
            event instanceof NavigationStart ||
            event instanceof NavigationEnd ||
            event instanceof NavigationCancel ||
            event instanceof NavigationError,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        this.navigating.set(event instanceof NavigationStart);
        if (event instanceof NavigationEnd) {
          // After the first page, move focus to the new content so screen readers start there.
          if (!firstNavigation) {
            this.main().nativeElement.focus({ preventScroll: true });
          }
          firstNavigation = false;
        }
      });
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected signOut(): void {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    this.session.signOut().subscribe({
      next: () => {
        this.signingOut.set(false);
        void this.router.navigate(['/connexion']);
      },
      error: () => {
        this.signingOut.set(false);
        this.snackBar.open("La déconnexion n'a pas abouti. Veuillez réessayer.", 'Fermer', { duration: 8000 });
      },
    });
  }
}
