import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/shared/checklist/schema';
import { errorOf, useTestRuntime, valueOf } from '../support/test-runtime';

const now = new Date('2026-11-25T10:00:00.000Z');

const rt = useTestRuntime('checklist-ipc', { now: () => now });
const call = rt.call;

async function newAccount(): Promise<string> {
  const account = valueOf<{ id: string }>(
    await call('accounts:create', {
      name: 'Helvetia Data',
      arr: 60_000,
      segmentOverride: null,
      stage: 'Onboarding',
      ownerCsm: 'Alex',
      contractStart: null,
      renewalDate: null,
      productVersion: '',
      notes: '',
    }),
  );
  return account.id;
}

describe('the checklist over IPC', () => {
  it('opens, ticks, annotates and extends a checklist through the handlers', async () => {
    valueOf(await call('settings:update', { csmName: 'Alex Rivera' }));
    const accountId = await newAccount();
    const opened = valueOf<Checklist>(await call('checklist:open', { accountId }));
    const first = opened.sections[0]!.items[0]!;
    const updated = valueOf<Checklist>(
      await call('checklist:update', { id: first.id, changes: { status: 'done', note: 'Landscape agreed with the data office' } }),
    );
    expect(updated.sections[0]!.items[0]).toMatchObject({ status: 'done', changedBy: 'Alex Rivera', changedAt: now.toISOString() });
    expect(updated.sections[0]!.progress.percent).toBe(100);

    const added = valueOf<Checklist>(await call('checklist:addItem', { accountId, sectionKey: 'policies', text: '  Cost policy  ' }));
    const custom = added.sections.find((s) => s.key === 'policies')!.items.at(-1)!;
    expect(custom).toMatchObject({ text: 'Cost policy', origin: 'custom' });
    const removed = valueOf<Checklist>(await call('checklist:removeItem', { id: custom.id }));
    expect(removed.progress.applicable).toBe(34);
    const restored = valueOf<Checklist>(await call('checklist:restoreItem', { id: custom.id }));
    expect(restored.progress.applicable).toBe(35);
  });

  it('answers bad input with a sentence at the field, and writes nothing', async () => {
    const accountId = await newAccount();
    const opened = valueOf<Checklist>(await call('checklist:open', { accountId }));
    const id = opened.sections[0]!.items[0]!.id;

    expect(errorOf(await call('checklist:open', { accountId: 'acme' }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['accountId'], message: 'Not a valid account id' }],
    });
    expect(errorOf(await call('checklist:update', { id, changes: { status: 'finished' } }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['changes', 'status'], message: 'Choose a status: to do, in progress, done or not applicable' }],
    });
    expect(errorOf(await call('checklist:update', { id, changes: { note: 'x'.repeat(5_001) } })).issues).toEqual([
      { path: ['changes', 'note'], message: 'Keep the note under 5,000 characters' },
    ]);
    expect(errorOf(await call('checklist:update', { id, changes: {} })).message).toBe('Change the status, the note or the evidence (changes)');
    expect(errorOf(await call('checklist:update', { id, changes: { status: 'done' }, changedBy: 'Mallory' })).code).toBe('INVALID_INPUT');
    expect(errorOf(await call('checklist:update', { id, changes: { status: 'done', changedAt: '1999-01-01' } })).code).toBe('INVALID_INPUT');
    expect(errorOf(await call('checklist:addItem', { accountId, sectionKey: 'policies', text: '   ' })).issues).toEqual([
      { path: ['text'], message: 'Say what needs checking' },
    ]);
    expect(errorOf(await call('checklist:addItem', { accountId, sectionKey: 'nope', text: 'Cost policy' }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['sectionKey'], message: "That section isn't part of the readiness checklist." }],
    });
    expect(errorOf(await call('checklist:removeItem', { id })).code).toBe('CONFLICT');
    expect(errorOf(await call('checklist:open', { accountId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(errorOf(await call('checklist:update', null)).code).toBe('INVALID_INPUT');

    const after = valueOf<Checklist>(await call('checklist:open', { accountId }));
    expect(after).toEqual(opened);
  });

  it('refuses a caller that is not the app', async () => {
    const accountId = await newAccount();
    expect(errorOf(await rt.runtime.invoke('checklist:open', 'https://evil.example/', { accountId })).code).toBe('FORBIDDEN');
  });
});
