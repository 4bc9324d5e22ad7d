import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { ChosenCrmFile } from '../../src/shared/crm-import/schema';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import type { Dialogs } from '../../src/main/edge-ports/dialogs';
import { scriptedDialogs, testRuntimeOptions } from '../support/test-store';
import { damageTail, heldCheck, settle, tracked } from '../support/held-check';
import { accountFields } from '../support/records';
import { Q3 } from '../support/qbr-fixtures';

const APP = 'app://fieldbook/';
let dir: string;
let dataDir: string;
let file: string;
const running: Runtime[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-write-gate-'));
  dataDir = join(dir, 'data');
  file = join(dataDir, 'fieldbook.sqlite');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Dialogs that answer as scripted and count how often each was shown. */
function countedDialogs(answers: { open?: string; folder?: string; saveTo?: string } = {}) {
  const shown = { open: 0, folder: 0, save: 0 };
  const dialogs: Dialogs = {
    ...scriptedDialogs(),
    chooseOpenPath: async () => (shown.open++, answers.open ?? null),
    chooseFolder: async () => (shown.folder++, answers.folder ?? null),
    chooseSavePath: async () => (shown.save++, answers.saveTo ?? null),
  };
  return { dialogs, shown };
}

function start(over: Parameters<typeof testRuntimeOptions>[1] = {}): Runtime {
  const runtime = startRuntime(testRuntimeOptions(dataDir, { automaticBackups: false, ...over }));
  running.push(runtime);
  return runtime;
}

async function stop(runtime: Runtime): Promise<void> {
  await runtime.close();
  running.splice(running.indexOf(runtime), 1);
}

async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await runtime.invoke(channel, APP, input)) as Envelope<T>;
}

async function value<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = await call<T>(runtime, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

const accountNames = async (runtime: Runtime) => (await value<{ name: string }[]>(runtime, 'accounts:list', {})).map((a) => a.name).sort();

/** A closed book holding one account (and filler pages, so damage to its tail leaves the schema readable); its id. */
async function makeBook(): Promise<string> {
  const first = start();
  const { id } = await value<{ id: string }>(first, 'accounts:create', accountFields({ name: 'Acme Gate GmbH' }));
  await stop(first);
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE filler (body BLOB)');
  db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(400) FROM n');
  db.close();
  return id;
}

/** A bundle file of one account, exported from another book. */
async function bundleOf(name: string): Promise<string> {
  const path = join(dir, 'colleague.fieldbook-bundle.json');
  const other = startRuntime(testRuntimeOptions(join(dir, 'colleague'), { automaticBackups: false, dialogs: scriptedDialogs({ saveTo: () => path }) }));
  const { id } = await value<{ id: string }>(other, 'accounts:create', accountFields({ name }));
  await value(other, 'bundles:export', { accountIds: [id] });
  await other.close();
  return path;
}

describe('writes started while the launch check runs wait for it, unstarted', () => {
  it('a bundle import chosen while the check runs asks for its file once, after "ok", and its account is there', async () => {
    await makeBook();
    const bundle = await bundleOf('Bundled While Checking Ltd');
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ open: bundle });
    const progress: unknown[] = [];
    const runtime = start({ checkIntegrity: held.check, dialogs, emit: (channel, payload) => channel === 'operations:progress' && progress.push(payload) });

    const operationId = randomUUID();
    const imported = tracked(call<{ status: string }>(runtime, 'bundles:import', { operationId }));
    await settle();
    // Waiting, not started: no dialog yet, and the progress bar says why it waits.
    expect(imported.settled).toBe(false);
    expect(shown.open).toBe(0);
    expect(progress).toEqual([{ operationId, done: 0, total: null, phase: 'Checking the data file first' }]);

    held.release();
    expect((await runtime.verified).state).toBe('ready');
    expect(await imported.promise).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(shown.open).toBe(1);
    expect(await accountNames(runtime)).toEqual(['Acme Gate GmbH', 'Bundled While Checking Ltd']);
  });

  it('Cancel on an import still waiting for the check ends it: answered as cancelled, no dialog ever shown', async () => {
    await makeBook();
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ open: join(dir, 'never-asked.json') });
    const runtime = start({ checkIntegrity: held.check, dialogs });

    const operationId = randomUUID();
    const importing = tracked(call(runtime, 'everything:import', { operationId }));
    await settle();
    expect(importing.settled).toBe(false);
    expect(await value(runtime, 'operations:cancel', { operationId })).toEqual({ cancelled: true });
    expect(await importing.promise).toEqual({ ok: true, value: { status: 'cancelled' } });

    held.release();
    await runtime.verified;
    await settle();
    expect(shown.open).toBe(0);
    expect(await accountNames(runtime)).toEqual(['Acme Gate GmbH']);
  });

  it('sample data loaded while the check runs is written after "ok"', async () => {
    await makeBook();
    const held = heldCheck();
    const runtime = start({ checkIntegrity: held.check });

    const loading = tracked(call<{ accounts: number }>(runtime, 'app:loadSampleData', { accounts: 4 }));
    await settle();
    expect(loading.settled).toBe(false);

    held.release();
    expect(await loading.promise).toMatchObject({ ok: true, value: { accounts: 4 } });
    expect(await accountNames(runtime)).toHaveLength(5);
  });

  it('a CRM import chosen while the check runs opens its file dialog once, after "ok", and imports', async () => {
    await makeBook();
    const csv = join(dir, 'crm.csv');
    writeFileSync(csv, 'Account Name,Annual Revenue,Stage,Renewal Date\r\nImported During Check Inc,120000,Adoption,2027-03-31\r\n');
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ open: csv });
    const runtime = start({ checkIntegrity: held.check, dialogs });

    const choosing = tracked(call<ChosenCrmFile>(runtime, 'crmImport:choose'));
    await settle();
    expect(choosing.settled).toBe(false);
    expect(shown.open).toBe(0);

    held.release();
    const chosen = await choosing.promise;
    if (!chosen.ok || chosen.value.status !== 'chosen') throw new Error('the CSV was not chosen');
    const { importId, mapping } = chosen.value;
    const result = await value(runtime, 'crmImport:run', { importId, mapping, dateOrder: 'mdy', duplicates: 'skip', operationId: randomUUID() });
    expect(result).toMatchObject({ status: 'imported', accountsCreated: 1 });
    expect(shown.open).toBe(1);
    expect(await accountNames(runtime)).toEqual(['Acme Gate GmbH', 'Imported During Check Inc']);
  });

  it('a QBR pack exported while the check runs asks for a folder once and writes one pack', async () => {
    const accountId = await makeBook();
    const target = join(dir, 'packs');
    mkdirSync(target);
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ folder: target });
    const runtime = start({ checkIntegrity: held.check, dialogs });

    const exporting = tracked(call<{ status: string }>(runtime, 'qbr:exportPack', { accountId, period: Q3, operationId: randomUUID() }));
    await settle();
    expect(exporting.settled).toBe(false);
    expect(shown.folder).toBe(0);

    held.release();
    expect(await exporting.promise).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(shown.folder).toBe(1);
    expect(readdirSync(target)).toEqual(['Acme Gate GmbH QBR 2026 Q3']);
  });

  it('on a book the check finds damaged, a write waiting meanwhile is refused with the recovery reason: no dialog, the file untouched', async () => {
    const accountId = await makeBook();
    damageTail(file);
    const before = sha(file);
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ folder: dir, open: join(dir, 'nothing.json') });
    const runtime = start({ checkIntegrity: held.check, dialogs });
    expect(runtime.status.state).toBe('ready');

    const exporting = tracked(call(runtime, 'qbr:exportPack', { accountId, period: Q3, operationId: randomUUID() }));
    const importing = tracked(call(runtime, 'bundles:import', {}));
    await settle();
    expect(exporting.settled || importing.settled).toBe(false);

    held.release();
    expect(await runtime.verified).toMatchObject({ state: 'unavailable', problem: 'damaged' });
    for (const refused of [await exporting.promise, await importing.promise]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/damaged/) } });
    }
    expect(shown).toEqual({ open: 0, folder: 0, save: 0 });
    expect(readdirSync(dir).filter((n) => n.includes('QBR'))).toEqual([]);

    await stop(runtime);
    expect(sha(file)).toBe(before);
  });
});

describe('reads answer while the launch check runs', () => {
  it('answers the accounts table at once, with the check still held', async () => {
    await makeBook();
    const held = heldCheck();
    const runtime = start({ checkIntegrity: held.check });
    const page = await value<{ rows: { name: string }[]; total: number }>(runtime, 'accounts:page', { offset: 0, limit: 50 });
    expect(page.total).toBe(1);
    expect(page.rows.map((r) => r.name)).toEqual(['Acme Gate GmbH']);
    expect(held.asked).toHaveLength(1);
    held.release();
    await runtime.verified;
  });

  it('a read that writes lazily (a checklist opened for the first time) waits for the verdict and then answers', async () => {
    const accountId = await makeBook();
    // As a book from before the readiness checklist existed: nothing laid out for the account.
    const db = new BetterSqlite3(file);
    db.exec('DELETE FROM checklist_items; DELETE FROM checklist_instances');
    db.close();
    const held = heldCheck();
    const runtime = start({ checkIntegrity: held.check });

    const opening = tracked(call<{ sections: { items: unknown[] }[] }>(runtime, 'checklist:open', { accountId }));
    await settle();
    expect(opening.settled).toBe(false);

    held.release();
    const opened = await opening.promise;
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.sections.flatMap((s) => s.items).length).toBeGreaterThan(0);
  });
});

describe('quitting while a write waits for the launch check', () => {
  it('a long write waiting at the gate is cancelled by the quit: no dialog after the window is gone, and the quit completes', async () => {
    await makeBook();
    const held = heldCheck();
    const { dialogs, shown } = countedDialogs({ open: join(dir, 'never-read.json') });
    const runtime = start({ checkIntegrity: held.check, dialogs });
    const importing = tracked(call<{ status: string }>(runtime, 'bundles:import', { operationId: randomUUID() }));
    await settle();
    expect(importing.settled).toBe(false);

    const closing = tracked(runtime.close());
    running.splice(running.indexOf(runtime), 1);
    held.release();
    await closing.promise;
    expect(await importing.promise).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(shown.open).toBe(0);
  });

  it('a short write waiting at the gate is refused once the quit has begun, and nothing is written', async () => {
    await makeBook();
    const held = heldCheck();
    const runtime = start({ checkIntegrity: held.check });
    const creating = tracked(call(runtime, 'accounts:create', accountFields({ name: 'Made during the quit' })));
    await settle();
    expect(creating.settled).toBe(false);

    const closing = runtime.close();
    running.splice(running.indexOf(runtime), 1);
    held.release();
    await closing;
    const refused = await creating.promise;
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: 'Fieldbook is shutting down.' } });
    const reopened = start();
    expect(await accountNames(reopened)).toEqual(['Acme Gate GmbH']);
  });
});
