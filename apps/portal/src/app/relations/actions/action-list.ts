import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { ACTION_KIND_LABELS, REGISTRATION_STATUS_LABELS } from '@extranet/domain/relations';
import { of } from 'rxjs';
import { Session } from '../../auth/session';
import { type ApiError, toApiError } from '../../shared/api-error';
import { currentOrganisation } from '../current-organisation';
import { RelationsData } from '../relations-data';
import { categories, euros, frenchDay } from '../relations-format';

/** `/actions` — promotion actions open to the partner: register, join the waiting list, cancel. */
@Component({
  selector: 'app-action-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <h1>Actions de promotion</h1>
    @if (canManage()) {
      <p><a routerLink="/actions/gestion">Gérer les actions et les inscriptions</a></p>
    }
    @if (!organisation()) {
      @if (!canManage()) {
        <p>Votre compte n’est rattaché à aucune organisation partenaire.</p>
      }
    } @else {
      <p>Pour {{ organisation()!.name }}. Les inscriptions engagent l’organisation&nbsp;: seul son responsable peut inscrire ou annuler.</p>
      <div aria-live="polite">
        @if (message()) { <p class="notice notice--success">{{ message() }}</p> }
      </div>
      @if (error(); as e) {
        <p class="notice notice--error" role="alert">{{ e.message }}</p>
      }
      @if (list.hasValue()) {
        @if (list.value().length === 0) {
          <p>Aucune action ouverte pour l’instant.</p>
        }
        <ul class="actions" role="list">
          @for (action of list.value(); track action.id) {
            <li>
              <h2>{{ action.title }}</h2>
              <p class="meta">{{ kindLabels[action.kind] }} · {{ frenchDay(action.startsOn) }}{{ action.endsOn !== action.startsOn ? ' au ' + frenchDay(action.endsOn) : '' }} · {{ action.place }}</p>
              <div [innerHTML]="action.descriptionHtml"></div>
              <dl class="facts">
                <dt>Places restantes</dt><dd>{{ action.placesLeft }} sur {{ action.places }}{{ action.waiting ? ' (' + action.waiting + ' en attente)' : '' }}</dd>
                <dt>Participation</dt><dd>{{ euros(action.partnerCostCents) }}</dd>
                <dt>Inscriptions jusqu’au</dt><dd>{{ frenchDay(action.registrationDeadline) }}</dd>
                <dt>Ouverte à</dt><dd>{{ categories(action.categories) }}</dd>
              </dl>
              @if (action.registration && action.registration.status !== 'CANCELLED') {
                <p class="status">
                  <strong>{{ statusLabels[action.registration.status] }}</strong>
                  @if (action.registration.waitingPosition) { — rang {{ action.registration.waitingPosition }} }
                </p>
                @if (canRegister() && action.status === 'OPEN') {
                  <button mat-stroked-button type="button" (click)="cancel(action.registration.id, action.title)" [disabled]="busy()">
                    Annuler l’inscription<span class="visually-hidden"> à {{ action.title }}</span>
                  </button>
                }
              } @else if (canRegister() && action.status === 'OPEN') {
                <button mat-flat-button type="button" (click)="register(action.id, action.title)" [disabled]="busy()">
                  {{ action.placesLeft > 0 ? 'Inscrire mon organisation' : 'Rejoindre la liste d’attente' }}<span class="visually-hidden"> à {{ action.title }}</span>
                </button>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .actions { list-style: none; padding: 0; display: grid; gap: 16px; }
    .actions > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 8px 16px 16px; overflow-wrap: anywhere; }
    h2 { font: var(--mat-sys-title-medium); }
    .meta { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ActionList {
  private readonly data = inject(RelationsData);
  private readonly session = inject(Session);
  protected readonly organisation = currentOrganisation('promotionAction.read');
  protected readonly canManage = computed(() => can(this.session.actor(), 'promotionAction.manage'));
  protected readonly canRegister = computed(() => {
    const organisation = this.organisation();
    return organisation !== null && can(this.session.actor(), 'promotionAction.register', { organisationId: organisation.id });
  });
  protected readonly kindLabels = ACTION_KIND_LABELS;
  protected readonly statusLabels = REGISTRATION_STATUS_LABELS;
  protected readonly frenchDay = frenchDay;
  protected readonly euros = euros;
  protected readonly categories = categories;
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly list = rxResource({
    params: () => this.organisation()?.id ?? null,
    stream: ({ params }) => (params ? this.data.actions(params) : of([])),
  });

  protected register(actionId: string, title: string): void {
    this.run(this.data.register(actionId, this.organisation()!.id), (r) =>
      r.status === 'REGISTERED' ? `Votre organisation est inscrite à «\u00a0${title}\u00a0».` : `Votre organisation est sur la liste d’attente de «\u00a0${title}\u00a0» (rang ${r.waitingPosition}).`,
    );
  }

  protected cancel(registrationId: string, title: string): void {
    this.run(this.data.cancelRegistration(registrationId), () => `Inscription à «\u00a0${title}\u00a0» annulée.`);
  }

  private run<T>(request: import('rxjs').Observable<T>, done: (result: T) => string): void {
    this.busy.set(true);
    this.message.set('');
    this.error.set(null);
    request.subscribe({
      next: (result) => { this.busy.set(false); this.message.set(done(result)); this.list.reload(); },
      error: (e: unknown) => { this.busy.set(false); this.error.set(toApiError(e)); },
    });
  }
}
