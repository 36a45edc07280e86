import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  INVITATION_TTL_MS,
  invitationChangeProblem,
  isTokenUsable,
  memberRemovalProblem,
  isValidEmail,
  normaliseEmail,
  personNameProblem,
  roleAfterInvitation,
  tokenExpiry,
  validateNewPassword,
  type Invitation,
  type Member,
  type MembershipRole,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { hashToken, newToken } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { Throttle } from '../auth/throttle.js';
import { UsersRepository } from '../auth/users.repository.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { Clock } from '../common/clock.js';
import { ENV, type Env } from '../config/env.js';
import { MailService } from '../mail/mail.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { TransactionRunner } from '../prisma/transaction-runner.js';
import { InvitationsRepository } from './invitations.repository.js';
import type { InvitationPreview } from './models/invitation.model.js';

const INVALID_LINK = 'Ce lien d’invitation n’est plus valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation.';
const DATE_FR = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly invitations: InvitationsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly access: AccessService,
    private readonly throttle: Throttle,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async members(user: SessionUser, organisationId: string): Promise<Member[]> {
    const organisation = await this.loadOrganisation(user, 'members.read', organisationId);
    return this.invitations.members(organisation.id);
  }

  async list(user: SessionUser, organisationId: string): Promise<Invitation[]> {
    const organisation = await this.loadOrganisation(user, 'invitations.read', organisationId);
    return this.invitations.listForOrganisation(organisation.id, this.clock.now());
  }

  async invite(user: SessionUser, input: { organisationId: string; email: string; role: MembershipRole }): Promise<Invitation> {
    const action = input.role === 'OWNER' ? 'invitation.createOwner' : 'invitation.createMember';
    const email = normaliseEmail(input.email);
    return this.tx.run(async () => {
      const organisation = await this.loadOrganisation(user, action, input.organisationId);
      if (!isValidEmail(email)) throw DomainError.badInput([{ field: 'email', message: 'Saisissez une adresse e-mail valide.' }]);
      await this.throttle.consume('invitation', [email, user.id]);
      if (await this.invitations.isMember(organisation.id, email)) {
        throw DomainError.badInput([{ field: 'email', message: 'Cette personne fait déjà partie de l’organisation.' }]);
      }
      const { token, tokenHash } = newToken();
      const now = this.clock.now();
      const expiresAt = tokenExpiry(now, INVITATION_TTL_MS);
      const invitation = await this.invitations.create({ organisationId: organisation.id, email, role: input.role, tokenHash, expiresAt, invitedById: user.id }, now);
      await this.mail.enqueue('invitation', email, {
        organisationName: organisation.name,
        inviterName: user.name,
        link: `${this.env.PUBLIC_URL}/invitation?token=${token}`,
        expiresOn: DATE_FR.format(expiresAt),
      });
      await this.audit.record({
        action: 'invitation.create', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: organisation.id, objectType: 'invitation', objectId: invitation.id, detail: { email, role: input.role },
      });
      return invitation;
    });
  }

  /** Withdraws a pending or expired invitation: its link stops working. */
  async cancel(user: SessionUser, id: string): Promise<boolean> {
    return this.tx.run(async () => {
      const invitation = await this.loadInvitation(user, 'invitation.cancel', id);
      const problem = invitationChangeProblem(invitation.status);
      if (problem) throw DomainError.badInput([{ field: 'id', message: problem }]);
      if (!(await this.invitations.deleteUnused(invitation.id))) throw DomainError.badInput([{ field: 'id', message: invitationChangeProblem('ACCEPTED')! }]);
      await this.audit.record({
        action: 'invitation.cancel', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: invitation.organisationId, objectType: 'invitation', objectId: invitation.id, detail: { email: invitation.email, role: invitation.role },
      });
      return true;
    });
  }

  /** Sends the invitation again with a new link and a new week; the previous link stops working. */
  async resend(user: SessionUser, id: string): Promise<Invitation> {
    return this.tx.run(async () => {
      const loaded = await this.loadInvitation(user, 'invitation.createMember', id);
      // Re-sending an owner's invitation vouches for them again: the office's call, like the first one.
      if (loaded.role === 'OWNER') await this.access.check(user, 'invitation.createOwner', loaded, { type: 'invitation', id });
      const problem = invitationChangeProblem(loaded.status);
      if (problem) throw DomainError.badInput([{ field: 'id', message: problem }]);
      await this.throttle.consume('invitation', [loaded.email, user.id]);
      const organisation = await this.loadOrganisation(user, 'invitation.createMember', loaded.organisationId);
      const { token, tokenHash } = newToken();
      const now = this.clock.now();
      const expiresAt = tokenExpiry(now, INVITATION_TTL_MS);
      const invitation = await this.invitations.renew(loaded.id, tokenHash, expiresAt, now);
      if (!invitation) throw DomainError.badInput([{ field: 'id', message: invitationChangeProblem('ACCEPTED')! }]);
      await this.mail.enqueue('invitation', invitation.email, {
        organisationName: organisation.name,
        inviterName: user.name,
        link: `${this.env.PUBLIC_URL}/invitation?token=${token}`,
        expiresOn: DATE_FR.format(expiresAt),
      });
      await this.audit.record({
        action: 'invitation.resend', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: invitation.organisationId, objectType: 'invitation', objectId: invitation.id, detail: { email: invitation.email, role: invitation.role },
      });
      return invitation;
    });
  }

  /** Takes a colleague off the organisation's team (their account stays); never its last owner. */
  async removeMember(user: SessionUser, organisationId: string, userId: string): Promise<boolean> {
    return this.tx.run(async () => {
      const organisation = await this.loadOrganisation(user, 'member.remove', organisationId);
      const members = await this.invitations.lockMemberships(organisation.id);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw DomainError.notFound();
      const problem = memberRemovalProblem(members, userId);
      if (problem) throw DomainError.badInput([{ field: 'userId', message: problem }]);
      await this.invitations.removeMembership(organisation.id, userId);
      await this.audit.record({
        action: 'member.remove', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
        organisationId: organisation.id, objectType: 'user', objectId: userId, detail: { role: target.role },
      });
      return true;
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    const existing = await this.users.findByEmail(invitation.email);
    return {
      email: invitation.email,
      organisationName: invitation.organisation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      existingAccount: Boolean(existing?.passwordHash),
    };
  }

  /** Creates the account (or, for an existing one, checks its password) and joins the organisation. Returns the user id. */
  async accept(input: { token: string; name: string; password: string }): Promise<string> {
    const invitation = await this.usable(input.token);
    const existing = await this.users.findByEmail(invitation.email);
    const name = input.name.trim();
    let passwordHash: string | undefined;
    if (existing?.passwordHash) {
      await this.throttle.consume('sign-in', [invitation.email, existing.id]); // a password guess, like a sign-in
      if (!existing.active || !(await this.hasher.verify(existing.passwordHash, input.password))) {
        throw DomainError.badInput([{ field: 'password', message: 'Un compte existe déjà avec cette adresse : saisissez son mot de passe actuel.' }]);
      }
    } else {
      const nameProblem = personNameProblem(name);
      const passwordProblem = validateNewPassword(input.password, { email: invitation.email, name });
      const problems = [
        ...(nameProblem ? [{ field: 'name', message: nameProblem }] : []),
        ...(passwordProblem ? [{ field: 'password', message: passwordProblem }] : []),
      ];
      if (problems.length) throw DomainError.badInput(problems);
      passwordHash = await this.hasher.hash(input.password);
    }
    return this.tx.run(async () => {
      if (!(await this.invitations.markAccepted(invitation.id, this.clock.now()))) throw DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
      const id = existing?.id ?? (await this.users.create({ email: invitation.email, name, passwordHash: passwordHash! })).id;
      if (existing && !existing.passwordHash && passwordHash) await this.users.setPassword(existing.id, passwordHash);
      const role = roleAfterInvitation(await this.users.membershipRole(id, invitation.organisationId), invitation.role);
      await this.users.setMembership(id, invitation.organisationId, role);
      await this.mail.enqueue('welcome', invitation.email, {
        name: name || invitation.email,
        organisationName: invitation.organisation.name,
        link: `${this.env.PUBLIC_URL}/`,
      });
      await this.audit.record({
        action: 'invitation.accept', outcome: 'SUCCESS', actorUserId: id, actorEmail: invitation.email,
        organisationId: invitation.organisationId, objectType: 'invitation', objectId: invitation.id, detail: { role },
      });
      return id;
    });
  }

  private loadOrganisation(user: SessionUser, action: 'members.read' | 'invitations.read' | 'invitation.createOwner' | 'invitation.createMember' | 'member.remove', id: string) {
    return this.access.load(user, action, { type: 'organisation', id }, (scope) => this.organisations.findById(id, scope));
  }

  private loadInvitation(user: SessionUser, action: 'invitation.cancel' | 'invitation.createMember', id: string) {
    return this.access.load(user, action, { type: 'invitation', id }, (scope) => this.invitations.findById(id, scope, this.clock.now()));
  }

  private async usable(token: string) {
    const invitation = await this.invitations.findByTokenHash(hashToken(String(token ?? '')));
    if (!invitation || !isTokenUsable({ expiresAt: invitation.expiresAt, usedAt: invitation.acceptedAt }, this.clock.now())) {
      await this.audit.record({
        action: 'invitation.use', outcome: 'FAILURE', actorEmail: invitation?.email, organisationId: invitation?.organisationId,
        objectType: 'invitation', objectId: invitation?.id, detail: { reason: invitation ? 'expired or used' : 'unknown link' },
      });
      throw DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
    }
    return invitation;
  }
}
