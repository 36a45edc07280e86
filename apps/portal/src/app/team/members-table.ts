import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { MEMBERSHIP_ROLE_LABELS } from '@extranet/domain/accounts';
import type { Member } from './team-data';

@Component({
  selector: 'app-members-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule],
  template: `
    @if (members().length === 0) {
      <p>Aucun membre pour l'instant.</p>
    } @else {
      <div class="table-scroll">
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
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    }
  `,
})
export class MembersTable {
  readonly members = input.required<readonly Member[]>();
  readonly caption = input('Membres de l’organisation');

  protected readonly columns = ['name', 'email', 'role', 'active'];
  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;
  protected asMember(row: Member): Member {
    return row;
  }
}
