import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { COMMITTEE_LIMITS, validateSession } from '@extranet/domain/committee';
import { of } from 'rxjs';
import { applyFieldErrors } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { CommitteeData, type SessionView } from '../committee-data';

function agendaItem(title = '', description = '') {
  return new FormGroup({
    title: new FormControl(title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.agendaTitle)] }),
    description: new FormControl(description, { nonNullable: true, validators: [Validators.maxLength(COMMITTEE_LIMITS.agendaDescription)] }),
  });
}

/** `/comite/seances/nouvelle` and `/comite/seances/:sessionId/modifier` (staff): a session and its agenda. */
@Component({
  selector: 'app-committee-session-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ControlErrorPipe, ErrorSummary],
  template: `
    <h1>{{ sessionId() ? 'Modifier la séance' : 'Nouvelle séance du Comité Technique' }}</h1>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-error-summary [error]="submission.error()" [labels]="labels" />
      <mat-form-field class="wide">
        <mat-label>Thème</mat-label>
        <input matInput formControlName="theme" required />
        <mat-error>{{ form.controls.theme.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Date</mat-label>
        <input matInput type="date" formControlName="date" required />
        <mat-error>{{ form.controls.date.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Heure</mat-label>
        <input matInput type="time" formControlName="startTime" />
        <mat-error>{{ form.controls.startTime.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>Lieu</mat-label>
        <input matInput formControlName="place" />
        <mat-hint>Ou un lien de visioconférence ci-dessous.</mat-hint>
        <mat-error>{{ form.controls.place.errors | controlError }}</mat-error>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>Lien de visioconférence</mat-label>
        <input matInput type="url" formControlName="videoLink" placeholder="https://…" />
        <mat-error>{{ form.controls.videoLink.errors | controlError }}</mat-error>
      </mat-form-field>

      <fieldset class="wide">
        <legend>Ordre du jour</legend>
        <ol formArrayName="agenda">
          @for (item of form.controls.agenda.controls; track item; let i = $index) {
            <li [formGroupName]="i">
              <mat-form-field>
                <mat-label>Titre du point {{ i + 1 }}</mat-label>
                <input matInput formControlName="title" required />
                <mat-error>{{ item.controls.title.errors | controlError }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>Description du point {{ i + 1 }}</mat-label>
                <input matInput formControlName="description" />
              </mat-form-field>
              <button mat-button type="button" (click)="form.controls.agenda.removeAt(i)">Retirer<span class="visually-hidden"> le point {{ i + 1 }}</span></button>
            </li>
          }
        </ol>
        <button mat-stroked-button type="button" (click)="form.controls.agenda.push(newItem())">Ajouter un point</button>
      </fieldset>

      @if (!sessionId()) {
        <fieldset class="wide">
          <legend>Membres invités</legend>
          @if (members.hasValue()) {
            <p class="hint">Tous les membres sont invités&nbsp;; décochez ceux qui ne le sont pas.</p>
            <ul class="invited">
              @for (m of members.value(); track m.id) {
                <li>
                  <mat-checkbox [checked]="!uninvited().has(m.id)" (change)="toggleInvited(m.id, $event.checked)">{{ m.name }}@if (m.organisations.length) { ({{ m.organisations.join(', ') }}) }</mat-checkbox>
                </li>
              }
            </ul>
          }
        </fieldset>
      }

      <div class="actions wide">
        <button mat-flat-button type="submit" [disabled]="submission.submitting()">Enregistrer</button>
        <a mat-button [routerLink]="sessionId() ? ['/comite', 'seances', sessionId()] : ['/comite']">Annuler</a>
      </div>
    </form>
  `,
  styles: `
    form { display: flex; flex-wrap: wrap; gap: 8px 16px; max-width: 60rem; }
    .wide, app-error-summary { flex-basis: 100%; }
    fieldset { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: 12px; }
    ol { padding-inline-start: 20px; }
    li { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
    .actions { display: flex; gap: 8px; }
    .invited { list-style: none; padding: 0; columns: 2 20rem; }
    .hint { margin-block: 0 8px; }
  `,
})
export class CommitteeSessionForm {
  private readonly data = inject(CommitteeData);
  private readonly router = inject(Router);

  /** Route parameter `:sessionId` when editing. */
  readonly sessionId = input<string | undefined>(undefined);

  protected readonly labels: Record<string, string> = { theme: 'Thème', date: 'Date', startTime: 'Heure', place: 'Lieu', videoLink: 'Lien de visioconférence', agenda: 'Ordre du jour' };
  protected readonly newItem = () => agendaItem();
  protected readonly form = new FormGroup({
    theme: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.theme)] }),
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    startTime: new FormControl('', { nonNullable: true }),
    place: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COMMITTEE_LIMITS.place)] }),
    videoLink: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COMMITTEE_LIMITS.videoLink)] }),
    agenda: new FormArray([agendaItem()]),
  });
  protected readonly submission = new FormSubmission(this.form, inject<ElementRef<HTMLElement>>(ElementRef).nativeElement);

  /** The committee's members, to choose whom a new session invites (all by default). */
  protected readonly members = rxResource({ params: () => (this.sessionId() ? undefined : true), stream: () => this.data.members() });
  protected readonly uninvited = signal<ReadonlySet<string>>(new Set());

  protected toggleInvited(id: string, invited: boolean): void {
    this.uninvited.update((set) => {
      const next = new Set(set);
      if (invited) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  private readonly existing = rxResource({ params: () => this.sessionId(), stream: ({ params }) => (params ? this.data.session(params) : of(null)) });
  private version = 0;
  private filledFor: string | null = null;

  constructor() {
    effect(() => {
      const session = this.existing.hasValue() ? this.existing.value() : null;
      if (session && this.filledFor !== session.id) {
        this.filledFor = session.id;
        untracked(() => this.fill(session));
      }
    });
  }

  private fill(session: SessionView): void {
    this.version = session.version;
    this.form.controls.agenda.clear();
    for (const item of session.agenda) this.form.controls.agenda.push(agendaItem(item.title, item.description ?? ''));
    this.form.patchValue({ theme: session.theme, date: session.date, startTime: session.startTime ?? '', place: session.place ?? '', videoLink: session.videoLink ?? '' });
  }

  protected submit(): void {
    if (!this.submission.canSend()) return;
    const value = this.form.getRawValue();
    const input = { ...value, startTime: value.startTime || null, place: value.place || null, videoLink: value.videoLink || null };
    // The domain's rules first (the same as the API's): every message at once, nothing sent.
    const checked = validateSession(input);
    if (!checked.ok) {
      applyFieldErrors(this.form, checked.errors);
      this.submission.reject({ code: 'BAD_USER_INPUT', message: 'Certaines informations sont invalides.', fields: checked.errors });
      return;
    }
    const id = this.sessionId();
    const invitedUserIds = this.members.hasValue() && this.uninvited().size > 0 ? this.members.value().map((m) => m.id).filter((m) => !this.uninvited().has(m)) : null;
    const request = id ? this.data.update({ ...input, id, version: this.version }) : this.data.create({ ...input, invitedUserIds });
    this.submission.send(request, (session) => void this.router.navigate(['/comite', 'seances', session.id]));
  }
}
