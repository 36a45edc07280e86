import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const postgres = globalThis.__TEST_POSTGRES__;
  if (!postgres) return;
  await postgres.stop();
  await rm(postgres.dir, { recursive: true, force: true });
}
