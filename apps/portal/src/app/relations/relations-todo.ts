import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { of } from 'rxjs';
import { Session } from '../auth/session';
import { currentOrganisation } from './current-organisation';
import { RelationsData } from './relations-data';
import { frenchDay, frenchSlot } from './relations-format';
import { CountPipe } from '../shared/plural';

/**
 * The home's to-do about partner relations: the latest unread news and upcoming confirmed meetings
 * for a partner; for staff, the meeting requests waiting for an answer.
 */
@Component({
  selector: 'app-relations-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, CountPipe],
  styles: `
    .reminders { padding-inline-start: 20px; }
    .reminders > li { margin-bottom: 12px; overflow-wrap: anywhere; }
    .reminders button { margin-top: 4px; }
  `,
  template: `
    @if (readsNews()) {
      <section aria-labelledby="relations-news">
        <h2 id="relations-news">Actualités non lues</h2>
        @if (news.hasValue()) {
          @if (news.value().items.length === 0) {
            <p>Vous avez lu toutes les actualités de l’office.</p>
          } @else {
            <ul>
              @for (item of news.value().items; track item.id) {
                <li><a [routerLink]="['/actualites', item.id]">{{ item.title }}</a></li>
              }
            </ul>
            @if (news.value().unread > news.value().items.length) {
              <p><a routerLink="/actualites">Voir les {{ news.value().unread }} actualités non lues</a></p>
            }
          }
        }
      </section>
    }
    @if (organisation()) {
      @if (upcoming().length > 0) {
        <section aria-labelledby="relations-meetings">
          <h2 id="relations-meetings">Vos prochains rendez-vous avec l’office</h2>
          <ul>
            @for (m of upcoming(); track m.id) {
              <li>{{ m.subject }} — confirmé pour le {{ frenchSlot(m.startsAt!) }}</li>
            }
          </ul>
          <p><a routerLink="/rendez-vous">Mes rendez-vous</a></p>
        </section>
      }
    }
    @if (isStaff() && reminders.hasValue() && reminders.value().length > 0) {
      <section aria-labelledby="relations-reminders">
        <h2 id="relations-reminders">Rappels de suivi des partenaires</h2>
        @if (reminderError()) {
          <p class="notice notice--error" role="alert">{{ reminderError() }}</p>
        }
        <ul class="reminders">
          @for (r of reminders.value(); track r.id) {
            <li>
              <a [routerLink]="['/rendez-vous/partenaire', r.organisationId]">{{ r.organisationName }}</a>
              — rappel du {{ frenchDay(r.reminderOn) }} ({{ r.meetingSubject }}{{ r.authorName ? ', note de ' + r.authorName : '' }})
              @if (r.nextSteps) { <br /><span>Suite prévue&nbsp;: {{ r.nextSteps }}</span> }
              <br />
              <button mat-stroked-button type="button" (click)="markDone(r.id)" [disabled]="marking() === r.id">Marquer comme fait<span class="visually-hidden">&nbsp;: rappel pour {{ r.organisationName }}</span></button>
            </li>
          }
        </ul>
      </section>
    }
    <p class="visually-hidden" aria-live="polite">{{ reminderDone() }}</p>
    @if (isStaff() && requests.hasValue()) {
      <section aria-labelledby="relations-requests">
        <h2 id="relations-requests">Demandes de rendez-vous</h2>
        <p>
          @if (requests.value().length === 0) { Aucune demande de rendez-vous en attente. }
          @else { <a routerLink="/rendez-vous/demandes">{{ requests.value().length | count: 'demande' }} de rendez-vous à traiter</a> }
        </p>
      </section>
    }
  `,
})
export class RelationsTodo {
  private readonly data = inject(RelationsData);
  private readonly session = inject(Session);
  protected readonly organisation = currentOrganisation('news.read');
  protected readonly isStaff = computed(() => can(this.session.actor(), 'meeting.manage'));
  /** Partners, and committee members even without an organisation (news targeted to the committee). */
  private readonly committeeReader = computed(() => !this.isStaff() && (this.session.actor()?.globalRoles.includes('COMMITTEE_MEMBER') ?? false));
  protected readonly readsNews = computed(() => this.organisation() !== null || this.committeeReader());
  protected readonly frenchSlot = frenchSlot;
  protected readonly news = rxResource({
    params: () => (this.readsNews() ? (this.organisation()?.id ?? 'committee') : null),
    stream: ({ params }) => (params ? this.data.feed(true, 3) : of({ items: [], unread: 0, total: 0 })),
  });
  private readonly meetings = rxResource({
    params: () => this.organisation()?.id ?? null,
    stream: ({ params }) => (params ? this.data.meetings(params) : of([])),
  });
  protected readonly upcoming = computed(() => {
    const now = Date.now();
    return this.meetings.hasValue() ? this.meetings.value().filter((m) => m.status === 'CONFIRMED' && m.startsAt && new Date(m.startsAt).getTime() > now) : [];
  });
  protected readonly frenchDay = frenchDay;
  /** Follow-up notes whose reminder day has come: shared by every staff member with relations rights. */
  protected readonly reminders = rxResource({
    params: () => (this.isStaff() ? true : null),
    stream: ({ params }) => (params ? this.data.dueReminders() : of([])),
  });
  protected readonly marking = signal<string | null>(null);
  protected readonly reminderDone = signal('');
  protected readonly reminderError = signal('');

  protected markDone(noteId: string): void {
    this.marking.set(noteId);
    this.reminderError.set('');
    this.data.markReminderDone(noteId).subscribe({
      next: () => {
        this.marking.set(null);
        this.reminderDone.set('Rappel marqué comme fait.');
        this.reminders.reload();
      },
      error: () => {
        this.marking.set(null);
        this.reminderError.set('Le rappel n’a pas pu être marqué comme fait\u00a0: réessayez.');
      },
    });
  }

  protected readonly requests = rxResource({
    params: () => (this.isStaff() ? true : null),
    stream: ({ params }) => (params ? this.data.managedMeetings('REQUESTED') : of([])),
  });
}
