import { Injectable } from '@nestjs/common';
import {
  APIDAE_SKIP,
  describeListingErrors,
  DomainError,
  fromApidae,
  mergeApidaeImport,
  sameValue,
  validateListing,
  type ApidaeImport,
  type ApidaeImportReport,
  type ListingType,
} from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { ListingsRepository } from '../listings.repository.js';
import { ListingsService } from '../listings.service.js';
import { openApidaeFile, type ApidaeFile } from './apidae-file.js';
import { ApidaeRepository, type NewImportedListing } from './apidae.repository.js';

export const NO_OFFICE = 'Aucune organisation de catégorie « Office de tourisme » : créez celle de l’office avant d’importer, elle recevra les fiches sans partenaire.';
export const CHANGED_DURING_IMPORT = 'La fiche a été modifiée pendant l’import : relancez l’import pour la mettre à jour.';

/** Who runs an import: a staff member through the upload, or someone at the server's shell (CLI). */
export interface ImportSource {
  user: SessionUser | null;
  fileName: string;
  via: 'upload' | 'cli';
}

type Outcome = 'created' | 'updated' | 'unchanged' | { skipped: string };
type ImportItem = Extract<ApidaeImport, { ok: true }>;

/** Objects written in one transaction: a few queries per batch instead of a few per object. */
export const IMPORT_BATCH_SIZE = 200;

/**
 * Imports Apidae objects as published listings, a batch of objects per transaction: a broken
 * object is listed with its reason and the others are saved (if a race fails a batch, its objects
 * are retried one by one). Matched on the Apidae id, so a re-import updates; a listing with a
 * partner's request waiting for review is left alone.
 */
@Injectable()
export class ApidaeImportService {
  constructor(
    private readonly apidae: ApidaeRepository,
    private readonly listings: ListingsRepository,
    private readonly listingsService: ListingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async importUpload(user: SessionUser, upload: { path: string; originalname: string }): Promise<ApidaeImportReport> {
    await this.access.check(user, 'listing.import');
    // The file is judged whole first (not JSON, not Apidae: a French error, nothing saved).
    const file = await openApidaeFile(upload.path);
    return this.importFile(file, { user, fileName: upload.originalname, via: 'upload' });
  }

  /** Imports a file opened with openApidaeFile (the CLI opens it before it touches the database). */
  async importFile(file: ApidaeFile, source: ImportSource): Promise<ApidaeImportReport> {
    const officeId = await this.apidae.officeOrganisationId();
    if (!officeId) throw DomainError.badInput([], NO_OFFICE);
    const frequencies = await this.listings.frequencies();
    const report: ApidaeImportReport = { created: 0, updated: 0, unchanged: 0, skipped: [] };
    const count = (item: ImportItem, outcome: Outcome) => {
      if (typeof outcome === 'object') report.skipped.push({ apidaeId: item.apidaeId, name: item.name, reason: outcome.skipped });
      else report[outcome] += 1;
    };

    let batch: ImportItem[] = [];
    const flush = async () => {
      const outcomes = await this.importBatch(batch, officeId, frequencies, source);
      batch.forEach((item, i) => count(item, outcomes[i]!));
      batch = [];
    };
    for (const part of file.parts()) {
      if ('error' in part) {
        report.skipped.push({ apidaeId: null, name: part.label, reason: part.error });
        continue;
      }
      for (const raw of part.objects) {
        const item = fromApidae(raw, file.communes);
        if (!item.ok) {
          report.skipped.push({ apidaeId: item.apidaeId, name: item.name, reason: item.reason });
          continue;
        }
        // The same object twice in a file: the second goes in a later batch, and updates the first.
        if (batch.length >= IMPORT_BATCH_SIZE || batch.some((b) => b.apidaeId === item.apidaeId)) await flush();
        batch.push(item);
      }
    }
    if (batch.length) await flush();

    await this.audit.record({
      action: 'listing.import', outcome: 'SUCCESS', actorUserId: source.user?.id, actorEmail: source.user?.email,
      detail: { via: source.via, file: source.fileName, created: report.created, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped.length },
    });
    return report;
  }

  /** One transaction for the batch; if a race with another import or a partner fails it, one per object. */
  private async importBatch(items: ImportItem[], officeId: string, frequencies: Frequencies, source: ImportSource): Promise<Outcome[]> {
    try {
      return await this.tx.run(() => this.applyBatch(items, officeId, frequencies, source));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (items.length === 1) return [{ skipped: error.message }];
      const outcomes: Outcome[] = [];
      for (const item of items) outcomes.push(...(await this.importBatch([item], officeId, frequencies, source)));
      return outcomes;
    }
  }

  private async applyBatch(items: ImportItem[], officeId: string, frequencies: Frequencies, source: ImportSource): Promise<Outcome[]> {
    const now = this.clock.now();
    const existing = await this.apidae.findByApidaeIds(items.map((item) => item.apidaeId));
    const outcomes: Outcome[] = [];
    const created: NewImportedListing[] = [];
    const written: { listingId: string; apidaeId: number; outcome: 'created' | 'updated' }[] = [];

    for (const item of items) {
      // Freshness counts from Apidae's last change, never from the future.
      const changedAt = item.modifiedAt && item.modifiedAt < now ? item.modifiedAt : now;
      const current = existing.get(item.apidaeId);
      if (!current) {
        created.push({ organisationId: officeId, type: item.type, content: item.content, apidaeId: item.apidaeId, extra: item.extra, ...this.listingsService.freshnessDates(item.type, changedAt, frequencies) });
        outcomes.push('created');
        continue;
      }
      if (current.hasOpenRequest) {
        outcomes.push({ skipped: APIDAE_SKIP.pendingRequest });
        continue;
      }
      const merged = validateListing(item.type, mergeApidaeImport(current, item));
      if (!merged.ok) {
        outcomes.push({ skipped: describeListingErrors(merged.errors) });
        continue;
      }
      if (current.type === item.type && sameValue(current.content, merged.value) && sameValue(current.extra, item.extra)) {
        outcomes.push('unchanged');
        continue;
      }
      // …and never backwards: a confirmation made here since stands.
      const confirmedAt = changedAt > current.lastConfirmedAt ? changedAt : current.lastConfirmedAt;
      const published = await this.listings.publish(current.id, current.version, merged.value, this.listingsService.freshnessDates(item.type, confirmedAt, frequencies));
      if (!published) {
        outcomes.push({ skipped: CHANGED_DURING_IMPORT });
        continue;
      }
      await this.apidae.link(current.id, { apidaeId: item.apidaeId, type: item.type, extra: item.extra });
      written.push({ listingId: current.id, apidaeId: item.apidaeId, outcome: 'updated' });
      outcomes.push('updated');
    }

    const ids = await this.apidae.createImported(created);
    for (const listing of created) written.push({ listingId: ids.get(listing.apidaeId)!, apidaeId: listing.apidaeId, outcome: 'created' });
    if (written.length) {
      // One entry per batch names every listing it wrote (a 170,000-object import is not 170,000 rows of audit).
      await this.audit.record({
        action: 'listing.importApidae', outcome: 'SUCCESS', actorUserId: source.user?.id, actorEmail: source.user?.email,
        objectType: 'listing', detail: { via: source.via, listings: written },
      });
    }
    return outcomes;
  }
}

type Frequencies = Partial<Record<ListingType, number>>;
