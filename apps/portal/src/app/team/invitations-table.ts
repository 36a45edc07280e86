import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { MEMBERSHIP_ROLE_LABELS } from '@extranet/domain/accounts';
import type { InvitationStatus } from '../graphql/types.generated';
import type { InvitationFieldsFragment } from './team.generated';

const STATUS_LABELS: Readonly<Record<InvitationStatus, string>> = {
  PENDING: 'En attente',
  ACCEPTED: 'Acceptée',
  EXPIRED: 'Expirée',
};

@Component({
  selector: 'app-invitations-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, DatePipe],
  template: `
    @if (invitations().length === 0) {
      <p>Aucune invitation envoyée.</p>
    } @else {
      <div class="table-scroll">
        <table mat-table [dataSource]="invitations()">
          <caption class="visually-hidden">Invitations</caption>
          <ng-container matColumnDef="email">
            <th mat-header-cell *matHeaderCellDef scope="col">Adresse e-mail</th>
            <td mat-cell *matCellDef="let invitation">{{ invitation.email }}</td>
          </ng-container>
          <ng-container matColumnDef="role">
            <th mat-header-cell *matHeaderCellDef scope="col">Rôle</th>
            <td mat-cell *matCellDef="let invitation">{{ roleLabels[row(invitation).role] }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef scope="col">Statut</th>
            <td mat-cell *matCellDef="let invitation">
              <span [class]="'status-chip status-chip--' + row(invitation).status.toLowerCase()">
                {{ statusLabels[row(invitation).status] }}
              </span>
            </td>
          </ng-container>
          <ng-container matColumnDef="createdAt">
            <th mat-header-cell *matHeaderCellDef scope="col">Envoyée le</th>
            <td mat-cell *matCellDef="let invitation">{{ invitation.createdAt | date: 'short' }}</td>
          </ng-container>
          <ng-container matColumnDef="expiresAt">
            <th mat-header-cell *matHeaderCellDef scope="col">Expire le</th>
            <td mat-cell *matCellDef="let invitation">{{ invitation.expiresAt | date: 'short' }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    }
  `,
})
export class InvitationsTable {
  readonly invitations = input.required<readonly InvitationFieldsFragment[]>();

  protected readonly columns = ['email', 'role', 'status', 'createdAt', 'expiresAt'];
  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected row(invitation: InvitationFieldsFragment): InvitationFieldsFragment {
    return invitation;
  }
}
