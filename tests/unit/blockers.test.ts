import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markedBlockers, parseMarkedLine } from '../../src/shared/blockers/marked-lines';
import { createAccount } from '../../src/main/accounts/service';
import { listAccounts } from '../../src/main/accounts/repository';
import { listBlockers } from '../../src/main/blockers/repository';
import { raiseBlocker, reopenBlocker, resolveBlocker, setBlockerOwner } from '../../src/main/blockers/service';
import { addActionItem, removeNote, restoreNote, saveNote } from '../../src/main/checkins/service';
import { AppError } from '../../src/main/ipc/app-error';
import { createTestStore, type TestStore } from '../support/test-store';
import { accountFields } from '../support/records';

const now = new Date('2026-11-25T10:00:00.000Z');
const later = new Date('2026-11-26T10:00:00.000Z');

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, accountFields(), now).id;
});
afterEach(() => t.close());

function note(body: string, id = randomUUID(), baseRevision = 0) {
  return saveNote(
    t.store,
    { id, accountId, baseRevision, draft: { kind: 'bi-weekly-sync', heldAt: now.toISOString(), attendees: [], body } },
    now,
  );
}

describe('marked lines', () => {
  it('reads BLOCKER: and !blocker lines, in lists too, with an owner when one is named', () => {
    expect(parseMarkedLine('BLOCKER: Firewall blocks port 443')).toEqual({ title: 'Firewall blocks port 443', owner: '' });
    expect(parseMarkedLine('- blocker: SSO mapping missing (owner: Dana Ruiz)')).toEqual({ title: 'SSO mapping missing', owner: 'Dana Ruiz' });
    expect(parseMarkedLine('!blocker Proxy certificate expired — owner: us')).toEqual({ title: 'Proxy certificate expired', owner: 'us' });
    expect(parseMarkedLine('  * [ ] !Blocker: VPN; owner: IT team')).toEqual({ title: 'VPN', owner: 'IT team' });
  });

  it('ignores lines that only mention blockers, and markers with nothing after them', () => {
    expect(parseMarkedLine('### Blockers')).toBeNull();
    expect(parseMarkedLine('No blockers this week')).toBeNull();
    expect(parseMarkedLine('BLOCKER:   ')).toBeNull();
    expect(markedBlockers('## Q&A\nBLOCKER: one\ntext\n!blocker two')).toEqual([
      { title: 'one', owner: '' },
      { title: 'two', owner: '' },
    ]);
  });
});

describe('blockers raised from a note', () => {
  it('a marked line raises an open blocker on the account, with its owner', () => {
    note('## Q&A\n\nBLOCKER: Firewall blocks port 443 (owner: Dana Ruiz)\n');
    const open = listBlockers(t.store, { accountId });
    expect(open).toMatchObject([{ title: 'Firewall blocks port 443', owner: 'Dana Ruiz', source: 'checkin-note', resolvedAt: null, accountName: 'Zürich Insurance' }]);
    expect(listBlockers(t.store, {})).toHaveLength(1);
  });

  it('autosaves while the line is typed leave one blocker with the final text', () => {
    const id = randomUUID();
    let rev = note('BLOCKER: Fire', id).revision;
    rev = note('BLOCKER: Firewall bl', id, rev).revision;
    note('BLOCKER: Firewall blocks port 443', id, rev);
    expect(listBlockers(t.store, { accountId }).map((b) => b.title)).toEqual(['Firewall blocks port 443']);
  });

  it('deleting the line drops its open blocker; a resolved one stays as history', () => {
    const id = randomUUID();
    let rev = note('BLOCKER: one\nBLOCKER: two', id).revision;
    const one = listBlockers(t.store, { accountId }).find((b) => b.title === 'one');
    resolveBlocker(t.store, one!.id, 'Alex', later);
    rev = note('nothing marked any more', id, rev).revision;
    expect(listBlockers(t.store, { accountId })).toEqual([]);
    expect(listBlockers(t.store, { accountId, includeResolved: true }).map((b) => [b.title, b.resolvedBy])).toEqual([['one', 'Alex']]);
    // Saving the line again doesn't reopen what was resolved.
    note('BLOCKER: one', id, rev);
    expect(listBlockers(t.store, { accountId })).toEqual([]);
  });

  it("the note's blockers leave with it when it is deleted and come back when it is restored", () => {
    const saved = note('BLOCKER: Licence server unreachable');
    removeNote(t.store, saved.id, now);
    expect(listBlockers(t.store, {})).toEqual([]);
    expect(listAccounts(t.store, {}, '2026-11-25')[0]?.openBlockers).toBe(0);
    restoreNote(t.store, saved.id);
    expect(listBlockers(t.store, {})).toHaveLength(1);
  });
});

describe('blockers raised by hand or from an action item', () => {
  it('raises, resolves (who and when), reopens and changes the owner', () => {
    const saved = note('Meeting');
    const task = addActionItem(t.store, saved.id, { title: 'Open port 443', owner: 'Dana', dueOn: null }, now);
    const blocker = raiseBlocker(t.store, { accountId, title: 'Port 443 closed', owner: 'Dana', actionItemId: task.id }, now);
    expect(blocker).toMatchObject({ source: 'action-item', sourceId: task.id, openedAt: now.toISOString() });
    const resolved = resolveBlocker(t.store, blocker.id, 'Alex', later);
    expect(resolved).toMatchObject({ resolvedAt: later.toISOString(), resolvedBy: 'Alex' });
    expect(listBlockers(t.store, {})).toEqual([]);
    expect(reopenBlocker(t.store, blocker.id, later).resolvedAt).toBeNull();
    expect(setBlockerOwner(t.store, blocker.id, 'us', later).owner).toBe('us');
  });

  it("refuses an action item of another account, and a blocker that doesn't exist", () => {
    const other = createAccount(t.store, accountFields({ name: 'Globex' }), now).id;
    const saved = saveNote(
      t.store,
      { id: randomUUID(), accountId: other, baseRevision: 0, draft: { kind: 'ad-hoc', heldAt: now.toISOString(), attendees: [], body: '' } },
      now,
    );
    const task = addActionItem(t.store, saved.id, { title: 'x', owner: '', dueOn: null }, now);
    expect(() => raiseBlocker(t.store, { accountId, title: 'y', owner: '', actionItemId: task.id }, now)).toThrow(AppError);
    expect(listBlockers(t.store, {})).toEqual([]);
    expect(() => resolveBlocker(t.store, randomUUID(), 'Alex', now)).toThrow(/not found/);
  });
});
