import { Inject, Injectable } from '@nestjs/common';
import {
  diffListing,
  DomainError,
  emptyListingContent,
  freshnessOf,
  isOpen,
  partnerChangeProblems,
  proposedContent,
  updateFrequencyDays,
  validateListing,
  type ChangeRequest,
  type Freshness,
  type Listing,
  type ListingContent,
  type ListingType,
  type Page,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { PhotosService } from '../photos/photos.service.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { ChangeRequestsRepository, type ChangeRequestView } from './change-requests.repository.js';
import { ListingsRepository, type FreshnessDates, type ListingFilter } from './listings.repository.js';

/** A listing with its freshness computed for now. */
export type ListingView = Listing & { freshness: Freshness; dueAt: Date; staleAt: Date };

export const NO_CHANGE = 'Aucune modification : la fiche publiée est identique.';
export const LISTING_CHANGED = 'La fiche a été modifiée entre-temps : rechargez-la pour voir sa dernière version, puis refaites vos modifications.';

/** What partners do with their listings: read them, propose changes or new listings, confirm them. */
@Injectable()
export class ListingsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly listings: ListingsRepository,
    private readonly requests: ChangeRequestsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly photos: PhotosService,
  ) {}

  async get(user: SessionUser, id: string): Promise<ListingView> {
    const listing = await this.load(user, 'listing.read', id);
    return this.view(listing, await this.listings.frequencies());
  }

  async listForOrganisation(user: SessionUser, organisationId: string, filter: ListingFilter, page: Page) {
    const organisation = await this.access.load(user, 'listing.read', { type: 'organisation', id: organisationId }, (scope) =>
      this.organisations.findById(organisationId, scope),
    );
    const [{ items, total }, frequencies] = await Promise.all([
      this.listings.listForOrganisation(organisation.id, filter, page, this.clock.now()),
      this.listings.frequencies(),
    ]);
    return { items: items.map((l) => this.view(l, frequencies)), total, ...page };
  }

  /** The partner home's to-do: listings to confirm or update, and requests sent back for changes. */
  async todo(user: SessionUser, organisationId: string): Promise<{ listings: ListingView[]; sentBack: ChangeRequestView[] }> {
    const organisation = await this.access.load(user, 'listing.read', { type: 'organisation', id: organisationId }, (scope) =>
      this.organisations.findById(organisationId, scope),
    );
    const [listings, sentBack, frequencies] = await Promise.all([
      this.listings.needingConfirmation(organisation.id, this.clock.now(), 20),
      this.requests.forOrganisation(organisation.id, ['SENT_BACK'], 20),
      this.listings.frequencies(),
    ]);
    return { listings: listings.map((l) => this.view(l, frequencies)), sentBack };
  }

  async history(user: SessionUser, listingId: string): Promise<ChangeRequestView[]> {
    const listing = await this.load(user, 'listing.read', listingId);
    return this.requests.historyOf(listing.id);
  }

  getRequest(user: SessionUser, id: string): Promise<ChangeRequestView> {
    return this.access.load(user, 'listing.read', { type: 'changeRequest', id }, (scope) => this.requests.findViewById(id, scope));
  }

  /**
   * Proposes a change: the published listing stays as it is until staff decide. The request keeps
   * only the changed fields; a second save while it is open replaces them (one open request per
   * listing). `version` is the listing version the form was loaded from.
   */
  submitChange(user: SessionUser, input: { listingId: string; version: number; content: ListingContent }): Promise<ChangeRequestView> {
    return this.tx.run(async () => {
      const listing = await this.load(user, 'listing.submitChange', input.listingId);
      if (listing.version !== input.version) throw DomainError.conflict(LISTING_CHANGED);
      const proposed = this.validate(listing.type, { ...input.content, internalCriteria: listing.content.internalCriteria });
      await this.photos.checkListingPhotos(listing.organisationId, proposed.photos, listing.content.photos);
      const changes = diffListing(listing.type, listing.content, proposed);
      if (changes.length === 0) throw DomainError.badInput([], NO_CHANGE);
      const problems = partnerChangeProblems(changes);
      if (problems.length) throw DomainError.badInput(problems);
      const now = this.clock.now();
      const details = { changes, baseVersion: listing.version, listingName: proposed.name, communeCode: proposed.address.communeCode, submittedById: user.id, submittedAt: now };
      const open = await this.requests.findOpenForListing(listing.id);
      let request: ChangeRequest;
      if (open) {
        if (!(await this.requests.replaceChanges(open.id, details))) throw DomainError.conflict(LISTING_CHANGED);
        request = open;
      } else {
        request = await this.requests.create({ ...details, organisationId: listing.organisationId, listingId: listing.id, type: listing.type });
      }
      await this.audit.record({
        action: 'listing.submitChange', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: listing.organisationId, objectType: 'changeRequest', objectId: request.id,
        detail: { listingId: listing.id, fields: changes.map((c) => c.path), replaced: Boolean(open) },
      });
      return (await this.requests.views([request.id]))[0]!;
    });
  }

  /** Proposes a new listing for the organisation, reviewed like a change. */
  propose(user: SessionUser, input: { organisationId: string; type: ListingType; content: ListingContent }): Promise<ChangeRequestView> {
    return this.tx.run(async () => {
      const organisation = await this.access.load(user, 'listing.submitChange', { type: 'organisation', id: input.organisationId }, (scope) =>
        this.organisations.findById(input.organisationId, scope),
      );
      const proposed = this.validate(input.type, { ...input.content, internalCriteria: [] });
      await this.photos.checkListingPhotos(organisation.id, proposed.photos);
      const changes = diffListing(input.type, emptyListingContent(), proposed);
      const request = await this.requests.create({
        organisationId: organisation.id, listingId: null, type: input.type, listingName: proposed.name, communeCode: proposed.address.communeCode,
        changes, baseVersion: null, submittedById: user.id, submittedAt: this.clock.now(),
      });
      await this.audit.record({
        action: 'listing.propose', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: organisation.id, objectType: 'changeRequest', objectId: request.id, detail: { type: input.type },
      });
      return (await this.requests.views([request.id]))[0]!;
    });
  }

  withdraw(user: SessionUser, requestId: string): Promise<ChangeRequestView> {
    return this.tx.run(async () => {
      const request = await this.access.load(user, 'listing.submitChange', { type: 'changeRequest', id: requestId }, (scope) => this.requests.findById(requestId, scope));
      if (!isOpen(request)) throw DomainError.conflict('Cette demande a déjà été traitée : elle ne peut plus être retirée.');
      const withdrawn = await this.requests.decide(request.id, request.version, { status: 'WITHDRAWN', decisions: null, comment: null, reviewedById: null, reviewedAt: this.clock.now() });
      if (!withdrawn) throw DomainError.conflict('Cette demande a déjà été traitée : elle ne peut plus être retirée.');
      await this.audit.record({
        action: 'listing.withdrawChange', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: request.organisationId, objectType: 'changeRequest', objectId: request.id,
      });
      return (await this.requests.views([request.id]))[0]!;
    });
  }

  /** « Rien n'a changé » : counts as an update, starts a new freshness period. */
  confirmUnchanged(user: SessionUser, listingId: string): Promise<ListingView> {
    return this.tx.run(async () => {
      const listing = await this.load(user, 'listing.submitChange', listingId);
      const frequencies = await this.listings.frequencies();
      const confirmed = await this.listings.confirm(listing.id, this.freshnessDates(listing.type, this.clock.now(), frequencies));
      if (!confirmed) throw DomainError.notFound();
      await this.audit.record({
        action: 'listing.confirmUnchanged', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: listing.organisationId, objectType: 'listing', objectId: listing.id,
      });
      return this.view(confirmed, frequencies);
    });
  }

  /** The dates a listing confirmed at `at` gets (domain's freshnessOf). */
  freshnessDates(type: ListingType, at: Date, frequencies: Partial<Record<ListingType, number>>): FreshnessDates {
    const { dueAt, staleAt } = freshnessOf(at, updateFrequencyDays(type, frequencies), at);
    return { lastConfirmedAt: at, dueAt, staleAt };
  }

  view(listing: Listing, frequencies: Partial<Record<ListingType, number>>): ListingView {
    return { ...listing, ...freshnessOf(listing.lastConfirmedAt, updateFrequencyDays(listing.type, frequencies), this.clock.now()) };
  }

  link(listingId: string | null): string {
    return `${this.env.PUBLIC_URL}/fiches${listingId ? `/${listingId}` : ''}`;
  }

  private load(user: SessionUser, action: 'listing.read' | 'listing.submitChange', id: string): Promise<Listing> {
    return this.access.load(user, action, { type: 'listing', id }, (scope) => this.listings.findById(id, scope));
  }

  private validate(type: ListingType, content: ListingContent): ListingContent {
    const result = validateListing(type, content);
    if (!result.ok) throw DomainError.badInput(result.errors.map((e) => ({ ...e, field: `content.${e.field}` })));
    return result.value;
  }

  /** For the review: the content a request proposes, over the listing as published (or blank). */
  static proposed(current: ListingContent | null, request: ChangeRequest): ListingContent {
    return proposedContent(current ?? emptyListingContent(), request.changes);
  }
}
