import { ChangeDetectionStrategy, Component, type ElementRef, Injector, afterNextRender, computed, effect, inject, signal, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
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
import { Flash, isChunkLoadError } from './shared/flash';
import { OFFICE_IDENTITY } from './shared/identity';
import { APP_TITLE } from './shared/page-title-strategy';

type NavGroup = 'organisation' | 'office' | 'network' | 'administration';

interface NavLink {
  label: string;
  path: string[];
  exact: boolean;
  /** Where the link sits in the menu; the home link sits above every group. */
  group: NavGroup | null;
  /** Shown in the header row itself on wide screens (the menu holds every link). */
  primary: boolean;
}

const GROUP_LABELS: Record<NavGroup, string> = {
  organisation: 'Mon organisation',
  office: 'Suivi des partenaires',
  network: 'Vie du réseau',
  administration: 'Administration',
};

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, MatProgressBarModule],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  protected readonly flash = inject(Flash);
  private readonly injector = inject(Injector);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuButton = viewChild<ElementRef<HTMLButtonElement>>('menuButton');

  protected readonly appTitle = APP_TITLE;
  protected readonly identity = OFFICE_IDENTITY;
  protected readonly year = new Date().getFullYear();
  protected readonly user = this.session.user;
  protected readonly navigating = signal(false);
  protected readonly signingOut = signal(false);
  protected readonly menuOpen = signal(false);
  /** The address of a page whose code could not be downloaded, to reload it. */
  protected readonly failedChunkUrl = signal<string | null>(null);
  private readonly flashBox = viewChild<ElementRef<HTMLElement>>('flashBox');
  protected readonly currentOrganisationId = this.session.currentOrganisationId;

  /** The organisations the header's switcher offers (only shown from two on). */
  protected readonly organisations = computed(() => (this.session.user()?.memberships ?? []).map((m) => m.organisation));

  protected readonly primaryLinks = computed(() => this.links().filter((link) => link.primary));

  /** The menu's sections, in the order of `links()`. */
  protected readonly menuGroups = computed(() => {
    const groups: { id: string; label: string | null; links: NavLink[] }[] = [];
    for (const link of this.links()) {
      const id = link.group ?? 'home';
      let group = groups.find((g) => g.id === id);
      if (!group) {
        group = { id, label: link.group ? GROUP_LABELS[link.group] : null, links: [] };
        groups.push(group);
      }
      group.links.push(link);
    }
    return groups;
  });

  /** Role-aware navigation: the shared policy decides what each user may open. */
  protected readonly links = computed<NavLink[]>(() => {
    const user = this.session.user();
    const actor = this.session.actor();
    if (!user || !actor) {
      return [];
    }
    const links: NavLink[] = [];
    const add = (label: string, path: string[], group: NavGroup | null, primary: boolean, exact = false) =>
      links.push({ label, path, exact, group, primary });
    const organisationId = this.session.currentOrganisationId();
    const reviews = can(actor, 'changeRequest.review');
    const partner = Boolean(organisationId);
    if (organisationId || reviews || can(actor, 'committee.read')) {
      add('Accueil', ['/'], null, true, true);
    }
    if (organisationId) {
      // Staff who also belong to an organisation (the office's own) keep the office's links in the
      // header row and find their organisation's in the menu: both sets do not fit in one row.
      const subject = { organisationId };
      if (can(actor, 'organisation.read', subject)) {
        add('Mon organisation', ['/organisation', organisationId], 'organisation', !reviews, true);
      }
      if (can(actor, 'listing.read', subject)) {
        add('Mes fiches', ['/organisation', organisationId, 'fiches'], 'organisation', !reviews);
      }
      if (can(actor, 'members.read', subject)) {
        add('Équipe', ['/organisation', organisationId, 'equipe'], 'organisation', !reviews, true);
      }
      if (can(actor, 'subscription.read', subject) && !can(actor, 'subscription.list')) {
        add('Mes packs', ['/packs', 'organisation', organisationId], 'organisation', false);
      }
    }
    if (reviews) {
      add('Demandes à valider', ['/demandes'], 'office', true);
    }
    if (can(actor, 'dashboard.read')) {
      add('Fraîcheur des fiches', ['/fraicheur'], 'office', false);
    }
    const followsTax = can(actor, 'touristTax.followUp');
    if ((organisationId && can(actor, 'touristTax.read', { organisationId })) || followsTax) {
      add('Taxe de séjour', ['/taxe-de-sejour'], followsTax ? 'office' : 'organisation', partner && !followsTax);
    }
    if (can(actor, 'subscription.list')) {
      add('Packs', ['/packs', 'souscriptions'], 'office', false);
    }
    // Partner relations: members read news and join actions; staff manage them.
    // Each link follows its own action: a committee member without an organisation reads the
    // committee's news, but has no organisation to register for an action or to meet for.
    if (decideCall(actor, 'news.read') === 'allow') add('Actualités', ['/actualites'], 'network', false);
    if (decideCall(actor, 'promotionAction.read') === 'allow') add('Actions', ['/actions'], 'network', false);
    if (decideCall(actor, 'meeting.read') === 'allow') add('Rendez-vous', ['/rendez-vous'], 'network', false);
    if (can(actor, 'organisation.list')) {
      add('Partenaires', ['/partenaires'], 'office', true);
    }
    if (can(actor, 'outbox.read')) {
      add('Courriels envoyés', ['/courriels'], 'office', true);
    }
    if (can(actor, 'listing.import')) {
      add('Apidae', ['/apidae'], 'office', false);
    }
    if (can(actor, 'committee.read')) {
      add('Comité technique', ['/comite'], 'network', true);
    }
    if (can(actor, 'role.assign')) {
      add('Utilisateurs', ['/administration', 'utilisateurs'], 'administration', false);
    }
    if (can(actor, 'audit.read')) {
      add('Journal', ['/administration', 'journal'], 'administration', false);
    }
    return links;
  });

  constructor() {
    // An urgent message (the session expired mid-form) takes the focus and comes into view.
    effect(() => {
      if (this.flash.urgent() && this.flash.message()) {
        afterNextRender(
          {
            write: () => {
              const box = this.flashBox()?.nativeElement;
              box?.focus({ preventScroll: true });
              box?.scrollIntoView?.({ block: 'center' });
            },
          },
          { injector: this.injector },
        );
      }
    });
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
        if (event instanceof NavigationStart) {
          this.menuOpen.set(false);
          this.failedChunkUrl.set(null);
        }
        if (event instanceof NavigationError && isChunkLoadError(event.error)) {
          this.failedChunkUrl.set(event.url);
        }
        if (event instanceof NavigationEnd) {
          this.flash.navigated();
          // After the first page, move focus to the new content so screen readers start there.
          if (!firstNavigation) {
            this.main().nativeElement.focus({ preventScroll: true });
          }
          firstNavigation = false;
        }
      });
  }

  /** Downloads the portal again, on the page the user wanted. */
  protected reload(): void {
    window.location.assign(this.failedChunkUrl() ?? window.location.href);
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  /** Escape (or a click on the button) closes the menu; focus goes back to its button. */
  protected closeMenu(returnFocus: boolean): void {
    if (!this.menuOpen()) {
      return;
    }
    this.menuOpen.set(false);
    if (returnFocus) {
      this.menuButton()?.nativeElement.focus();
    }
  }

  /**
   * Switches the header to another organisation. On a page of the previous organisation, opens the
   * same page of the new one; elsewhere the page stays (the home lists every organisation anyway).
   */
  protected switchOrganisation(organisationId: string): void {
    const previous = this.session.currentOrganisationId();
    this.session.chooseOrganisation(organisationId);
    const url = this.router.url;
    const prefix = `/organisation/${previous}`;
    if (previous && previous !== organisationId && (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))) {
      void this.router.navigateByUrl(`/organisation/${organisationId}${url.slice(prefix.length)}`);
    }
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
        // The snack bar (and the overlay under it) is loaded when needed, not with every first page.
        void import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
          this.injector.get(MatSnackBar).open('La déconnexion n’a pas abouti. Veuillez réessayer.', 'Fermer', { duration: 8000 }),
        );
      },
    });
  }
}
