// How the built portal and the API's answers travel: pre-compressed files chosen by
// Accept-Encoding, long caching for hashed files only, a 404 for a missing asset, HEAD like GET,
// compressed GraphQL answers, and the security headers (CSP, framing; HSTS in hsts.e2e-spec.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { createPartner, PASSWORD } from './utils/factories.js';
import { signedInClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const HASH = 'sha256-ErSGQ5RkfdaGFyDT7yi/vnakQoxNloHzsJR8SRc4ISE=';
const INDEX = `<!doctype html><html lang="fr"><head><meta http-equiv="Content-Security-Policy" content="script-src 'strict-dynamic' '${HASH}' https: 'unsafe-inline';object-src 'none';base-uri 'self';"><title>Portail</title></head><body><app-root></app-root></body></html>`;
const MAIN = `console.log(${JSON.stringify('portail '.repeat(400))});`;

let portalDir: string;
let t: TestApp;

/** A raw request: Node's fetch would decompress the body and hide what travelled. */
function raw(baseUrl: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
  for (const [name, body] of [['index.html', INDEX], ['main-ABCD1234.js', MAIN]] as const) {
    writeFileSync(join(portalDir, name), body);
    writeFileSync(join(portalDir, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(portalDir, `${name}.gz`), gzipSync(body));
  }
  writeFileSync(join(portalDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await startTestApp({}, { portalDir });
});
afterAll(async () => {
  await t.close();
  rmSync(portalDir, { recursive: true, force: true });
});

describe('the portal', () => {
  it.each([
    ['br', (b: Buffer) => brotliDecompressSync(b)],
    ['gzip', (b: Buffer) => gunzipSync(b)],
  ] as const)('sends index.html pre-compressed with %s, never cached without revalidation', async (encoding, decode) => {
    const res = await raw(t.baseUrl, '/', { accept: 'text/html', 'accept-encoding': encoding });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(decode(res.body).toString()).toBe(INDEX);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await raw(t.baseUrl, '/index.html', { accept: 'text/html' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toBe(INDEX);
  });

  it('answers a deep link with index.html, not cached', async () => {
    const res = await raw(t.baseUrl, '/partenaires/123?page=2', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toBe(INDEX);
  });

  it('answers HEAD / like GET /, without a body', async () => {
    const head = await raw(t.baseUrl, '/', { accept: 'text/html', 'accept-encoding': 'br' }, 'HEAD');
    const get = await raw(t.baseUrl, '/', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(head.status).toBe(200);
    for (const header of ['content-type', 'content-encoding', 'cache-control', 'content-length']) expect(head.headers[header]).toBe(get.headers[header]);
    expect(head.body).toHaveLength(0);
  });

  it('caches a hashed script for a year, compressed', async () => {
    const res = await raw(t.baseUrl, '/main-ABCD1234.js', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(res.body).toString()).toBe(MAIN);
  });

  it('sends a script to a signed-in browser without the session (no cookie) nor the page policy', async () => {
    const partner = await createPartner(t.prisma);
    const client = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const res = await raw(t.baseUrl, '/main-ABCD1234.js', { 'accept-encoding': 'br', cookie: client.cookie ?? '' });
    expect(res.status).toBe(200);
    // The headers a script needs, and nothing that only a page or a session needs.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBeUndefined();
    const headerBytes = Object.entries(res.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length + 4, 0);
    expect(headerBytes).toBeLessThan(500);
    // The page itself still carries the policy.
    expect((await raw(t.baseUrl, '/', { accept: 'text/html', cookie: client.cookie ?? '' })).headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('caches an unhashed file briefly', async () => {
    const res = await raw(t.baseUrl, '/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it.each(['/chunk-MISSING1.js', '/styles-MISSING1.css', '/nowhere.png'])('answers a missing %s with 404, not the portal', async (path) => {
    const res = await raw(t.baseUrl, path, { accept: 'text/html,*/*' });
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<app-root>');
  });
});

describe('API answers', () => {
  it('compresses a large GraphQL answer on the fly when the client accepts it', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const res = await raw(t.baseUrl, '/graphql', { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, 'POST', body);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.body).toString()).data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy allowing only what the portal needs', async () => {
    const res = await raw(t.baseUrl, '/', { accept: 'text/html' });
    const csp = String(res.headers['content-security-policy']);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'strict-dynamic'", `'${HASH}'`]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  // HSTS behind https: hsts.e2e-spec.ts (a second app in this file would take over passport's
  // strategy, a process-wide singleton, and break sign-in here once closed).
});
