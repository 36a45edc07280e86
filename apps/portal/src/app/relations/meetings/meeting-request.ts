import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { MAX_PREFERRED_SLOTS, MEETING_PLACE_LABELS, MEETING_PLACES, MEETING_STATUS_LABELS, validateMeetingRequest, type MeetingPlace } from '@extranet/domain/relations';
import { of } from 'rxjs';
import { Session } from '../../auth/session';
import { type ApiError, toApiError } from '../../shared/api-error';
import { ErrorSummary } from '../../shared/error-summary';
import { currentOrganisation } from '../current-organisation';
import { RelationsData } from '../relations-data';
import { frenchSlot } from '../relations-format';

/** `/rendez-vous` — a partner asks the office for a meeting and follows its meetings. */
@Component({
  selector: 'app-meeting-request',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <h1>Rendez-vous avec l’office</h1>
    @if (canManage()) {
      <p><a routerLink="/rendez-vous/demandes">Répondre aux demandes de rendez-vous</a></p>
    }
    @if (organisation(); as organisation) {
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">Mes rendez-vous</h2>
        @if (meetings.hasValue()) {
          <ul class="meetings" role="list">
            @for (m of meetings.value(); track m.id) {
              <li>
                <strong>{{ m.subject }}</strong> — {{ statusLabels[m.status] }}
                @if (m.startsAt) { · {{ frenchSlot(m.startsAt) }} }
                · {{ placeLabels[m.place] }}
                @if (m.staffMessage) { <br /><span>Message de l’office&nbsp;: {{ m.staffMessage }}</span> }
              </li>
            } @empty {
              <li>Aucun rendez-vous pour l’instant.</li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="ask-title">
        <h2 id="ask-title">Demander un rendez-vous</h2>
        <app-error-summary [error]="error()" [labels]="labels" />
        <form (ngSubmit)="send(organisation.id)" novalidate>
          <mat-form-field>
            <mat-label>Objet du rendez-vous</mat-label>
            <textarea matInput name="subject" [ngModel]="subject()" (ngModelChange)="subject.set($event)" rows="2" required></textarea>
          </mat-form-field>
          <fieldset>
            <legend>Où&nbsp;?</legend>
            <mat-radio-group name="place" [ngModel]="place()" (ngModelChange)="place.set($event)" class="choices">
              @for (p of places; track p) { <mat-radio-button [value]="p">{{ placeLabels[p] }}</mat-radio-button> }
            </mat-radio-group>
          </fieldset>
          <fieldset>
            <legend>Créneaux qui vous conviennent (jusqu’à {{ maxSlots }}, d’une heure, parmi les disponibilités de l’office)</legend>
            @if (availability.hasValue()) {
              <div class="slots">
                @for (slot of slots(); track slot) {
                  <mat-checkbox [checked]="chosen().includes(slot)" (change)="toggle(slot)" [disabled]="!chosen().includes(slot) && chosen().length >= maxSlots">{{ frenchSlot(slot) }}</mat-checkbox>
                } @empty {
                  <p>L’office n’a pas publié de disponibilités pour l’instant.</p>
                }
              </div>
            }
          </fieldset>
          <button mat-flat-button type="submit" [disabled]="sending()">Envoyer la demande</button>
        </form>
        <p aria-live="polite">{{ sent() }}</p>
      </section>
    } @else if (!canManage()) {
      <p>Votre compte n’est rattaché à aucune organisation partenaire.</p>
    }
  `,
  styles: `
    .meetings { padding-inline-start: 20px; display: grid; gap: 6px; }
    form { display: grid; max-width: 48rem; }
    fieldset { border: none; padding: 0; margin: 0 0 16px; }
    legend { font: var(--mat-sys-title-small); margin-bottom: 8px; }
    .choices, .slots { display: flex; flex-wrap: wrap; gap: 4px 16px; }
    .slots { flex-direction: column; max-height: 24rem; overflow-y: auto; }
  `,
})
export class MeetingRequest {
  private readonly data = inject(RelationsData);
  private readonly session = inject(Session);
  protected readonly organisation = currentOrganisation('meeting.request');
  protected readonly canManage = computed(() => can(this.session.actor(), 'meeting.manage'));
  protected readonly placeLabels = MEETING_PLACE_LABELS;
  protected readonly statusLabels = MEETING_STATUS_LABELS;
  protected readonly places = MEETING_PLACES;
  protected readonly maxSlots = MAX_PREFERRED_SLOTS;
  protected readonly frenchSlot = frenchSlot;
  protected readonly labels = { subject: 'Objet', place: 'Lieu', preferredSlots: 'Créneaux', 'preferredSlots.0': 'Premier créneau', 'preferredSlots.1': 'Deuxième créneau', 'preferredSlots.2': 'Troisième créneau' };
  protected readonly subject = signal('');
  protected readonly place = signal<MeetingPlace>('OFFICE');
  protected readonly chosen = signal<string[]>([]);
  protected readonly sending = signal(false);
  protected readonly sent = signal('');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly availability = rxResource({ stream: () => this.data.availability() });
  protected readonly slots = computed(() => (this.availability.hasValue() ? this.availability.value().flatMap((w) => w.slots) : []));
  protected readonly meetings = rxResource({
    params: () => this.organisation()?.id ?? null,
    stream: ({ params }) => (params ? this.data.meetings(params) : of([])),
  });

  protected toggle(slot: string): void {
    this.chosen.update((list) => (list.includes(slot) ? list.filter((s) => s !== slot) : [...list, slot]));
  }

  protected send(organisationId: string): void {
    this.sent.set('');
    const input = { organisationId, subject: this.subject(), place: this.place(), preferredSlots: this.chosen() };
    const windows = this.availability.hasValue() ? this.availability.value().map((w) => ({ startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt) })) : [];
    const checked = validateMeetingRequest(input, windows, new Date());
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: 'Certains champs sont à corriger.', fields: checked.errors });
      return;
    }
    this.error.set(null);
    this.sending.set(true);
    this.data.requestMeeting(input).subscribe({
      next: () => {
        this.sending.set(false);
        this.sent.set('Demande envoyée\u00a0: l’office vous répondra par courriel, avec l’invitation à ajouter à votre agenda.');
        this.subject.set('');
        this.chosen.set([]);
        this.meetings.reload();
      },
      error: (e: unknown) => { this.sending.set(false); this.error.set(toApiError(e)); },
    });
  }
}
