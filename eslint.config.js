import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import { reactRefresh } from 'eslint-plugin-react-refresh'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Which layer may import which: lib ← api ← features ← app; mocks only from main/test/tests. */
const layer = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
})

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A labelled region that scrolls (a long command) must be reachable from the keyboard to scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: layer(
      ['@/api/*', '@/features/*', '@/app/*', '@/components/*', '@/mocks/*'],
      'lib depends on nothing of the app.',
    ),
  },
  {
    files: ['src/api/**'],
    rules: layer(['@/features/*', '@/app/*', '@/components/*', '@/mocks/*'], 'api depends only on lib.'),
  },
  {
    files: ['src/components/**'],
    rules: layer(['@/features/*', '@/app/*', '@/mocks/*'], 'shared components do not reach into features or app.'),
  },
  {
    files: ['src/components/ui/**'],
    rules: layer(['@/api/*', '@/features/*', '@/app/*', '@/mocks/*'], 'ui primitives know nothing of the app.'),
  },
  { files: ['src/features/**'], rules: layer(['@/app/*', '@/mocks/*'], 'features do not import app or mocks.') },
  { files: ['src/app/**'], rules: layer(['@/mocks/*'], 'app does not import mocks (main.tsx does, behind the flag).') },
  {
    files: ['src/mocks/**'],
    rules: layer(
      ['@/features/*', '@/app/*', '@/components/*'],
      'the mock is a server: it knows wire shapes, not the UI.',
    ),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/test/**', 'tests/**', 'scripts/**', '*.config.{ts,js}'],
    rules: { 'no-restricted-imports': 'off', 'no-console': 'off' },
  },
  // One import order everywhere, fixed by `eslint --fix`: packages, then `@/…`, then relative imports.
  {
    files: ['**/*.{js,mjs,ts,mts,tsx}'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' },
  },
  // Fast refresh keeps a module's state only when it exports nothing but components (constants may go along;
  // so may a primitive's cva variants, which other primitives style themselves with).
  {
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx', 'src/test/**'],
    plugins: { 'react-refresh': reactRefresh.plugin },
    rules: {
      'react-refresh/only-export-components': [
        'error',
        { allowConstantExport: true, allowExportNames: ['buttonVariants', 'badgeVariants'] },
      ],
    },
  },
  { files: ['src/**/*.test.tsx'], ...testingLibrary.configs['flat/react'] },
  { files: ['tests/e2e/**', 'tests/nginx/**'], ...playwright.configs['flat/recommended'] },
)
