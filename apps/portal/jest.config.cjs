// CommonJS-mode Jest for the Angular portal (jest-preset-angular 17, zoneless).
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');

const preset = createCjsPreset({
  tsconfig: '<rootDir>/apps/portal/tsconfig.spec.json',
});

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'portal',
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/apps/portal/src'],
  testMatch: ['<rootDir>/apps/portal/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/apps/portal/setup-jest.ts'],
  // Angular (and apollo-angular) ship ES modules as .mjs; the French locale data is ESM .js.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@angular/common/locales/.*\\.js$))'],
  moduleNameMapper: {
    '^@extranet/domain/([a-z-]+)$': '<rootDir>/libs/domain/src/$1/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
