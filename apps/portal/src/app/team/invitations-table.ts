import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { MEMBERSHIP_ROLE_LABELS, type MembershipRole } from '@extranet/domain/accounts';
import type { InvitationStatus } from '../graphql/types.generated';
import type { InvitationFieldsFragment } from './team.generated';
import { TableScroll } from '../shared/table-scroll';

const STATUS_LABELS: Readonly<Record<InvitationStatus, string>> = {
  PENDING: 'En attente',
  ACCEPTED: 'Acceptée',
  EXPIRED: 'Expirée',
};

@Component({
  selector: 'app-invitations-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, MatButtonModule, DatePipe, TableScroll],
  template: `
    @if (invitations().length === 0) {
      <p>Aucune invitation en attente.</p>
    } @else {
      <div appTableScroll="Invitations en attente">
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
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef scope="col">Actions</th>
            <td mat-cell *matCellDef="let invitation">
              <span class="invitation-actions">
                @if (canResend()(row(invitation).role)) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="'Renvoyer l’invitation à ' + invitation.email"
                    (click)="resend.emit(row(invitation))"
                  >
                    Renvoyer
                  </button>
                }
                <button
                  mat-button
                  type="button"
                  [disabled]="busy()"
                  [attr.aria-label]="'Annuler l’invitation de ' + invitation.email"
                  (click)="cancel.emit(row(invitation))"
                >
                  Annuler
                </button>
              </span>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let row; columns: columns()"></tr>
        </table>
      </div>
    }
  `,
  styles: `
    .invitation-actions {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class InvitationsTable {
  readonly invitations = input.required<readonly InvitationFieldsFragment[]>();

  /** Shows « Renvoyer » and « Annuler » on each row. */
  readonly manage = input(false);
  /** Which invitations the user may send again (an owner's is the office's to re-send). */
  readonly canResend = input<(role: MembershipRole) => boolean>(() => true);
  readonly busy = input(false);
  readonly cancel = output<InvitationFieldsFragment>();
  readonly resend = output<InvitationFieldsFragment>();

  protected readonly columns = computed(() => ['email', 'role', 'status', 'createdAt', 'expiresAt', ...(this.manage() ? ['actions'] : [])]);
  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected row(invitation: InvitationFieldsFragment): InvitationFieldsFragment {
    return invitation;
  }
}
