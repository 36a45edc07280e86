import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { CsrfGuard } from './common/rest/csrf.guard.js';
import { SafeTextPipe } from './common/safe-text.pipe.js';
import { createValidationPipe } from './common/validation.js';
import type { Env } from './config/env.js';
import { sessionSecret } from './config/session-secret.js';
import { configureHttp } from './http.js';

export interface CreateAppOptions {
  logger?: false;
  /** Tests only: extra modules, e.g. a controller exercising the REST plumbing. */
  modules?: (Type | DynamicModule)[];
  /** Tests only: serve this folder as the built portal. */
  portalDir?: string;
}

/** The whole API, configured; `env.DATABASE_URL` must point at a migrated database. */
export async function createApp(env: Env & { DATABASE_URL: string }, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const root = AppModule.forRoot(env);
  if (options.modules?.length) root.imports = [...(root.imports ?? []), ...options.modules];
  const app = await NestFactory.create<NestExpressApplication>(root, {
    bodyParser: false, // configureHttp installs the JSON parser with its limit
    rawBody: true, // webhooks verify signatures on the exact bytes (`@SignedBody()`)
    ...(options.logger === false ? { logger: false } : { logger: ['error', 'warn', 'log'] }),
  });
  app.useGlobalPipes(
    new SafeTextPipe(),
    createValidationPipe(),
  );
  app.useGlobalGuards(new CsrfGuard(app.get(Reflector)));
  configureHttp(app, env, sessionSecret(env), options.portalDir);
  return app;
}
