// One jest run covers every tier. Tests import the libs' sources directly, so no build is
// needed first; swc strips types (the type check is `npm run typecheck`).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        // Declared-only DTO fields must not become own properties set to undefined.
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@planner/(domain|solver|ical)$': '<rootDir>/libs/$1/src/index.ts',
    '^@planner/migrations$': '<rootDir>/migrations/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: '.',
};

export default {
  // Database tests on a loaded 2-core machine can take seconds; the limit is global, not per project.
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'tooling',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'solver',
      testEnvironment: 'node',
      globalSetup: '<rootDir>/scripts/jest-build-solver.ts',
      testMatch: ['<rootDir>/libs/solver/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'ical',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/ical/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/**/*.spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      ...shared,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx', '<rootDir>/apps/web/src/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup.ts'],
    },
  ],
};
