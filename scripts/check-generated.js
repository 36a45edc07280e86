// Fails when committed generated code is stale: the API's emitted GraphQL schema
// (apps/api/schema.gql) and the portal's typed documents (*.generated.ts from graphql-codegen).
// Fix with `npm run schema`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'schema-'));
const emitted = join(dir, 'schema.gql');
try {
  execFileSync('node', ['dist/api/apps/api/src/cli/emit-schema.js', emitted], { stdio: 'inherit' });
  if (readFileSync(emitted, 'utf8') !== readFileSync('apps/api/schema.gql', 'utf8')) {
    console.error('apps/api/schema.gql is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'apps/portal/codegen.ts', '--check'], { stdio: 'inherit' });
} catch {
  console.error('The portal\'s generated GraphQL types are stale: run `npm run schema` and commit the result.');
  process.exit(1);
}
console.log('Generated GraphQL schema and types are up to date.');
