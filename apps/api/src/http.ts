// Express-level setup shared by the server and the integration tests: request ids, body limits,
// server-side sessions in PostgreSQL, passport, and (when built) the portal, whose files and pages
// come before the session so that they never cost a session lookup nor carry a cookie.
// Errors raised here (malformed or oversize JSON, a failing session store) and unknown paths reach
// Nest's exception filter, so they answer JSON through the error table like any REST route.
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import session from 'express-session';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import passport from 'passport';
import pg from 'pg';
import { createSessionStore, IDLE_TIMEOUT_MS } from './auth/session-store.js';
import { requestContextMiddleware } from './common/request-context.js';
import type { Env } from './config/env.js';
import { repoPath } from './config/paths.js';
import { portalScriptSources, servePortalFiles, servePortalPages } from './portal.js';

export const SESSION_COOKIE = 'extranet.sid';
const ABSOLUTE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
export const PORTAL_DIR = repoPath('dist/portal/browser');

export function configureHttp(app: NestExpressApplication, env: Env, sessionSecret: string, portalDir = PORTAL_DIR): void {
  const secureCookies = env.PUBLIC_URL.startsWith('https://');
  // The client's address (throttling, audit) comes from X-Forwarded-For only behind a known proxy.
  if (env.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY.split(/\s*,\s*/));
  else if (secureCookies) app.set('trust proxy', 1); // TLS ends at the reverse proxy in front of us
  app.disable('x-powered-by');
  const portal = existsSync(join(portalDir, 'index.html'));
  if (portal) servePortalFiles(app, portalDir, secureCookies);
  app.use(requestContextMiddleware);
  // Every route gets JSON up to 100 kB; with `rawBody: true` (createApp) the exact bytes stay in
  // req.rawBody for webhook signatures (`@SignedBody()`). Multipart uploads bypass this parser.
  app.useBodyParser('json', { limit: '100kb' });
  app.use(securityHeaders(secureCookies, portalScriptSources(portalDir)));
  if (portal) servePortalPages(app, portalDir);
  // GraphQL answers are per user: never kept by a browser or a proxy (Apollo's cache-control
  // plugin, which used to say so, is off: app.module.ts).
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // GraphQL and REST answers compressed on the fly; the portal's files are already compressed.
  app.use(compression({ threshold: 1024 }));

  const store = createSessionStore(app.get(pg.Pool));
  app.getHttpServer().once('close', () => store.close()); // stops its pruning timer
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      // Idle timeout: the cookie is re-sent with every response; the stored expiry, which is what
      // counts, moves 60 minutes ahead at most every 5 minutes (session-store.ts).
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: secureCookies, maxAge: IDLE_TIMEOUT_MS },
    }),
  );
  app.use(passport.initialize());
  app.use(passport.session());
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const signedInAt = req.session?.signedInAt;
    if (req.user && (!signedInAt || Date.now() - signedInAt > ABSOLUTE_TIMEOUT_MS)) {
      // A fresh, anonymous session: the old id is dropped from the store, and this very request
      // may still sign in again.
      req.user = undefined;
      req.session.regenerate((error) => next(error));
      return;
    }
    next();
  });
}

/**
 * Helmet's headers with a Content-Security-Policy that allows only what the portal needs: its own
 * scripts (plus the hashes of Angular's inline loader, see portalScriptSources), inline styles
 * (Angular Material sets some), images from itself (and data:/blob: previews), no framing, no
 * plugins. HSTS only behind https.
 */
export function securityHeaders(https: boolean, scriptSources: string[] | null) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': scriptSources ?? ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
