import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { CommitteeData, formatSessionDay } from './committee-data';
import { CountPipe } from '../shared/plural';

/**
 * The committee on the home page: a member's next session and minutes still to read; for staff,
 * the published minutes some members have not confirmed. Shown only to those who may read it.
 */
@Component({
  selector: 'app-committee-todo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatCardModule, CountPipe],
  template: `
    @if (todo.hasValue() && hasSomething()) {
      @let t = todo.value();
      <mat-card appearance="outlined" class="todo">
        <mat-card-header>
          <mat-card-title><h2 class="title">Comité Technique</h2></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          @if (t.nextSession; as next) {
            <p>Prochaine séance&nbsp;: <a [routerLink]="['/comite', 'seances', next.id]">{{ next.theme }}</a>, {{ day(next.date) }}@if (next.startTime) {<span> à {{ next.startTime }}</span>}.
              @if (!next.myAttendance) { <strong>Dites si vous serez présent·e.</strong> }</p>
          }
          @if (t.unreadMinutes.length > 0) {
            <p>Comptes rendus à lire&nbsp;:</p>
            <ul>
              @for (s of t.unreadMinutes; track s.id) {
                <li><a [routerLink]="['/comite', 'seances', s.id]">{{ s.theme }}</a> ({{ day(s.date) }})</li>
              }
            </ul>
          }
          @if (t.unconfirmed.length > 0) {
            <p>Lectures non confirmées&nbsp;:</p>
            <ul>
              @for (u of t.unconfirmed; track u.sessionId) {
                <li><a [routerLink]="['/comite', 'seances', u.sessionId]">{{ u.theme }}</a>&nbsp;: {{ u.missing | count: 'membre' }} sur {{ u.members }} {{ u.missing > 1 ? 'n’ont' : 'n’a' }} pas confirmé</li>
              }
            </ul>
          }
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .todo { margin-block: 16px; }
    .title { font-size: 1.25rem; margin: 0; }
  `,
})
export class CommitteeTodo {
  private readonly data = inject(CommitteeData);

  protected readonly todo = rxResource({ stream: () => this.data.todo() });
  protected readonly day = formatSessionDay;
  protected readonly hasSomething = computed(() => {
    if (!this.todo.hasValue()) return false;
    const t = this.todo.value();
    return Boolean(t.nextSession) || t.unreadMinutes.length > 0 || t.unconfirmed.length > 0;
  });
}
