import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { SafeTextPipe } from './common/safe-text.pipe.js';
import { createValidationPipe } from './common/validation.js';
import type { Env } from './config/env.js';
import { sessionSecret } from './config/session-secret.js';
import { configureHttp } from './http.js';

/** The whole API, configured; `env.DATABASE_URL` must point at a migrated database. */
export async function createApp(env: Env & { DATABASE_URL: string }, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : { logger: ['error', 'warn', 'log'] }),
  });
  app.useGlobalPipes(
    new SafeTextPipe(),
    createValidationPipe(),
  );
  configureHttp(app, env, sessionSecret(env));
  return app;
}
