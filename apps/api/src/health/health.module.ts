import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthRepository } from './health.repository.js';
import { Readiness } from './readiness.js';

@Module({ controllers: [HealthController], providers: [HealthRepository, Readiness], exports: [Readiness] })
export class HealthModule {}
