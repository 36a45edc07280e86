import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { ApidaeImportReport } from '@extranet/domain/listings';
import type { Subscription } from 'rxjs';
import { ApidaeData, EXPORT_URL, MAX_UPLOAD_BYTES, type ImportProgress } from './apidae-data';
import { TableScroll } from '../shared/table-scroll';

/** Skipped objects listed on the page; the rest are counted (a whole territory can skip thousands). */
export const SHOWN_SKIPPED = 500;

/** `/apidae` — staff import a file from Apidae (with upload progress and the report) and export every listing. */
@Component({
  selector: 'app-apidae-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatButtonModule, MatProgressBarModule, MatTableModule, TableScroll],
  templateUrl: './apidae-import.html',
  styleUrl: './apidae-import.scss',
})
export class ApidaeImport {
  private readonly data = inject(ApidaeData);
  private running?: Subscription;

  protected readonly exportUrl = EXPORT_URL;
  protected readonly columns = ['apidaeId', 'name', 'reason'];
  protected readonly file = signal<File | null>(null);
  protected readonly progress = signal<ImportProgress | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly busy = computed(() => {
    const state = this.progress()?.state;
    return state === 'uploading' || state === 'processing';
  });
  protected readonly percent = computed(() => {
    const progress = this.progress();
    return progress?.state === 'uploading' && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  });
  protected readonly report = computed<ApidaeImportReport | null>(() => {
    const progress = this.progress();
    return progress?.state === 'done' ? progress.report : null;
  });
  protected readonly reportSummary = computed(() => {
    const report = this.report();
    return report ? summary(report) : '';
  });
  protected readonly shownSkipped = computed(() => this.report()?.skipped.slice(0, SHOWN_SKIPPED) ?? []);
  /** Read out by screen readers as the import moves on (coarse steps, not every percent). */
  protected readonly status = computed(() => {
    const progress = this.progress();
    switch (progress?.state) {
      case 'uploading':
        return `Envoi du fichier\u00a0: ${Math.floor(this.percent() / 10) * 10} %`;
      case 'processing':
        return 'Fichier reçu\u00a0: le serveur lit les objets et met les fiches à jour…';
      case 'done':
        return `Import terminé\u00a0: ${this.reportSummary()}`;
      default:
        return '';
    }
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.progress.set(null);
    if (file && file.size > MAX_UPLOAD_BYTES) {
      this.file.set(null);
      this.error.set('Le fichier dépasse la taille maximale (50 Mo)\u00a0: importez l’export en plusieurs fois, ou avec npm run import:apidae sur le serveur.');
      return;
    }
    this.error.set(null);
    this.file.set(file);
  }

  protected start(): void {
    const file = this.file();
    if (!file || this.busy()) {
      return;
    }
    this.error.set(null);
    this.progress.set({ state: 'uploading', sent: 0, total: file.size });
    this.running = this.data.import(file).subscribe({
      next: (progress) => this.progress.set(progress),
      error: (error: Error) => {
        this.progress.set(null);
        this.error.set(error.message);
      },
    });
  }

  protected skippedId(row: ApidaeImportReport['skipped'][number]): string {
    return row.apidaeId === null ? '—' : String(row.apidaeId);
  }
}

export function summary(report: ApidaeImportReport): string {
  const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  return [
    count(report.created, 'fiche créée', 'fiches créées'),
    count(report.updated, 'mise à jour', 'mises à jour'),
    count(report.unchanged, 'inchangée', 'inchangées'),
    count(report.skipped.length, 'écartée', 'écartées'),
  ].join(', ') + '.';
}
