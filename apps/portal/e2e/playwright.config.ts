// Browser journeys in Debian's Chromium against the production build: the API serves the portal
// and starts its own embedded PostgreSQL with fresh demo data, on free ports (see ports.js).
import { defineConfig } from '@playwright/test';
import { browserPath } from './browser.js';
import { e2eDataDir, e2ePorts } from './ports.js';

const ports = e2ePorts();
export const BASE_URL = `http://localhost:${ports.web}`;
const DATA_DIR = e2eDataDir(ports.web);

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // A journey signs several people in and waits for the API under a loaded 2-core CI machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../../test-results/e2e',
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browserPath() ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node dist/api/apps/api/src/main.js`,
    cwd: '../../..',
    url: `${BASE_URL}/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(ports.web),
      HOST: '127.0.0.1',
      PUBLIC_URL: BASE_URL,
      DATA_DIR,
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      DATABASE_URL: '',
      SMTP_URL: '',
    },
  },
});
