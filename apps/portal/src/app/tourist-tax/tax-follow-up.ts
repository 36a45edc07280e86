import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { parisDay } from '@extranet/domain/tourist-tax';
import { finalize } from 'rxjs';
import { type ApiError, toApiError } from '../shared/api-error';
import { TaxData, type TaxUndeclaredView } from './tax-data';
import { day, euros } from './tax-format';
import { CountPipe } from '../shared/plural';
import { TableScroll } from '../shared/table-scroll';

/**
 * `/taxe-de-sejour/suivi` — the office's follow-up: per period of a year, declarations expected,
 * received and late, amounts declared, paid and outstanding; the late hosts with a one-click reminder
 * (an e-mail through the outbox); the register, to open an accommodation and record a payment.
 */
@Component({
  selector: 'app-tax-follow-up',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TableScroll, CountPipe, DatePipe, RouterLink, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <p><a routerLink="/taxe-de-sejour">← Taxe de séjour</a></p>
    <h1>Suivi des déclarations</h1>
    <p class="links"><a routerLink="/taxe-de-sejour/statistiques">Statistiques et prévision</a> <a routerLink="/taxe-de-sejour/tarifs">Tarifs</a></p>
    <mat-form-field>
      <mat-label>Année</mat-label>
      <mat-select [ngModel]="year()" (ngModelChange)="setYear($event)">
        @for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }
      </mat-select>
    </mat-form-field>

    @if (followUp.hasValue()) {
      @let f = followUp.value();
      <section aria-labelledby="periods-heading">
        <h2 id="periods-heading">Déclarations {{ year() }}</h2>
        <div [appTableScroll]="'Déclarations ' + year() + ' par trimestre'">
          <table class="grid">
            <caption class="visually-hidden">Déclarations attendues, reçues et en retard par trimestre</caption>
            <thead>
              <tr><th scope="col">Période</th><th scope="col">Échéance</th><th scope="col">Attendues</th><th scope="col">Reçues</th><th scope="col">En retard</th><th scope="col">Montant déclaré</th><th scope="col">Anomalies</th></tr>
            </thead>
            <tbody>
              @for (p of f.taxFollowUp.periods; track p.quarter) {
                <tr>
                  <th scope="row">{{ p.label }}</th>
                  <td>{{ day(p.deadline) }}</td>
                  <td>{{ p.expected }}</td>
                  <td>{{ p.received }}</td>
                  <td [class.late]="p.late > 0">{{ p.closed ? p.late : '—' }}</td>
                  <td>{{ euros(p.declaredCents) }}</td>
                  <td>{{ p.anomalies }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p>
          Déclaré {{ euros(f.taxFollowUp.balance.declaredCents) }} · payé {{ euros(f.taxFollowUp.balance.paidCents) }} ·
          <strong>reste à recouvrer {{ euros(f.taxFollowUp.balance.outstandingCents) }}</strong>
        </p>
      </section>

      <section aria-labelledby="late-heading">
        <h2 id="late-heading">Hébergeurs en retard ({{ f.taxLateDeclarations.total }})</h2>
        @if (actionError(); as problem) {
          <div class="notice notice--error" role="alert"><p>{{ problem.message }}</p></div>
        }
        @if (f.taxLateDeclarations.items.length === 0) {
          <p>Aucune déclaration en retard.</p>
        } @else {
          <div appTableScroll="Déclarations en retard">
            <table class="grid">
              <caption class="visually-hidden">Déclarations manquantes après l’échéance</caption>
              <thead><tr><th scope="col">Hébergement</th><th scope="col">Hébergeur</th><th scope="col">Période</th><th scope="col">Retard</th><th scope="col">Dernière relance</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
              <tbody>
                @for (l of f.taxLateDeclarations.items; track l.accommodationId + l.year + l.quarter) {
                  <tr>
                    <th scope="row"><a [routerLink]="['/taxe-de-sejour', l.accommodationId]">{{ l.accommodationName }}</a> <span class="meta">{{ l.communeName }}</span></th>
                    <td>{{ l.organisationName }}</td>
                    <td>{{ l.periodLabel }}</td>
                    <td>{{ l.daysLate }} j</td>
                    <td>{{ l.lastReminderAt ? (l.lastReminderAt | date: 'short') : '—' }}</td>
                    <td>
                      <button mat-stroked-button type="button" (click)="remind(l)" [disabled]="sending() === key(l)">
                        Relancer<span class="visually-hidden"> {{ l.accommodationName }} pour le {{ l.periodLabel }}</span>
                      </button>
                      @if (l.daysLate >= 30) {
                        <a mat-button [href]="'/api/tourist-tax/accommodations/' + l.accommodationId + '/formal-notice.pdf?year=' + l.year + '&quarter=' + l.quarter" download>
                          Mise en demeure (PDF)<span class="visually-hidden"> pour {{ l.accommodationName }}, {{ l.periodLabel }}</span>
                        </a>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="pager">
            <button mat-button type="button" (click)="page(-1)" [disabled]="offset() === 0">Précédents</button>
            <span>{{ offset() + 1 }}–{{ offset() + f.taxLateDeclarations.items.length }} sur {{ f.taxLateDeclarations.total }}</span>
            <button mat-button type="button" (click)="page(1)" [disabled]="offset() + 20 >= f.taxLateDeclarations.total">Suivants</button>
          </p>
        }
      </section>
    } @else if (followUp.error()) {
      <p class="notice notice--error">Le suivi n’a pas pu être chargé.</p>
    } @else {
      <p>Chargement…</p>
    }

    <section aria-labelledby="undeclared-heading">
      <h2 id="undeclared-heading">Hébergements peut-être non déclarés</h2>
      @if (undeclared.hasValue()) {
        @let u = undeclared.value();
        @for (group of undeclaredGroups(u); track group.title) {
          <h3>{{ group.title }} ({{ group.list.total }})</h3>
          @if (group.list.total === 0) {
            <p>Aucun.</p>
          } @else {
            <ul class="register" role="list">
              @for (item of group.list.items.slice(0, 10); track item.id) {
                <li>
                  @if (group.account) {
                    <a [routerLink]="['/taxe-de-sejour', item.id]">{{ item.name }}</a>
                  } @else {
                    <a [routerLink]="['/organisation', item.organisationId]">{{ item.name }}</a>
                  }
                  <span class="meta"> — {{ item.organisationName }}, {{ item.communeName }}</span>
                  @if (group.account) {
                    · <a [routerLink]="['/taxe-de-sejour/compte', item.id]">Modifier le compte<span class="visually-hidden"> {{ item.name }}</span></a>
                  } @else {
                    · <a routerLink="/taxe-de-sejour/compte/nouveau"
                      [queryParams]="{ organisationId: item.organisationId, organisationName: item.organisationName, name: item.name, communeCode: item.communeCode, listingId: group.listing ? item.id : null }"
                      >Ouvrir un compte<span class="visually-hidden"> pour {{ item.name }}</span></a>
                  }
                  · <a [routerLink]="['/taxe-de-sejour/ecrire', item.organisationId]"
                    [queryParams]="{ motif: group.reason, nom: item.name, partenaire: item.organisationName, annee: u.year }"
                    >Écrire à l’hôte<span class="visually-hidden"> de {{ item.name }}</span></a>
                  @if (item.lastWrittenAt) { <span class="meta"> · écrit le {{ item.lastWrittenAt | date: 'longDate' }}</span> }
                </li>
              }
            </ul>
            @if (group.list.total > 10) { <p class="meta">et {{ group.list.total - 10 | count: 'autre' }}.</p> }
          }
        }
      } @else if (undeclared.error()) {
        <p class="notice notice--error">La détection n’a pas pu être chargée.</p>
      }
    </section>

    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Registre des hébergements</h2>
      <mat-form-field class="search">
        <mat-label>Rechercher un hébergement ou un hébergeur</mat-label>
        <input matInput [ngModel]="search()" (ngModelChange)="search.set($event)" />
      </mat-form-field>
      @if (register.hasValue()) {
        <p>{{ register.value().total }} hébergement{{ register.value().total > 1 ? 's' : '' }}</p>
        <ul class="register" role="list">
          @for (a of register.value().items; track a.id) {
            <li>
              <a [routerLink]="['/taxe-de-sejour', a.id]">{{ a.name }}</a> <span class="meta">— {{ a.organisationName }}, {{ a.communeName }}, {{ a.categoryLabel }}{{ a.activeTo ? ', fermé le ' + a.activeTo : '' }}</span>
              · <a [routerLink]="['/taxe-de-sejour/compte', a.id]">Gérer<span class="visually-hidden"> le compte {{ a.name }}</span></a>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .grid { border-collapse: collapse; width: 100%; margin-block-end: 12px; }
    .grid th, .grid td { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 6px 8px; text-align: start; }
    .late { color: var(--mat-sys-error); font-weight: 600; }
    .meta { color: var(--mat-sys-on-surface-variant); }
    .search { width: min(480px, 100%); }
    .register { list-style: none; padding: 0; display: grid; gap: 4px; }
    .pager { display: flex; gap: 12px; align-items: center; }
    .links { display: flex; gap: 24px; }
  `,
})
export class TaxFollowUp {
  private readonly data = inject(TaxData);
  private readonly snackBar = inject(MatSnackBar);

  private readonly thisYear = Number(parisDay(new Date()).slice(0, 4));
  protected readonly years = [this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected readonly year = signal(this.thisYear);
  protected readonly offset = signal(0);
  protected readonly search = signal('');
  protected readonly euros = euros;
  protected readonly day = day;

  protected readonly followUp = rxResource({
    params: () => ({ year: this.year(), offset: this.offset() }),
    stream: ({ params }) => this.data.followUp(params.year, {}, params.offset),
  });
  protected readonly undeclared = rxResource({ params: () => this.year(), stream: ({ params }) => this.data.undeclared(params) });
  protected undeclaredGroups(u: TaxUndeclaredView) {
    return [
      { title: 'Partenaires hébergeurs sans compte de taxe de séjour', list: u.partners, account: false, listing: false, reason: 'partners' },
      { title: 'Fiches d’hébergement sans compte de taxe de séjour', list: u.listings, account: false, listing: true, reason: 'listings' },
      { title: `Comptes sans aucune déclaration en ${u.year}`, list: u.silent, account: true, listing: false, reason: 'silent' },
      { title: 'Meublés sans numéro d’enregistrement', list: u.unregistered, account: true, listing: false, reason: 'unregistered' },
    ];
  }
  protected readonly register = rxResource({ params: () => this.search().trim(), stream: ({ params }) => this.data.register({ search: params || null }) });

  protected readonly sending = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  protected setYear(year: number): void {
    this.year.set(year);
    this.offset.set(0);
  }

  protected page(direction: number): void {
    this.offset.set(Math.max(0, this.offset() + direction * 20));
  }

  protected key(l: { accommodationId: string; year: number; quarter: number }): string {
    return `${l.accommodationId}:${l.year}:${l.quarter}`;
  }

  protected remind(l: { accommodationId: string; accommodationName: string; year: number; quarter: number; periodLabel: string }): void {
    if (this.sending()) return;
    this.sending.set(this.key(l));
    this.actionError.set(null);
    this.data
      .sendReminder(l.accommodationId, l.year, l.quarter)
      .pipe(finalize(() => this.sending.set(null)))
      .subscribe({
        next: (r) =>
          this.snackBar.open(
            r.emails > 0 ? `Relance envoyée pour «\u00a0${l.accommodationName}\u00a0» (${r.emails} courriel${r.emails > 1 ? 's' : ''}).` : `«\u00a0${l.accommodationName}\u00a0» n’a pas de responsable à qui écrire.`,
            'Fermer',
            { duration: 6000, politeness: 'polite' },
          ),
        error: (e: unknown) => this.actionError.set(toApiError(e)),
      });
  }
}
