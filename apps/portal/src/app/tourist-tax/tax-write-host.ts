import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { HOST_MESSAGE_LIMITS, UNDECLARED_REASONS, defaultHostMessage, parisDay, validateHostMessage, type UndeclaredReason } from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { type ApiError, INVALID_INPUT_MESSAGE, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { Flash } from '../shared/flash';
import { TaxData } from './tax-data';

const LABELS = { subject: 'Objet', text: 'Message', organisationId: 'Hébergeur' };

/**
 * `/taxe-de-sejour/ecrire/:organisationId` (query: motif, nom, partenaire, annee — from the undeclared
 * list) — staff write to a host's owners: a French subject and text prefilled for the reason the host
 * was listed, editable, sent through the outbox; what was written before is listed.
 */
@Component({
  selector: 'app-tax-write-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <p><a routerLink="/taxe-de-sejour/suivi">← Suivi des déclarations</a></p>
    <h1>Écrire à l’hôte</h1>
    <p>À\u00a0: les responsables de <strong>{{ organisationName() || 'ce partenaire' }}</strong>, par courriel (page «\u00a0Courriels envoyés\u00a0»).</p>
    <app-error-summary [error]="error()" [labels]="labels" />
    <form [formGroup]="form" (ngSubmit)="send()">
      <mat-form-field class="wide">
        <mat-label>{{ labels.subject }}</mat-label>
        <input matInput formControlName="subject" required [attr.maxlength]="limits.subject.max" />
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>{{ labels.text }}</mat-label>
        <textarea matInput formControlName="text" rows="14" required [attr.maxlength]="limits.text.max"></textarea>
        <mat-hint>Proposé selon le motif\u00a0; modifiez-le librement.</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="saving()">Envoyer le courriel</button>
    </form>

    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Déjà écrit à cet hôte</h2>
      @if (history.hasValue()) {
        @if (history.value().length === 0) {
          <p>Aucun courriel envoyé depuis le suivi.</p>
        } @else {
          <ul>
            @for (m of history.value(); track m.id) {
              <li>{{ m.sentAt | date: 'longDate' }} — {{ m.subject }} ({{ m.recipients }} destinataire{{ m.recipients > 1 ? 's' : '' }})</li>
            }
          </ul>
        }
      }
      <p><a [routerLink]="['/rendez-vous/partenaire', organisationId()]">Toute la relation avec ce partenaire</a> (rendez-vous, messages de l’office, inscriptions).</p>
    </section>
  `,
  styles: `
    .wide { display: block; width: min(720px, 100%); }
    section { margin-block: 32px; }
  `,
})
export class TaxWriteHost {
  private readonly data = inject(TaxData);
  private readonly fb = inject(FormBuilder);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  readonly organisationId = input.required<string>();

  protected readonly labels = LABELS;
  protected readonly limits = HOST_MESSAGE_LIMITS;
  protected readonly organisationName = computed(() => this.query().get('partenaire') ?? '');
  protected readonly history = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.data.hostMessages(params) });
  protected readonly form = this.fb.nonNullable.group({ subject: '', text: '' });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const q = this.query();
      const motif = q.get('motif');
      const reason: UndeclaredReason = (UNDECLARED_REASONS as readonly string[]).includes(motif ?? '') ? (motif as UndeclaredReason) : 'partners';
      const year = Number(q.get('annee')) || Number(parisDay(new Date()).slice(0, 4));
      this.form.setValue(defaultHostMessage(reason, { name: q.get('nom') ?? this.organisationName(), organisationName: this.organisationName(), year }));
    });
  }

  protected send(): void {
    if (this.saving()) return;
    const checked = validateHostMessage(this.form.getRawValue());
    if (!checked.ok) {
      this.error.set({ code: 'BAD_USER_INPUT', message: INVALID_INPUT_MESSAGE, fields: checked.errors });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.data
      .writeToHost({ organisationId: this.organisationId(), ...checked.value })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (r) => {
          // said on the page it leads to (a snack bar opened just before a navigation does not stay)
          this.flash.next(`Courriel envoyé à ${r.recipients} responsable${r.recipients > 1 ? 's' : ''} de ${this.organisationName() || 'l’hôte'}.`);
          void this.router.navigate(['/taxe-de-sejour/suivi']);
        },
        error: (e: unknown) => this.error.set(toApiError(e)),
      });
  }
}
