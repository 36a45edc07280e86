import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { NEWS_MAIL_PREFERENCE_LABELS, NEWS_MAIL_PREFERENCES, type NewsMailPreference } from '@extranet/domain/relations';
import { type ApiError, toApiError } from '../../shared/api-error';
import { RelationsData } from '../relations-data';

/** `/actualites/preferences` — news by e-mail: immediately, a weekly digest, or never. */
@Component({
  selector: 'app-news-preferences',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatRadioModule, MatButtonModule, RouterLink],
  template: `
    <div class="narrow-page">
      <p><a routerLink="/actualites">← Actualités</a></p>
      <h1>Recevoir les actualités par courriel</h1>
      @if (loaded()) {
        <form (ngSubmit)="save()">
          <fieldset>
            <legend>Quand voulez-vous recevoir les actualités&nbsp;?</legend>
            <mat-radio-group [ngModel]="choice()" (ngModelChange)="choice.set($event)" name="preference" class="choices">
              @for (p of preferences; track p) {
                <mat-radio-button [value]="p">{{ labels[p] }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          <button mat-flat-button type="submit" [disabled]="saving()">Enregistrer</button>
        </form>
        <p aria-live="polite">{{ saved() ? 'C’est enregistré.' : '' }}</p>
        @if (error(); as e) {
          <p class="notice notice--error" role="alert">{{ e.message }}</p>
        }
      }
      <p>Chaque courriel contient aussi un lien pour ne plus en recevoir, sans avoir à se connecter.</p>
    </div>
  `,
  styles: `
    fieldset { border: none; margin: 0 0 16px; padding: 0; }
    legend { font: var(--mat-sys-title-medium); margin-bottom: 8px; }
    .choices { display: flex; flex-direction: column; gap: 8px; }
  `,
})
export class NewsPreferences {
  private readonly data = inject(RelationsData);
  protected readonly preferences = NEWS_MAIL_PREFERENCES;
  protected readonly labels = NEWS_MAIL_PREFERENCE_LABELS;
  protected readonly choice = signal<NewsMailPreference>('IMMEDIATE');
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    this.data.mailSetting().subscribe({
      next: (p) => { this.choice.set(p); this.loaded.set(true); },
      error: (e: unknown) => this.error.set(toApiError(e)),
    });
  }

  protected save(): void {
    this.saving.set(true);
    this.saved.set(false);
    this.error.set(null);
    this.data.setMailPreference(this.choice()).subscribe({
      next: () => { this.saving.set(false); this.saved.set(true); },
      error: (e: unknown) => { this.saving.set(false); this.error.set(toApiError(e)); },
    });
  }
}
