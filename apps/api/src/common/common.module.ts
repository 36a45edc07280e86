import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DomainErrorFilter } from './errors/domain-error.filter.js';
import { AccessService } from './auth/access.service.js';
import { SessionGuard } from './auth/session.guard.js';

@Global()
@Module({
  providers: [AccessService, { provide: APP_GUARD, useClass: SessionGuard }, { provide: APP_FILTER, useClass: DomainErrorFilter }],
  exports: [AccessService],
})
export class CommonModule {}
