import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MEMBERSHIP_ROLE_LABELS, type MembershipRole, normaliseEmail } from '@extranet/domain/accounts';
import { emailValidator } from '../auth/validators';
import { ControlErrorPipe } from '../shared/control-error.pipe';
import { ErrorSummary } from '../shared/error-summary';
import { FormSubmission } from '../shared/form-submission';
import { FormActions } from '../shared/form-actions';
import { TeamData } from './team-data';

/** Sends an invitation by e-mail; `roles` are the roles the current user may hand out here. */
@Component({
  selector: 'app-invite-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ControlErrorPipe,
    ErrorSummary,
    FormActions,
  ],
  template: `
    <app-error-summary [error]="submission.error()" [labels]="labels" />
    <form [formGroup]="form" #formDirective="ngForm" (ngSubmit)="submit(formDirective)" novalidate class="invite-form">
      <mat-form-field>
        <mat-label>Adresse e-mail</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="off" required />
        @if (form.controls.email.errors | controlError; as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @if (fixedRole()) {
        <p class="fixed-role">Rôle attribué&nbsp;: {{ roleLabels[roles()[0]] }}</p>
      } @else {
        <mat-form-field>
          <mat-label>Rôle</mat-label>
          <mat-select formControlName="role" required>
            @for (role of roles(); track role) {
              <mat-option [value]="role">{{ roleLabels[role] }}</mat-option>
            }
          </mat-select>
          @if (form.controls.role.errors | controlError; as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      }
      <app-form-actions label="Envoyer l’invitation" [busy]="submission.submitting()" busyLabel="Envoi de l’invitation" />
    </form>
  `,
  styles: `
    .invite-form mat-form-field {
      width: 100%;
      max-width: 480px;
      display: block;
    }
  `,
})
export class InviteForm {
  private readonly team = inject(TeamData);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly organisationId = input.required<string>();
  readonly roles = input.required<readonly MembershipRole[]>();
  /** Hide the role choice and always invite with the first role (e.g. « Inviter le responsable »). */
  readonly fixedRole = input(false);

  protected readonly roleLabels = MEMBERSHIP_ROLE_LABELS;
  protected readonly labels = { email: 'Adresse e-mail', role: 'Rôle' };
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailValidator]],
    role: ['' as MembershipRole | '', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);

  constructor() {
    // Preselect the most modest role the user may give.
    effect(() => {
      const roles = this.roles();
      const role = this.form.controls.role;
      if (!roles.includes(role.value as MembershipRole)) {
        role.setValue(roles.includes('MEMBER') ? 'MEMBER' : (roles[0] ?? ''));
      }
    });
  }

  protected submit(formDirective: FormGroupDirective): void {
    if (!this.submission.canSend()) {
      return;
    }
    const { email, role } = this.form.getRawValue();
    this.submission.send(
      this.team.invite(this.organisationId(), normaliseEmail(email), role as MembershipRole),
      (invitation) => {
        // The same role stays selected for the next colleague.
        formDirective.resetForm({ email: '', role });
        this.snackBar.open(`Invitation envoyée à ${invitation.email}`, 'Fermer', {
          duration: 5000,
          politeness: 'polite',
        });
      },
    );
  }
}
