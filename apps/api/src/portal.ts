// Serving the built Angular portal: pre-compressed files (brotli, gzip) chosen by Accept-Encoding,
// hashed files cached for a year, index.html and deep links always revalidated, a missing asset
// a plain 404 (never the portal's HTML, which a browser would try to run as a script).
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

/** REST routes live under /api/: an unknown path there answers JSON 404, never the portal. */
export const API_PATHS = /^\/(api|graphql|health)(\/|$)/;

/** Angular's output hashing: `main-ABCD1234.js`, `chunk-ABCD1234.js`, `styles-ABCD1234.css`. */
const HASHED = /-[A-Z0-9]{8,}\.(js|css|mjs)$/;

interface IndexVariant {
  body: Buffer;
  encoding?: 'br' | 'gzip';
}

/** index.html and its compressed copies, read once: it is the answer of every deep link. */
function readIndex(portalDir: string): IndexVariant[] {
  const file = join(portalDir, 'index.html');
  const variants: IndexVariant[] = [];
  if (existsSync(`${file}.br`)) variants.push({ body: readFileSync(`${file}.br`), encoding: 'br' });
  if (existsSync(`${file}.gz`)) variants.push({ body: readFileSync(`${file}.gz`), encoding: 'gzip' });
  variants.push({ body: readFileSync(file) });
  return variants;
}

/**
 * The script sources the built index.html allows: Angular's automatic CSP (angular.json
 * `security.autoCsp`) writes them, hashes of its inline loader included, in a meta tag; the
 * server's header repeats them so both policies agree.
 */
export function portalScriptSources(portalDir: string): string[] | null {
  const file = join(portalDir, 'index.html');
  if (!existsSync(file)) return null;
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'));
  const scriptSrc = meta?.[1]?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  // 'unsafe-inline' and https: are fallbacks for browsers without hashes; modern ones ignore them, we drop them.
  return scriptSrc ? scriptSrc.split(/\s+/).slice(1).filter((s) => s !== "'unsafe-inline'" && s !== 'https:') : null;
}

/**
 * The portal's files (scripts, styles, images), mounted first, ahead of the session, passport and
 * helmet: a file needs no session lookup, no cookie, and no page policy (a Content-Security-Policy
 * applies to documents, not to the scripts they load), so each of the dozens of chunks a first
 * visit downloads carries a few hundred bytes of headers instead of 1.5 kB. HTML never comes from
 * here: index.html is answered by `servePortalPages`, behind helmet.
 */
export function servePortalFiles(app: NestExpressApplication, portalDir: string, https: boolean): void {
  const files = expressStaticGzip(portalDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      setHeaders: (res: ServerResponse, path: string) => {
        const name = path.replace(/\.(br|gz)$/, '');
        res.setHeader('Cache-Control', HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
        if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
      },
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!extname(req.path) || req.path.endsWith('.html') || API_PATHS.test(req.path)) return next();
    files(req, res, next);
  });
}

/** index.html for every page address (deep links included), with the security headers set before it. */
export function servePortalPages(app: NestExpressApplication, portalDir: string): void {
  const index = readIndex(portalDir);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    // A missing script, style or image is a 404, not the portal: only page addresses get index.html.
    if (extname(req.path) && req.path !== '/index.html') return next();
    if (!req.accepts('html')) return next();
    const accepted = req.acceptsEncodings('br', 'gzip', 'identity');
    const variant = index.find((v) => v.encoding === accepted) ?? index[index.length - 1]!;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (variant.encoding) res.setHeader('Content-Encoding', variant.encoding);
    res.setHeader('Content-Length', String(variant.body.length));
    res.status(200).end(req.method === 'HEAD' ? undefined : variant.body);
  });
}
