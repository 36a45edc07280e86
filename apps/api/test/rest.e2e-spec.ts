// The REST plumbing, through a controller that exists only in this file: one error format for
// every failure, the CSRF header on changes, raw bodies for webhook signatures, and uploads that
// stream to disk with a size limit and leave no file behind.
import { Body, ConflictException, Controller, Delete, Get, Headers, HttpCode, Logger, Module, Patch, Post, Put, UploadedFile } from '@nestjs/common';
import { DomainError } from '@extranet/domain';
import { jest } from '@jest/globals';
import { IsString, MinLength } from 'class-validator';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Public } from '../src/common/auth/decorators.js';
import { AcceptUpload, incomingUploadsDir, SignedBody, Webhook, type UploadedTempFile } from '../src/common/rest/index.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const WEBHOOK_SECRET = 'whsec_test_secret';
const dataDir = mkdtempSync(join(tmpdir(), 'extranet-rest-'));
const keptDir = mkdtempSync(join(tmpdir(), 'extranet-kept-'));
const incoming = incomingUploadsDir({ DATA_DIR: dataDir });
/** Handler runs, to prove a refused request did no work. */
const calls: string[] = [];

class ProbeInput {
  @IsString()
  @MinLength(3, { message: 'Le nom doit compter au moins 3 caractères.' })
  name!: string;
}

/** Stripe's scheme: `t=<seconds>,v1=<HMAC-SHA256 of "<t>.<payload>">`. */
function sign(payload: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.`).update(payload).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

function verify(payload: Buffer, header: string | undefined): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=') as [string, string]));
  if (!parts['t'] || !parts['v1']) return false;
  const expected = Buffer.from(sign(payload, Number(parts['t'])).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts['v1'], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

@Controller('api/probe')
class ProbeController {
  @Public()
  @Get('boom')
  boom() {
    throw new Error('fuite interdite: /work/main/apps/api/src/secret.ts:12');
  }

  @Public()
  @Get('domain')
  domain() {
    throw DomainError.badInput([{ field: 'name', message: 'Le nom est requis.' }]);
  }

  @Public()
  @Get('conflict')
  conflict() {
    throw new ConflictException('english detail that must not leak');
  }

  @Public()
  @Post('echo')
  echo(@Body() body: unknown) {
    calls.push('echo');
    return { received: body };
  }

  @Public()
  @Post('validated')
  validated(@Body() input: ProbeInput) {
    return { name: input.name };
  }

  @Public()
  @Put('things')
  put() {
    calls.push('put');
    return { ok: true };
  }

  @Public()
  @Patch('things')
  patch() {
    calls.push('patch');
    return { ok: true };
  }

  @Public()
  @Delete('things')
  @HttpCode(204)
  remove() {
    calls.push('delete');
  }

  @Webhook()
  @Post('webhook')
  @HttpCode(200)
  webhook(@SignedBody() payload: Buffer, @Headers('stripe-signature') signature: string | undefined) {
    if (!verify(payload, signature)) throw DomainError.badInput([], 'Signature invalide.');
    calls.push('webhook');
    return { verified: true, id: (JSON.parse(payload.toString('utf8')) as { id: string }).id };
  }

  @Public()
  @Post('upload')
  @AcceptUpload('file', { maxBytes: 1024 })
  async upload(@UploadedFile() file: UploadedTempFile, @Body() body: { outcome?: string }) {
    calls.push('upload');
    if (body.outcome === 'fail') throw DomainError.conflict('Échec simulé après réception.');
    if (body.outcome === 'keep') await rename(file.path, join(keptDir, 'kept.bin'));
    return { size: file.size, originalname: file.originalname, storedIn: dirname(file.path), storedAs: basename(file.path) };
  }

  @Public()
  @Post('upload-default')
  @AcceptUpload()
  uploadDefault(@UploadedFile() file: UploadedTempFile) {
    return { size: file.size };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

let t: TestApp;
/** The raw bodies a test received; each test's are checked for leaks after it (see `afterEach`). */
const bodies: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir }, { modules: [ProbeModule] });
});
afterAll(async () => {
  await t.close();
  for (const dir of [dataDir, keptDir]) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
});
// Every answer of every test, whatever it checks itself: no stack trace, no server path.
afterEach(() => {
  for (const body of bodies.splice(0)) {
    expect(body).not.toMatch(/\n {4}at /);
    expect(body).not.toMatch(/\/work\/|node_modules|\.ts:\d+/);
  }
});

async function call(path: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(`${t.baseUrl}${path}`, init);
  const text = await response.text();
  bodies.push(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const CSRF = { 'x-requested-with': 'XMLHttpRequest' };

function postJson(path: string, body: string, headers: Record<string, string> = CSRF) {
  return call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function upload(path: string, content: Buffer | string, options: { field?: string; filename?: string; fields?: Record<string, string>; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append(options.field ?? 'file', new Blob([content]), options.filename ?? 'photo.jpg');
  return call(path, { method: 'POST', headers: options.headers ?? CSRF, body: form });
}

const leftovers = () => readdirSync(incoming);

/** Every error answer has this shape, with the request id of its response header. */
function expectErrorShape(response: RawResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.json).toEqual(expect.objectContaining({ code, message: expect.any(String), requestId: response.headers.get('x-request-id') }));
  expect(Object.keys(response.json).sort()).toEqual(expect.arrayContaining(['code', 'message', 'requestId']));
  expect(Object.keys(response.json).every((key) => ['code', 'message', 'requestId', 'fields'].includes(key))).toBe(true);
}

describe('one error format for REST', () => {
  it('answers an unknown /api/ path with a JSON 404, whatever the method', async () => {
    for (const response of [await call('/api/nothing-here', { headers: { accept: 'text/html' } }), await postJson('/api/nothing-here', '{}')]) {
      expectErrorShape(response, 404, 'NOT_FOUND');
      expect(response.json.message).toBe('Élément introuvable.');
    }
  });

  it('answers a domain error with its status, French message and fields', async () => {
    const response = await call('/api/probe/domain');
    expectErrorShape(response, 400, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'name', message: 'Le nom est requis.' }]);
  });

  it('answers a validation failure with the field in French', async () => {
    const response = await postJson('/api/probe/validated', JSON.stringify({ name: 'ab' }));
    expectErrorShape(response, 400, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'name', message: 'Le nom doit compter au moins 3 caractères.' }]);
    expect((await postJson('/api/probe/validated', JSON.stringify({ name: 'abc' }))).json).toEqual({ name: 'abc' });
  });

  it('maps a framework HTTP exception through the table, without its English message', async () => {
    const response = await call('/api/probe/conflict');
    expectErrorShape(response, 409, 'CONFLICT');
    expect(response.json.message).toBe('Conflit de modification.');
    expect(response.text).not.toMatch(/english/);
  });

  it('answers malformed JSON with 400, without quoting it back', async () => {
    const response = await postJson('/api/probe/echo', '{"name": "secret-fragment"');
    expectErrorShape(response, 400, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('La requête est invalide.');
    expect(response.text).not.toMatch(/secret-fragment|JSON|position/);
    expect(calls).toEqual([]);
  });

  it('answers a JSON body over 100 kB with 413', async () => {
    const response = await postJson('/api/probe/echo', JSON.stringify({ padding: 'x'.repeat(101 * 1024) }));
    expectErrorShape(response, 413, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('La requête est trop volumineuse.');
    expect(calls).toEqual([]);
  });

  it('answers an unexpected error with a generic 500 naming the request, and logs the stack', async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    try {
      const response = await call('/api/probe/boom', { headers: { 'x-request-id': 'rest-boom-0001' } });
      expectErrorShape(response, 500, 'INTERNAL_SERVER_ERROR');
      expect(response.json.message).toBe('Une erreur interne est survenue. Référence\u00a0: rest-boom-0001.');
      expect(response.text).not.toMatch(/fuite|secret\.ts|\/work\/|\n\s+at /);
      expect(logged.some((line) => line.includes('rest-boom-0001') && line.includes('fuite interdite') && /\n\s+at /.test(line))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('CSRF header on REST changes', () => {
  it.each([
    ['POST', 'echo'],
    ['PUT', 'things'],
    ['PATCH', 'things'],
    ['DELETE', 'things'],
  ])('refuses %s without X-Requested-With with a JSON 403, and runs nothing', async (method, path) => {
    const response = await call(`/api/probe/${path}`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expectErrorShape(response, 403, 'FORBIDDEN');
    expect(response.json.message).toBe('Requête refusée : l’en-tête X-Requested-With est requis pour modifier des données.');
    expect(calls).toEqual([]);
  });

  it('refuses the simple requests another site can make a browser send', async () => {
    const textPlain = await call('/api/probe/echo', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"a":1}' });
    const form = await call('/api/probe/echo', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    const multipart = await upload('/api/probe/upload', 'abc', { headers: {} });
    for (const response of [textPlain, form, multipart]) expectErrorShape(response, 403, 'FORBIDDEN');
    expect(calls).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('accepts the same changes with the header', async () => {
    expect((await postJson('/api/probe/echo', JSON.stringify({ a: 1 }))).json).toEqual({ received: { a: 1 } });
    expect((await call('/api/probe/things', { method: 'PUT', headers: CSRF })).status).toBe(200);
    expect((await call('/api/probe/things', { method: 'PATCH', headers: CSRF })).status).toBe(200);
    expect((await call('/api/probe/things', { method: 'DELETE', headers: CSRF })).status).toBe(204);
    expect(calls).toEqual(['echo', 'put', 'patch', 'delete']);
  });

  it('grants no CORS preflight, so another origin cannot add the header', async () => {
    const response = await call('/api/probe/echo', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-requested-with' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
  });
});

describe('webhooks get the raw body', () => {
  // Unusual spacing, key order and escapes: re-serialising the parsed JSON would not match.
  const payload = '{ "id":"evt_123",  "type" : "checkout.session.completed", "data": {"name":"H\\u00f4tel du Jura"} }';

  it('verifies a signature over the exact bytes, without a session or CSRF header', async () => {
    const response = await postJson('/api/probe/webhook', payload, { 'stripe-signature': sign(payload) });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ verified: true, id: 'evt_123' });
    expect(calls).toEqual(['webhook']);
  });

  it('refuses a tampered payload', async () => {
    const tampered = payload.replace('evt_123', 'evt_999');
    const response = await postJson('/api/probe/webhook', tampered, { 'stripe-signature': sign(payload) });
    expectErrorShape(response, 400, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('Signature invalide.');
    expect(calls).toEqual([]);
  });

  it('refuses a body that is not JSON before the handler runs', async () => {
    const response = await call('/api/probe/webhook', { method: 'POST', headers: { 'content-type': 'text/plain', 'stripe-signature': sign(payload) }, body: payload });
    expectErrorShape(response, 400, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('Le corps de la requête doit être du JSON.');
    expect(calls).toEqual([]);
  });
});

describe('uploads', () => {
  it('streams a file to a generated name under DATA_DIR and removes it once the handler is done', async () => {
    const response = await upload('/api/probe/upload', Buffer.alloc(1024, 7), { filename: '../../etc/passwd' });
    expect(response.status).toBe(201);
    // The client's name loses its folders and is never used to store the file.
    expect(response.json).toEqual({ size: 1024, originalname: 'passwd', storedIn: incoming, storedAs: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(leftovers()).toEqual([]);
  });

  it('keeps a file the handler moved', async () => {
    const response = await upload('/api/probe/upload', 'contenu gardé', { fields: { outcome: 'keep' } });
    expect(response.status).toBe(201);
    expect(readFileSync(join(keptDir, 'kept.bin'), 'utf8')).toBe('contenu gardé');
    expect(leftovers()).toEqual([]);
  });

  it('removes the file when the handler fails', async () => {
    const response = await upload('/api/probe/upload', 'abc', { fields: { outcome: 'fail' } });
    expectErrorShape(response, 409, 'CONFLICT');
    expect(calls).toEqual(['upload']);
    expect(leftovers()).toEqual([]);
  });

  it('answers a file over the route limit with 413 in French, before the handler, and keeps nothing', async () => {
    const response = await upload('/api/probe/upload', Buffer.alloc(1025));
    expectErrorShape(response, 413, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('Le fichier est trop volumineux.');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'Le fichier dépasse la taille maximale (1 ko).' }]);
    expect(calls).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('refuses an 11 MiB file under the default 10 MiB limit', async () => {
    const response = await upload('/api/probe/upload-default', Buffer.alloc(11 * 1024 * 1024));
    expectErrorShape(response, 413, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'Le fichier dépasse la taille maximale (10 Mo).' }]);
    expect(leftovers()).toEqual([]);
    expect((await upload('/api/probe/upload-default', Buffer.alloc(1024 * 1024))).json).toEqual({ size: 1024 * 1024 });
  });

  it('asks for the file when there is none, and for one file in the right field', async () => {
    const none = await call('/api/probe/upload', { method: 'POST', headers: CSRF, body: new FormData() });
    expectErrorShape(none, 400, 'BAD_USER_INPUT');
    expect(none.json.fields).toEqual([{ field: 'file', message: 'Choisissez un fichier à envoyer.' }]);
    const wrongField = await upload('/api/probe/upload', 'abc', { field: 'document' });
    expectErrorShape(wrongField, 400, 'BAD_USER_INPUT');
    expect(wrongField.json.fields).toEqual([{ field: 'file', message: 'Envoyez un seul fichier, dans le champ « file ».' }]);
    const two = new FormData();
    two.append('file', new Blob(['a']), 'a.jpg');
    two.append('file', new Blob(['b']), 'b.jpg');
    expectErrorShape(await call('/api/probe/upload', { method: 'POST', headers: CSRF, body: two }), 400, 'BAD_USER_INPUT');
    expect(calls).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('answers a multipart type busboy cannot read with 415', async () => {
    const response = await call('/api/probe/upload', { method: 'POST', headers: { ...CSRF, 'content-type': 'multipart/related; boundary=x' }, body: '--x--' });
    expectErrorShape(response, 415, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('Ce type de contenu n’est pas accepté.');
  });

  it('leaves nothing behind when the client goes away mid-upload', async () => {
    const { port } = new URL(t.baseUrl);
    const boundary = 'coupure';
    const req = httpRequest({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: '/api/probe/upload-default',
      headers: { ...CSRF, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(5 * 1024 * 1024) },
    });
    const gone = new Promise<void>((resolve) => req.on('close', () => resolve()));
    req.on('error', () => undefined); // the client hangs up itself below
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    req.write(Buffer.alloc(256 * 1024));
    const duringUpload = await waitFor('multer to create the temporary file', () => {
      const files = leftovers();
      return files.length ? files : null;
    });
    req.destroy();
    await gone;
    await waitFor('the partial file to be removed', () => leftovers().length === 0);
    expect(duringUpload).toHaveLength(1); // the partial file existed…
    expect(leftovers()).toEqual([]); // …and is gone
  });

  it('removes temporary files abandoned by a stopped process when the next one starts', async () => {
    const stale = join(incoming, 'abandonne');
    const fresh = join(incoming, 'en-cours');
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    const next = await startTestApp({ DATA_DIR: dataDir }, { modules: [ProbeModule], databaseUrl: t.env.DATABASE_URL });
    try {
      expect(leftovers()).toEqual(['en-cours']); // another instance may still be writing it
    } finally {
      await next.close();
      rmSync(fresh, { force: true });
    }
  });
});

describe('the portal beside the API', () => {
  let withPortal: TestApp;
  const portalDir = mkdtempSync(join(tmpdir(), 'extranet-portal-'));
  beforeAll(async () => {
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>Extranet</title>');
    withPortal = await startTestApp({}, { portalDir, databaseUrl: t.env.DATABASE_URL });
  });
  afterAll(async () => {
    await withPortal.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  it('serves index.html for a navigation, but JSON 404 for an unknown /api/ path', async () => {
    const page = await fetch(`${withPortal.baseUrl}/organisation/profil`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Extranet</title>');
    const api = await fetch(`${withPortal.baseUrl}/api/inconnu`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
