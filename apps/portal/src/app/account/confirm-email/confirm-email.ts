import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Session } from '../../auth/session';
import { type ApiError, toApiError } from '../../shared/api-error';
import { AccountData } from '../account-data';

/**
 * `/confirmer-adresse?token=…`, from the e-mail sent to a new sign-in address. The change waits for
 * a click on the button: mail scanners open links by themselves, and must not confirm on the user's
 * behalf. Open to anyone holding the link (the mailbox may be read on another device).
 */
@Component({
  selector: 'app-confirm-email',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <div class="narrow-page">
      <h1>Confirmer ma nouvelle adresse e-mail</h1>
      <div aria-live="polite">
        @if (confirmed(); as address) {
          <div class="notice notice--success" role="status">
            <p>C’est fait&nbsp;: vous vous connectez désormais avec {{ address }}.</p>
          </div>
          <p>
            @if (session.user()) {
              <a routerLink="/compte">Retour à mon compte</a>
            } @else {
              <a routerLink="/connexion">Se connecter</a>
            }
          </p>
        }
      </div>
      @if (!confirmed()) {
        @if (!token()) {
          <div class="notice notice--error" role="alert">
            <p>Ce lien est incomplet. Utilisez le lien reçu par e-mail, ou refaites la demande depuis «&nbsp;Mon compte&nbsp;».</p>
          </div>
        } @else {
          <p>Votre adresse de connexion ne changera qu’une fois ce bouton utilisé.</p>
          @if (problem(); as error) {
            <div class="notice notice--error" role="alert" tabindex="-1">
              <p>{{ error.message }}</p>
            </div>
          }
          <button mat-flat-button type="button" [disabled]="busy()" (click)="confirm()">
            {{ busy() ? 'Confirmation en cours…' : 'Confirmer ma nouvelle adresse' }}
          </button>
        }
      }
    </div>
  `,
})
export class ConfirmEmail {
  private readonly account = inject(AccountData);
  protected readonly session = inject(Session);

  /** From the link in the e-mail. */
  readonly token = input<string>();

  protected readonly busy = signal(false);
  protected readonly confirmed = signal<string | null>(null);
  protected readonly problem = signal<ApiError | null>(null);

  protected confirm(): void {
    const token = this.token();
    if (!token || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    this.account.confirmEmailChange(token).subscribe({
      next: (address) => {
        this.busy.set(false);
        this.confirmed.set(address);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        // The API names the link's field: show its message, which says what to do next.
        this.problem.set({ ...apiError, message: apiError.fields[0]?.message ?? apiError.message });
      },
    });
  }
}
