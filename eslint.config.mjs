import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/*
 * The boundaries between the three processes, checked rather than kept by discipline:
 *   src/shared    imports nothing from main, the renderer or the preload, no Node, no Electron;
 *   src/preload   imports only src/shared and Electron;
 *   src/renderer  never imports main or the preload (it reaches main through window.api).
 * tests/unit/lint-boundaries.test.ts proves each rule catches a violation.
 */
const noNodeOrElectron = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src/shared and the renderer never import Electron.' },
    { group: ['node:*'], message: 'src/shared and the renderer never import Node built-ins.' },
  ],
  paths: [...builtinModules.filter((name) => !name.startsWith('_')), 'better-sqlite3'].map((name) => ({
    name,
    message: 'src/shared and the renderer never import Node modules.',
  })),
};

const notMain = { group: ['**/main', '**/main/**'], message: 'Only main imports main: the others reach it through the IPC contract.' };
const notPreload = { group: ['**/preload', '**/preload/**'], message: 'The preload is loaded by Electron, never imported.' };
const notRenderer = { group: ['**/renderer', '**/renderer/**'], message: 'src/shared is used by the renderer, never the other way round.' };

/*
 * What counts as reaching SQL: the store's query builder, its runners and prepared statements
 * (on `store` or on `x.store`), running SQL on the raw handle (`store.sqlite.prepare`, `.exec`,
 * `.pragma`; handing the handle to the backup API is fine), and kysely's values (`sql`, builders).
 */
const STORE_SQL = '/^(q|all|first|run|prepared)$/';
const SQLITE_SQL = '/^(prepare|exec|pragma|transaction)$/';
const SQL_MESSAGE = 'SQL lives in repositories: move this statement into a repository.ts or *-repository.ts function and call that.';
const noSqlOutsideRepositories = [
  { selector: `MemberExpression[object.name='store'][property.name=${STORE_SQL}]`, message: SQL_MESSAGE },
  { selector: `MemberExpression[object.property.name='store'][property.name=${STORE_SQL}]`, message: SQL_MESSAGE },
  { selector: `MemberExpression[object.property.name='sqlite'][property.name=${SQLITE_SQL}]`, message: SQL_MESSAGE },
  { selector: "ImportDeclaration[source.value='kysely'][importKind!='type']", message: SQL_MESSAGE },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // CommonJS configuration read by tools that require() it (electron-builder).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { ...noNodeOrElectron, patterns: [...noNodeOrElectron.patterns, notMain, notRenderer, notPreload] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // TanStack Virtual and react-hook-form's watch are known to the React Compiler as
      // "incompatible": it skips optimising those components, which is fine here.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          ...noNodeOrElectron,
          patterns: [
            ...noNodeOrElectron.patterns,
            { ...notMain, message: 'The renderer reaches main only through window.api.' },
            notPreload,
          ],
        },
      ],
    },
  },
  {
    // Only the edge of main (src/main/index.ts and src/main/edge/) touches Electron; type-only imports are fine.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/edge/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main/index.ts and src/main/edge/ import Electron.', allowTypeImports: true }] },
      ],
    },
  },
  {
    // SQL lives in repositories (issue 8 §3): a service, handler or any other module of main
    // reaches the database only by calling a repository function. Outside `repository.ts`,
    // `*-repository.ts` and src/main/db/ nothing builds or runs a statement.
    // tests/unit/lint-boundaries.test.ts proves the rule fires.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/**/repository.ts', 'src/main/**/*-repository.ts', 'src/main/db/**'],
    rules: {
      'no-restricted-syntax': ['error', ...noSqlOutsideRepositories],
    },
  },
  {
    // A shipped migration must run the SQL it ran the day it shipped, so it imports nothing that
    // can change later: only its siblings (the list in index.ts) and db/migration*.ts helpers.
    files: ['src/main/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./\\d{4}-[a-z0-9-]+$|\\.\\./migration(-[a-z0-9-]+)?$)',
              message: 'A migration imports only db/migration helpers and its sibling migrations: freeze the SQL it runs into the file.',
            },
          ],
        },
      ],
    },
  },
  {
    // A sandboxed preload has no Node built-ins and no other code: the contract from src/shared,
    // Electron's bridge, and its own files.
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared(/|$)|\\./)',
              message: 'The preload imports only src/shared and Electron.',
            },
          ],
        },
      ],
    },
  },
);
