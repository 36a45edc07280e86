import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GLOBAL_ROLE_LABELS, GLOBAL_ROLES, type GlobalRole } from '@extranet/domain/accounts';
import { debounceTime, distinctUntilChanged, map, startWith } from 'rxjs';
import { Session } from '../auth/session';
import { type ApiError, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { AdminData, type AdminUserPage } from './admin-data';
import { TableScroll } from '../shared/table-scroll';
import { CountPipe } from '../shared/plural';

const PAGE_SIZE = 50;
type UserRow = AdminUserPage['items'][number];

/** `/administration/utilisateurs` (administrators): every account and its global roles, changed through the audited setGlobalRoles. */
@Component({
  selector: 'app-admin-users',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ErrorSummary, TableScroll, CountPipe],
  template: `
    <h1>Utilisateurs et rôles</h1>
    <p>Les rôles globaux (équipe de l’office, administrateur, membre du comité technique) valent pour toute l’extranet&nbsp;; chaque changement est inscrit au journal d’audit.</p>
    <mat-form-field class="search">
      <mat-label>Rechercher un nom ou une adresse</mat-label>
      <input matInput type="search" [formControl]="search" />
    </mat-form-field>
    <app-error-summary [error]="actionError()" />
    @if (page.isLoading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Chargement des utilisateurs" />
    }
    @if (page.hasValue()) {
      <p aria-live="polite">{{ page.value().total | count: 'utilisateur' }}{{ page.value().total > page.value().items.length ? ', les ' + page.value().items.length + ' premiers affichés' : '' }}.</p>
      <div appTableScroll="Utilisateurs et leurs rôles">
        <table>
          <caption class="visually-hidden">Utilisateurs et leurs rôles</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th><th scope="col">Adresse</th><th scope="col">Organisation</th>
              @for (role of roles; track role) { <th scope="col">{{ labels[role] }}</th> }
            </tr>
          </thead>
          <tbody>
            @for (u of page.value().items; track u.id) {
              <tr [class.inactive]="!u.active">
                <td>{{ u.name }}@if (!u.active) { (désactivé) }</td>
                <td>{{ u.email }}</td>
                <td>{{ u.organisations.join(', ') }}</td>
                @for (role of roles; track role) {
                  <td>
                    <mat-checkbox [checked]="rolesOf(u).includes(role)" [disabled]="busy() || (u.id === me() && role === 'ADMIN')" (change)="toggle(u, role, $event.checked)">
                      <span class="visually-hidden">{{ labels[role] }}&nbsp;: {{ u.name }}</span>
                    </mat-checkbox>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .search { width: min(100%, 32rem); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; padding: 4px 12px 4px 0; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .inactive { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class AdminUsers {
  private readonly data = inject(AdminData);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(Session);

  protected readonly roles = GLOBAL_ROLES;
  protected readonly labels = GLOBAL_ROLE_LABELS;
  protected readonly me = computed(() => this.session.user()?.id);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly term = toSignal(this.search.valueChanges.pipe(map((v) => v.trim()), debounceTime(300), distinctUntilChanged(), startWith('')), { initialValue: '' });
  protected readonly page = rxResource({ params: () => this.term(), stream: ({ params }) => this.data.users(params, 0, PAGE_SIZE) });
  /** Roles changed on this page since it loaded, by user id. */
  private readonly changed = signal<Record<string, readonly GlobalRole[]>>({});
  protected readonly busy = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  protected rolesOf(user: UserRow): readonly GlobalRole[] {
    return this.changed()[user.id] ?? user.globalRoles;
  }

  protected toggle(user: UserRow, role: GlobalRole, on: boolean): void {
    const current = this.rolesOf(user);
    const roles = on ? [...new Set([...current, role])] : current.filter((r) => r !== role);
    this.busy.set(true);
    this.actionError.set(null);
    this.data.setRoles(user.id, roles).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.changed.update((all) => ({ ...all, [user.id]: result.globalRoles }));
        this.snackBar.open(`Rôles de ${user.name} enregistrés.`, undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set(toApiError(error));
        // Put the checkbox back as the server has it.
        this.changed.update((all) => ({ ...all, [user.id]: current }));
      },
    });
  }
}
