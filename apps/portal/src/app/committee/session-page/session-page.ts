import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import {
  ATTENDANCE_LABELS,
  COMMITTEE_LIMITS,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  RECOMMENDATION_NEXT,
  RECOMMENDATION_STATUS_LABELS,
  SESSION_STATUS_LABELS,
  type DocumentKind,
  type RecommendationStatus,
} from '@extranet/domain/committee';
import { Session } from '../../auth/session';
import type { CommitteeAttendance } from '../../graphql/types.generated';
import { type ApiError, toApiError } from '../../shared/api-error';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { ErrorSummary } from '../../shared/error-summary';
import { FormSubmission } from '../../shared/form-submission';
import { CommitteeData, formatSessionDay, formatSize } from '../committee-data';
import { RecommendationDecision } from './recommendation-decision';
import { TableScroll } from '../../shared/table-scroll';
import { CountPipe } from '../../shared/plural';

/** `/comite/seances/:sessionId` — one session: agenda, documents, minutes, recommendations; staff's tools. */
@Component({
  selector: 'app-committee-session-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe, RouterLink, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    ControlErrorPipe, ErrorSummary, RecommendationDecision, TableScroll,
    CountPipe,
  ],
  templateUrl: './session-page.html',
  styleUrl: './session-page.scss',
})
export class CommitteeSessionPage {
  private readonly data = inject(CommitteeData);
  private readonly user = inject(Session);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** Route parameter `:sessionId`. */
  readonly sessionId = input.required<string>();

  protected readonly session = rxResource({ params: () => this.sessionId(), stream: ({ params }) => this.data.session(params) });
  protected readonly loadError = computed(() => (this.session.error() ? toApiError(this.session.error()).message : null));
  protected readonly canManage = computed(() => can(this.user.actor(), 'committee.manage'));
  protected readonly isMember = computed(() => this.user.user()?.globalRoles.includes('COMMITTEE_MEMBER') ?? false);

  protected readonly statusLabels = SESSION_STATUS_LABELS;
  protected readonly attendanceLabels = ATTENDANCE_LABELS;
  protected readonly kindLabels = DOCUMENT_KIND_LABELS;
  protected readonly recommendationLabels = RECOMMENDATION_STATUS_LABELS;
  protected readonly kinds = DOCUMENT_KINDS;
  protected readonly day = formatSessionDay;
  protected readonly size = formatSize;
  protected readonly maxMb = COMMITTEE_LIMITS.documentBytes / (1024 * 1024);

  protected readonly busy = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  // ── Attendance and reading ──

  protected answer(attendance: CommitteeAttendance): void {
    this.run(this.data.answerAttendance(this.sessionId(), attendance), 'Votre réponse est enregistrée.');
  }

  protected confirmRead(): void {
    this.run(this.data.confirmRead(this.sessionId()), 'Merci, votre lecture est confirmée.');
  }

  protected markHeld(): void {
    this.run(this.data.markHeld(this.sessionId()), 'La séance est marquée comme tenue.');
  }

  // ── Documents ──

  protected readonly documentForm = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.documentTitle)] }),
    kind: new FormControl<DocumentKind>('AGENDA', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly documentSubmission = new FormSubmission(this.documentForm, this.host);
  protected readonly chosenFile = signal<File | null>(null);
  protected readonly documentLabels = { title: 'Titre', kind: 'Type', file: 'Fichier' };

  protected chooseFile(event: Event): void {
    this.chosenFile.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected upload(fileInput: HTMLInputElement): void {
    const file = this.chosenFile();
    if (!file) {
      this.documentSubmission.reject({ code: 'BAD_USER_INPUT', message: 'Choisissez un fichier à envoyer.', fields: [{ field: 'file', message: 'Choisissez un fichier à envoyer.' }] });
      return;
    }
    if (!this.documentSubmission.canSend()) return;
    this.documentSubmission.send(this.data.uploadDocument(this.sessionId(), this.documentForm.getRawValue(), file), () => {
      this.documentForm.reset({ title: '', kind: 'AGENDA' });
      this.chosenFile.set(null);
      fileInput.value = '';
      this.snackBar.open('Le document est en ligne.', undefined, { duration: 4000 });
      this.data.refreshSession(this.sessionId()).subscribe();
    });
  }

  protected replace(documentId: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.run(this.data.replaceDocument(documentId, file), 'La nouvelle version est en ligne\u00a0; les précédentes restent disponibles.', () => {
      input.value = '';
      this.data.refreshSession(this.sessionId()).subscribe();
    });
  }

  // ── Minutes ──

  protected readonly minutesForm = new FormGroup({
    markdown: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(COMMITTEE_LIMITS.minutes)] }),
  });
  protected readonly minutesSubmission = new FormSubmission(this.minutesForm, this.host);
  private minutesLoadedFor: string | null = null;

  constructor() {
    // The saved draft goes into the text area once per session shown, never over what staff type.
    effect(() => {
      const session = this.session.hasValue() ? this.session.value() : null;
      if (session && this.minutesLoadedFor !== session.id) {
        this.minutesLoadedFor = session.id;
        untracked(() => this.minutesForm.setValue({ markdown: session.minutesMarkdown ?? '' }));
      }
    });
  }

  protected saveMinutes(): void {
    if (!this.minutesSubmission.canSend()) return;
    this.minutesSubmission.send(this.data.saveMinutes(this.sessionId(), this.minutesForm.getRawValue().markdown), () =>
      this.snackBar.open('Brouillon enregistré\u00a0: l’aperçu est à jour.', undefined, { duration: 4000 }),
    );
  }

  protected publishMinutes(): void {
    if (!this.minutesSubmission.canSend()) return;
    const markdown = this.minutesForm.getRawValue().markdown.trim();
    this.minutesSubmission.send(this.data.publishMinutes(this.sessionId(), markdown || null), () =>
      this.snackBar.open('Compte rendu publié\u00a0: les membres sont prévenus par courriel.', undefined, { duration: 5000 }),
    );
  }

  // ── Recommendations ──

  protected readonly recommendationForm = new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.recommendationText)] }),
    theme: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.recommendationTheme)] }),
    proposer: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(COMMITTEE_LIMITS.proposer)] }),
  });
  protected readonly recommendationSubmission = new FormSubmission(this.recommendationForm, this.host);
  protected readonly recommendationLabelsByField = { text: 'Recommandation', theme: 'Thème', proposer: 'Proposée par' };

  protected addRecommendation(): void {
    if (!this.recommendationSubmission.canSend()) return;
    this.recommendationSubmission.send(this.data.addRecommendation({ sessionId: this.sessionId(), ...this.recommendationForm.getRawValue() }), () => {
      this.recommendationForm.reset();
      this.snackBar.open('Recommandation ajoutée.', undefined, { duration: 4000 });
    });
  }

  protected nextStatuses(status: RecommendationStatus): readonly RecommendationStatus[] {
    return RECOMMENDATION_NEXT[status];
  }

  protected readonly readCount = computed(() => {
    const readings = this.session.hasValue() ? this.session.value().readings : null;
    return readings ? { read: readings.filter((r) => r.readAt).length, total: readings.length } : null;
  });

  private run(request: ReturnType<CommitteeData['markHeld']> | ReturnType<CommitteeData['replaceDocument']>, done: string, after?: () => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.snackBar.open(done, undefined, { duration: 4000 });
        after?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionError.set('code' in (error as object) && 'message' in (error as object) && 'fields' in (error as object) ? (error as ApiError) : toApiError(error));
      },
    });
  }
}
