import { Inject, Injectable } from '@nestjs/common';
import {
  actionOpenTo, cancellationProblem, DomainError, placesLeft, registrationOutcome, registrationProblem, validateAction,
  type ActionStatus,
} from '@extranet/domain';
import { AuditService } from '../../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import type { SessionUser } from '../../common/auth/session-user.js';
import { Clock } from '../../common/clock.js';
import { ENV, type Env } from '../../config/env.js';
import { MailService } from '../../mail/mail.service.js';
import { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import { TransactionRunner } from '../../prisma/transaction-runner.js';
import { renderMarkdown } from '../markdown.js';
import { placeFreedMail } from '../relations-mails.js';
import type { ActionRegistration, PromotionAction, SavePromotionActionInput } from './actions.models.js';
import { ActionsRepository, type ActionRecord, type RegistrationRecord } from './actions.repository.js';

export const ACTION_CHANGED = 'Cette action a été modifiée entre-temps : rechargez-la, puis refaites vos modifications.';

/**
 * Promotion actions: staff publish them with a number of places; a partner owner registers its
 * organisation, or joins the waiting list when they are taken, and may cancel up to the deadline;
 * a freed place goes to the first waiting, who is told by e-mail. Every registration change of an
 * action runs with the action's row locked, so two partners never both take the last place.
 */
@Injectable()
export class ActionsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly actions: ActionsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private async registrationView(r: RegistrationRecord): Promise<ActionRegistration> {
    return { ...r, waitingPosition: await this.actions.waitingPosition(r) };
  }

  private view(a: ActionRecord, registration: ActionRegistration | null = null): PromotionAction {
    return { ...a, descriptionHtml: renderMarkdown(a.description), placesLeft: placesLeft(a.places, a.registered), registration };
  }

  // --- Partners ------------------------------------------------------------------------------

  private loadOrganisation(user: SessionUser, action: 'promotionAction.read' | 'promotionAction.register', organisationId: string) {
    return this.access.load(user, action, { type: 'organisation', id: organisationId }, (scope) => this.organisations.findById(organisationId, scope));
  }

  async forOrganisation(user: SessionUser, organisationId: string): Promise<PromotionAction[]> {
    const organisation = await this.loadOrganisation(user, 'promotionAction.read', organisationId);
    const list = await this.actions.forOrganisation(organisation.id, organisation.category);
    return Promise.all(list.map(async (a) => {
      const registration = await this.actions.registrationOf(a.id, organisation.id);
      return this.view(a, registration ? await this.registrationView(registration) : null);
    }));
  }

  async registrationsOf(user: SessionUser, organisationId: string): Promise<ActionRegistration[]> {
    const organisation = await this.loadOrganisation(user, 'promotionAction.read', organisationId);
    return Promise.all((await this.actions.registrationsOfOrganisation(organisation.id)).map((r) => this.registrationView(r)));
  }

  register(user: SessionUser, input: { actionId: string; organisationId: string }): Promise<ActionRegistration> {
    return this.tx.run(async () => {
      const organisation = await this.loadOrganisation(user, 'promotionAction.register', input.organisationId);
      await this.actions.lock(input.actionId);
      const action = await this.actions.findById(input.actionId);
      // A draft, or an action not open to the partner's category, is not theirs to see.
      if (!action || action.status === 'DRAFT' || (!actionOpenTo(action.categories, organisation.category) && !(await this.actions.registrationOf(action.id, organisation.id)))) {
        throw DomainError.notFound();
      }
      const problem = registrationProblem(action, organisation.category, this.clock.now());
      if (problem) throw DomainError.badInput([], problem);
      const existing = await this.actions.registrationOf(action.id, organisation.id);
      if (existing && existing.status !== 'CANCELLED') {
        throw DomainError.conflict(existing.status === 'REGISTERED' ? 'Votre organisation est déjà inscrite à cette action.' : 'Votre organisation est déjà sur la liste d’attente de cette action.');
      }
      const status = registrationOutcome(action.places, await this.actions.countRegistered(action.id));
      const registration = await this.actions.register(action.id, organisation.id, status, user.id, this.clock.now());
      await this.audit.record({
        action: 'promotionAction.register', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: organisation.id,
        objectType: 'actionRegistration', objectId: registration.id, detail: { actionId: action.id, status },
      });
      return this.registrationView(registration);
    });
  }

  cancel(user: SessionUser, registrationId: string): Promise<ActionRegistration> {
    return this.tx.run(async () => {
      const found = await this.access.load(user, 'promotionAction.register', { type: 'actionRegistration', id: registrationId }, (scope) => this.actions.findRegistration(registrationId, scope));
      await this.actions.lock(found.actionId);
      // Read again under the lock: a concurrent change may have moved it meanwhile.
      const registration = (await this.actions.findRegistration(registrationId, { all: true }))!;
      const action = (await this.actions.findById(registration.actionId))!;
      const problem = cancellationProblem(action, registration.status, this.clock.now());
      if (problem) throw DomainError.badInput([], problem);
      const cancelled = await this.actions.cancel(registration.id, this.clock.now());
      await this.audit.record({
        action: 'promotionAction.cancel', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, organisationId: registration.organisationId,
        objectType: 'actionRegistration', objectId: registration.id, detail: { actionId: action.id, was: registration.status },
      });
      if (registration.status === 'REGISTERED') await this.fillFreePlaces(action.id);
      return this.registrationView(cancelled);
    });
  }

  /** Gives free places to the waiting list, in order, and tells each organisation's owners. */
  private async fillFreePlaces(actionId: string): Promise<void> {
    const action = (await this.actions.findById(actionId))!;
    if (action.status !== 'OPEN') return;
    const promoted = await this.actions.promoteWaiting(action.id, action.places - action.registered);
    for (const registration of promoted) {
      for (const owner of await this.actions.ownersOf(registration.organisationId)) {
        await this.mail.enqueueRendered('action-place-freed', owner.email, placeFreedMail(owner.name, action.title, action.startsOn, `${this.env.PUBLIC_URL}/actions`));
      }
      await this.audit.record({
        action: 'promotionAction.promoteWaiting', outcome: 'SUCCESS', organisationId: registration.organisationId,
        objectType: 'actionRegistration', objectId: registration.id, detail: { actionId },
      });
    }
  }

  // --- Staff ---------------------------------------------------------------------------------

  async list(user: SessionUser, status: ActionStatus | null): Promise<PromotionAction[]> {
    await this.access.check(user, 'promotionAction.manage');
    return (await this.actions.list(status)).map((a) => this.view(a));
  }

  async get(user: SessionUser, id: string): Promise<PromotionAction> {
    await this.access.check(user, 'promotionAction.manage');
    const action = await this.actions.findById(id);
    if (!action) throw DomainError.notFound();
    return this.view(action);
  }

  save(user: SessionUser, input: SavePromotionActionInput): Promise<PromotionAction> {
    return this.tx.run(async () => {
      await this.access.check(user, 'promotionAction.manage');
      const result = validateAction({ ...input, categories: input.categories ?? [] });
      if (!result.ok) throw DomainError.badInput(result.errors);
      let action: ActionRecord | null;
      if (!input.id) {
        action = await this.actions.create(result.value);
      } else {
        await this.actions.lock(input.id);
        const existing = await this.actions.findById(input.id);
        if (!existing) throw DomainError.notFound();
        if (existing.status === 'CLOSED') throw DomainError.badInput([], 'Cette action est close : elle ne se modifie plus.');
        if (result.value.places < existing.registered) {
          throw DomainError.badInput([{ field: 'places', message: `${existing.registered} organisations sont déjà inscrites : il faut au moins autant de places.` }]);
        }
        if (input.version == null) throw DomainError.badInput([{ field: 'version', message: 'Version manquante.' }]);
        action = await this.actions.update(existing.id, input.version, result.value);
        if (!action) throw DomainError.conflict(ACTION_CHANGED);
        await this.fillFreePlaces(action.id);
        action = (await this.actions.findById(action.id))!;
      }
      await this.audit.record({ action: 'promotionAction.save', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'promotionAction', objectId: action.id, detail: { created: !input.id } });
      return this.view(action);
    });
  }

  setStatus(user: SessionUser, id: string, version: number, to: 'OPEN' | 'CLOSED'): Promise<PromotionAction> {
    return this.tx.run(async () => {
      await this.access.check(user, 'promotionAction.manage');
      await this.actions.lock(id);
      const existing = await this.actions.findById(id);
      if (!existing) throw DomainError.notFound();
      const allowed = to === 'OPEN' ? existing.status === 'DRAFT' : existing.status === 'OPEN';
      if (!allowed) throw DomainError.badInput([], to === 'OPEN' ? 'Seule une action en brouillon peut être publiée.' : 'Seule une action ouverte peut être close.');
      const action = await this.actions.update(id, version, { status: to });
      if (!action) throw DomainError.conflict(ACTION_CHANGED);
      await this.audit.record({ action: to === 'OPEN' ? 'promotionAction.open' : 'promotionAction.close', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email, objectType: 'promotionAction', objectId: id });
      return this.view(action);
    });
  }

  async registrations(user: SessionUser, actionId: string) {
    await this.access.check(user, 'promotionAction.manage');
    const action = await this.actions.findById(actionId);
    if (!action) throw DomainError.notFound();
    const rows = await this.actions.registrationsOfAction(action.id);
    let position = 0;
    return { action, rows: rows.map((r) => ({ ...r, waitingPosition: r.status === 'WAITING' ? ++position : null })) };
  }
}
