import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { typedSettings } from '../../src/main/db/migrations/0009-typed-settings';
import { getSettings, updateSettings } from '../../src/main/settings/service';
import { AppError } from '../../src/main/ipc/app-error';
import { Settings } from '../../src/shared/settings/schema';

/** Every setting at its default; a test names only the one it is about. */
const DEFAULT_SETTINGS = Settings.parse({});
import { createTestStore, type TestStore } from '../support/test-store';

describe('upgrading a book whose settings were stored as plain text', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-settings-migration-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the CSM name exactly, now stored as JSON', () => {
    const file = join(dir, 'fieldbook.sqlite');
    const before = openDatabase(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(typedSettings)) });
    // What the settings service before typed settings wrote: String(value), quotes and all.
    before.prepare("INSERT INTO settings (key, value) VALUES ('csmName', ?)").run('Zoë "Z" O’Neil');
    before.close();

    const after = openDatabase(file);
    expect(after.prepare("SELECT value FROM settings WHERE key = 'csmName'").get()).toEqual({ value: '"Zoë \\"Z\\" O’Neil"' });
    expect(getSettings(createStore(after))).toEqual({ ...DEFAULT_SETTINGS, csmName: 'Zoë "Z" O’Neil' });
    after.close();
  });

  it('upgrades a book that never saved a setting to the defaults', () => {
    const file = join(dir, 'fieldbook.sqlite');
    openDatabase(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(typedSettings)) }).close();
    const after = openDatabase(file);
    expect(getSettings(createStore(after))).toEqual(Settings.parse({}));
    after.close();
  });
});

describe('settings', () => {
  let t: TestStore;
  beforeEach(() => (t = createTestStore()));
  afterEach(() => t.close());

  it('reads every setting at its schema default before anything is saved', () => {
    expect(getSettings(t.store)).toEqual({ ...DEFAULT_SETTINGS, csmName: '' });
  });

  it('saves the keys given and keeps the others', () => {
    expect(updateSettings(t.store, { csmName: '  Alex Rivera ' })).toEqual({ ...DEFAULT_SETTINGS, csmName: 'Alex Rivera' });
    expect(updateSettings(t.store, {})).toEqual({ ...DEFAULT_SETTINGS, csmName: 'Alex Rivera' });
  });

  it('refuses an invalid value with a message naming the setting, and stores nothing', () => {
    updateSettings(t.store, { csmName: 'Alex' });
    let error: unknown;
    try {
      updateSettings(t.store, { csmName: 'x'.repeat(101) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect((error as AppError).message).toMatch(/csmName: Keep your name under 100 characters/);
    expect((error as AppError).issues).toEqual([{ path: ['csmName'], message: 'Keep your name under 100 characters' }]);
    expect(() => updateSettings(t.store, { theme: 'dark' } as never)).toThrow(/not saved/);
    expect(getSettings(t.store)).toEqual({ ...DEFAULT_SETTINGS, csmName: 'Alex' });
  });

  it('reads a stored value that breaks the schema as the default, and says so', () => {
    t.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('csmName', '42')").run();
    const warnings: string[] = [];
    expect(getSettings(t.store, (m) => warnings.push(m))).toEqual({ ...DEFAULT_SETTINGS, csmName: '' });
    expect(warnings).toEqual([expect.stringMatching(/stored setting "csmName" is invalid .*using its default/)]);
  });

  it('ignores stored keys the schema no longer has', () => {
    t.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('retired', 'true')").run();
    expect(getSettings(t.store)).toEqual({ ...DEFAULT_SETTINGS, csmName: '' });
  });

  it('refuses to store a value that is not JSON', () => {
    expect(() => t.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('csmName', 'Alex')").run()).toThrow(/CHECK constraint/);
  });
});
