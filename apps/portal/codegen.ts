import type { CodegenConfig } from '@graphql-codegen/cli';

/** How GraphQL types become TypeScript, the same for the shared schema types and each operation file. */
const typeConfig = {
  enumsAsTypes: true,
  scalars: { DateTime: 'string', ID: 'string' },
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  useTypeImports: true,
};

const baseTypesPath = 'app/graphql/types.generated.ts';

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
    // Only what operations can refer to (enums, inputs, scalars): results are typed per operation.
    [`apps/portal/src/${baseTypesPath}`]: {
      plugins: ['typescript'],
      config: { ...typeConfig, onlyOperationTypes: true },
    },
    'apps/portal/src/': {
      preset: 'near-operation-file',
      presetConfig: {
        extension: '.generated.ts',
        baseTypesPath,
      },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        ...typeConfig,
        // Enums and inputs come from the base types file instead of being repeated in every operation file.
        importSchemaTypesFrom: `apps/portal/src/${baseTypesPath}`,
        dedupeFragments: true,
        documentMode: 'documentNode',
      },
    },
  },
  hooks: {},
};

export default config;
