import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';

const APP = 'app://fieldbook/index.html';
let dir: string;
let runtime: Runtime;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-growth-'));
  runtime = startRuntime(testRuntimeOptions(dir, { appUrls: [APP] }));
});
afterEach(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) => runtime.invoke(channel, APP, input);

function snapshot() {
  const db = runtime.store!.sqlite;
  return ['releases', 'release_themes', 'opportunities', 'advocacy', 'tasks', 'task_dedupe_keys'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function account(contractStart: string | null) {
  const r = await call('accounts:create', {
    name: 'Acme', arr: 120_000, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart, renewalDate: null,
    productVersion: '2.9.3', notes: '',
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

describe('growth through the IPC door', () => {
  it('refuses a crafted release with a message at the field and writes nothing', async () => {
    await account(null);
    const before = snapshot();
    const bad = await call('growth:recordRelease', { version: '2.x', releasedOn: '2026-11-30', highlights: '', themeIds: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['version'], message: 'Write the version as numbers with dots, e.g. 2.10.0' }] } });
    const unknownTheme = await call('growth:recordRelease', {
      version: '2.10.0', releasedOn: '2026-11-30', highlights: '', themeIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownTheme).toMatchObject({ ok: false, error: { issues: [{ path: ['themeIds'] }] } });
    const extra = await call('growth:recordRelease', { version: '2.10.0', releasedOn: '2026-11-30', highlights: '', themeIds: [], sql: 'DROP' });
    expect(extra.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an opportunity past a guardrail without a note, naming the reason, and writes nothing', async () => {
    // Ten days back: inside the first 90 days whatever the machine's time zone.
    const accountId = await account(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
    const before = snapshot();
    const fields = { kind: 'seats', arr: 10_000, stage: 'identified', nextStep: '', nextStepOn: null };
    const refused = await call('growth:createOpportunity', { accountId, fields });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Just onboarded') } });
    const negative = await call('growth:createOpportunity', { accountId, fields: { ...fields, arr: -5 }, overrideNote: 'x' });
    expect(negative).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'arr'], message: "ARR can't be negative" }] } });
    expect(snapshot()).toEqual(before);
    const ok = await call('growth:createOpportunity', { accountId, fields, overrideNote: 'Asked by their COO' });
    expect(ok.ok).toBe(true);
  });
});
