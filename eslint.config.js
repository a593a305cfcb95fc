import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworks = [
  { group: ['@nestjs/*'], message: 'libs stay framework-free: no NestJS.' },
  {
    group: ['typeorm', 'typeorm/*', 'pg'],
    message: 'libs stay framework-free: no TypeORM or database drivers.',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'],
    message: 'libs stay framework-free: no React.',
  },
  { group: ['express', 'bullmq', 'ioredis'], message: 'libs do no I/O.' },
  { group: ['@planner/api', '@planner/web', '**/apps/**'], message: 'libs never import an app.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': 'off',
    },
  },
  {
    // Nest's dependency injection reads constructor parameter types at run time, so injected
    // classes must stay value imports.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworks,
            {
              group: ['@planner/solver', '@planner/ical'],
              message: 'domain imports no other lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/solver/**/*.ts', 'libs/ical/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworks,
            {
              group: ['@planner/solver', '@planner/ical'],
              message: 'a lib imports only @planner/domain.',
            },
            {
              group: ['../../domain/*', '**/libs/domain/src/*'],
              message: 'import @planner/domain, not its internals.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@planner/api', '**/apps/api/**', '**/api/src/**', '@nestjs/*', 'typeorm'],
              message: 'the web app talks to the API over HTTP only.',
            },
            {
              group: ['@planner/domain', '@planner/solver', '@planner/ical'],
              allowTypeImports: true,
              message: 'the web app imports only types from libs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@planner/api', '**/apps/api/**', '**/api/src/**', '@nestjs/*', 'typeorm'],
              message: 'the web app talks to the API over HTTP only.',
            },
            {
              group: ['@planner/domain', '@planner/solver', '@planner/ical'],
              allowTypeImports: true,
              message: 'the web app imports only types from libs.',
            },
            {
              group: ['../../*/**', '!../../../**', '**/features/**'],
              message:
                'features do not import each other; share through src/lib or compose in src/app.',
            },
            {
              group: ['**/app/**', '../../../app', '../../../app/*'],
              message: 'features do not import the app shell.',
            },
          ],
        },
      ],
    },
  },
);
