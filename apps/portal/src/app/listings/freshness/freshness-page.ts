import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { UPDATE_FREQUENCY_BOUNDS, type ListingType } from '@extranet/domain/listings';
import type { Apollo } from 'apollo-angular';
import { toApiError } from '../../shared/api-error';
import { dataOf, loaded } from '../../shared/watched-query';
import { ListingFreshnessDocument, type ListingFreshnessQuery, SetListingFrequencyDocument } from './freshness.generated';
import { APOLLO } from '../../graphql/graphql-client';
import { TableScroll } from '../../shared/table-scroll';

type Counts = ListingFreshnessQuery['listingFreshnessStats']['total'];
/** A row of a breakdown table (by type or by commune). */
type BreakdownRow = Counts & { key: string; label: string };

/** Shares of a row, in whole percents that add up to 100 (largest remainder), for the bars. */
export function shares(counts: Counts): { fresh: number; dueSoon: number; stale: number } {
  if (counts.total === 0) return { fresh: 0, dueSoon: 0, stale: 0 };
  const raw = [counts.fresh, counts.dueSoon, counts.stale].map((n) => (n * 100) / counts.total);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    floors[i]! += 1;
  }
  return { fresh: floors[0]!, dueSoon: floors[1]!, stale: floors[2]! };
}

/**
 * `/fraicheur` — for the office: where listings stand (fresh, to confirm soon, to update) by type and by
 * commune, and how often each type must be confirmed (its setting, editable).
 */
@Component({
  selector: 'app-freshness-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NgTemplateOutlet, MatButtonModule, MatFormFieldModule, MatInputModule, TableScroll],
  templateUrl: './freshness-page.html',
  styleUrl: './freshness-page.scss',
})
export class FreshnessPage {
  private readonly apollo = inject(APOLLO);

  protected readonly bounds = UPDATE_FREQUENCY_BOUNDS;
  protected readonly shares = shares;
  protected readonly data = rxResource({
    stream: () =>
      this.apollo
        .watchQuery({ query: ListingFreshnessDocument, fetchPolicy: 'cache-and-network' })
        .valueChanges.pipe(loaded((data) => data)),
  });
  /** What the last save of each type said, for the status line under its field. */
  protected readonly status = signal<Partial<Record<ListingType, { ok: boolean; message: string }>>>({});
  protected readonly saving = signal<ListingType | null>(null);

  protected byType(value: ListingFreshnessQuery): BreakdownRow[] {
    return value.listingFreshnessStats.byType.map((row) => ({ ...row, key: row.type, label: row.label }));
  }

  protected byCommune(value: ListingFreshnessQuery): BreakdownRow[] {
    return value.listingFreshnessStats.byCommune.map((row) => ({ ...row, key: row.communeCode, label: row.communeName }));
  }

  protected percentStale(counts: Counts): string {
    return counts.total === 0 ? '—' : `${Math.round((counts.stale * 100) / counts.total)} %`;
  }

  protected save(type: ListingType, label: string, value: unknown): void {
    const days = Number(value);
    if (!Number.isInteger(days) || days < this.bounds.min || days > this.bounds.max) {
      this.setStatus(type, false, `La fréquence doit être un nombre entier de jours entre ${this.bounds.min} et ${this.bounds.max}.`);
      return;
    }
    this.saving.set(type);
    this.apollo
      .mutate({ mutation: SetListingFrequencyDocument, variables: { type, days }, refetchQueries: [{ query: ListingFreshnessDocument }] })
      .pipe(dataOf())
      .subscribe({
        next: ({ setListingFrequency }) => {
          this.saving.set(null);
          this.setStatus(type, true, `${label}\u00a0: à confirmer tous les ${setListingFrequency.days} jours. Enregistré.`);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          this.setStatus(type, false, toApiError(error).message);
        },
      });
  }

  private setStatus(type: ListingType, ok: boolean, message: string): void {
    this.status.update((all) => ({ ...all, [type]: { ok, message } }));
  }
}
