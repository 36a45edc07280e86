// API tests in Jest's ESM mode (Nest 12 ships ES modules): unit specs beside the sources, and
// integration tests in test/ that drive POST /graphql against a real PostgreSQL.
/** @type {import('jest').Config} */
export default {
  displayName: 'api',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@extranet/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  globalSetup: '<rootDir>/test/utils/global-setup.js',
  globalTeardown: '<rootDir>/test/utils/global-teardown.js',
  testTimeout: 60_000,
  maxWorkers: 2,
};
