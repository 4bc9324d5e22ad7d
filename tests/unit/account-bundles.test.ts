import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { dataTableNames } from '../../src/main/everything/repository';
import { testRuntimeOptions, scriptedDialogs } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { accountFields, licenseFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
let dir: string;
let bundlePath: string;
/** Every book's clock: a test moves it on to say which side changed a record later. */
let clock: Date;
const runtimes: Runtime[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-bundle-'));
  bundlePath = join(dir, 'acme.fieldbook-bundle.json');
  clock = new Date('2026-11-25T10:00:00.000Z');
});
afterEach(async () => {
  for (const r of runtimes.splice(0)) await r.close();
  rmSync(dir, { recursive: true, force: true });
});

function book(name: string): Runtime {
  const runtime = startRuntime({
    ...testRuntimeOptions(join(dir, name), {
      appUrls: [APP],
      automaticBackups: false,
      now: () => clock,
      dialogs: { ...scriptedDialogs(), chooseSavePath: async () => bundlePath, chooseOpenPath: async () => bundlePath },
    }),
    keyStore: memoryKeyStore(),
  });
  runtimes.push(runtime);
  return runtime;
}

async function invoke<T>(runtime: Runtime, channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await runtime.invoke(channel, APP, input)) as Envelope<T>;
}
async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = await invoke<T>(runtime, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Every table's rows that belong to the account (through account_id or the bundle's own ids), search and derived tables left out. */
function dump(runtime: Runtime): Record<string, unknown[]> {
  const store = runtime.store!;
  const out: Record<string, unknown[]> = {};
  for (const table of dataTableNames(store)) {
    if (['search_docs', 'settings', 'audit_log'].includes(table)) continue;
    out[table] = store.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
  }
  return out;
}
const everything = (runtime: Runtime) => {
  const store = runtime.store!;
  return JSON.stringify(dataTableNames(store).map((t) => store.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()));
};

async function sourceWithAcme() {
  const source = book('source');
  const acme = await call<{ id: string }>(source, 'accounts:create', accountFields({ name: 'Acme Bundle GmbH' }));
  const other = await call<{ id: string }>(source, 'accounts:create', accountFields({ name: 'Someone Else' }));
  const contact = await call<{ id: string }>(source, 'contacts:create', {
    accountId: acme.id,
    fields: { name: 'Dana Jones', title: 'CTO', role: '', email: 'dana@acme.example', phone: '', salutation: '', isChampion: true, isDecisionMaker: false, isSponsor: false, leftOn: null },
  });
  await call(source, 'contacts:create', {
    accountId: other.id,
    fields: { name: 'Not Bundled', title: '', role: '', email: 'x@else.example', phone: '', salutation: '', isChampion: false, isDecisionMaker: false, isSponsor: false, leftOn: null },
  });
  await call(source, 'licenses:issue', { accountId: acme.id, fields: licenseFields() });
  return { source, acmeId: acme.id, otherId: other.id, contactId: contact.id };
}

describe('Account bundles', () => {
  it('carry one account with everything attached into another book, row for row, and nothing of other accounts', async () => {
    const { source, acmeId, otherId } = await sourceWithAcme();
    const saved = await call<{ status: string; rows: number }>(source, 'bundles:export', { accountIds: [acmeId] });
    expect(saved.status).toBe('saved');
    const text = readFileSync(bundlePath, 'utf8');
    const bundle = JSON.parse(text) as { format: string; formatVersion: number; accounts: { id: string; name: string }[]; tables: { name: string; rows: Record<string, unknown>[] }[] };
    expect(bundle).toMatchObject({ format: 'fieldbook-account-bundle', formatVersion: 1, accounts: [{ id: acmeId, name: 'Acme Bundle GmbH' }] });
    expect(text).not.toContain(otherId);
    expect(text).not.toContain('Not Bundled');
    expect(text).not.toContain('sealed_private_key');
    expect(bundle.tables.find((t) => t.name === 'signing_keys')?.rows).toMatchObject([{ status: 'retired' }]);
    expect(bundle.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['accounts', 'contacts', 'tasks', 'licenses']));

    const target = book('target');
    const imported = await call<{ status: string; accounts: string[]; added: number; updated: number; unchanged: number; conflicts: unknown[] }>(target, 'bundles:import', {});
    const searchEntries = bundle.tables.find((t) => t.name === 'search_docs')?.rows.length ?? 0;
    expect(imported).toEqual({ status: 'imported', accounts: ['Acme Bundle GmbH'], added: saved.rows - searchEntries, updated: 0, unchanged: 0, conflicts: [] });

    const before = dump(source);
    const after = dump(target);
    // Derived rows are recomputed in the target (health, alerts, search: checked below); the key arrives retired.
    for (const t of bundle.tables.filter((x) => !['account_health', 'alerts', 'signing_keys', 'search_docs'].includes(x.name))) {
      const ids = new Set(t.rows.map((r) => JSON.stringify(r)));
      expect(ids.size, t.name).toBe(t.rows.length);
      // Every row the bundle carried is in the target exactly as in the source.
      const sourceRows = (before[t.name] ?? []).filter((r) => t.rows.some((b) => b.id !== undefined ? b.id === (r as { id?: unknown }).id : JSON.stringify(b) === JSON.stringify(r)));
      expect(after[t.name], t.name).toEqual(expect.arrayContaining(sourceRows));
      expect((after[t.name] ?? []).length, t.name).toBe(t.rows.length);
    }
    // The imported account is found by search and shows its contact.
    const hits = await call<{ groups: unknown[] }>(target, 'search:query', { text: 'Dana' });
    expect(JSON.stringify(hits.groups)).toContain('Dana Jones');
    const contacts = await call<{ name: string }[]>(target, 'contacts:list', { accountId: acmeId });
    expect(contacts.map((c) => c.name)).toEqual(['Dana Jones']);
  });

  it('changes nothing when the same bundle is imported again, or into the book it came from (every table, row by row)', async () => {
    const { source, acmeId } = await sourceWithAcme();
    await call(source, 'bundles:export', { accountIds: [acmeId] });
    const unchanged = everything(source);
    const back = await call<{ added: number; updated: number; unchanged: number; conflicts: unknown[] }>(source, 'bundles:import', {});
    expect(back).toMatchObject({ added: 0, updated: 0, conflicts: [] });
    expect(back.unchanged).toBeGreaterThan(0);
    expect(everything(source)).toBe(unchanged);

    const target = book('target');
    const first = await call<{ added: number }>(target, 'bundles:import', {});
    const once = everything(target);
    const second = await call<{ added: number; updated: number; unchanged: number; conflicts: unknown[] }>(target, 'bundles:import', {});
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: first.added, conflicts: [] });
    expect(everything(target)).toBe(once);
  });

  it('merges an account this book already has: a new note in the bundle is added, a contact changed on both sides keeps the later version and lists the other', async () => {
    const { source, acmeId, contactId } = await sourceWithAcme();
    await call(source, 'bundles:export', { accountIds: [acmeId] });
    const target = book('target');
    await call(target, 'bundles:import', {});

    // The colleague (target) edits the contact first; later the source edits it too and writes a note.
    const contactFields = { name: 'Dana Jones', title: 'CTO', role: '', email: 'dana@acme.example', phone: '', salutation: '', isChampion: true, isDecisionMaker: false, isSponsor: false, leftOn: null };
    clock = new Date('2026-11-26T09:00:00.000Z');
    await call(target, 'contacts:update', { id: contactId, fields: { ...contactFields, title: 'Chief Architect' } });
    clock = new Date('2026-11-27T09:00:00.000Z');
    await call(source, 'contacts:update', { id: contactId, fields: { ...contactFields, title: 'VP Engineering' } });
    const noteId = randomUUID();
    await call(source, 'checkins:save', {
      id: noteId,
      accountId: acmeId,
      baseRevision: 0,
      draft: { kind: 'bi-weekly-sync', heldAt: '2026-11-27T08:00:00.000Z', attendees: [], body: 'Talked about the blueprint rollout.' },
    });
    await call(source, 'bundles:export', { accountIds: [acmeId] });

    type Result = { accounts: string[]; added: number; updated: number; unchanged: number; conflicts: { table: string; key: string; label: string; kept: string; lost: Record<string, unknown> }[] };
    const merged = await call<Result>(target, 'bundles:import', {});
    expect(merged.accounts).toEqual(['Acme Bundle GmbH']);
    expect(merged.added).toBeGreaterThanOrEqual(1);
    expect(merged.updated).toBeGreaterThanOrEqual(1);
    // The later edit (the source's) is kept; the colleague's earlier one is listed, with its values.
    const contactConflict = merged.conflicts.find((c) => c.table === 'contacts');
    expect(contactConflict).toMatchObject({ key: contactId, label: 'Dana Jones', kept: 'bundle', lost: { title: 'Chief Architect', updated_at: '2026-11-26T09:00:00.000Z' } });
    const contacts = await call<{ title: string }[]>(target, 'contacts:list', { accountId: acmeId });
    expect(contacts.map((c) => c.title)).toEqual(['VP Engineering']);
    // The note written only in the source arrives, and search finds it.
    const timeline = await call<{ notes: { id: string; body: string }[] }>(target, 'checkins:list', { accountId: acmeId });
    expect(timeline.notes.map((n) => n.id)).toContain(noteId);
    const hits = await call<{ groups: unknown[] }>(target, 'search:query', { text: 'blueprint' });
    expect(JSON.stringify(hits.groups)).toContain(noteId);
    const hitsTitle = await call<{ groups: unknown[] }>(target, 'search:query', { text: 'VP Engineering' });
    expect(JSON.stringify(hitsTitle.groups)).toContain('Dana Jones');

    // The other way round: the colleague edits and sends a bundle, but the source edits later still, so it keeps its own.
    clock = new Date('2026-11-28T09:00:00.000Z');
    await call(target, 'contacts:update', { id: contactId, fields: { ...contactFields, title: 'Head of Platform' } });
    await call(target, 'bundles:export', { accountIds: [acmeId] });
    clock = new Date('2026-11-29T09:00:00.000Z');
    await call(source, 'contacts:update', { id: contactId, fields: { ...contactFields, title: 'Chief Technology Officer' } });
    const reverse = await call<Result>(source, 'bundles:import', {});
    expect(reverse.conflicts.find((c) => c.table === 'contacts')).toMatchObject({ key: contactId, kept: 'this-book', lost: { title: 'Head of Platform' } });
    const sourceContacts = await call<{ title: string }[]>(source, 'contacts:list', { accountId: acmeId });
    expect(sourceContacts.map((c) => c.title)).toEqual(['Chief Technology Officer']);
  });

  it('saves the versions not kept to a JSON file the CSM chooses', async () => {
    const conflicts = [{ table: 'contacts', key: 'c1', label: 'Dana Jones', kept: 'bundle', lost: { title: 'Chief Architect' } }];
    const target = book('target');
    const saved = await call<{ status: string; path: string }>(target, 'bundles:saveConflicts', { conflicts });
    expect(saved).toEqual({ status: 'saved', path: bundlePath });
    expect(JSON.parse(readFileSync(bundlePath, 'utf8'))).toMatchObject({ conflicts });
    expect(await invoke(target, 'bundles:saveConflicts', { conflicts: [] })).toMatchObject({ ok: false });
  });

  it('refuses an account whose name is taken by another account', async () => {
    const { source, acmeId } = await sourceWithAcme();
    await call(source, 'bundles:export', { accountIds: [acmeId] });
    const target = book('target');
    await call(target, 'accounts:create', accountFields({ name: 'ACME bundle gmbh' }));
    const envelope = await invoke(target, 'bundles:import', {});
    expect(envelope).toMatchObject({
      ok: false,
      error: { message: 'There is already an account called “Acme Bundle GmbH” in this book. Rename or archive it, then import the bundle. Nothing was imported.' },
    });
  });

  describe('validates the file with specific messages and changes nothing', () => {
    async function refusal(edit: (bundle: Record<string, unknown>) => unknown): Promise<string> {
      const { source, acmeId } = await sourceWithAcme();
      await call(source, 'bundles:export', { accountIds: [acmeId] });
      writeFileSync(bundlePath, JSON.stringify(edit(JSON.parse(readFileSync(bundlePath, 'utf8')) as Record<string, unknown>)));
      const target = book('target');
      const unchanged = everything(target);
      const envelope = await invoke(target, 'bundles:import', {});
      expect(everything(target)).toBe(unchanged);
      if (envelope.ok) throw new Error('the bundle was imported');
      return envelope.error.message;
    }

    it('another kind of file', async () => {
      expect(await refusal(() => ({ hello: 'world' }))).toBe(
        'This file is not a Fieldbook account bundle: it is not a Fieldbook account bundle (at format). Nothing was imported.',
      );
    });
    it('a newer format', async () => {
      expect(await refusal((b) => ({ ...b, formatVersion: 2 }))).toBe(
        'This bundle was made by a newer Fieldbook (bundle format 2; this one reads format 1). Update Fieldbook to import it. Nothing was imported.',
      );
    });
    it('another schema', async () => {
      expect(await refusal((b) => ({ ...b, schemaVersion: 1 }))).toMatch(/^This bundle was made by a Fieldbook with schema 1; this one has schema \d+\./);
    });
    it('a column this book does not know', async () => {
      const message = await refusal((b) => {
        const tables = b.tables as { name: string; rows: Record<string, unknown>[] }[];
        tables.find((t) => t.name === 'contacts')!.rows[0]!.shoe_size = 44;
        return b;
      });
      expect(message).toBe('The bundle\'s table "contacts" has columns this Fieldbook doesn\'t know (shoe_size). Nothing was imported.');
    });
    it('a table a bundle cannot bring', async () => {
      expect(await refusal((b) => ({ ...b, tables: [...(b.tables as unknown[]), { name: 'settings', rows: [] }] }))).toBe(
        'The bundle has a table "settings" that a bundle can\'t bring into this Fieldbook. Nothing was imported.',
      );
    });
    it('records that do not fit together', async () => {
      const message = await refusal((b) => {
        const tables = b.tables as { name: string; rows: Record<string, unknown>[] }[];
        tables.find((t) => t.name === 'contacts')!.rows[0]!.account_id = '00000000-0000-4000-8000-000000000000';
        return b;
      });
      expect(message).toMatch(/^The bundle's records don't fit together or into this book \(.*FOREIGN KEY.*\)\. Nothing was imported\.$/);
    });
  });
});
