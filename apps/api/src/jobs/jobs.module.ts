import { Global, Module } from '@nestjs/common';
import { Jobs } from './jobs.service.js';

/** One pg-boss per process for the scheduled sweeps (see Jobs). */
@Global()
@Module({ providers: [Jobs], exports: [Jobs] })
export class JobsModule {}
