import { Injectable } from '@nestjs/common';
import { categoryChangeProblem, DomainError, PARTNER_CATEGORIES, validateOrganisationProfile, type MembershipRole, type OrganisationCategory, type OrganisationProfileInput, type Page } from '@extranet/domain';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { AuditService } from '../audit/audit.service.js';
import type { Organisation } from './models/organisation.model.js';
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
  ) {}

  async get(user: SessionUser | null, id: string): Promise<Organisation> {
    await this.access.authorize(user, 'organisation.read', { organisationId: id });
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw DomainError.notFound();
    return organisation;
  }

  /** The organisations of the user's memberships, in membership order. */
  async membershipsOf(user: SessionUser): Promise<{ role: MembershipRole; organisation: Organisation }[]> {
    const organisations = await this.organisations.findByIds(user.memberships.map((m) => m.organisationId));
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return user.memberships.flatMap((m) => {
      const organisation = byId.get(m.organisationId);
      return organisation ? [{ role: m.role, organisation }] : [];
    });
  }

  /** The partner directory: every partner, the office itself only when asked for by category. */
  async search(user: SessionUser | null, filter: OrganisationFilterInput, page: Page) {
    await this.access.authorize(user, 'organisation.list');
    const categories = filter.category ? [filter.category] : PARTNER_CATEGORIES;
    return { ...(await this.organisations.search({ ...filter, categories }, page)), ...page };
  }

  async update(user: SessionUser, id: string, input: OrganisationProfileInput): Promise<Organisation> {
    const current = await this.get(user, id);
    await this.access.authorize(user, 'organisation.update', { organisationId: id });
    const result = validateOrganisationProfile(input);
    if (!result.ok) throw DomainError.badInput(result.errors);
    if (result.value.category !== current.category) {
      await this.access.authorize(user, 'organisation.changeCategory', { organisationId: id });
      const problem = categoryChangeProblem(current.category, result.value.category);
      if (problem) throw DomainError.badInput([{ field: 'category', message: problem }]);
    }
    const updated = await this.organisations.update(id, result.value);
    await this.audit.record({ action: 'organisation.update', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: id, objectType: 'organisation', objectId: id });
    return updated;
  }
}
