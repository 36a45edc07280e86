import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError, describeCorrection, validateCorrectionRequest, validateDeclineReason, validateHostMessage,
  type AccommodationInput, type CorrectionProposal,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { MailWorker } from '../mail/mail-worker.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { renderTaxCorrectionDecision, renderTaxHostMessage } from './tax-mail.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { TaxCorrectionRequest } from './tax-requests.models.js';
import { TaxRequestsRepository, type CorrectionRequestRecord } from './tax-requests.repository.js';
import { TaxRepository, type AccommodationRecord } from './tax.repository.js';
import { TouristTaxService } from './tourist-tax.service.js';

const REQUEST_DECIDED = 'Cette demande a déjà été traitée ou modifiée entre-temps\u00a0: rechargez la page.';
const PENDING_LIMIT = 100;

const registerValues = (a: AccommodationRecord): AccommodationInput => ({
  name: a.name, street: a.street, communeCode: a.communeCode, kind: a.kind, stars: a.stars, capacity: a.capacity,
  registrationNumber: a.registrationNumber, basis: a.basis, activeFrom: a.activeFrom, activeTo: a.activeTo, openingPeriods: a.openingPeriods,
});

/** Owners' correction requests of their accommodation's register data, and staff's answers. */
@Injectable()
export class TaxRequestsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly requests: TaxRequestsRepository,
    private readonly repo: TaxRepository,
    private readonly touristTax: TouristTaxService,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly mailWorker: MailWorker,
  ) {}

  /** An owner (or member who declares) asks the office to correct its accommodation's data. */
  requestCorrection(user: SessionUser, input: { accommodationId: string; message: string; fields: string[]; proposed: CorrectionProposal | null }): Promise<TaxCorrectionRequest> {
    return this.tx.run(async () => {
      const accommodation = await this.access.load(user, 'touristTax.declare', { type: 'taxAccommodation', id: input.accommodationId }, (scope) => this.repo.findAccommodation(input.accommodationId, scope));
      const valid = validateCorrectionRequest({ message: input.message, fields: input.fields, proposed: input.proposed ?? {} }, registerValues(accommodation));
      if (!valid.ok) throw DomainError.badInput(valid.errors);
      const created = await this.requests.createCorrectionRequest({
        accommodationId: accommodation.id, organisationId: accommodation.organisationId, ...valid.value, requestedById: user.id, requestedByName: user.name, at: this.clock.now(),
      });
      await this.audit.record({
        action: 'touristTax.requestCorrection', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: accommodation.organisationId,
        objectType: 'taxCorrectionRequest', objectId: created.id, detail: { accommodationId: accommodation.id, fields: valid.value.fields },
      });
      return this.view(created, accommodation);
    });
  }

  /** The accommodation's requests, newest first (its owner and staff). */
  async correctionRequestsOf(user: SessionUser, accommodationId: string): Promise<TaxCorrectionRequest[]> {
    const accommodation = await this.access.load(user, 'touristTax.read', { type: 'taxAccommodation', id: accommodationId }, (scope) => this.repo.findAccommodation(accommodationId, scope));
    return (await this.requests.correctionRequestsOf(accommodation.id)).map((r) => this.view(r, accommodation));
  }

  /** Staff's queue: every pending request, oldest first. */
  async pending(user: SessionUser): Promise<{ items: TaxCorrectionRequest[]; total: number }> {
    await this.access.check(user, 'touristTax.followUp');
    const { items, total } = await this.requests.pendingCorrectionRequests(PENDING_LIMIT);
    const views: TaxCorrectionRequest[] = [];
    for (const r of items) {
      const accommodation = await this.repo.findAccommodation(r.accommodationId, { all: true });
      if (accommodation) views.push(this.view(r, accommodation));
    }
    return { items: views, total };
  }

  async pendingCount(user: SessionUser): Promise<number> {
    await this.access.check(user, 'touristTax.followUp');
    return this.requests.pendingCount();
  }

  async correctionRequest(user: SessionUser, id: string): Promise<TaxCorrectionRequest> {
    const request = await this.access.load(user, 'touristTax.read', { type: 'taxCorrectionRequest', id }, (scope) => this.requests.findCorrectionRequest(id, scope));
    const accommodation = await this.repo.findAccommodation(request.accommodationId, { all: true });
    if (!accommodation) throw DomainError.notFound();
    return this.view(request, accommodation);
  }

  /**
   * Accepts a pending request by saving the account as staff edited it (the usual staff edit:
   * checked, versioned, audited), in one transaction with the decision and the owners' e-mail.
   */
  accept(user: SessionUser, input: { requestId: string; requestVersion: number; accommodation: AccommodationInput & { id: string; version: number; listingId: string | null } }): Promise<TaxCorrectionRequest> {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const request = await this.requests.findCorrectionRequest(input.requestId, { all: true });
      if (!request) throw DomainError.notFound();
      if (request.accommodationId !== input.accommodation.id) {
        throw DomainError.badInput([{ field: 'accommodation.id', message: 'Cette demande concerne un autre hébergement.' }]);
      }
      const before = await this.repo.findAccommodation(request.accommodationId, { all: true });
      if (!before) throw DomainError.notFound();
      if (request.status !== 'PENDING' || request.version !== input.requestVersion) throw DomainError.conflict(REQUEST_DECIDED);
      await this.touristTax.applyUpdate(user, input.accommodation, { correctionRequestId: request.id });
      const now = this.clock.now();
      if (!(await this.requests.decide(request.id, input.requestVersion, { status: 'ACCEPTED', decisionReason: null, decidedById: user.id, at: now }))) throw DomainError.conflict(REQUEST_DECIDED);
      const after = (await this.repo.findAccommodation(request.accommodationId, { all: true }))!;
      const changes = describeCorrection(request.fields, request.fields.reduce((p, f) => ({ ...p, [f]: registerValues(after)[f] }), {} as CorrectionProposal), registerValues(before))
        .map((c) => `${c.label}\u00a0: ${c.proposed}`);
      await this.tell(after, true, changes, null, now);
      await this.audit.record({ action: 'touristTax.acceptCorrection', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: request.organisationId, objectType: 'taxCorrectionRequest', objectId: request.id });
      return this.view((await this.requests.findCorrectionRequest(request.id, { all: true }))!, after);
    });
  }

  /** Declines a pending request with a reason the owners read. */
  decline(user: SessionUser, input: { requestId: string; requestVersion: number; reason: string }): Promise<TaxCorrectionRequest> {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const request = await this.requests.findCorrectionRequest(input.requestId, { all: true });
      if (!request) throw DomainError.notFound();
      const reason = validateDeclineReason(input.reason);
      if (!reason.ok) throw DomainError.badInput(reason.errors);
      if (request.status !== 'PENDING' || request.version !== input.requestVersion) throw DomainError.conflict(REQUEST_DECIDED);
      const now = this.clock.now();
      if (!(await this.requests.decide(request.id, input.requestVersion, { status: 'DECLINED', decisionReason: reason.value, decidedById: user.id, at: now }))) throw DomainError.conflict(REQUEST_DECIDED);
      const accommodation = (await this.repo.findAccommodation(request.accommodationId, { all: true }))!;
      await this.tell(accommodation, false, [], reason.value, now);
      await this.audit.record({ action: 'touristTax.declineCorrection', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: request.organisationId, objectType: 'taxCorrectionRequest', objectId: request.id, detail: { reason: reason.value } });
      return this.view((await this.requests.findCorrectionRequest(request.id, { all: true }))!, accommodation);
    });
  }

  /**
   * Staff write to a host found by the undeclared detection: one e-mail per active owner through the
   * outbox, the message kept (the list shows when the host was last written to) and audited.
   * Refused, nothing sent, when the host has no active owner to write to.
   */
  writeToHost(user: SessionUser, input: { organisationId: string; subject: string; text: string }): Promise<{ recipients: number; sentAt: Date }> {
    return this.tx.run(async () => {
      await this.access.check(user, 'touristTax.followUp');
      const organisation = await this.organisations.findById(input.organisationId, { all: true });
      if (!organisation) throw DomainError.notFound('Partenaire introuvable.');
      const valid = validateHostMessage(input);
      if (!valid.ok) throw DomainError.badInput(valid.errors);
      const owners = await this.repo.ownersOf(organisation.id);
      if (owners.length === 0) {
        throw DomainError.badInput([{ field: 'organisationId', message: `«\u00a0${organisation.name}\u00a0» n’a aucun responsable actif dans l’extranet\u00a0: écrivez-lui par un autre moyen.` }]);
      }
      const now = this.clock.now();
      const mail = renderTaxHostMessage({ ...valid.value, link: `${this.env.PUBLIC_URL}/taxe-de-sejour` });
      for (const owner of owners) {
        const id = await this.repo.queueMail({ recipient: owner.email, template: 'tourist-tax-host-message', ...mail }, now);
        this.tx.afterCommit(() => this.mailWorker.requestDelivery(id));
      }
      const saved = await this.requests.createHostMessage({ organisationId: organisation.id, subject: valid.value.subject, body: valid.value.text, recipients: owners.length, sentById: user.id, sentAt: now });
      await this.audit.record({
        action: 'touristTax.writeToHost', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id,
        objectType: 'taxHostMessage', objectId: saved.id, detail: { subject: valid.value.subject, recipients: owners.length },
      });
      return { recipients: owners.length, sentAt: saved.sentAt };
    });
  }

  /** What the office wrote to the host before, newest first (staff). */
  async hostMessages(user: SessionUser, organisationId: string) {
    await this.access.check(user, 'touristTax.followUp');
    const organisation = await this.organisations.findById(organisationId, { all: true });
    if (!organisation) throw DomainError.notFound('Partenaire introuvable.');
    return (await this.requests.hostMessagesOf(organisation.id)).map((m) => ({ ...m, text: m.body }));
  }

  /** One e-mail per active owner of the host, queued in this transaction, delivered after commit. */
  private async tell(accommodation: AccommodationRecord, accepted: boolean, changes: string[], reason: string | null, now: Date): Promise<void> {
    for (const owner of await this.repo.ownersOf(accommodation.organisationId)) {
      const mail = renderTaxCorrectionDecision({ name: owner.name, accommodationName: accommodation.name, accepted, changes, reason, link: `${this.env.PUBLIC_URL}/taxe-de-sejour/${accommodation.id}` });
      const id = await this.repo.queueMail({ recipient: owner.email, template: 'tourist-tax-correction-decision', ...mail }, now);
      this.tx.afterCommit(() => this.mailWorker.requestDelivery(id));
    }
  }

  private view(r: CorrectionRequestRecord, accommodation: AccommodationRecord): TaxCorrectionRequest {
    return { ...r, changes: describeCorrection(r.fields, r.proposed, registerValues(accommodation)) };
  }
}
