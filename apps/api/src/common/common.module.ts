import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessService } from './auth/access.service.js';
import { SessionGuard } from './auth/session.guard.js';

@Global()
@Module({
  providers: [AccessService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AccessService],
})
export class CommonModule {}
