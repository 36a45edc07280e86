// Jest runs global setup outside its ESM transform; tsx loads the TypeScript (with path aliases).
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestDatabase } = await tsImport('./test-database.ts', import.meta.url);
  globalThis.__TEST_POSTGRES__ = await startTestDatabase();
}
