import { Injectable } from '@nestjs/common';
import {
  categoryChangeProblem,
  directoryCategories,
  DomainError,
  validateOrganisationProfile,
  type Organisation,
  type OrganisationCategory,
  type OrganisationProfileInput,
  type Page,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { decodeDirectoryCursor, encodeDirectoryCursor } from './directory-cursor.js';
import { OrganisationsRepository } from './organisations.repository.js';

interface OrganisationFilterInput {
  search?: string | null;
  category?: OrganisationCategory | null;
  communeCode?: string | null;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  get(user: SessionUser | null, id: string): Promise<Organisation> {
    return this.access.load(user, 'organisation.read', { type: 'organisation', id }, (scope) => this.organisations.findById(id, scope));
  }

  /** The partner directory (see `directoryCategories` for who appears in it), after a cursor when given. */
  async search(user: SessionUser | null, filter: OrganisationFilterInput, page: Page, after?: string | null) {
    await this.access.check(user, 'organisation.list');
    const categories = directoryCategories(filter.category);
    const position = after ? decodeDirectoryCursor(after) : undefined;
    const { items, total, next } = await this.organisations.search({ ...filter, categories }, page, position);
    return { items, total, ...page, nextCursor: next ? encodeDirectoryCursor(next) : null };
  }

  /**
   * Read, check and write in one transaction; `version` is the one the user loaded, so a save made
   * from a stale form answers CONFLICT instead of silently overwriting someone else's change.
   */
  update(user: SessionUser, id: string, version: number, input: OrganisationProfileInput): Promise<Organisation> {
    return this.tx.run(async () => {
      const current = await this.access.load(user, 'organisation.update', { type: 'organisation', id }, (scope) =>
        this.organisations.findById(id, scope),
      );
      const result = validateOrganisationProfile(input);
      if (!result.ok) throw DomainError.badInput(result.errors);
      if (result.value.category !== current.category) {
        await this.access.check(user, 'organisation.changeCategory', current, { type: 'organisation', id });
        const problem = categoryChangeProblem(current.category, result.value.category);
        if (problem) throw DomainError.badInput([{ field: 'category', message: problem }]);
      }
      const updated = await this.organisations.update(id, version, result.value);
      if (!updated) throw DomainError.staleVersion();
      await this.audit.record({
        action: 'organisation.update', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: id, objectType: 'organisation', objectId: id, detail: { version: updated.version },
      });
      return updated;
    });
  }
}
