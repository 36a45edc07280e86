// Strict-Transport-Security: sent only when the public address is https (behind the proxy that
// ends TLS), on API answers and portal files alike. Its own file: it starts two apps, and passport's
// strategy is a process-wide singleton that the last app started takes over (portal-serving signs in).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './utils/test-app.js';

const HSTS = 'max-age=31536000; includeSubDomains';
let portalDir: string;
const apps: TestApp[] = [];

beforeAll(() => {
  portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
  writeFileSync(join(portalDir, 'index.html'), '<!doctype html><html lang="fr"><title>Portail</title></html>');
  writeFileSync(join(portalDir, 'main-ABCD1234.js'), 'console.log("portail");');
});
afterAll(async () => {
  for (const app of apps) await app.close();
  rmSync(portalDir, { recursive: true, force: true });
});

async function hsts(publicUrl: string): Promise<(string | null)[]> {
  const app = await startTestApp({ PUBLIC_URL: publicUrl }, { portalDir });
  apps.push(app);
  return Promise.all(['/health/live', '/main-ABCD1234.js'].map(async (path) => (await fetch(`${app.baseUrl}${path}`)).headers.get('strict-transport-security')));
}

it('sends no HSTS when the public address is plain http', async () => {
  expect(await hsts('http://portal.test')).toEqual([null, null]);
});

it('sends HSTS on API answers and portal files when the public address is https', async () => {
  expect(await hsts('https://extranet.example.fr')).toEqual([HSTS, HSTS]);
});
