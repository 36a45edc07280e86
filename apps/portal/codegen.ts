import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the portal's GraphQL documents against the schema the API emits.
 * Run from the repository root: `graphql-codegen --config apps/portal/codegen.ts`.
 * The generated files are committed; CI fails when they drift.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/portal/src/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'apps/portal/src/app/graphql/types.generated.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        useTypeImports: true,
      },
    },
    'apps/portal/src/': {
      preset: 'near-operation-file',
      presetConfig: {
        extension: '.generated.ts',
        baseTypesPath: 'app/graphql/types.generated.ts',
      },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        useTypeImports: true,
        dedupeFragments: true,
        documentMode: 'documentNode',
      },
    },
  },
  hooks: {},
};

export default config;
