import { Injectable } from '@nestjs/common';
import {
  COMMUNES,
  DEFAULT_UPDATE_FREQUENCY_DAYS,
  DomainError,
  freshnessOf,
  LISTING_TYPE_LABELS,
  LISTING_TYPES,
  UPDATE_FREQUENCY_BOUNDS,
  updateFrequencyDays,
  type ListingType,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { FreshnessRepository } from './freshness.repository.js';
import { ListingsRepository } from './listings.repository.js';

export interface ListingFrequencyView {
  type: ListingType;
  label: string;
  days: number;
  defaultDays: number;
}

export interface FreshnessCounts {
  fresh: number;
  dueSoon: number;
  stale: number;
  total: number;
}

export const FREQUENCY_OUT_OF_BOUNDS = `La fréquence de mise à jour va de ${UPDATE_FREQUENCY_BOUNDS.min} à ${UPDATE_FREQUENCY_BOUNDS.max} jours.`;

const zero = (): FreshnessCounts => ({ fresh: 0, dueSoon: 0, stale: 0, total: 0 });

/** The office's freshness settings (how often each type is confirmed) and where listings stand. */
@Injectable()
export class FreshnessService {
  constructor(
    private readonly freshness: FreshnessRepository,
    private readonly listings: ListingsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async frequencies(user: SessionUser): Promise<ListingFrequencyView[]> {
    await this.access.check(user, 'listing.manageFrequencies');
    const settings = await this.listings.frequencies();
    return LISTING_TYPES.map((type) => this.frequencyView(type, settings));
  }

  /**
   * Sets how often listings of a type must be confirmed, and moves the due and stale dates of all
   * of them at once, so that reminders, the partner's to-do and the statistics follow at once.
   */
  async setFrequency(user: SessionUser, type: ListingType, days: number): Promise<ListingFrequencyView> {
    await this.access.check(user, 'listing.manageFrequencies');
    if (!Number.isInteger(days) || days < UPDATE_FREQUENCY_BOUNDS.min || days > UPDATE_FREQUENCY_BOUNDS.max) {
      throw DomainError.badInput([{ field: 'days', message: FREQUENCY_OUT_OF_BOUNDS }]);
    }
    return this.tx.run(async () => {
      const previous = updateFrequencyDays(type, await this.listings.frequencies());
      await this.freshness.setFrequency(type, days === DEFAULT_UPDATE_FREQUENCY_DAYS[type] ? null : days);
      // The domain's offsets from a confirmation, applied to every listing's own confirmation date.
      const origin = new Date(0);
      const { dueAt, staleAt } = freshnessOf(origin, days, origin);
      const listings = await this.freshness.recomputeDates(type, { dueMs: dueAt.getTime(), staleMs: staleAt.getTime() });
      await this.audit.record({
        action: 'listing.manageFrequencies', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        objectType: 'listingFrequency', objectId: type, detail: { type, previous, days, listings },
      });
      return this.frequencyView(type, { [type]: days });
    });
  }

  /** Fresh, due-soon and stale listings by type and by commune (every type and commune, zeros included). */
  async stats(user: SessionUser) {
    await this.access.check(user, 'dashboard.read');
    const rows = await this.freshness.counts(this.clock.now());
    const byType = new Map(LISTING_TYPES.map((type) => [type, zero()]));
    const byCommune = new Map(COMMUNES.map((c) => [c.code, zero()]));
    const total = zero();
    for (const row of rows) {
      const counts = row.type ? byType.get(row.type) : byCommune.get(row.communeCode ?? '');
      if (!counts) continue;
      counts.fresh += row.fresh;
      counts.dueSoon += row.dueSoon;
      counts.stale += row.stale;
      counts.total += row.fresh + row.dueSoon + row.stale;
      if (row.type) {
        total.fresh += row.fresh;
        total.dueSoon += row.dueSoon;
        total.stale += row.stale;
        total.total += row.fresh + row.dueSoon + row.stale;
      }
    }
    return {
      total,
      byType: LISTING_TYPES.map((type) => ({ type, label: LISTING_TYPE_LABELS[type], ...byType.get(type)! })),
      byCommune: COMMUNES.map((c) => ({ communeCode: c.code, communeName: c.name, ...byCommune.get(c.code)! })),
    };
  }

  private frequencyView(type: ListingType, settings: Partial<Record<ListingType, number>>): ListingFrequencyView {
    return { type, label: LISTING_TYPE_LABELS[type], days: updateFrequencyDays(type, settings), defaultDays: DEFAULT_UPDATE_FREQUENCY_DAYS[type] };
  }
}
