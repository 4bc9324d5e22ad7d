import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The process boundaries in eslint.config.mjs, tried on small snippets linted as if they sat
 * in each folder: a forbidden import is reported, an allowed one is not.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = value;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importing = (specifier: string) => `import { value } from '${specifier}';`;

// Loading the configuration and its plugins takes seconds on a busy machine; done once, first.
beforeAll(async () => {
  await eslint.lintText('', { filePath: 'src/shared/warm-up.ts' });
}, 120_000);

describe('lint: the boundaries between main, preload, renderer and shared', () => {
  const shared = 'src/shared/accounts/example.ts';
  it.each([
    ['main', '../../main/db/store'],
    ['the renderer', '../../renderer/src/api/client'],
    ['the preload', '../../preload/index'],
    ['a Node built-in', 'node:fs'],
    ['a Node built-in without the prefix', 'fs'],
    ['another Node built-in', 'worker_threads'],
    ['Electron', 'electron'],
  ])('src/shared may not import %s', async (_what, specifier) => {
    expect(await importErrors(shared, importing(specifier))).toHaveLength(1);
  });

  it('src/shared may import shared code and zod', async () => {
    expect(await importErrors(shared, `${importing('../ipc/envelope')}\nimport { z } from 'zod';\nexport const s = z;`)).toEqual([]);
  });

  const preload = 'src/preload/example.ts';
  it.each([
    ['main', '../main/ipc/handle'],
    ['the renderer', '../renderer/src/App'],
    ['a Node built-in', 'node:path'],
    ['any other package', 'zod'],
  ])('src/preload may not import %s', async (_what, specifier) => {
    expect(await importErrors(preload, importing(specifier))).toHaveLength(1);
  });

  it('src/preload may import src/shared and Electron', async () => {
    expect(await importErrors(preload, `${importing('../shared/ipc/contract')}\nimport { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;`)).toEqual([]);
  });

  const renderer = 'src/renderer/src/accounts/Example.tsx';
  it.each([
    ['main', '../../../main/db/store'],
    ['the preload', '../../../preload/index'],
    ['Electron', 'electron'],
    ['a Node built-in', 'node:fs'],
  ])('src/renderer may not import %s', async (_what, specifier) => {
    expect(await importErrors(renderer, importing(specifier))).toHaveLength(1);
  });

  it('src/renderer may import src/shared and its own code', async () => {
    expect(await importErrors(renderer, `${importing('../../../shared/ipc/contract')}\nimport { api } from '../api/client';\nexport const a = api;`)).toEqual([]);
  });
});

/** The messages of the rule that keeps SQL in repositories, for `source` linted as if it sat at `filePath`. */
async function sqlErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('lint: SQL lives in repositories (src/main)', () => {
  const service = 'src/main/feedback/example.ts';
  const header = "import type { Store } from '../db/store';\nimport type { MainContext } from '../context';\n";
  it.each([
    ['a kysely query run on the store', "export const f = (store: Store) => store.all(store.q.selectFrom('accounts').selectAll());"],
    ['a query built from the store alone', "export const f = (store: Store) => store.q.selectFrom('accounts');"],
    ['a single row read', "export const f = (store: Store) => store.first(store.q.selectFrom('accounts').select('id'));"],
    ['a fixed prepared statement', "export const f = (store: Store) => store.prepared('SELECT 1').get();"],
    ['a statement run through the context', "export const f = (ctx: MainContext) => ctx.store.prepared('DELETE FROM tasks').run();"],
    ['SQL on the raw handle', "export const f = (store: Store) => store.sqlite.prepare('SELECT 1').get();"],
    ['a pragma on the raw handle', "export const f = (ctx: MainContext) => ctx.store.sqlite.pragma('secure_delete = ON');"],
    ['kysely’s sql tag', "import { sql } from 'kysely';\nexport const f = () => sql`SELECT 1`;"],
  ])('a service may not hold %s', async (_what, source) => {
    const errors = await sqlErrors(service, header + source);
    expect(errors.length).toBeGreaterThan(0);
    for (const message of errors) expect(message).toMatch(/^SQL lives in repositories/);
  });

  it('a service may call repositories, open a transaction, pass the store on and import kysely types', async () => {
    const source = `${header}import type { Selectable } from 'kysely';
import { findRequest } from './requests-repository';
import { findAccount } from '../accounts/repository';
export type Row = Selectable<{ id: string }>;
export const f = (store: Store) => store.tx(() => [findRequest(store, 'x'), findAccount(store, 'y')]);
export const g = (ctx: MainContext) => ctx.backups.create(ctx.store.sqlite, ctx.backupFolder(), 'manual');`;
    expect(await sqlErrors(service, source)).toEqual([]);
  });

  it.each(['src/main/feedback/repository.ts', 'src/main/feedback/requests-repository.ts', 'src/main/db/example.ts'])(
    '%s may hold SQL',
    async (filePath) => {
      const source = `${header}import { sql } from 'kysely';
export const f = (store: Store) => store.all(store.q.selectFrom('accounts').selectAll());
export const g = (store: Store) => store.prepared('SELECT 1').get();
export const h = (store: Store) => store.sqlite.pragma('user_version');
export const i = () => sql\`SELECT 1\`;`;
      expect(await sqlErrors(filePath, source)).toEqual([]);
    },
  );
});
