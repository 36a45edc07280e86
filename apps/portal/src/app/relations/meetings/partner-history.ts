import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MEETING_PLACE_LABELS, MEETING_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '@extranet/domain/relations';
import { RelationsData } from '../relations-data';
import { frenchDate, frenchDay, frenchSlot } from '../relations-format';
import { CountPipe } from '../../shared/plural';

/** `/rendez-vous/partenaire/:id` — staff's view of the relationship with one partner: meetings and private notes, the office's messages, registrations, news read. */
@Component({
  selector: 'app-partner-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, CountPipe],
  template: `
    <p><a routerLink="/rendez-vous/demandes">← Demandes de rendez-vous</a></p>
    <h1>Relation avec le partenaire</h1>
    @if (history.error()) {
      <p class="notice notice--error" role="alert">Ce partenaire est introuvable.</p>
    } @else if (history.hasValue()) {
      @let h = history.value();
      <p><a [routerLink]="['/organisation', id()]">Voir le profil du partenaire</a> · {{ h.newsRead | count: 'actualité lue' : 'actualités lues' }} par son équipe dans l’extranet.</p>
      <h2>Rendez-vous et notes de suivi</h2>
      <ul class="cards" role="list">
        @for (m of h.meetings; track m.id) {
          <li>
            <h3>{{ m.subject }}</h3>
            <p>{{ statusLabels[m.status] }}{{ m.startsAt ? ' · ' + frenchSlot(m.startsAt) : '' }} · {{ placeLabels[m.place] }}</p>
            @for (n of m.notes; track n.id) {
              <blockquote><span class="visually-hidden">Note privée&nbsp;: </span>{{ n.text }}@if (n.nextSteps) { <br />Prochaines étapes&nbsp;: {{ n.nextSteps }} }@if (n.reminderOn) { <br />Rappel le {{ frenchDay(n.reminderOn) }}{{ n.reminderDoneAt ? ' (fait le ' + frenchDate(n.reminderDoneAt) + ')' : '' }} }</blockquote>
            }
          </li>
        } @empty {
          <li>Aucun rendez-vous.</li>
        }
      </ul>
      <h2>Messages de l’office</h2>
      <ul class="cards" role="list">
        @for (m of h.messages; track m.id) {
          <li>
            <h3>{{ m.subject }}</h3>
            <p>Envoyé le {{ frenchDate(m.sentAt) }}{{ m.authorName ? ' par ' + m.authorName : '' }} à {{ m.recipients | count: 'responsable' : 'responsables' }}</p>
            <p class="message">{{ m.text }}</p>
          </li>
        } @empty {
          <li>Aucun message.</li>
        }
      </ul>
      <h2>Inscriptions aux actions de promotion</h2>
      <ul>
        @for (r of h.registrations; track r.id) {
          <li>{{ r.actionTitle }} — {{ registrationLabels[r.status] }} ({{ frenchDate(r.queuedAt) }})</li>
        } @empty {
          <li>Aucune inscription.</li>
        }
      </ul>
    }
  `,
  styles: `
    .cards { list-style: none; padding: 0; display: grid; gap: 12px; }
    .cards > li { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 4px 16px 12px; }
    h3 { font: var(--mat-sys-title-medium); }
    .message { white-space: pre-line; overflow-wrap: anywhere; }
    blockquote { border-inline-start: 3px solid var(--mat-sys-outline); margin: 4px 0 8px; padding-inline-start: 12px; }
  `,
})
export class PartnerHistory {
  private readonly data = inject(RelationsData);
  readonly id = input.required<string>();
  protected readonly statusLabels = MEETING_STATUS_LABELS;
  protected readonly placeLabels = MEETING_PLACE_LABELS;
  protected readonly registrationLabels = REGISTRATION_STATUS_LABELS;
  protected readonly frenchSlot = frenchSlot;
  protected readonly frenchDate = frenchDate;
  protected readonly frenchDay = frenchDay;
  protected readonly history = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.history(params) });
}
