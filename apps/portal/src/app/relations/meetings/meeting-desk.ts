import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { MEETING_PLACE_LABELS, MEETING_STATUS_LABELS } from '@extranet/domain/relations';
import { type ApiError, toApiError } from '../../shared/api-error';
import { RelationsData } from '../relations-data';
import { frenchDate, frenchSlot } from '../relations-format';
import { MeetingsPerMonth } from './meetings-per-month';

/** `/rendez-vous/demandes` — staff answer meeting requests, follow confirmed meetings with private notes, see partners not met for a year. */
@Component({
  selector: 'app-meeting-desk',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MeetingsPerMonth],
  template: `
    <p><a routerLink="/rendez-vous">← Rendez-vous</a></p>
    <h1>Demandes de rendez-vous</h1>
    <div aria-live="polite">@if (message()) { <p class="notice notice--success">{{ message() }}</p> }</div>
    @if (error(); as e) { <p class="notice notice--error" role="alert">{{ e.message }}</p> }

    <section aria-labelledby="requests-title">
      <h2 id="requests-title">À traiter</h2>
      @if (requests.hasValue()) {
        <ul class="cards" role="list">
          @for (m of requests.value(); track m.id) {
            <li>
              <h3>{{ m.organisationName }} — {{ m.subject }}</h3>
              <p>{{ placeLabels[m.place] }} · demandé le {{ frenchDate(m.createdAt) }}</p>
              <mat-form-field>
                <mat-label>Créneau<span class="visually-hidden"> pour {{ m.organisationName }}</span></mat-label>
                <mat-select [(value)]="slotChoice[m.id]">
                  @for (slot of m.preferredSlots; track slot) { <mat-option [value]="slot">{{ frenchSlot(slot) }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>Message au partenaire (facultatif)<span class="visually-hidden">&nbsp;: {{ m.organisationName }}</span></mat-label>
                <input matInput [(ngModel)]="messageFor[m.id]" [name]="'message-' + m.id" />
              </mat-form-field>
              <div class="buttons">
                <button mat-flat-button type="button" (click)="answer('confirm', m.id, m.version, slotChoice[m.id] ?? m.preferredSlots[0])">Confirmer<span class="visually-hidden"> le rendez-vous de {{ m.organisationName }}</span></button>
                <button mat-stroked-button type="button" (click)="answer('decline', m.id, m.version, null)">Décliner<span class="visually-hidden"> le rendez-vous de {{ m.organisationName }}</span></button>
              </div>
            </li>
          } @empty {
            <li>Aucune demande en attente.</li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="confirmed-title">
      <h2 id="confirmed-title">Rendez-vous confirmés et suivi</h2>
      @if (confirmed.hasValue()) {
        <ul class="cards" role="list">
          @for (m of confirmed.value().slice(0, 30); track m.id) {
            <li>
              <h3>{{ m.organisationName }} — {{ m.subject }}</h3>
              <p>{{ m.startsAt ? frenchSlot(m.startsAt) : '' }} · {{ placeLabels[m.place] }} · <a [routerLink]="['/rendez-vous/partenaire', m.organisationId]">Historique de la relation<span class="visually-hidden"> avec {{ m.organisationName }}</span></a></p>
              @for (n of m.notes; track n.id) {
                <blockquote><span class="visually-hidden">Note privée&nbsp;: </span>{{ n.text }}@if (n.nextSteps) { <br />Prochaines étapes&nbsp;: {{ n.nextSteps }} }@if (n.reminderOn) { <br />Rappel le {{ n.reminderOn }} }</blockquote>
              }
              <mat-form-field>
                <mat-label>Note de suivi privée<span class="visually-hidden"> pour {{ m.organisationName }}</span></mat-label>
                <textarea matInput [(ngModel)]="noteFor[m.id]" [name]="'note-' + m.id" rows="2"></textarea>
              </mat-form-field>
              <mat-form-field>
                <mat-label>Prochaines étapes<span class="visually-hidden"> pour {{ m.organisationName }}</span></mat-label>
                <input matInput [(ngModel)]="stepsFor[m.id]" [name]="'steps-' + m.id" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>Date de rappel<span class="visually-hidden"> pour {{ m.organisationName }}</span></mat-label>
                <input matInput type="date" [(ngModel)]="reminderFor[m.id]" [name]="'reminder-' + m.id" />
              </mat-form-field>
              <mat-form-field>
                <mat-label>Déplacer au<span class="visually-hidden">&nbsp;: rendez-vous de {{ m.organisationName }}</span></mat-label>
                <input matInput type="datetime-local" [(ngModel)]="moveTo[m.id]" [name]="'move-' + m.id" />
              </mat-form-field>
              <div class="buttons">
                <button mat-stroked-button type="button" (click)="addNote(m.id)">Ajouter la note<span class="visually-hidden"> pour {{ m.organisationName }}</span></button>
                <button mat-button type="button" (click)="move(m.id, m.version)">Déplacer<span class="visually-hidden"> le rendez-vous de {{ m.organisationName }}</span></button>
                <button mat-button type="button" (click)="answer('decline', m.id, m.version, null)">Annuler le rendez-vous<span class="visually-hidden"> de {{ m.organisationName }}</span></button>
              </div>
            </li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="availability-title">
      <h2 id="availability-title">Disponibilités publiées</h2>
      <p>Les partenaires choisissent leurs créneaux d’une heure dans ces plages.</p>
      @if (availability.hasValue()) {
        <ul>
          @for (w of availability.value(); track w.id) {
            <li>{{ frenchSlot(w.startsAt) }} – {{ time(w.endsAt) }}
              <button mat-button type="button" (click)="removeWindow(w.id)">Retirer<span class="visually-hidden"> la plage du {{ frenchSlot(w.startsAt) }}</span></button>
            </li>
          } @empty {
            <li>Aucune plage publiée.</li>
          }
        </ul>
      }
      <form class="window" (ngSubmit)="publishWindow()">
        <mat-form-field><mat-label>Début de la plage</mat-label><input matInput type="datetime-local" name="windowStart" [(ngModel)]="windowStart" required /></mat-form-field>
        <mat-form-field><mat-label>Fin de la plage</mat-label><input matInput type="datetime-local" name="windowEnd" [(ngModel)]="windowEnd" required /></mat-form-field>
        <div><button mat-stroked-button type="submit">Publier la plage</button></div>
      </form>
    </section>

    <section aria-labelledby="months-title">
      <h2 id="months-title">Rendez-vous par mois en {{ year }}</h2>
      @if (perMonth.hasValue()) {
        <app-meetings-per-month [rows]="perMonth.value()" [year]="year" />
      }
    </section>

    <section aria-labelledby="notmet-title">
      <h2 id="notmet-title">Partenaires non rencontrés depuis plus d’un an</h2>
      @if (notMet.hasValue()) {
        <p>{{ notMet.value().length }} partenaires.</p>
        <ul>
          @for (p of notMet.value().slice(0, 20); track p.organisationId) {
            <li><a [routerLink]="['/rendez-vous/partenaire', p.organisationId]">{{ p.name }}</a> ({{ p.communeName }}) — {{ p.lastMetAt ? 'dernier rendez-vous le ' + frenchDate(p.lastMetAt) : 'jamais rencontré' }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .cards { list-style: none; padding: 0; display: grid; gap: 12px; }
    .cards > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 4px 16px 12px; display: grid; }
    h3 { font: var(--mat-sys-title-medium); }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    .window { display: flex; flex-wrap: wrap; gap: 0 16px; align-items: baseline; }
    table { border-collapse: collapse; }
    th, td { text-align: start; padding: 4px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    blockquote { border-inline-start: 3px solid var(--mat-sys-outline); margin: 4px 0 8px; padding-inline-start: 12px; }
  `,
})
export class MeetingDesk {
  private readonly data = inject(RelationsData);
  protected readonly placeLabels = MEETING_PLACE_LABELS;
  protected readonly statusLabels = MEETING_STATUS_LABELS;
  protected readonly frenchSlot = frenchSlot;
  protected readonly frenchDate = frenchDate;
  protected readonly slotChoice: Record<string, string | undefined> = {};
  protected readonly messageFor: Record<string, string> = {};
  protected readonly noteFor: Record<string, string> = {};
  protected readonly stepsFor: Record<string, string> = {};
  protected readonly reminderFor: Record<string, string> = {};
  protected readonly moveTo: Record<string, string> = {};
  protected windowStart = '';
  protected windowEnd = '';
  protected readonly availability = rxResource({ stream: () => this.data.availability() });
  protected readonly message = signal('');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly requests = rxResource({ stream: () => this.data.managedMeetings('REQUESTED') });
  protected readonly confirmed = rxResource({ stream: () => this.data.managedMeetings('CONFIRMED') });
  protected readonly notMet = rxResource({ stream: () => this.data.notMet() });
  protected readonly year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date()));
  protected readonly perMonth = rxResource({ stream: () => this.data.perMonth(this.year) });

  protected time(instant: string): string {
    return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(instant));
  }

  /** `datetime-local` values are the browser's local time: sent as instants. */
  private instant(local: string): string {
    const date = new Date(local);
    return Number.isNaN(date.getTime()) ? local : date.toISOString();
  }

  protected publishWindow(): void {
    this.message.set('');
    this.error.set(null);
    this.data.publishAvailability(this.instant(this.windowStart), this.instant(this.windowEnd)).subscribe({
      next: () => { this.message.set('Plage publiée.'); this.windowStart = ''; this.windowEnd = ''; this.availability.reload(); },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }

  protected removeWindow(id: string): void {
    this.data.removeAvailability(id).subscribe({ next: () => this.availability.reload(), error: (e: unknown) => this.error.set(toApiError(e)) });
  }

  protected move(id: string, version: number): void {
    this.message.set('');
    this.error.set(null);
    this.data.answerMeeting('move', { id, version, startsAt: this.instant(this.moveTo[id] ?? ''), message: null }).subscribe({
      next: () => { this.message.set('Rendez-vous déplacé\u00a0: le partenaire et vous recevez la nouvelle invitation.'); this.confirmed.reload(); },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }

  protected answer(decision: 'confirm' | 'decline', id: string, version: number, startsAt: string | null): void {
    this.message.set('');
    this.error.set(null);
    this.data.answerMeeting(decision, { id, version, startsAt, message: this.messageFor[id] || null }).subscribe({
      next: () => {
        this.message.set(decision === 'confirm' ? 'Rendez-vous confirmé\u00a0: le partenaire et vous recevez l’invitation par courriel.' : 'Rendez-vous décliné\u00a0: le partenaire est prévenu par courriel.');
        this.requests.reload();
        this.confirmed.reload();
      },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }

  protected addNote(meetingId: string): void {
    this.message.set('');
    this.error.set(null);
    this.data.addNote({ meetingId, text: this.noteFor[meetingId] ?? '', nextSteps: this.stepsFor[meetingId] ?? '', reminderOn: this.reminderFor[meetingId] || null }).subscribe({
      next: () => { this.noteFor[meetingId] = ''; this.stepsFor[meetingId] = ''; this.reminderFor[meetingId] = ''; this.message.set('Note enregistrée (visible de l’office seulement).'); this.confirmed.reload(); },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }
}
