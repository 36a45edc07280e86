import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { ATTENDANCE_LABELS, SESSION_STATUS_LABELS } from '@extranet/domain/committee';
import { Session } from '../../auth/session';
import { toApiError } from '../../shared/api-error';
import { CommitteeData, type SessionSummary, formatSessionDay } from '../committee-data';

/** `/comite` — the committee's sessions, upcoming first, then past ones with their minutes. */
@Component({
  selector: 'app-committee-sessions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule],
  template: `
    <h1>Comité Technique</h1>
    <nav class="actions" aria-label="Comité Technique">
      <a mat-stroked-button routerLink="recommandations">Recommandations</a>
      <a mat-stroked-button routerLink="recherche">Rechercher</a>
      @if (canManage()) {
        <a mat-flat-button routerLink="seances/nouvelle">Nouvelle séance</a>
        <a mat-stroked-button routerLink="membres">Membres</a>
      }
    </nav>
    @if (sessions.isLoading() && !sessions.hasValue()) {
      <mat-progress-bar mode="indeterminate" aria-label="Chargement des séances" />
    }
    @if (error(); as error) {
      <p role="alert">{{ error }}</p>
    }
    @if (sessions.hasValue()) {
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Séances à venir</h2>
        @if (upcoming().length === 0) {
          <p>Aucune séance prévue pour l’instant.</p>
        } @else {
          <ul class="sessions" role="list">
            @for (s of upcoming(); track s.id) {
              <li>
                <a [routerLink]="['seances', s.id]">{{ s.theme }}</a>
                <span>{{ day(s.date) }}@if (s.startTime) { à {{ s.startTime }} } · {{ s.place ?? 'Visioconférence' }}</span>
                @if (isMember()) {
                  <span>Ma réponse&nbsp;: {{ s.myAttendance ? attendanceLabels[s.myAttendance] : 'pas encore donnée' }}</span>
                }
              </li>
            }
          </ul>
        }
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">Séances passées</h2>
        @if (past().length === 0) {
          <p>Aucune séance passée.</p>
        } @else {
          <ul class="sessions" role="list">
            @for (s of past(); track s.id) {
              <li [class.unread]="isMember() && s.status === 'MINUTES_PUBLISHED' && !s.readAt">
                <a [routerLink]="['seances', s.id]">{{ s.theme }}</a>
                <span>{{ day(s.date) }} · {{ statusLabels[s.status] }}</span>
                @if (isMember() && s.status === 'MINUTES_PUBLISHED' && !s.readAt) {
                  <strong class="badge">Compte rendu à lire</strong>
                }
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-block-end: 16px; }
    .sessions { list-style: none; padding: 0; margin: 0; }
    .sessions > li { display: flex; flex-direction: column; gap: 2px; padding: 8px 0; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .sessions > li.unread { border-inline-start: 4px solid var(--mat-sys-primary); padding-inline-start: 8px; }
    .badge { color: var(--mat-sys-primary); }
  `,
})
export class CommitteeSessions {
  private readonly data = inject(CommitteeData);
  private readonly session = inject(Session);

  protected readonly sessions = rxResource({ stream: () => this.data.sessions() });
  protected readonly statusLabels = SESSION_STATUS_LABELS;
  protected readonly attendanceLabels = ATTENDANCE_LABELS;
  protected readonly day = formatSessionDay;
  protected readonly canManage = computed(() => can(this.session.actor(), 'committee.manage'));
  /** Answers and readings are the members' own; staff who are not members have none to give. */
  protected readonly isMember = computed(() => this.session.user()?.globalRoles.includes('COMMITTEE_MEMBER') ?? false);
  protected readonly error = computed(() => (this.sessions.error() ? toApiError(this.sessions.error()).message : null));

  private readonly list = computed<SessionSummary[]>(() => (this.sessions.hasValue() ? this.sessions.value() : []));
  protected readonly upcoming = computed(() => this.list().filter((s) => s.status === 'PLANNED').sort((a, b) => a.date.localeCompare(b.date)));
  protected readonly past = computed(() => this.list().filter((s) => s.status !== 'PLANNED'));
}
