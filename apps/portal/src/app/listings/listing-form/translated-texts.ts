import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { LANGUAGE_LABELS, LANGUAGES, LISTING_LIMITS, type Language, missingTranslations } from '@extranet/domain/listings';
import { map, startWith, switchMap } from 'rxjs';
import { ControlErrorPipe } from '../../shared/control-error.pipe';

type TranslatedGroup = FormGroup<{ fr: FormControl<string>; en: FormControl<string>; de: FormControl<string> }>;

/**
 * The short and long descriptions, one tab per language. A tab whose short description is empty
 * says « à traduire » in its label (words, not only a colour), and the intro lists what is missing.
 */
@Component({
  selector: 'app-translated-texts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatTabsModule, ControlErrorPipe],
  template: `
    @if (missingLabels(); as missing) {
      <p class="missing-note" role="note">Traduction manquante&nbsp;: {{ missing }}. Une fiche traduite touche aussi les visiteurs étrangers.</p>
    }
    <mat-tab-group [(selectedIndex)]="selectedIndex" mat-stretch-tabs="false" animationDuration="0ms">
      @for (language of languages; track language.code; let index = $index) {
        <mat-tab>
          <ng-template mat-tab-label>
            {{ language.label }}
            @if (isMissing(language.code)) {
              <span class="missing-tag">à traduire</span>
            }
          </ng-template>
          <div class="tab-body">
            <mat-form-field class="wide">
              <mat-label>Description courte ({{ language.label.toLowerCase() }})</mat-label>
              <input
                matInput
                [formControl]="short().controls[language.code]"
                [required]="language.code === 'fr'"
              />
              <mat-hint align="start">Une phrase d’accroche, affichée dans les listes.</mat-hint>
              <mat-hint align="end">{{ short().controls[language.code].value.length }} / {{ limits.shortDescription }}</mat-hint>
              @if (short().controls[language.code].errors | controlError; as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field class="wide">
              <mat-label>Description détaillée ({{ language.label.toLowerCase() }})</mat-label>
              <textarea matInput rows="8" [formControl]="long().controls[language.code]"></textarea>
              <mat-hint align="start">Ce que le visiteur trouvera sur place&nbsp;: cadre, services, accès.</mat-hint>
              <mat-hint align="end">{{ long().controls[language.code].value.length }} / {{ limits.longDescription }}</mat-hint>
              @if (long().controls[language.code].errors | controlError; as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
          </div>
        </mat-tab>
      }
    </mat-tab-group>
  `,
  styles: `
    .tab-body {
      padding-block: 16px 0;
    }
    .wide {
      width: 100%;
    }
    .missing-tag {
      border: 1px solid currentColor;
      border-radius: 8px;
      font: var(--mat-sys-label-small);
      margin-inline-start: 8px;
      padding: 0 6px;
    }
    .missing-note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TranslatedTexts {
  readonly short = input.required<TranslatedGroup>();
  readonly long = input.required<TranslatedGroup>();
  /** The tab on screen; the form selects the one holding a field to fix. */
  readonly selectedIndex = model(0);

  protected readonly limits = LISTING_LIMITS;
  protected readonly languages = LANGUAGES.map((code) => ({ code, label: LANGUAGE_LABELS[code] }));

  /** The short descriptions as typed, following the group the form holds now. */
  private readonly shortValue = toSignal(
    toObservable(this.short).pipe(
      switchMap((group) => group.valueChanges.pipe(startWith(null), map(() => group.getRawValue()))),
    ),
    { initialValue: { fr: '', en: '', de: '' } },
  );
  /** French is required (the rules say so on the field); the other languages are cues. */
  protected readonly missing = computed<Language[]>(() =>
    missingTranslations({ shortDescription: this.shortValue() }).filter((language) => language !== 'fr'),
  );
  protected readonly missingLabels = computed(() =>
    this.missing()
      .map((language) => LANGUAGE_LABELS[language].toLowerCase())
      .join(', '),
  );

  protected isMissing(language: Language): boolean {
    return this.missing().includes(language);
  }
}
