import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  INVITATION_TTL_MS,
  isTokenUsable,
  isValidEmail,
  normaliseEmail,
  roleAfterInvitation,
  tokenExpiry,
  validateNewPassword,
  type MembershipRole,
} from '@extranet/domain';
import { AuditService } from '../audit/audit.service.js';
import { hashToken, newToken } from '../auth/auth.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { Throttle } from '../auth/throttle.js';
import { UsersRepository } from '../auth/users.repository.js';
import { AccessService } from '../common/auth/access.service.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { ENV, type Env } from '../config/env.js';
import { MailService } from '../mail/mail.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { InvitationsRepository } from './invitations.repository.js';
import type { Invitation, InvitationPreview, Member } from './models/invitation.model.js';

const INVALID_LINK = 'Ce lien d’invitation n’est plus valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation.';
const DATE_FR = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

function withStatus<T extends { acceptedAt: Date | null; expiresAt: Date }>(row: T, now = new Date()) {
  const status = row.acceptedAt ? 'ACCEPTED' : row.expiresAt <= now ? 'EXPIRED' : 'PENDING';
  return { ...row, status } as T & { status: Invitation['status'] };
}

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly db: PrismaService,
    private readonly invitations: InvitationsRepository,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly access: AccessService,
    private readonly throttle: Throttle,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async members(user: SessionUser, organisationId: string): Promise<Member[]> {
    await this.access.authorize(user, 'members.read', { organisationId });
    const rows = await this.invitations.members(organisationId);
    return rows.map(({ role, user: u }) => ({ userId: u.id, name: u.name, email: u.email, active: u.active, role }));
  }

  async list(user: SessionUser, organisationId: string): Promise<Invitation[]> {
    await this.access.authorize(user, 'invitations.read', { organisationId });
    return (await this.invitations.listForOrganisation(organisationId)).map((row) => withStatus(row));
  }

  async invite(user: SessionUser, input: { organisationId: string; email: string; role: MembershipRole }): Promise<Invitation> {
    const organisation = await this.organisations.get(user, input.organisationId);
    await this.access.authorize(user, input.role === 'OWNER' ? 'invitation.createOwner' : 'invitation.createMember', { organisationId: organisation.id });
    const email = normaliseEmail(input.email);
    if (!isValidEmail(email)) throw DomainError.badInput([{ field: 'email', message: 'Saisissez une adresse e-mail valide.' }]);
    await this.throttle.consume('invitation', [email, user.id]);
    if (await this.invitations.isMember(organisation.id, email)) {
      throw DomainError.badInput([{ field: 'email', message: 'Cette personne fait déjà partie de l’organisation.' }]);
    }
    const { token, tokenHash } = newToken();
    const expiresAt = tokenExpiry(new Date(), INVITATION_TTL_MS);
    const invitation = await this.db.transaction(async () => {
      const created = await this.invitations.create({ organisationId: organisation.id, email, role: input.role, tokenHash, expiresAt, invitedById: user.id });
      await this.mail.enqueue('invitation', email, {
        organisationName: organisation.name,
        inviterName: user.name,
        link: `${this.env.PUBLIC_URL}/invitation?token=${token}`,
        expiresOn: DATE_FR.format(expiresAt),
      });
      return created;
    });
    await this.audit.record({
      action: 'invitation.create', outcome: 'SUCCESS', actorUserId: user.id, actorEmail: user.email,
      organisationId: organisation.id, objectType: 'invitation', objectId: invitation.id, detail: { email, role: input.role },
    });
    return withStatus(invitation);
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
      const problems = [
        ...(name.length < 2 ? [{ field: 'name', message: 'Saisissez votre nom et votre prénom.' }] : []),
        ...((msg) => (msg ? [{ field: 'password', message: msg }] : []))(validateNewPassword(input.password, { email: invitation.email, name })),
      ];
      if (problems.length) throw DomainError.badInput(problems);
      passwordHash = await this.hasher.hash(input.password);
    }
    const userId = await this.db.transaction(async () => {
      if (!(await this.invitations.markAccepted(invitation.id))) throw DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
      const id = existing?.id ?? (await this.users.create({ email: invitation.email, name, passwordHash: passwordHash! })).id;
      if (existing && !existing.passwordHash && passwordHash) await this.users.setPassword(existing.id, passwordHash);
      const role = roleAfterInvitation(await this.users.membershipRole(id, invitation.organisationId), invitation.role);
      await this.users.setMembership(id, invitation.organisationId, role);
      await this.mail.enqueue('welcome', invitation.email, {
        name: name || invitation.email,
        organisationName: invitation.organisation.name,
        link: `${this.env.PUBLIC_URL}/`,
      });
      return id;
    });
    await this.audit.record({
      action: 'invitation.accept', outcome: 'SUCCESS', actorUserId: userId, actorEmail: invitation.email,
      organisationId: invitation.organisationId, objectType: 'invitation', objectId: invitation.id, detail: { role: invitation.role },
    });
    return userId;
  }

  private async usable(token: string) {
    const invitation = await this.invitations.findByTokenHash(hashToken(String(token ?? '')));
    if (!invitation || !isTokenUsable({ expiresAt: invitation.expiresAt, usedAt: invitation.acceptedAt }, new Date())) {
      await this.audit.record({
        action: 'invitation.use', outcome: 'FAILURE', actorEmail: invitation?.email, organisationId: invitation?.organisationId,
        objectType: 'invitation', objectId: invitation?.id, detail: { reason: invitation ? 'expired or used' : 'unknown link' },
      });
      throw DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
    }
    return invitation;
  }
}
