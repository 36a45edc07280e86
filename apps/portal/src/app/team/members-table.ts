import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { MEMBERSHIP_ROLE_LABELS, memberRemovalProblem } from '@extranet/domain/accounts';
import type { Member } from './team-data';
import { TableScroll } from '../shared/table-scroll';

@Component({
  selector: 'app-members-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatButtonModule, TableScroll],
  template: `
    @if (members().length === 0) {
      <p>Aucun membre pour l’instant.</p>
    } @else {
      <div [appTableScroll]="caption()">
        <table mat-table [dataSource]="members()">
          <caption class="visually-hidden">{{ caption() }}</caption>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Nom</th>
            <td mat-cell *matCellDef="let member">{{ member.name }}</td>
          </ng-container>
          <ng-container matColumnDef="email">
            <th mat-header-cell *matHeaderCellDef scope="col">Adresse e-mail</th>
            <td mat-cell *matCellDef="let member">{{ member.email }}</td>
          </ng-container>
          <ng-container matColumnDef="role">
            <th mat-header-cell *matHeaderCellDef scope="col">Rôle</th>
            <td mat-cell *matCellDef="let member">{{ roleLabels[asMember(member).role] }}</td>
          </ng-container>
          <ng-container matColumnDef="active">
            <th mat-header-cell *matHeaderCellDef scope="col">Compte</th>
            <td mat-cell *matCellDef="let member">{{ member.active ? 'Actif' : 'Désactivé' }}</td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef scope="col">Actions</th>
            <td mat-cell *matCellDef="let member">
              @if (removalProblem(asMember(member)); as problem) {
                <span class="members-table__note">{{ problem === lastOwner ? 'Dernier responsable' : '' }}</span>
              } @else {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="busy()"
                  [attr.aria-label]="'Retirer ' + member.name + ' de l’équipe'"
                  (click)="remove.emit(asMember(member))"
                >
                  Retirer
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let row; columns: columns()"></tr>
        </table>
      </div>
    }
  `,
})
export class MembersTable {
  readonly members = input.required<readonly Member[]>();
  readonly caption = input('Membres de l’organisation');

  /** Shows a « Retirer » button on each row the rules allow (never the last owner). */
  readonly canRemove = input(false);
  /** While a removal is on its way. */
  readonly busy = input(false);
  readonly remove = output<Member>();

  protected readonly columns = computed(() => ['name', 'email', 'role', 'active', ...(this.canRemove() ? ['actions'] : [])]);
  protected readonly lastOwner = memberRemovalProblem([{ userId: 'x', role: 'OWNER' }], 'x');
  protected removalProblem(member: Member): string | null {
    return memberRemovalProblem(this.members(), member.userId);
  }
  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;
  protected asMember(row: Member): Member {
    return row;
  }
}
