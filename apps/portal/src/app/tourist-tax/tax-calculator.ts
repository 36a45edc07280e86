import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { inject } from '@angular/core';
import { EXEMPTION_LABELS, calculateTouristTax, type TaxCategory, type TouristTaxTariffs } from '@extranet/domain/tourist-tax';
import { euros } from './tax-format';

/**
 * A simulator for one stay, computed in the browser with the same domain engine as the API: the host
 * sees what to charge the guest and why (per person per night, exempted persons, cap).
 */
@Component({
  selector: 'app-tax-calculator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" class="calculator" (submit)="$event.preventDefault()">
      <mat-form-field>
        <mat-label>Nuits</mat-label>
        <input matInput type="number" min="0" formControlName="nights" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Personnes (toutes)</mat-label>
        <input matInput type="number" min="0" formControlName="persons" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>dont mineurs</mat-label>
        <input matInput type="number" min="0" formControlName="minors" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>dont autres exonérés</mat-label>
        <input matInput type="number" min="0" formControlName="otherExempted" />
        <mat-hint>Saisonniers, hébergement d’urgence</mat-hint>
      </mat-form-field>
      @if (category() === 'UNCLASSIFIED') {
        <mat-form-field>
          <mat-label>Prix de la nuitée hors taxes (€)</mat-label>
          <input matInput type="number" min="0" step="0.01" formControlName="price" />
          <mat-hint>Pour tout le logement, une nuit</mat-hint>
        </mat-form-field>
      }
    </form>
    <div class="result" role="status" aria-live="polite">
      @if (result(); as r) {
        @if (r.ok) {
          <p class="total">Taxe de séjour à facturer\u00a0: <strong>{{ euros(r.value.totalCents) }}</strong></p>
          <ul>
            @if (r.value.pricePerPersonCents !== null) {
              <li>Prix par occupant et par nuit\u00a0: {{ euros(r.value.pricePerPersonCents) }} (prix ÷ {{ r.value.persons }} occupants, mineurs compris)</li>
              <li>
                {{ rate() }} % de ce prix\u00a0: {{ euros(r.value.proportionalCents ?? 0) }}
                @if (r.value.capped) { — <strong>plafonné à {{ euros(r.value.communalPerPersonNightCents) }}</strong> }
              </li>
            } @else {
              <li>Tarif de l’agglomération\u00a0: {{ euros(r.value.communalPerPersonNightCents) }} par personne et par nuit</li>
            }
            @for (a of r.value.additional; track a.code) {
              <li>{{ a.label }}\u00a0: {{ euros(a.perPersonNightCents) }} par personne et par nuit</li>
            }
            <li>
              Soit {{ euros(r.value.perPersonNightCents) }} × {{ r.value.taxablePersons }} personne{{ r.value.taxablePersons > 1 ? 's' : '' }}
              taxable{{ r.value.taxablePersons > 1 ? 's' : '' }} × {{ r.value.nights }} nuit{{ r.value.nights > 1 ? 's' : '' }}
            </li>
            @if (r.value.exemptedPersons > 0) {
              <li>{{ r.value.exemptedPersons }} personne{{ r.value.exemptedPersons > 1 ? 's' : '' }} exonérée{{ r.value.exemptedPersons > 1 ? 's' : '' }}\u00a0: {{ exemptedText(r.value.exempted) }}</li>
            }
          </ul>
        } @else {
          <ul class="errors">
            @for (e of r.errors; track e.field) {
              <li>{{ e.message }}</li>
            }
          </ul>
        }
      }
    </div>
  `,
  styles: `
    .calculator {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .calculator mat-form-field {
      width: 200px;
    }
    .total {
      font: var(--mat-sys-title-medium);
    }
    .errors {
      color: var(--mat-sys-error);
    }
  `,
})
export class TaxCalculator {
  private readonly fb = inject(FormBuilder);
  readonly category = input.required<TaxCategory>();
  readonly tariffs = input.required<TouristTaxTariffs>();

  protected readonly euros = euros;
  protected readonly form = this.fb.nonNullable.group({ nights: 2, persons: 2, minors: 0, otherExempted: 0, price: 100 });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly rate = computed(() => this.tariffs().proportionalBasisPoints / 100);

  protected readonly result = computed(() => {
    const v = { ...this.form.getRawValue(), ...this.value() };
    return calculateTouristTax(
      {
        category: this.category(),
        nights: Number(v.nights),
        persons: Number(v.persons),
        exempted: { MINOR: Number(v.minors), SEASONAL_WORKER: Number(v.otherExempted) },
        nightlyPriceCents: this.category() === 'UNCLASSIFIED' ? Math.round(Number(v.price) * 100) : null,
      },
      this.tariffs(),
    );
  });

  protected exemptedText(exempted: Record<string, number>): string {
    return Object.entries(exempted)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${n} — ${EXEMPTION_LABELS[reason as keyof typeof EXEMPTION_LABELS]}`)
      .join('\u00a0; ');
  }
}
