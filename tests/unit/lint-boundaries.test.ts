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
