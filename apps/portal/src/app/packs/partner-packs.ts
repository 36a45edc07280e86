import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { can } from '@extranet/domain/access';
import { CATEGORY_LABELS } from '@extranet/domain/organisations';
import { SELLER, computeTotals, quoteLines } from '@extranet/domain/packs';
import { Session } from '../auth/session';
import { type ApiError, toApiError } from '../shared/api-error';
import { ErrorSummary } from '../shared/error-summary';
import { FormActions } from '../shared/form-actions';
import { FormSubmission } from '../shared/form-submission';
import { type CatalogueItemView, PacksData, type SubscribeResult } from './packs-data';
import { PAYMENT_CHOICE_LABELS, euros, inclVat } from './packs-format';
import { SubscriptionCard } from './subscription-card';

/**
 * `/packs/organisation/:id` — the partner's packs: what its category is offered this year with prices
 * including VAT, the choice of options, the terms to accept and how to pay; then its subscriptions,
 * what remains to pay and its invoices.
 */
@Component({
  selector: 'app-partner-packs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatRadioModule, ErrorSummary, FormActions, SubscriptionCard],
  template: `
    <h1>Packs de services {{ year() }}</h1>
    @if (paiement() === 'ok') {
      <p class="notice" role="status">Merci&nbsp;! Votre paiement est en cours de confirmation par la banque&nbsp;: cette page indiquera «&nbsp;Payé&nbsp;» dès qu’il sera confirmé.</p>
    } @else if (paiement() === 'annule') {
      <p class="notice" role="status">Le paiement en ligne a été interrompu. Vous pouvez le reprendre ci-dessous, ou régler par virement ou chèque.</p>
    }
    @if (result(); as r) {
      <div class="notice" role="status">
        <p><strong>Votre souscription est enregistrée.</strong></p>
        @if (r.priceNotice) {
          <p>{{ r.priceNotice }}</p>
        }
        @if (r.subscription.paymentChoice === 'TRANSFER') {
          <p>Merci de régler {{ euros(r.subscription.totalInclCents) }} par virement&nbsp;: IBAN {{ seller.iban }}, BIC {{ seller.bic }}, en indiquant «&nbsp;Pack {{ r.subscription.year }} — {{ r.subscription.organisationName }}&nbsp;».</p>
        } @else if (r.subscription.paymentChoice === 'CHEQUE') {
          <p>Merci d’adresser un chèque de {{ euros(r.subscription.totalInclCents) }} à l’ordre du Trésor public&nbsp;: {{ seller.name }}, {{ seller.street }}, {{ seller.postalCode }} {{ seller.city }}.</p>
        }
        <p>La facture sera disponible ici dès réception du paiement.</p>
      </div>
    }

    @if (subscriptions.error() || offer.error()) {
      <p class="notice notice--error">Les packs n’ont pas pu être chargés. Rechargez la page.</p>
    } @else if (subscriptions.hasValue() && offer.hasValue()) {
      @let current = currentSubscription();
      @let o = offer.value();
      @if (current) {
        <h2>Votre pack {{ year() }}</h2>
        <app-subscription-card [subscription]="current">
          @if (current.status === 'AWAITING_PAYMENT' && o.onlinePayment && canSubscribe()) {
            <button mat-flat-button type="button" (click)="payOnline(current.id)" [disabled]="paying()">Payer {{ euros(current.remainingCents) }} en ligne</button>
            @if (payError(); as e) {
              <p class="notice notice--error" role="alert">{{ e.message }}</p>
            }
          }
        </app-subscription-card>
        @if (nextYear(); as next) {
          <p><a [routerLink]="[]" [queryParams]="{ annee: next }">Choisir votre pack {{ next }}</a></p>
        }
      } @else if (o.packs.length === 0) {
        <p>Aucun pack n’est proposé aux partenaires de la catégorie «&nbsp;{{ categoryLabel(o.category) }}&nbsp;» pour {{ year() }}. Contactez l’office de tourisme.</p>
      } @else {
        <h2>Choisir votre pack {{ year() }}</h2>
        <p>Packs proposés aux partenaires de la catégorie «&nbsp;{{ categoryLabel(o.category) }}&nbsp;». Prix toutes taxes comprises.</p>
        @if (!canSubscribe()) {
          <p class="notice">Seul le responsable de votre organisation peut souscrire un pack.</p>
        }
        <app-error-summary [error]="submission.error()" [labels]="labels" />
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <fieldset>
            <legend>Pack</legend>
            <mat-radio-group formControlName="packId" aria-label="Pack" class="choices">
              @for (pack of o.packs; track pack.id) {
                <mat-radio-button [value]="pack.id">
                  <span class="choice"><strong>{{ pack.name }}</strong> — {{ inclVat(pack) }} TTC<br /><span class="description">{{ pack.description }}</span></span>
                </mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          @if (o.options.length > 0) {
            <fieldset>
              <legend>Options</legend>
              <div class="choices">
                @for (option of o.options; track option.id) {
                  <mat-checkbox [checked]="selected().has(option.id)" (change)="toggle(option.id, $event.checked)">
                    <span class="choice"><strong>{{ option.name }}</strong> — {{ inclVat(option) }} TTC<br /><span class="description">{{ option.description }}</span></span>
                  </mat-checkbox>
                }
              </div>
            </fieldset>
          }
          <p class="total" aria-live="polite">
            @if (quote(); as q) {
              Total&nbsp;: {{ euros(q.totalExclCents) }} HT, TVA {{ euros(q.totalVatCents) }}, <strong>{{ euros(q.totalInclCents) }} TTC</strong>
            } @else {
              Choisissez un pack pour voir le total.
            }
          </p>
          @if (o.terms; as terms) {
            <fieldset>
              <legend>Conditions générales de vente (version {{ terms.version }})</legend>
              <div class="terms" tabindex="0" role="region" aria-label="Texte des conditions générales de vente">{{ terms.body }}</div>
              <mat-checkbox formControlName="acceptTerms">J’ai lu et j’accepte les conditions générales de vente (version {{ terms.version }})</mat-checkbox>
              @if (form.controls.acceptTerms.touched && form.controls.acceptTerms.invalid) {
                <p class="field-error" role="alert">{{ form.controls.acceptTerms.errors?.['server'] ?? 'Acceptez les conditions générales de vente pour souscrire.' }}</p>
              }
            </fieldset>
          }
          <fieldset>
            <legend>Moyen de paiement</legend>
            <mat-radio-group formControlName="paymentChoice" aria-label="Moyen de paiement" class="choices">
              @for (choice of choices(); track choice) {
                <mat-radio-button [value]="choice">{{ choiceLabels[choice] }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          @if (canSubscribe()) {
            <app-form-actions label="Souscrire" [busy]="submission.submitting()" busyLabel="Souscription en cours" />
          }
        </form>
      }

      @if (pastSubscriptions().length > 0) {
        <h2>Vos packs précédents</h2>
        @for (s of pastSubscriptions(); track s.id) {
          <app-subscription-card [subscription]="s" />
        }
      }
    } @else {
      <p>Chargement…</p>
    }
  `,
  styles: `
    fieldset { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; margin-block-end: 16px; padding: 12px 16px; }
    legend { font: var(--mat-sys-title-medium); padding-inline: 4px; }
    .choices { display: flex; flex-direction: column; gap: 8px; }
    .description { color: var(--mat-sys-on-surface-variant); }
    .terms { max-height: 220px; overflow: auto; white-space: pre-wrap; border: 1px solid var(--mat-sys-outline-variant); padding: 8px; margin-block-end: 8px; background: var(--mat-sys-surface-container-low); }
    .total { font: var(--mat-sys-title-medium); }
    .field-error { color: var(--mat-sys-error); }
  `,
})
export class PartnerPacks {
  private readonly data = inject(PacksData);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The organisation, from the route. */
  readonly id = input.required<string>();
  /** `?paiement=ok|annule` on the way back from Stripe Checkout. */
  readonly paiement = input<string | undefined>();

  /** `?annee=2027` (the renewal e-mail's link): the year to choose a pack for; this year by default. */
  readonly annee = input<string | undefined>();

  private readonly thisYear = new Date().getFullYear();
  protected readonly year = computed(() => {
    const asked = Number(this.annee());
    return Number.isInteger(asked) && asked >= this.thisYear && asked <= this.thisYear + 1 ? asked : this.thisYear;
  });
  /** From October, next year's packs can be chosen. */
  protected readonly nextYear = computed(() => (this.year() === this.thisYear && new Date().getMonth() >= 9 ? this.thisYear + 1 : null));
  protected readonly seller = SELLER;
  protected readonly euros = euros;
  protected readonly inclVat = inclVat;
  protected readonly choiceLabels = PAYMENT_CHOICE_LABELS;
  protected readonly labels = { packId: 'Pack', acceptTerms: 'Conditions générales de vente', paymentChoice: 'Moyen de paiement', termsId: 'Conditions générales de vente' };
  protected readonly categoryLabel = (c: keyof typeof CATEGORY_LABELS) => CATEGORY_LABELS[c];

  protected readonly offer = rxResource({ params: () => ({ id: this.id(), year: this.year() }), stream: ({ params }) => this.data.offer(params.id, params.year) });
  protected readonly subscriptions = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.subscriptions(params) });
  protected readonly canSubscribe = computed(() => can(this.session.actor(), 'subscription.create', { organisationId: this.id() }));

  protected readonly currentSubscription = computed(() =>
    this.subscriptions.hasValue() ? (this.subscriptions.value().find((s) => s.year === this.year() && s.status !== 'CANCELLED') ?? null) : null,
  );
  protected readonly pastSubscriptions = computed(() =>
    this.subscriptions.hasValue() ? this.subscriptions.value().filter((s) => s !== this.currentSubscription()) : [],
  );
  protected readonly choices = computed(() => (this.offer.hasValue() && this.offer.value().onlinePayment ? (['ONLINE', 'TRANSFER', 'CHEQUE'] as const) : (['TRANSFER', 'CHEQUE'] as const)));

  protected readonly form = inject(NonNullableFormBuilder).group({
    packId: ['', Validators.required],
    acceptTerms: [false, Validators.requiredTrue],
    paymentChoice: ['TRANSFER' as 'ONLINE' | 'TRANSFER' | 'CHEQUE', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form, this.host.nativeElement);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  private readonly packId = toSignal(this.form.controls.packId.valueChanges, { initialValue: '' });
  protected readonly result = signal<SubscribeResult | null>(null);
  protected readonly paying = signal(false);
  protected readonly payError = signal<ApiError | null>(null);

  /** The total the page shows, computed by the domain's rules (VAT per rate) like the server. */
  protected readonly quote = computed(() => {
    if (!this.offer.hasValue()) return null;
    const o = this.offer.value();
    const pack = o.packs.find((p) => p.id === this.packId());
    if (!pack) return null;
    const options = o.options.filter((opt) => this.selected().has(opt.id));
    return computeTotals(quoteLines(pack as CatalogueItemView, options));
  });

  protected toggle(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected submit(): void {
    if (!this.submission.canSend() || !this.offer.hasValue()) return;
    const o = this.offer.value();
    const { packId, acceptTerms, paymentChoice } = this.form.getRawValue();
    const optionIds = o.options.filter((opt) => this.selected().has(opt.id)).map((opt) => opt.id);
    this.submission.send(
      this.data.subscribe({ organisationId: this.id(), packId, optionIds, termsId: o.terms?.id ?? '', acceptTerms, paymentChoice, shownTotalInclCents: this.quote()?.totalInclCents ?? null }),
      (result) => {
        if (result.checkoutUrl) {
          window.location.assign(result.checkoutUrl);
          return;
        }
        this.result.set(result);
      },
    );
  }

  protected payOnline(subscriptionId: string): void {
    this.paying.set(true);
    this.payError.set(null);
    this.data.startOnlinePayment(subscriptionId).subscribe({
      next: (url) => window.location.assign(url),
      error: (error: unknown) => {
        this.paying.set(false);
        this.payError.set(toApiError(error));
      },
    });
  }
}
