import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// What the panel's browser code uses; listed so the lint config needs no extra dependency.
const BROWSER_GLOBALS = [
  'window',
  'document',
  'location',
  'history',
  'sessionStorage',
  'Node',
  'confirm',
  'fetch',
  'setTimeout',
  'clearTimeout',
  'navigator',
  'URL',
  'CSS',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'migrations/**', 'coverage/**', 'data/**', 'src/client/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The panel's web form runs in the browser (plain ES modules, no bundler).
    files: ['src/web/public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(BROWSER_GLOBALS.map((name) => [name, 'readonly'])),
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
