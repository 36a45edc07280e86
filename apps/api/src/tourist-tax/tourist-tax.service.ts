import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  ACCOMMODATION_KIND_LABELS, CLASSIFIED_CATEGORIES, DomainError, TAX_CATEGORY_LABELS, calculateFlatRateTax, capacityInPitches, computeDeclaration,
  computeStay, daysLate, declarationAnomalies, isValidPeriod, parisDay, periodDueOn, periodsOfYear, periodsPastDeadline, taxCategoryOf, taxPeriod,
  validateAccommodation, validateDeclaration, validateTariffs, validateTaxPayment, monthlyShares, monthsOfPeriod, splitByWeights, MONTHLY_SPLIT_METHOD, declarationDifferences,
  type AccommodationInput, type MonthShare, type DeclarationContent, type Page, type TaxPeriod, type TouristTaxTariffs,
} from '@extranet/domain';
import { findCommune } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { MailWorker } from '../mail/mail-worker.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { renderTaxReminder } from './tax-mail.js';
import type { TaxAccommodation, TaxAccommodationPeriod, TaxDeclaration, TaxLateDeclaration, TaxTariffs, TaxTodoItem } from './tax.models.js';
import { TaxRequestsRepository } from './tax-requests.repository.js';
import { TaxRepository, type AccommodationRecord, type DeclarationRecord, type DeclarationWrite } from './tax.repository.js';

export const DECLARATION_LOCKED = 'Cette déclaration est déjà déposée : elle est verrouillée. Pour la modifier, déposez une correction.';
export const DECLARATION_CHANGED = 'La déclaration a été modifiée entre-temps : rechargez la page pour voir sa dernière version.';
export const NOTHING_TO_CORRECT = 'Aucune déclaration déposée pour cette période : déposez-la d’abord.';
const ACCOMMODATION_CHANGED = 'L’hébergement a été modifié entre-temps : rechargez-le, puis refaites vos modifications.';
const TARIFFS_CHANGED = 'Les tarifs ont été modifiés entre-temps : rechargez-les.';
const MONTH_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const MONTH_LABELS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
/** How far back the late lists look (the register started in 2018; older periods are handled offline). */
const LATE_YEARS_BACK = 2;
/** Days after the deadline from which the office sends a formal notice. */
export const FORMAL_NOTICE_DAYS = 30;

export interface DeclarationInput extends DeclarationContent {
  accommodationId: string;
  year: number;
  quarter: number;
}

/** Accommodations, tariffs, declarations, payments and the office's follow-up. */
@Injectable()
export class TouristTaxService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly repo: TaxRepository,
    private readonly requests: TaxRequestsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly mailWorker: MailWorker,
  ) {}

  today(): string {
    return parisDay(this.clock.now());
  }

  // Tariffs

  async tariffs(): Promise<TaxTariffs[]> {
    return (await this.repo.tariffs()).map(tariffsView);
  }

  private async tariffsFor(year: number, field = 'year'): Promise<TouristTaxTariffs> {
    const tariffs = (await this.repo.tariffs()).find((t) => t.year === year);
    if (!tariffs) throw DomainError.badInput([{ field, message: `Les tarifs de ${year} ne sont pas encore définis : l’office doit les saisir.` }]);
    return tariffs;
  }

  setTariffs(user: SessionUser, input: TouristTaxTariffs & { version: number | null }): Promise<TaxTariffs> {
    return this.tx.run(async () => {
      await this.access.check(user, 'tariff.manage');
      const { version, ...tariffs } = input;
      const result = validateTariffs(tariffs);
      if (!result.ok) throw DomainError.badInput(result.errors);
      if (!(await this.repo.saveTariffs(result.value, version))) throw DomainError.conflict(TARIFFS_CHANGED);
      await this.audit.record({ action: 'tariff.manage', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'taxTariffYear', objectId: String(tariffs.year), detail: { rates: tariffs.rates } });
      return tariffsView((await this.repo.tariffs()).find((t) => t.year === tariffs.year)!);
    });
  }

  // Accommodations

  async accommodationsOf(user: SessionUser, organisationId: string): Promise<TaxAccommodation[]> {
    const organisation = await this.access.load(user, 'touristTax.read', { type: 'organisation', id: organisationId }, (scope) => this.organisations.findById(organisationId, scope));
    return (await this.repo.accommodationsOf(organisation.id)).map(accommodationView);
  }

  async accommodation(user: SessionUser, id: string): Promise<TaxAccommodation> {
    return accommodationView(await this.loadAccommodation(user, 'touristTax.read', id));
  }

  async register(user: SessionUser, filter: { search?: string | null; communeCode?: string | null }, page: Page) {
    await this.access.check(user, 'touristTax.followUp');
    const { items, total } = await this.repo.listAccommodations(filter, page);
    return { items: items.map(accommodationView), total, ...page };
  }

  createAccommodation(user: SessionUser, input: AccommodationInput & { organisationId: string; listingId: string | null }): Promise<TaxAccommodation> {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const organisation = await this.organisations.findById(input.organisationId, { all: true });
      if (!organisation) throw DomainError.notFound('Organisation introuvable.');
      const valid = this.validAccommodation(input);
      const created = await this.repo.createAccommodation(organisation.id, { ...valid, listingId: input.listingId ?? null });
      await this.audit.record({ action: 'touristTax.createAccommodation', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id, objectType: 'taxAccommodation', objectId: created.id });
      return accommodationView(created);
    });
  }

  updateAccommodation(user: SessionUser, input: AccommodationInput & { id: string; version: number; listingId: string | null }): Promise<TaxAccommodation> {
    return this.tx.run(() => this.applyUpdate(user, input));
  }

  /**
   * Staff's edit of an account, inside the caller's transaction (the edit itself, or the acceptance
   * of an owner's correction request): checked, versioned, audited.
   */
  async applyUpdate(user: SessionUser, input: AccommodationInput & { id: string; version: number; listingId: string | null }, detail?: Record<string, string>): Promise<TaxAccommodation> {
    await this.access.check(user, 'touristTax.followUp');
    const current = await this.repo.findAccommodation(input.id, { all: true });
    if (!current) throw DomainError.notFound();
    if (current.version !== input.version) throw DomainError.conflict(ACCOMMODATION_CHANGED);
    const valid = this.validAccommodation(input);
    const updated = await this.repo.updateAccommodation(current.id, input.version, { ...valid, listingId: input.listingId ?? null });
    if (!updated) throw DomainError.conflict(ACCOMMODATION_CHANGED);
    await this.audit.record({ action: 'touristTax.updateAccommodation', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: current.organisationId, objectType: 'taxAccommodation', objectId: current.id, ...(detail ? { detail } : {}) });
    return accommodationView(updated);
  }

  /**
   * Merges a duplicate account into the one kept, in one transaction: the duplicate's declarations
   * (all revisions), payments and reminders move, then it is deleted. Refused when the accounts
   * belong to different hosts or both declared the same period (nothing changes then).
   */
  mergeAccommodations(user: SessionUser, input: { keptId: string; keptVersion: number; mergedId: string; mergedVersion: number }) {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      if (input.keptId === input.mergedId) throw DomainError.badInput([{ field: 'mergedId', message: 'Choisissez un autre hébergement que celui qui est conservé.' }]);
      await this.repo.lockForMerge(input.keptId, input.mergedId);
      const [kept, merged] = await Promise.all([this.repo.findAccommodation(input.keptId, { all: true }), this.repo.findAccommodation(input.mergedId, { all: true })]);
      if (!kept || !merged) throw DomainError.notFound('Hébergement introuvable.');
      if (kept.version !== input.keptVersion || merged.version !== input.mergedVersion) throw DomainError.conflict(ACCOMMODATION_CHANGED);
      if (kept.organisationId !== merged.organisationId) {
        throw DomainError.badInput([{ field: 'mergedId', message: `Les deux hébergements appartiennent à des partenaires différents (${kept.organisationName}, ${merged.organisationName})\u00a0: seuls les doublons d’un même partenaire se fusionnent.` }]);
      }
      const overlap = await this.repo.overlappingPeriods(kept.id, merged.id);
      if (overlap.length > 0) {
        const periods = overlap.map((p) => taxPeriod(p.year, p.quarter).label).join(', ');
        throw DomainError.badInput([{ field: 'mergedId', message: `Les deux hébergements ont une déclaration pour la même période (${periods})\u00a0: corrigez ou rapprochez-les d’abord.` }]);
      }
      const moved = await this.repo.merge(kept, merged);
      if (!moved) throw DomainError.conflict(ACCOMMODATION_CHANGED);
      await this.audit.record({
        action: 'touristTax.mergeAccommodations', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: kept.organisationId,
        objectType: 'taxAccommodation', objectId: kept.id, detail: { mergedId: merged.id, mergedName: merged.name, ...moved },
      });
      return accommodationView((await this.repo.findAccommodation(kept.id, { all: true }))!);
    });
  }

  private validAccommodation(input: AccommodationInput): AccommodationInput {
    const result = validateAccommodation(input);
    if (!result.ok) throw DomainError.badInput(result.errors);
    return result.value;
  }

  /** The accommodation's periods of a year and where each stands today. */
  async periods(accommodation: TaxAccommodation, year: number): Promise<TaxAccommodationPeriod[]> {
    const today = this.today();
    const declarations = (await this.repo.declarationsOf(accommodation.id)).filter((d) => d.year === year);
    return periodsOfYear(year).map((period) => {
      const declaration = declarations.find((d) => d.quarter === period.quarter) ?? null;
      let state: TaxAccommodationPeriod['state'];
      if (!activeDuring(accommodation, period)) state = 'INACTIVE';
      else if (declaration?.status === 'SUBMITTED') state = 'SUBMITTED';
      else if (declaration?.status === 'DRAFT') state = today > period.deadline ? 'LATE' : 'DRAFT';
      else if (today > period.deadline) state = 'LATE';
      else if (today > period.to || periodDueOn(today).key === period.key) state = 'DUE';
      else state = 'NOT_DUE';
      return { year, quarter: period.quarter, key: period.key, label: period.label, from: period.from, to: period.to, deadline: period.deadline, state, declarationId: declaration?.id ?? null, amountCents: declaration?.amountCents ?? null };
    });
  }

  // Declarations

  async declarationsOf(user: SessionUser, accommodationId: string): Promise<TaxDeclaration[]> {
    const accommodation = await this.loadAccommodation(user, 'touristTax.read', accommodationId);
    return (await this.repo.declarationsOf(accommodation.id)).map((d) => this.declarationView(d, null));
  }

  async declaration(user: SessionUser, id: string): Promise<TaxDeclaration> {
    const declaration = await this.access.load(user, 'touristTax.read', { type: 'taxDeclaration', id }, (scope) => this.repo.findDeclaration(id, scope));
    const previous = declaration.revision > 1 ? await this.repo.previousRevision(declaration.accommodationId, declaration.year, declaration.quarter, declaration.revision) : null;
    return this.declarationView(declaration, previous);
  }

  /** A submitted declaration with its host's name, for the PDF receipt; a draft has none. */
  async receipt(user: SessionUser, id: string): Promise<{ declaration: TaxDeclaration; organisationName: string }> {
    const declaration = await this.declaration(user, id);
    if (declaration.status === 'DRAFT') throw DomainError.conflict('Un brouillon n’a pas de reçu : déposez d’abord la déclaration.');
    const accommodation = await this.repo.findAccommodation(declaration.accommodationId, { all: true });
    return { declaration, organisationName: accommodation?.organisationName ?? '' };
  }

  /** The formal notice for a declaration missing 30 days or more after its deadline (refused before, or once declared). */
  async formalNotice(user: SessionUser, accommodationId: string, year: number, quarter: number) {
    await this.access.check(user, 'touristTax.followUp');
    const accommodation = await this.repo.findAccommodation(accommodationId, { all: true });
    if (!accommodation) throw DomainError.notFound();
    if (!isValidPeriod(year, quarter)) throw DomainError.badInput([{ field: 'quarter', message: 'Choisissez un trimestre (1 à 4) d’une année valide.' }]);
    const period = taxPeriod(year, quarter);
    const today = this.today();
    const late = daysLate(period, today);
    if (late < FORMAL_NOTICE_DAYS) throw DomainError.conflict(`La mise en demeure se fait à partir de ${FORMAL_NOTICE_DAYS} jours de retard (ici ${late}).`);
    const current = await this.repo.currentDeclaration(accommodation.id, year, quarter);
    if (current?.status === 'SUBMITTED') throw DomainError.conflict('Cette période est déclarée : pas de mise en demeure.');
    const organisation = await this.organisations.findById(accommodation.organisationId, { all: true });
    const address = organisation ? `${organisation.address.street}\n${organisation.address.postalCode} ${organisation.address.communeName}` : '';
    await this.audit.record({ action: 'touristTax.formalNotice', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: accommodation.organisationId, objectType: 'taxAccommodation', objectId: accommodation.id, detail: { period: period.key } });
    return { organisationName: accommodation.organisationName, organisationAddress: address, accommodationName: accommodation.name, periodLabel: period.label, deadline: period.deadline, daysLate: late, today };
  }

  /** Saves the period's draft (creating it); refused once the declaration is submitted. */
  saveDraft(user: SessionUser, input: DeclarationInput): Promise<TaxDeclaration> {
    return this.write(user, input, 'draft');
  }

  /** Submits the period's declaration, which then is locked; a second submission is refused. */
  submit(user: SessionUser, input: DeclarationInput): Promise<TaxDeclaration> {
    return this.write(user, input, 'submit');
  }

  /** A correction: a new submitted revision; the previous one stays, superseded, for staff to compare. */
  correct(user: SessionUser, input: DeclarationInput & { note: string }): Promise<TaxDeclaration> {
    return this.write(user, input, 'correct');
  }

  private write(user: SessionUser, input: DeclarationInput & { note?: string }, mode: 'draft' | 'submit' | 'correct'): Promise<TaxDeclaration> {
    return this.tx.run(async () => {
      const accommodation = await this.loadAccommodation(user, 'touristTax.declare', input.accommodationId);
      const period = this.checkedPeriod(accommodation, input.year, input.quarter);
      const tariffs = await this.tariffsFor(period.year);
      const { months, ...write } = this.compute(accommodation, period, input, tariffs);
      const note = (input.note ?? '').trim();
      if (mode === 'correct' && !note) throw DomainError.badInput([{ field: 'note', message: 'Indiquez la raison de la correction.' }]);
      const current = await this.repo.currentDeclaration(accommodation.id, period.year, period.quarter);
      const now = this.clock.now();
      const submit = mode === 'draft' ? null : { submittedById: user.id, submittedAt: now };
      let saved: DeclarationRecord | null;
      let previous: DeclarationRecord | null = null;
      if (mode === 'correct') {
        if (!current || current.status !== 'SUBMITTED') throw DomainError.conflict(NOTHING_TO_CORRECT);
        if (!(await this.repo.supersede(current.id, current.version))) throw DomainError.conflict(DECLARATION_CHANGED);
        previous = current;
        saved = await this.repo.createDeclaration({ ...base(accommodation, period), revision: current.revision + 1, status: 'SUBMITTED', createdById: user.id, ...submit!, correctionNote: note, ...write });
      } else if (current?.status === 'SUBMITTED') {
        throw DomainError.conflict(DECLARATION_LOCKED);
      } else if (current) {
        saved = await this.repo.updateDraft(current.id, current.version, write, submit);
        if (!saved) throw DomainError.conflict(DECLARATION_CHANGED);
      } else {
        saved = await this.repo.createDeclaration({ ...base(accommodation, period), revision: 1, status: submit ? 'SUBMITTED' : 'DRAFT', createdById: user.id, submittedById: submit?.submittedById ?? null, submittedAt: submit?.submittedAt ?? null, correctionNote: null, ...write });
      }
      // the statistics summary, in this transaction: the superseded revision out, the submitted one in
      if (previous?.statistic) await this.repo.applyStatistic(previous.id, previous.year, previous.statistic, -1);
      if (saved.status === 'SUBMITTED') {
        await this.repo.applyStatistic(saved.id, saved.year, { communeCode: accommodation.communeCode, category: saved.category, months }, 1);
      }
      await this.audit.record({
        action: mode === 'draft' ? 'touristTax.saveDraft' : mode === 'submit' ? 'touristTax.submit' : 'touristTax.correct',
        outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: accommodation.organisationId, objectType: 'taxDeclaration', objectId: saved.id,
        detail: { period: period.key, amountCents: saved.amountCents, revision: saved.revision, anomalies: saved.anomalies.map((a) => a.code) },
      });
      return this.declarationView(saved, previous);
    });
  }

  private checkedPeriod(accommodation: AccommodationRecord, year: number, quarter: number): TaxPeriod {
    if (!isValidPeriod(year, quarter)) throw DomainError.badInput([{ field: 'quarter', message: 'Choisissez un trimestre (1 à 4) d’une année valide.' }]);
    const period = taxPeriod(year, quarter);
    if (period.from > this.today()) throw DomainError.badInput([{ field: 'quarter', message: `Le ${period.label} n’a pas encore commencé : il ne peut pas encore être déclaré.` }]);
    if (!activeDuring(accommodation, period)) throw DomainError.badInput([{ field: 'quarter', message: `L’hébergement n’était pas en activité au ${period.label}.` }]);
    return period;
  }

  /** Validates with the domain and computes the amount with the engine (the portal shows the same figure). */
  private compute(accommodation: AccommodationRecord, period: TaxPeriod, input: DeclarationContent, tariffs: TouristTaxTariffs): DeclarationWrite & { months: MonthShare[] } {
    const category = taxCategoryOf(accommodation.kind, accommodation.stars);
    const context = { category, capacity: accommodation.capacity, pitches: capacityInPitches(accommodation.kind), period };
    const result = validateDeclaration({ noRental: input.noRental, lines: input.lines ?? [] }, context);
    if (!result.ok) throw DomainError.badInput(result.errors);
    const { lines, ...totals } = computeDeclaration(result.value, category, tariffs);
    let amountCents = totals.dueCents;
    if (accommodation.basis === 'FLAT_RATE') {
      const flat = calculateFlatRateTax({
        category, capacity: accommodation.capacity, pitches: capacityInPitches(accommodation.kind),
        openFrom: accommodation.activeFrom, openTo: accommodation.activeTo ?? `${period.year + 1}-12-31`, openingPeriods: accommodation.openingPeriods, periodFrom: period.from, periodTo: period.to,
      }, tariffs);
      amountCents = flat.ok ? flat.value.totalCents : 0;
    }
    let months = monthlyShares(result.value, { lines }, period);
    if (accommodation.basis === 'FLAT_RATE') {
      // the flat rate is owed on capacity, not on the nights declared: spread over the months by days
      const amounts = splitByWeights(amountCents, monthsOfPeriod(period).map((m) => m.days));
      months = months.map((m, i) => ({ ...m, amountCents: amounts[i]! }));
    }
    return {
      months,
      noRental: result.value.noRental, lines: result.value.lines, totals, category, amountCents,
      nights: totals.nights, personNights: totals.personNights, platformNights: totals.platformNights,
      anomalies: declarationAnomalies(result.value, context),
    };
  }

  private declarationView(d: DeclarationRecord, previous: DeclarationRecord | null): TaxDeclaration {
    const period = taxPeriod(d.year, d.quarter);
    const submittedDay = d.submittedAt ? parisDay(d.submittedAt) : null;
    const late = submittedDay ? submittedDay > period.deadline : this.today() > period.deadline;
    return {
      ...d,
      category: d.category as TaxDeclaration['category'],
      lines: d.lines.map((l) => ({ stays: l.stays, arrival: l.arrival ?? null, nights: l.nights, persons: l.persons, nightlyPriceCents: l.nightlyPriceCents ?? null, platformCollected: !!l.platformCollected, exempted: { MINOR: 0, SEASONAL_WORKER: 0, EMERGENCY_HOUSING: 0, RENT_BELOW_THRESHOLD: 0, ...l.exempted } })),
      periodLabel: period.label,
      deadline: period.deadline,
      previousAmountCents: previous?.amountCents ?? null,
      previousNights: previous?.nights ?? null,
      previousPersonNights: previous?.personNights ?? null,
      previousNoRental: previous?.noRental ?? null,
      differences: previous ? declarationDifferences(previous, d) : null,
      late,
    };
  }

  // Payments and balances

  async payments(user: SessionUser, accommodationId: string) {
    const accommodation = await this.loadAccommodation(user, 'touristTax.read', accommodationId);
    return this.repo.paymentsOf(accommodation.id);
  }

  async balanceOf(accommodationId: string) {
    return this.repo.balance({ accommodationId });
  }

  recordPayment(user: SessionUser, input: { accommodationId: string; declarationId: string | null; method: string; paidOn: string; amountCents: number; reference: string }) {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const accommodation = await this.repo.findAccommodation(input.accommodationId, { all: true });
      if (!accommodation) throw DomainError.notFound();
      if (input.declarationId) {
        const declaration = await this.repo.findDeclaration(input.declarationId, { all: true });
        if (!declaration || declaration.accommodationId !== accommodation.id) throw DomainError.notFound('Déclaration introuvable pour cet hébergement.');
      }
      const result = validateTaxPayment(input as never, this.today());
      if (!result.ok) throw DomainError.badInput(result.errors);
      const payment = await this.repo.createPayment({ ...result.value, organisationId: accommodation.organisationId, accommodationId: accommodation.id, declarationId: input.declarationId ?? null, recordedById: user.id });
      await this.audit.record({ action: 'touristTax.recordPayment', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: accommodation.organisationId, objectType: 'taxPayment', objectId: payment.id, detail: { amountCents: payment.amountCents } });
      return payment;
    });
  }

  // Home to-dos and follow-up

  /** The host's home: for each active accommodation, the period to declare now and any late one. */
  async todo(user: SessionUser, organisationId: string) {
    const organisation = await this.access.load(user, 'touristTax.read', { type: 'organisation', id: organisationId }, (scope) => this.organisations.findById(organisationId, scope));
    const today = this.today();
    const accommodations = await this.repo.accommodationsOf(organisation.id);
    const due: TaxTodoItem[] = [];
    const now = periodDueOn(today);
    for (const a of accommodations) {
      if (!activeDuring(a, now)) continue;
      const current = await this.repo.currentDeclaration(a.id, now.year, now.quarter);
      if (current?.status === 'SUBMITTED') continue;
      due.push({ accommodationId: a.id, accommodationName: a.name, year: now.year, quarter: now.quarter, periodLabel: now.label, deadline: now.deadline, daysLate: 0, draftId: current?.id ?? null });
    }
    const { items } = await this.repo.late(await this.latePeriods(today), organisation.id, { offset: 0, limit: 100 });
    const late = items.map((r) => this.lateView(r, today));
    return { due, late: late.map((l) => ({ ...l, draftId: null })), balance: await this.repo.balance({ organisationId: organisation.id }) };
  }

  /**
   * Periods past their deadline that can be declared here: at most LATE_YEARS_BACK years back, and
   * only years with tariffs (a year without cannot be declared in the extranet, so it is not chased).
   */
  private async latePeriods(today: string): Promise<TaxPeriod[]> {
    const years = new Set((await this.repo.tariffs()).map((t) => t.year));
    return periodsPastDeadline(`${Number(today.slice(0, 4)) - LATE_YEARS_BACK}-01-01`, today).filter((p) => years.has(p.year));
  }

  private lateView(r: { accommodationId: string; accommodationName: string; organisationId: string; organisationName: string; communeCode: string; year: number; quarter: number; lastReminderAt: Date | null }, today: string): TaxLateDeclaration {
    const period = taxPeriod(r.year, r.quarter);
    return { ...r, communeName: findCommune(r.communeCode)?.name ?? r.communeCode, periodLabel: period.label, deadline: period.deadline, daysLate: daysLate(period, today) };
  }

  async followUp(user: SessionUser, year: number) {
    await this.access.check(user, 'touristTax.followUp');
    if (!isValidPeriod(year, 1)) throw DomainError.badInput([{ field: 'year', message: 'Année invalide.' }]);
    const today = this.today();
    const periods = periodsOfYear(year);
    const [stats, balance] = await Promise.all([this.repo.periodStats(periods), this.repo.balance({ year })]);
    return {
      year,
      balance,
      periods: periods.map((p) => {
        const s = stats.find((x) => x.quarter === p.quarter)!;
        const closed = today > p.deadline;
        return { year, quarter: p.quarter, label: p.label, deadline: p.deadline, closed, expected: s.expected, received: s.received, late: closed ? Math.max(0, s.expected - s.received) : 0, declaredCents: s.declaredCents, anomalies: s.anomalies };
      }),
    };
  }

  async lateDeclarations(user: SessionUser, filter: { year?: number | null; quarter?: number | null }, page: Page) {
    await this.access.check(user, 'touristTax.followUp');
    const today = this.today();
    const periods = (await this.latePeriods(today)).filter((p) => (!filter.year || p.year === filter.year) && (!filter.quarter || p.quarter === filter.quarter));
    const { items, total } = await this.repo.late(periods, null, page);
    return { items: items.map((r) => this.lateView(r, today)), total, ...page };
  }

  async undeclared(user: SessionUser, year: number) {
    await this.access.check(user, 'touristTax.followUp');
    if (!isValidPeriod(year, 1)) throw DomainError.badInput([{ field: 'year', message: 'Année invalide.' }]);
    const today = this.today();
    const closed = periodsOfYear(year).filter((p) => p.deadline < today);
    const result = await this.repo.undeclared(year, closed, 50);
    const written = await this.requests.lastWrittenAt([result.partners, result.listings, result.silent, result.unregistered].flatMap((l) => l.items.map((i) => i.organisationId)));
    const named = (l: { total: number; items: { id: string; name: string; organisationId: string; organisationName: string; communeCode: string }[] }) => ({
      total: l.total,
      items: l.items.map((i) => ({ ...i, communeName: findCommune(i.communeCode)?.name ?? i.communeCode, lastWrittenAt: written.get(i.organisationId) ?? null })),
    });
    return { year, partners: named(result.partners), listings: named(result.listings), silent: named(result.silent), unregistered: named(result.unregistered) };
  }

  /**
   * Nights, person-nights and tax by quarter, commune and category against the previous year, and a
   * forecast: the quarters whose deadline has passed count as declared; each quarter still open is
   * expected at last year's amount for it, scaled by this year's declared quarters over the same
   * quarters last year (last year's seasonality, this year's level).
   */
  async statistics(user: SessionUser, year: number) {
    await this.access.check(user, 'touristTax.followUp');
    if (!isValidPeriod(year, 1)) throw DomainError.badInput([{ field: 'year', message: 'Année invalide.' }]);
    const today = this.today();
    const [months, quarters, communes, categories] = await Promise.all([
      this.repo.totals([year, year - 1], 'month'),
      this.repo.totals([year, year - 1], 'quarter'),
      this.repo.totals([year, year - 1], 'commune'),
      this.repo.totals([year, year - 1], 'category'),
    ]);
    const rows = (list: typeof quarters, keys: string[], label: (key: string) => string) =>
      keys.map((key) => {
        const now = list.find((r) => r.year === year && r.key === key);
        const before = list.find((r) => r.year === year - 1 && r.key === key);
        return {
          key, label: label(key), nights: now?.nights ?? 0, personNights: now?.personNights ?? 0, platformNights: now?.platformNights ?? 0,
          amountCents: now?.amountCents ?? 0, previousNights: before?.nights ?? 0, previousPersonNights: before?.personNights ?? 0, previousAmountCents: before?.amountCents ?? 0,
        };
      });
    const keysOf = (list: typeof quarters) => [...new Set(list.map((r) => r.key))].sort();
    const byMonth = rows(months, MONTH_KEYS, (m) => `${MONTH_LABELS[Number(m) - 1]} ${year}`);
    const byQuarter = rows(quarters, ['1', '2', '3', '4'], (q) => taxPeriod(year, Number(q)).label);
    const byCommune = rows(communes, keysOf(communes), (c) => findCommune(c)?.name ?? c).sort((a, b) => b.amountCents - a.amountCents);
    const byCategory = rows(categories, keysOf(categories), (c) => TAX_CATEGORY_LABELS[c as keyof typeof TAX_CATEGORY_LABELS] ?? c).sort((a, b) => b.amountCents - a.amountCents);
    const closed = byQuarter.filter((q) => taxPeriod(year, Number(q.key)).deadline < today);
    const open = byQuarter.filter((q) => !closed.includes(q));
    const declaredCents = byQuarter.reduce((s, q) => s + q.amountCents, 0);
    const closedNow = closed.reduce((s, q) => s + q.amountCents, 0);
    const closedBefore = closed.reduce((s, q) => s + q.previousAmountCents, 0);
    const level = closedBefore > 0 ? closedNow / closedBefore : 1;
    const expectedOpen = open.reduce((s, q) => s + Math.max(q.amountCents, Math.round(q.previousAmountCents * level)), 0);
    const previousYearCents = byQuarter.reduce((s, q) => s + q.previousAmountCents, 0);
    const method = closed.length === 0
      ? `Aucun trimestre de ${year} n’est encore échu : la prévision reprend les montants de ${year - 1}.`
      : `Trimestres échus (${closed.length}) : montants déclarés. Trimestres à venir : montant du même trimestre en ${year - 1} × ${level.toFixed(3).replace('.', ',')} (déclaré en ${year} sur les trimestres échus ÷ déclaré en ${year - 1} sur les mêmes trimestres), ou le montant déjà déclaré s’il est plus élevé.`;
    return {
      year, byMonth, byQuarter, byCommune, byCategory, monthMethod: MONTHLY_SPLIT_METHOD,
      forecast: { declaredCents, forecastCents: closedNow + expectedOpen, previousYearCents, method },
    };
  }

  /**
   * The statistics as an Excel workbook (exceljs): a sheet per breakdown (month, quarter, commune,
   * category) with this year and the previous one side by side, and the forecast with its method.
   */
  async statisticsWorkbook(user: SessionUser, year: number): Promise<Buffer> {
    const stats = await this.statistics(user, year);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Extranet partenaires — Office de Tourisme du Pays de Gex';
    workbook.created = this.clock.now();
    const sheets: [string, string, typeof stats.byMonth][] = [
      ['Par mois', 'Mois', stats.byMonth], ['Par trimestre', 'Trimestre', stats.byQuarter], ['Par commune', 'Commune', stats.byCommune], ['Par catégorie', 'Catégorie', stats.byCategory],
    ];
    for (const [name, column, rows] of sheets) {
      const sheet = workbook.addWorksheet(name);
      sheet.columns = [
        { header: column, key: 'label', width: 36 },
        { header: `Nuitées ${year}`, key: 'nights', width: 14 }, { header: `Nuitées ${year - 1}`, key: 'previousNights', width: 14 },
        { header: `Personnes-nuits ${year}`, key: 'personNights', width: 18 }, { header: `Personnes-nuits ${year - 1}`, key: 'previousPersonNights', width: 18 },
        { header: 'dont plateformes (nuitées)', key: 'platformNights', width: 16 },
        { header: `Taxe ${year} (€)`, key: 'amount', width: 14 }, { header: `Taxe ${year - 1} (€)`, key: 'previousAmount', width: 14 },
      ];
      for (const r of rows) sheet.addRow({ ...r, amount: r.amountCents / 100, previousAmount: r.previousAmountCents / 100 });
      sheet.getRow(1).font = { bold: true };
      for (const c of [7, 8]) sheet.getColumn(c).numFmt = '#,##0.00';
      if (name === 'Par mois') sheet.addRows([[], [stats.monthMethod]]);
    }
    const forecast = workbook.addWorksheet('Prévision');
    forecast.columns = [{ header: 'Prévision', key: 'k', width: 36 }, { header: '€', key: 'v', width: 16 }];
    forecast.addRow({ k: `Déclaré en ${year}`, v: stats.forecast.declaredCents / 100 });
    forecast.addRow({ k: `Prévision ${year}`, v: stats.forecast.forecastCents / 100 });
    forecast.addRow({ k: `Total ${year - 1}`, v: stats.forecast.previousYearCents / 100 });
    forecast.addRow({ k: `Méthode : ${stats.forecast.method}` });
    forecast.getRow(1).font = { bold: true };
    forecast.getColumn(2).numFmt = '#,##0.00';
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async staffTodo(user: SessionUser) {
    await this.access.check(user, 'touristTax.followUp');
    // The late count is shared with a late-list page of the same request (the staff dashboard).
    const [lateDeclarations, anomalies, balance] = await Promise.all([
      this.latePeriods(this.today()).then((periods) => this.repo.lateCount(periods, null)),
      this.repo.anomalyCount(),
      this.repo.balance({}),
    ]);
    return { lateDeclarations, anomalies, outstandingCents: balance.outstandingCents };
  }

  /** Staff's one click: e-mails the host's owners about a missing declaration (outbox, same transaction). */
  sendReminder(user: SessionUser, accommodationId: string, year: number, quarter: number) {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const accommodation = await this.repo.findAccommodation(accommodationId, { all: true });
      if (!accommodation) throw DomainError.notFound();
      if (!isValidPeriod(year, quarter)) throw DomainError.badInput([{ field: 'quarter', message: 'Choisissez un trimestre (1 à 4) d’une année valide.' }]);
      const period = taxPeriod(year, quarter);
      const current = await this.repo.currentDeclaration(accommodation.id, year, quarter);
      if (current?.status === 'SUBMITTED') throw DomainError.conflict('Cette période est déjà déclarée : pas de relance à envoyer.');
      const now = this.clock.now();
      const emails = await this.remind(accommodation, period, `MANUAL_${now.toISOString()}`, now);
      await this.audit.record({ action: 'touristTax.sendReminder', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: accommodation.organisationId, objectType: 'taxAccommodation', objectId: accommodation.id, detail: { period: period.key, emails } });
      return { emails };
    });
  }

  /** Records the reminder step and queues one e-mail per active owner; 0 when the step was already sent. */
  async remind(accommodation: Pick<AccommodationRecord, 'id' | 'organisationId' | 'name'>, period: TaxPeriod, step: string, now: Date): Promise<number> {
    if (!(await this.repo.claimReminder(accommodation.id, period.year, period.quarter, step, now))) return 0;
    const owners = await this.repo.ownersOf(accommodation.organisationId);
    for (const owner of owners) {
      const mail = renderTaxReminder({ name: owner.name, accommodationName: accommodation.name, period, daysLate: daysLate(period, parisDay(now)), link: `${this.env.PUBLIC_URL}/taxe-de-sejour/${accommodation.id}` });
      const id = await this.repo.queueMail({ recipient: owner.email, template: 'tourist-tax-reminder', ...mail }, now);
      this.tx.afterCommit(() => this.mailWorker.requestDelivery(id));
    }
    return owners.length;
  }

  private loadAccommodation(user: SessionUser, action: 'touristTax.read' | 'touristTax.declare', id: string): Promise<AccommodationRecord> {
    return this.access.load(user, action, { type: 'taxAccommodation', id }, (scope) => this.repo.findAccommodation(id, scope));
  }
}

function base(accommodation: AccommodationRecord, period: TaxPeriod) {
  return { accommodationId: accommodation.id, organisationId: accommodation.organisationId, year: period.year, quarter: period.quarter };
}

function activeDuring(a: { activeFrom: string; activeTo: string | null }, period: TaxPeriod): boolean {
  return a.activeFrom <= period.to && (a.activeTo === null || a.activeTo >= period.from);
}

export function accommodationView(a: AccommodationRecord): TaxAccommodation {
  const category = taxCategoryOf(a.kind, a.stars);
  return {
    ...a,
    communeName: findCommune(a.communeCode)?.name ?? a.communeCode,
    kindLabel: ACCOMMODATION_KIND_LABELS[a.kind],
    capacityInPitches: capacityInPitches(a.kind),
    category,
    categoryLabel: TAX_CATEGORY_LABELS[category],
  };
}

function tariffsView(t: TouristTaxTariffs & { version: number }): TaxTariffs {
  return {
    ...t,
    rates: CLASSIFIED_CATEGORIES.map((category) => ({
      category,
      label: TAX_CATEGORY_LABELS[category],
      communalCents: t.rates[category],
      perPersonNightCents: computeStay({ category, persons: 1, nights: 1 }, t).totalCents,
    })),
  };
}
