import { Inject, Injectable } from '@nestjs/common';
import { DomainError, editEffect, validateCatalogueItem, validateTermsBody, type CatalogueItemInput, type OrganisationCategory } from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { CatalogueRepository, type CatalogueItemView, type TermsView } from './catalogue.repository.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';

export const ITEM_NOT_FOUND = 'Pack ou option introuvable.';

export interface PackOffer {
  organisationId: string;
  year: number;
  category: OrganisationCategory;
  packs: CatalogueItemView[];
  options: CatalogueItemView[];
  terms: TermsView | null;
  onlinePayment: boolean;
}

/** The catalogue: what a partner is offered, and the office's management of packs, options and terms. */
@Injectable()
export class CatalogueService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly catalogue: CatalogueRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  get onlinePayment(): boolean {
    return Boolean(this.env.STRIPE_SECRET_KEY && this.env.STRIPE_WEBHOOK_SECRET);
  }

  /** The packs and options offered to the organisation's category for a year, with the current terms. */
  async offer(user: SessionUser, organisationId: string, year: number | null): Promise<PackOffer> {
    const organisation = await this.access.load(user, 'subscription.read', { type: 'organisation', id: organisationId }, (scope) =>
      this.organisations.findById(organisationId, scope),
    );
    const forYear = year ?? this.clock.now().getUTCFullYear();
    const items = await this.catalogue.current(forYear, { includeArchived: false, category: organisation.category });
    return {
      organisationId: organisation.id,
      year: forYear,
      category: organisation.category,
      packs: items.filter((i) => i.kind === 'PACK'),
      options: items.filter((i) => i.kind === 'OPTION'),
      terms: await this.catalogue.currentTerms(),
      onlinePayment: this.onlinePayment,
    };
  }

  async list(user: SessionUser, year: number): Promise<CatalogueItemView[]> {
    await this.access.check(user, 'catalogue.manage');
    return this.catalogue.current(year, { includeArchived: true });
  }

  create(user: SessionUser, input: CatalogueItemInput): Promise<CatalogueItemView> {
    return this.tx.run(async () => {
      await this.access.check(user, 'catalogue.manage');
      const valid = this.validate(input);
      const id = await this.catalogue.create({ ...valid, position: await this.catalogue.nextPosition(valid.year, valid.kind) });
      await this.record(user, 'catalogue.create', id, { kind: valid.kind, year: valid.year, name: valid.name });
      return (await this.catalogue.findById(id))!;
    });
  }

  /**
   * Edits a pack or option: in place while nothing was sold; once sold, a new version replaces it
   * in the catalogue and the subscriptions keep the old one, price included.
   */
  update(user: SessionUser, id: string, input: Omit<CatalogueItemInput, 'kind'>): Promise<CatalogueItemView> {
    return this.tx.run(async () => {
      await this.access.check(user, 'catalogue.manage');
      await this.catalogue.lock(id);
      const item = await this.catalogue.findById(id);
      if (!item) throw DomainError.notFound(ITEM_NOT_FOUND);
      if (item.replaced) throw DomainError.conflict('Une nouvelle version de ce pack existe déjà : rechargez le catalogue.');
      const valid = this.validate({ ...input, kind: item.kind });
      let resultId = item.id;
      if (editEffect(item.sold) === 'NEW_VERSION') {
        await this.catalogue.markReplaced(item.id, this.clock.now());
        resultId = await this.catalogue.create({ ...valid, position: item.position, lineageId: item.lineageId, version: item.version + 1 });
        if (item.archived) await this.catalogue.setArchived(resultId, this.clock.now());
      } else {
        await this.catalogue.update(item.id, valid);
      }
      await this.record(user, 'catalogue.update', resultId, { previousId: item.id, newVersion: resultId !== item.id });
      return (await this.catalogue.findById(resultId))!;
    });
  }

  setArchived(user: SessionUser, id: string, archived: boolean): Promise<CatalogueItemView> {
    return this.tx.run(async () => {
      await this.access.check(user, 'catalogue.manage');
      const item = await this.catalogue.findById(id);
      if (!item || item.replaced) throw DomainError.notFound(ITEM_NOT_FOUND);
      await this.catalogue.setArchived(id, archived ? this.clock.now() : null);
      await this.record(user, archived ? 'catalogue.archive' : 'catalogue.restore', id, {});
      return (await this.catalogue.findById(id))!;
    });
  }

  /** Puts the year's packs (or options) in the given order: every current one, each once. */
  reorder(user: SessionUser, year: number, kind: 'PACK' | 'OPTION', ids: string[]): Promise<CatalogueItemView[]> {
    return this.tx.run(async () => {
      await this.access.check(user, 'catalogue.manage');
      const current = (await this.catalogue.current(year, { includeArchived: true })).filter((i) => i.kind === kind);
      const expected = new Set(current.map((i) => i.id));
      if (ids.length !== expected.size || new Set(ids).size !== ids.length || !ids.every((id) => expected.has(id))) {
        throw DomainError.badInput([{ field: 'ids', message: 'Donnez chaque élément du catalogue de l’année une fois, dans l’ordre voulu.' }]);
      }
      await this.catalogue.setPositions(ids);
      await this.record(user, 'catalogue.reorder', null, { year, kind });
      return (await this.catalogue.current(year, { includeArchived: true })).filter((i) => i.kind === kind);
    });
  }

  async termsVersions(user: SessionUser): Promise<TermsView[]> {
    await this.access.check(user, 'catalogue.manage');
    return this.catalogue.termsVersions();
  }

  publishTerms(user: SessionUser, body: string): Promise<TermsView> {
    return this.tx.run(async () => {
      await this.access.check(user, 'catalogue.manage');
      const valid = validateTermsBody(body);
      if (!valid.ok) throw DomainError.badInput(valid.errors);
      const terms = await this.catalogue.publishTerms(valid.value, this.clock.now());
      await this.record(user, 'terms.publish', terms.id, { version: terms.version });
      return terms;
    });
  }

  private validate(input: CatalogueItemInput) {
    const result = validateCatalogueItem(input);
    if (!result.ok) throw DomainError.badInput(result.errors);
    return result.value;
  }

  private record(user: SessionUser, action: string, objectId: string | null, detail: Record<string, string | number | boolean | null>) {
    return this.audit.record({ action, outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'catalogueItem', objectId: objectId ?? undefined, detail });
  }
}
