import { describe, expect, it } from 'vitest';
import { accessOf, operationAccess } from '../../src/shared/ipc/access';
import { listOperations } from '../../src/shared/ipc/contract';
import { operationEffects, type Effect } from '../../src/renderer/src/api/operation-effects';

const effectOf = (domain: string, method: string): Effect | undefined => (operationEffects as Record<string, Record<string, Effect> | undefined>)[domain]?.[method];

describe('every operation says whether it may write', () => {
  it('has an access entry for every channel of the contract, and none for a channel that does not exist', () => {
    const missing = listOperations().filter(({ domain, method }) => accessOf(domain, method) === undefined).map(({ op }) => op.channel);
    expect(missing).toEqual([]);
    const declared = Object.entries(operationAccess).flatMap(([domain, ops]) => Object.keys(ops).map((method) => `${domain}.${method}`));
    expect(declared.sort()).toEqual(listOperations().map(({ domain, method }) => `${domain}.${method}`).sort());
  });

  it('agrees with the renderer’s cache: a write says what it makes stale, a cached query is a read, a read makes nothing stale', () => {
    const disagreements = listOperations().flatMap(({ domain, method, op }) => {
      const access = accessOf(domain, method);
      const effect = effectOf(domain, method);
      if (effect === undefined) return [`${op.channel}: no effect`];
      if (access === 'write' && effect === 'read') return [`${op.channel}: a write cached as a query`];
      if (access === 'read' && effect !== 'read' && effect.invalidates.length > 0) return [`${op.channel}: a read that invalidates ${effect.invalidates.join(', ')}`];
      return [];
    });
    expect(disagreements).toEqual([]);
  });

  it('classifies the long operations and the dialogs that lead to a write as writes', () => {
    const writes = ['crmImport.choose', 'crmImport.run', 'bundles.import', 'everything.import', 'app.loadSampleData', 'qbr.exportPack', 'backups.restore'];
    expect(writes.filter((name) => accessOf(...(name.split('.') as [string, string])) !== 'write')).toEqual([]);
    // Cancelling must answer at once, even while writes wait for the launch check.
    expect(accessOf('operations', 'cancel')).toBe('read');
  });
});
