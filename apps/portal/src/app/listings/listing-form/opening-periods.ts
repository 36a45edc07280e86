import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input } from '@angular/core';
import { type FormArray, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LISTING_LIMITS, WEEKDAYS, WEEKDAY_LABELS } from '@extranet/domain/listings';
import { ControlErrorPipe } from '../../shared/control-error.pipe';
import { type PeriodGroup, hoursGroup, periodGroup } from './listing-form-model';

/** Opening periods (dates, week days, hours) and exceptional closures, as repeatable groups. */
@Component({
  selector: 'app-opening-periods',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ControlErrorPipe],
  template: `
    <p class="help">Une période par saison&nbsp;: dates, jours d’ouverture et horaires. Sans jour coché, la période vaut pour tous les jours.</p>
    @for (period of periods().controls; track period; let index = $index) {
      <fieldset class="group" [attr.data-period]="index">
        <legend>Période {{ index + 1 }}</legend>
        <div class="row">
          <mat-form-field>
            <mat-label>Du</mat-label>
            <input matInput type="date" [formControl]="period.controls.from" required />
            @if (period.controls.from.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>Au</mat-label>
            <input matInput type="date" [formControl]="period.controls.to" required />
            @if (period.controls.to.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>

        <fieldset class="weekdays">
          <legend>Jours d’ouverture</legend>
          @for (day of weekdays; track day) {
            <mat-checkbox
              [checked]="period.controls.weekdays.value.includes(day)"
              (change)="toggleWeekday(period, day, $event.checked)"
              >{{ weekdayLabels[day - 1] }}</mat-checkbox
            >
          }
        </fieldset>

        <fieldset class="hours">
          <legend>Horaires</legend>
          @for (hours of period.controls.hours.controls; track hours; let h = $index) {
            <div class="row row--hours">
              <mat-form-field>
                <mat-label>Ouverture {{ h + 1 }}</mat-label>
                <input matInput type="time" [formControl]="hours.controls.opens" />
                @if (hours.controls.opens.errors | controlError; as message) {
                  <mat-error>{{ message }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field>
                <mat-label>Fermeture {{ h + 1 }}</mat-label>
                <input matInput type="time" [formControl]="hours.controls.closes" />
              </mat-form-field>
              <button mat-button type="button" (click)="period.controls.hours.removeAt(h)">
                Retirer<span class="visually-hidden"> l’horaire {{ h + 1 }} de la période {{ index + 1 }}</span>
              </button>
            </div>
          }
          <button mat-stroked-button type="button" (click)="period.controls.hours.push(newHours())">
            Ajouter un horaire<span class="visually-hidden"> à la période {{ index + 1 }}</span>
          </button>
        </fieldset>

        <mat-form-field class="wide">
          <mat-label>Précision (facultatif)</mat-label>
          <input matInput [formControl]="period.controls.note" />
          <mat-hint>Par exemple&nbsp;: fermé les jours fériés, sur réservation le soir.</mat-hint>
          @if (period.controls.note.errors | controlError; as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>

        <button mat-button type="button" class="remove" (click)="periods().removeAt(index)">
          Retirer la période {{ index + 1 }}
        </button>
      </fieldset>
    }
    @if (periods().errors | controlError; as message) {
      <p class="field-error" role="alert">{{ message }}</p>
    }
    @if (periods().length < limits.openingPeriods) {
      <button mat-stroked-button type="button" (click)="addPeriod()">Ajouter une période</button>
    }

    <fieldset class="group closures">
      <legend>Fermetures exceptionnelles</legend>
      <p class="help">Jours de fermeture en dehors des horaires habituels (congés, travaux).</p>
      @for (closure of closures().controls; track closure; let c = $index) {
        <div class="row row--hours">
          <mat-form-field>
            <mat-label>Date de fermeture {{ c + 1 }}</mat-label>
            <input matInput type="date" [formControl]="closure" />
            @if (closure.errors | controlError; as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <button mat-button type="button" (click)="closures().removeAt(c)">
            Retirer<span class="visually-hidden"> la fermeture {{ c + 1 }}</span>
          </button>
        </div>
      }
      <button mat-stroked-button type="button" (click)="closures().push(newClosure())">Ajouter une fermeture</button>
    </fieldset>
  `,
  styleUrl: './opening-periods.scss',
})
export class OpeningPeriods {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly periods = input.required<FormArray<PeriodGroup>>();
  readonly closures = input.required<FormArray<FormControl<string>>>();

  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayLabels = WEEKDAY_LABELS;
  protected readonly limits = LISTING_LIMITS;

  protected toggleWeekday(period: PeriodGroup, day: number, checked: boolean): void {
    const days = new Set(period.controls.weekdays.value);
    if (checked) {
      days.add(day);
    } else {
      days.delete(day);
    }
    period.controls.weekdays.setValue([...days].sort((a, b) => a - b));
    period.controls.weekdays.markAsDirty();
  }

  /** A new period opens with one pair of hours, and takes the focus. */
  protected addPeriod(): void {
    const period = periodGroup();
    period.controls.hours.push(hoursGroup());
    this.periods().push(period);
    const index = this.periods().length - 1;
    afterNextRender(
      { write: () => this.host.nativeElement.querySelector<HTMLInputElement>(`[data-period="${index}"] input`)?.focus() },
      { injector: this.injector },
    );
  }

  protected newHours() {
    return hoursGroup();
  }

  protected newClosure() {
    return new FormControl('', { nonNullable: true });
  }
}
