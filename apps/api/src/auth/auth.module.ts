import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AuthResolver, MembershipResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { KnownDevices } from './known-device.js';
import { LocalStrategy } from './local.strategy.js';
import { PasswordHasher } from './password-hasher.js';
import { EmailChangesRepository } from './email-changes.repository.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { SessionLifecycle } from './session-lifecycle.js';
import { SessionSerializer } from './session.serializer.js';
import { SessionsRepository } from './sessions.repository.js';
import { Throttle } from './throttle.js';
import { UsersRepository } from './users.repository.js';

@Module({
  imports: [PassportModule.register({ session: true }), OrganisationsModule],
  providers: [
    AuthService, AuthResolver, MembershipResolver, KnownDevices, LocalStrategy, SessionSerializer, SessionLifecycle,
    EmailChangesRepository, PasswordHasher, PasswordResetsRepository, SessionsRepository, Throttle, UsersRepository,
  ],
  exports: [PasswordHasher, Throttle, UsersRepository, SessionLifecycle],
})
export class AuthModule {}
