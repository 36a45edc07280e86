import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AccommodationOpening } from '@extranet/domain/tourist-tax';

/** The opening periods of a flat-rate account, edited as pairs of days (staff's account form, an owner's request). */
@Component({
  selector: 'app-tax-opening-periods',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <fieldset class="openings">
      <legend>{{ legend() }}</legend>
      <p class="help">Le forfait compte les nuits comprises dans ces périodes. Sans période, l’hébergement est ouvert toute l’année.</p>
      @for (p of periods(); track $index; let i = $index) {
        <div class="row">
          <mat-form-field>
            <mat-label>Période {{ i + 1 }} — premier jour</mat-label>
            <input matInput type="date" [value]="p.from" (change)="set(i, 'from', $any($event.target).value)" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Période {{ i + 1 }} — dernier jour</mat-label>
            <input matInput type="date" [value]="p.to" (change)="set(i, 'to', $any($event.target).value)" />
          </mat-form-field>
          <button mat-button type="button" (click)="remove(i)">Retirer la période {{ i + 1 }}</button>
        </div>
      }
      <button mat-stroked-button type="button" (click)="add()">Ajouter une période d’ouverture</button>
    </fieldset>
  `,
  styles: `
    .openings { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; margin-block: 8px 16px; padding: 8px 16px 16px; }
    .row { align-items: baseline; display: flex; flex-wrap: wrap; gap: 0 16px; }
    .help { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TaxOpeningPeriods {
  readonly periods = model<AccommodationOpening[]>([]);
  readonly legend = input('Périodes d’ouverture');

  protected set(index: number, end: 'from' | 'to', value: string): void {
    this.periods.update((list) => list.map((p, i) => (i === index ? { ...p, [end]: value } : p)));
  }

  protected add(): void {
    this.periods.update((list) => [...list, { from: '', to: '' }]);
  }

  protected remove(index: number): void {
    this.periods.update((list) => list.filter((_, i) => i !== index));
  }
}
