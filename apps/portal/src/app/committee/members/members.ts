import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { type ApiError, toApiError } from '../../shared/api-error';
import { ErrorSummary } from '../../shared/error-summary';
import { CommitteeData, type Member } from '../committee-data';
import { TableScroll } from '../../shared/table-scroll';
import { CountPipe } from '../../shared/plural';

/** `/comite/membres` (staff): the committee's members; add any partner user, remove a member (access ends at once). */
@Component({
  selector: 'app-committee-members',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, TableScroll, CountPipe],
  template: `
    <p><a routerLink="/comite">← Séances</a></p>
    <h1>Membres du Comité Technique</h1>
    <app-error-summary [error]="actionError()" />
    @if (members.hasValue()) {
      <p>{{ members.value().length | count: 'membre' }}.</p>
      <div appTableScroll="Membres du Comité Technique">
        <table>
          <caption class="visually-hidden">Membres du Comité Technique</caption>
          <thead><tr><th scope="col">Nom</th><th scope="col">Adresse</th><th scope="col">Organisation</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            @for (m of members.value(); track m.id) {
              <tr>
                <td>{{ m.name }}</td><td>{{ m.email }}</td><td>{{ m.organisations.join(', ') }}</td>
                <td><button mat-button type="button" (click)="remove(m)" [disabled]="busy()">Retirer<span class="visually-hidden"> {{ m.name }}</span></button></td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    <h2>Ajouter un membre</h2>
    <mat-form-field class="search">
      <mat-label>Nom ou adresse d’un utilisateur</mat-label>
      <input matInput [formControl]="search" type="search" />
      <mat-hint>Au moins deux caractères.</mat-hint>
    </mat-form-field>
    <ul class="candidates" aria-live="polite">
      @for (c of candidates(); track c.id) {
        <li>
          <span>{{ c.name }} — {{ c.email }}@if (c.organisations.length) { ({{ c.organisations.join(', ') }}) }</span>
          <button mat-stroked-button type="button" (click)="add(c)" [disabled]="busy()">Ajouter<span class="visually-hidden"> {{ c.name }}</span></button>
        </li>
      }
    </ul>
  `,
  styles: `
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; padding: 4px 12px 4px 0; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .search { width: min(100%, 32rem); }
    .candidates { list-style: none; padding: 0; }
    .candidates li { display: flex; gap: 12px; align-items: center; padding-block: 4px; }
  `,
})
export class CommitteeMembers {
  private readonly data = inject(CommitteeData);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly members = rxResource({ stream: () => this.data.members() });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly candidates = toSignal(
    this.search.valueChanges.pipe(
      map((v) => v.trim()),
      debounceTime(300),
      distinctUntilChanged(),
      switchMap((v) => (v.length < 2 ? of([] as Member[]) : this.data.candidates(v).pipe(catchError(() => of([] as Member[]))))),
    ),
    { initialValue: [] as Member[] },
  );
  protected readonly busy = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  protected add(member: Member): void {
    this.change(this.data.addMember(member.id), `${member.name} est membre du Comité Technique.`, () => this.search.setValue(''));
  }

  protected remove(member: Member): void {
    this.change(this.data.removeMember(member.id), `${member.name} n’est plus membre\u00a0: son accès est retiré.`);
  }

  private change(request: ReturnType<CommitteeData['addMember']>, done: string, after?: () => void): void {
    this.busy.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.snackBar.open(done, undefined, { duration: 4000 });
        after?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(toApiError(error));
      },
    });
  }
}
