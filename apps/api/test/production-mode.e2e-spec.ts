// Production settings, in a file of their own (one API instance per file: passport is a singleton).
import { GraphQLClient, errorCode } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production' });
});
afterAll(() => t.close());

it('turns introspection off', async () => {
  const result = await new GraphQLClient(t.baseUrl).request('{ __schema { types { name } } }');
  expect(result.data ?? null).toBeNull();
  expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('does not suggest field names', async () => {
  const result = await new GraphQLClient(t.baseUrl).request('{ mee { id } }');
  expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/i);
});
