// Lint configuration. Deliberately syntax-only (no type-aware rules) so that linting stays fast;
// the type checker runs separately. The import zones keep worker-side code (ingest, index,
// worker) out of the main-thread bundle and keep UI concerns out of the worker.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import specifiers are matched on the folder segment that follows "..", "src" or "@":
// "../ingest/parse", "../../ingest" and "src/ingest/x" are caught, a sibling module such as
// "./state" is not. The "index" folder is matched only when something follows it
// ("../index/query"), so that a bare "./index" or "../index" module import is not caught.
const up = '(^|/)(\\.\\.|src|@)/';

const mainThreadZone = {
  regex: `${up}(ingest|worker)(/|$)|${up}index/`,
  message:
    'Main-thread code must not import worker-side modules (ingest/, index/, worker/): ' +
    'it would pull them into the main bundle. Ask the worker through client/ instead.',
};

const workerZone = {
  regex: `${up}(ui|state|client|app)(/|$)`,
  message:
    'Worker-side code (ingest/, index/) must not import main-thread modules ' +
    '(ui/, state/, client/, app/).',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'src/generated/',
      'node_modules/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'bench/.data/',
      'public/sample/',
      'e2e/.fixtures/',
      '.fuzz/',
      'clickhouse/local-engine/node_modules/',
      '.clickhouse-data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Log content is untrusted and control characters must be shown visibly, so regular
      // expressions over control characters are intended here, not typos.
      'no-control-regex': 'off',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/worker/**', 'src/ingest/**', 'src/index/**', 'src/compare/**'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/ui/**', 'src/app/**', 'src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainThreadZone] }] },
  },
  {
    files: ['src/ingest/**', 'src/index/**', 'src/compare/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workerZone] }] },
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', 'clickhouse/**', '*.{js,mjs,cjs,ts,mts}'],
    ignores: ['bench/baseline/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bench/baseline/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['bench/baseline/*worker*.js'],
    languageOptions: { globals: { ...globals.worker } },
  },
);
