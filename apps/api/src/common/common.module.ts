import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DomainErrorFilter } from './errors/domain-error.filter.js';
import { AccessService } from './auth/access.service.js';
import { AccessGuard } from './auth/access.guard.js';
import { Clock } from './clock.js';

@Global()
@Module({
  providers: [AccessService, Clock, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: DomainErrorFilter }],
  exports: [AccessService, Clock],
})
export class CommonModule {}
