// Writes apps/api/schema.gql from the code-first resolvers; the portal's codegen reads it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { parseEnv } from '../config/env.js';
import { repoPath } from '../config/paths.js';

const target = process.argv[2] ?? repoPath('apps/api/schema.gql');
// No database is touched: the pool connects lazily and nothing queries it.
// Nor started: no mail worker (SMTP_URL), no reminders schedule.
const env = { ...parseEnv({ ...process.env, SMTP_URL: undefined, SCHEDULED_JOBS: 'off' }), DATABASE_URL: 'postgresql://schema@127.0.0.1:1/schema' };
const app = await NestFactory.createApplicationContext(AppModule.forRoot(env, { schemaFile: target }), { logger: ['error'] });
await app.close();
process.stdout.write(`Schema written to ${target}\n`);
