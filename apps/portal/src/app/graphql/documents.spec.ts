import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type DocumentNode, buildSchema, parse, validate } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The API's graphql-armor depth limit (apps/api/src/app.module.ts): every fragment spread counts. */
const API_MAX_DEPTH = 8;

const root = join(__dirname, '..', '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? graphqlFiles(path) : entry.name.endsWith('.graphql') ? [path] : [];
  });
}

// All the portal's documents together, as codegen sees them (fragments are shared across files).
const all = parse(graphqlFiles(join(root, 'apps/portal/src')).map((file) => readFileSync(file, 'utf8')).join('\n'));
const fragments = all.definitions.filter((d) => d.kind === 'FragmentDefinition');
const operations = all.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [[d.name.value, d] as const] : []));

describe('the portal’s GraphQL documents', () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('%s stays within the API’s depth limit', (_name, operation) => {
    const document: DocumentNode = { kind: all.kind, definitions: [operation, ...fragments] };
    let errors: readonly Error[];
    try {
      errors = validate(schema, document, [maxDepthRule({ n: API_MAX_DEPTH, propagateOnRejection: true })]);
    } catch (error) {
      errors = [error as Error];
    }
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
